import type { Provenance, Verdict } from '../model.js';
import type { Annotation } from '../report/annotations.js';
import type { PullRef } from '../github/api.js';
import type { Policy } from '../policy/types.js';

// What every event's flow shares: the run's context, the runner's side effects, and the result.

export interface ActionContext {
  eventName: string;
  event: Record<string, unknown>;
  owner: string;
  repo: string;
  workspace: string;
  /** The workflow run, for the status's target_url and the comment's pointer to the job summary. */
  runUrl: string;
  tempDir: string;
  /** The commit the workflow runs on (GITHUB_SHA): the merge commit, in verify mode. */
  sha: string;
  /** The run's clock: a mandatory delay is measured by it, never by a time taken from the PR. */
  now: () => Date;
}

export interface ActionIO {
  info(message: string): void;
  annotate(annotation: Annotation): void;
  warning(message: string): void;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
  writeFile(path: string, text: string): void;
}

/** Who wrote the PR, as far as the event and its commits tell (src/provenance). */
export interface Authorship extends Provenance {
  /** PR author, commit authors, committers and co-authors. */
  authors: { login?: string; id?: number }[];
  /** People an agent acted for, where the event says so. */
  actedFor: string[];
}

export type DetectAuthorship = (event: unknown, commits: unknown[], policy: Policy) => Authorship;

export interface ActionResult {
  gate: 'open' | 'closed' | 'pending';
  verdict: Verdict;
  score: number;
  aiAuthored: boolean;
  message: string;
  reportPath?: string;
  /** Deletions and replacements the analysed plans would make. */
  destroyCount?: number;
  replaceCount?: number;
  /** The sticky comment's web address, when one was written. */
  commentUrl?: string;
}

export function setOutputs(io: ActionIO, result: ActionResult): ActionResult {
  io.setOutput('verdict', result.verdict);
  io.setOutput('score', String(result.score));
  io.setOutput('ai-authored', String(result.aiAuthored));
  io.setOutput('report-path', result.reportPath ?? '');
  io.setOutput('gate', result.gate);
  io.setOutput('destroy-count', String(result.destroyCount ?? 0));
  io.setOutput('replace-count', String(result.replaceCount ?? 0));
  io.setOutput('comment-url', result.commentUrl ?? '');
  return result;
}

/** The destroy and replace counts of the outputs, from the changes (or the stored destructive set). */
export function destructiveCounts(changes: { action: string }[]): Pick<ActionResult, 'destroyCount' | 'replaceCount'> {
  return { destroyCount: changes.filter((c) => c.action === 'delete').length, replaceCount: changes.filter((c) => c.action === 'replace').length };
}

export function pullRef(ctx: ActionContext): PullRef {
  const pr = ctx.event['pull_request'] as { number?: unknown } | undefined;
  if (!pr || typeof pr.number !== 'number') throw new Error(`the ${ctx.eventName} event has no pull_request`);
  return { owner: ctx.owner, repo: ctx.repo, number: pr.number };
}
