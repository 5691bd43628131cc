import { relative, resolve } from 'node:path';
import { countApprovals, type ApprovalCount, type Excluded } from '../gate/approvals.js';
import { gateOutcome, type GateOutcome, type TeamMembers } from '../gate/status.js';
import {
  addLabel,
  findSticky,
  getPull,
  isForbidden,
  listCommits,
  listFiles,
  listReviews,
  readFileAt,
  removeLabel,
  requestReviewers,
  setStatus,
  teamMembers,
  tokenLogin,
  upsertComment,
  type PullInfo,
  type PullRef,
} from '../github/api.js';
import type { GitHub } from '../github/client.js';
import { fingerprint, fingerprintMatches } from '../github/fingerprint.js';
import { parseSticky, renderSticky, type GateState } from '../github/sticky.js';
import { isDestructive, unapprovedChanges } from '../verify/compare.js';
import type { Decision, PlanInput, Provenance, Report, Requirement, SignalRecord, Verdict } from '../model.js';
import { analyzePlans } from '../pipeline.js';
import { DEFAULT_POLICY } from '../policy/defaults.js';
import { parsePolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { toJsonReport } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { annotationsFor, type Annotation } from '../sources/hcl/index.js';
import { composeInputs } from '../sources/compose.js';
import { progressLines, readPlan } from '../sources/load.js';
import { renderGateStatus } from './gate-comment.js';
import { expandPlans } from './globs.js';
import type { ActionInputs } from './inputs.js';

// The Action's flow for each event. Pure decisions come from the core; this file only sequences API calls.

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

type Status = Parameters<typeof setStatus>[4];

/** The policy at the PR's base commit (a PR cannot loosen the gate that judges it) and the label it names. */
async function policyAt(gh: GitHub, pr: PullRef, info: PullInfo, inputs: ActionInputs): Promise<{ policy: Policy; label: string }> {
  const text = await readFileAt(gh, pr.owner, pr.repo, inputs.config, info.baseSha);
  const policy = text === undefined ? DEFAULT_POLICY : parsePolicy(text, `${inputs.config} (base branch ${info.baseRef})`);
  return { policy, label: inputs.label ?? policy.label };
}

/** The matched plans and the inputs' paths, read relative to the workspace, with progress in the log. */
async function readInputs(ctx: ActionContext, inputs: ActionInputs, io: ActionIO, matched: string[], opts: { withConfiguration: boolean }): Promise<PlanInput[]> {
  const at = (p: string) => relative(process.cwd(), resolve(ctx.workspace, p));
  return composeInputs({
    plans: matched.map((p) => readPlan(at(p), { onProgress: progressLines(p, (line) => io.info(line)) })),
    ...(inputs.cloudformation ? { cloudformation: { base: at(inputs.cloudformation.base), head: at(inputs.cloudformation.head) } } : {}),
    ...(inputs.tf && opts.withConfiguration ? { tf: { base: at(inputs.tf.base), head: at(inputs.tf.head) } } : {}),
  });
}

/** Team memberships of the approvers, for the teams the requirement names (the only API reads a team costs). */
async function membersFor(gh: GitHub, org: string, requirement: Requirement | null, approvals: ApprovalCount | undefined): Promise<TeamMembers> {
  const teams = new Set([
    ...(requirement?.from?.teams ?? []),
    ...(requirement?.perChange ?? []).flatMap((p) => p.rule.from?.teams ?? []),
    ...(requirement?.breakGlass ? [requirement.breakGlass.team] : []),
  ]);
  const logins = (approvals?.approvals ?? []).map((a) => a.login);
  const members = new Map<string, Set<string>>();
  for (const team of teams) members.set(team, logins.length > 0 ? await teamMembers(gh, org, team, logins) : new Set());
  return (team) => members.get(team) ?? new Set();
}

/** Writes that a read-only token (a fork's PR) may not make: the first refusal turns the rest off, and says so. */
class Writer {
  readOnly = false;
  constructor(private readonly io: ActionIO) {}
  async write(what: string, call: () => Promise<void>): Promise<void> {
    if (this.readOnly) return;
    try {
      await call();
    } catch (error) {
      if (!isForbidden(error)) throw error;
      this.readOnly = true;
      this.io.warning(
        `The token may not write to this repository (${what} refused, as for a pull request from a fork): ` +
          'Blastgate reports in the job summary and the exit code only.',
      );
    }
  }
}

function pullRef(ctx: ActionContext): PullRef {
  const pr = ctx.event['pull_request'] as { number?: unknown } | undefined;
  if (!pr || typeof pr.number !== 'number') throw new Error(`the ${ctx.eventName} event has no pull_request`);
  return { owner: ctx.owner, repo: ctx.repo, number: pr.number };
}

function exclusions(author: PullInfo['author'], authorship: Authorship): Excluded {
  const excluded: Excluded = { logins: [], ids: [], because: {} };
  const add = (login: string | undefined, id: number | undefined, why: string) => {
    if (login) {
      excluded.logins.push(login);
      excluded.because[login.toLowerCase()] ??= why;
    }
    if (id !== undefined) excluded.ids.push(id);
  };
  add(author.login, author.id, 'the PR author');
  for (const a of authorship.authors) add(a.login, a.id, 'a commit author or co-author');
  for (const login of authorship.actedFor) add(login, undefined, 'the person the agent acted for');
  return excluded;
}

/** Without a plan nobody can see what the PR would destroy: the gate closes (an agent removing the plan step must not pass). */
function noPlanReport(patterns: string[], provenance: Provenance): Report {
  const decision: Decision = {
    verdict: 'fail',
    gate: 'closed',
    score: 0,
    headline: `No plan: the \`plan\` input (${patterns.join(', ') || 'empty'}) matched no file, so Blastgate cannot see what this PR would change. The gate stays closed.`,
    reasons: ['no plan file matched the plan input'],
    requirement: { approvals: 0, reviewers: [], teams: [], reason: 'produce the plan in an earlier step (terraform show -json) and point the plan input at it' },
    gatedAddresses: [],
  };
  return { provenance, environments: [], sources: [], changes: [], findings: [], drift: [], decision };
}

function governanceFindings(files: string[], policyPath: string): PlanInput['findings'] {
  const edited = files.filter((f) => f === policyPath || f.startsWith('.github/workflows/') || f === '.github/CODEOWNERS');
  return edited.map((file) => ({
    code: 'policy-or-workflow-edited' as const,
    severity: 'high' as const,
    address: file,
    message: `${file} is edited by this PR: the gate's own policy or workflow changes, which needs a human's eye`,
  }));
}

interface Delivery {
  state: GateState;
  decision: Pick<Decision, 'verdict' | 'requirement' | 'gate' | 'score'>;
  report: string;
  policy: Policy;
  label: string;
}

async function deliver(
  gh: GitHub,
  ctx: ActionContext,
  inputs: ActionInputs,
  io: ActionIO,
  pr: PullRef,
  info: PullInfo,
  d: Delivery,
  approvals: ApprovalCount | undefined,
): Promise<GateOutcome & { commentUrl?: string }> {
  const members = await membersFor(gh, pr.owner, d.decision.requirement, approvals);
  const outcome = gateOutcome({ decision: d.decision, approvals, members, now: ctx.now(), enforce: inputs.enforce });
  // The enforce switch only softens the status: verification after merge wants the gate as it really stood.
  const real = inputs.enforce ? outcome : gateOutcome({ decision: d.decision, approvals, members, now: ctx.now(), enforce: true });
  const state: GateState = { ...d.state, gate: real.gate, approvers: real.approvers };
  const status = renderGateStatus(d.decision, outcome, approvals, info.headSha, inputs.enforce);
  const writer = new Writer(io);
  let commentUrl: string | undefined;
  if (inputs.comment) {
    const login = await tokenLogin(gh);
    const sticky = await findSticky(gh, pr, login);
    const body = renderSticky(state, status, d.report, ctx.runUrl, inputs.fingerprintKey ? fingerprint(state, inputs.fingerprintKey) : undefined);
    await writer.write('comment', async () => {
      commentUrl = await upsertComment(gh, pr, sticky?.id, body);
    });
  }
  const needsReview = outcome.gate !== 'open' && (d.decision.verdict === 'review' || d.decision.verdict === 'fail');
  const waiting = outcome.gate === 'pending';
  if (needsReview) {
    if (!info.labels.includes(d.label)) await writer.write('label', () => addLabel(gh, pr, d.label));
    const reviewers = d.policy.reviewers.filter((r) => r.toLowerCase() !== info.author.login.toLowerCase() && !info.requestedReviewers.includes(r));
    const teams = d.policy.teams.filter((t) => !info.requestedTeams.includes(t));
    if (d.decision.verdict === 'review' && (reviewers.length > 0 || teams.length > 0)) {
      await writer.write('review request', () => requestReviewers(gh, pr, reviewers, teams));
    }
  } else if (info.labels.includes(d.label) && !waiting) {
    await writer.write('label removal', () => removeLabel(gh, pr, d.label));
  }
  const commitStatus: Status = { state: outcome.state, description: outcome.description, targetUrl: ctx.runUrl };
  await writer.write('commit status', () => setStatus(gh, pr.owner, pr.repo, info.headSha, commitStatus));
  await io.summary(`${status}\n\n${d.report}${writer.readOnly ? '\n\n_The token could not write to the repository: no comment, label or status was posted._\n' : ''}`);
  return commentUrl ? { ...outcome, commentUrl } : outcome;
}

function outputs(io: ActionIO, result: ActionResult): void {
  io.setOutput('verdict', result.verdict);
  io.setOutput('score', String(result.score));
  io.setOutput('ai-authored', String(result.aiAuthored));
  io.setOutput('report-path', result.reportPath ?? '');
  io.setOutput('gate', result.gate);
  io.setOutput('destroy-count', String(result.destroyCount ?? 0));
  io.setOutput('replace-count', String(result.replaceCount ?? 0));
  io.setOutput('comment-url', result.commentUrl ?? '');
}

/** The destroy and replace counts of the outputs, from the changes (or the stored destructive set). */
function destructiveCounts(changes: { action: string }[]): Pick<ActionResult, 'destroyCount' | 'replaceCount'> {
  return { destroyCount: changes.filter((c) => c.action === 'delete').length, replaceCount: changes.filter((c) => c.action === 'replace').length };
}

async function onPullRequest(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO, detect: DetectAuthorship): Promise<ActionResult> {
  const pr = pullRef(ctx);
  const info = await getPull(gh, pr);
  const { policy, label } = await policyAt(gh, pr, info, inputs);
  const [commits, files] = await Promise.all([listCommits(gh, pr), listFiles(gh, pr)]);
  const detected = detect({ ...ctx.event, pull_request: { ...(ctx.event['pull_request'] as object), labels: info.labels.map((name) => ({ name })) } }, commits, policy);
  const signals: SignalRecord[] =
    inputs.aiAuthored === 'auto' ? detected.signals : [{ kind: 'input', detail: `ai-authored: ${inputs.aiAuthored} (set by the workflow)` }, ...detected.signals];
  const provenance: Provenance = { aiAuthored: inputs.aiAuthored === 'auto' ? detected.aiAuthored : inputs.aiAuthored === 'true', signals };

  const { matched, unmatched } = expandPlans(inputs.plans, ctx.workspace);
  for (const pattern of unmatched) io.warning(`plan: "${pattern}" matched no file`);
  let report: Report;
  if (matched.length === 0 && !inputs.cloudformation) {
    report = noPlanReport(inputs.plans, provenance);
  } else {
    const planInputs = await readInputs(ctx, inputs, io, matched, { withConfiguration: true });
    const findings = governanceFindings(files, inputs.config);
    const first = planInputs[0];
    if (first && findings && findings.length > 0) first.findings = [...(first.findings ?? []), ...findings];
    report = analyzePlans(planInputs, {
      policy,
      provenance,
      ...(inputs.environment ? { environment: inputs.environment } : {}),
    });
    for (const annotation of annotationsFor(report, { warn: policy.thresholds.warn, ...(inputs.tf ? { root: inputs.tf.head } : {}) })) io.annotate(annotation);
  }

  const reportPath = resolve(ctx.tempDir, 'blastgate-report.json');
  io.writeFile(reportPath, `${JSON.stringify(toJsonReport(report), null, 2)}\n`);
  const { decision } = report;
  const result = (gate: ActionResult['gate'], message: string): ActionResult => ({
    gate,
    verdict: decision.verdict,
    score: decision.score,
    aiAuthored: provenance.aiAuthored,
    message,
    reportPath,
    ...destructiveCounts(report.changes.map((a) => a.change)),
  });

  // Re-read the head and the reviews just before posting: a run for an older head posts nothing.
  const fresh = await getPull(gh, pr);
  if (fresh.headSha !== info.headSha) {
    const stale = result('open', `The PR moved on to ${fresh.headSha.slice(0, 7)} while this run analysed ${info.headSha.slice(0, 7)}: nothing posted; the run for the new head decides.`);
    outputs(io, stale);
    return stale;
  }
  const excluded = exclusions(info.author, detected);
  const approvals = decision.verdict === 'review' || decision.verdict === 'fail' ? countApprovals(await listReviews(gh, pr), info.headSha, excluded) : undefined;
  const state: GateState = {
    version: 1,
    headSha: info.headSha,
    verdict: decision.verdict,
    score: decision.score,
    requirement: decision.requirement,
    excluded,
    gatedAddresses: decision.gatedAddresses,
    aiAuthored: provenance.aiAuthored,
    destructive: report.changes
      .map((a) => a.change)
      .filter(isDestructive)
      .map((c) => ({ address: c.address, action: c.action, replacePaths: c.replacePaths })),
  };
  const outcome = await deliver(gh, ctx, inputs, io, pr, fresh, { state, decision, report: renderMarkdown(report), policy, label }, approvals);
  const done = { ...result(outcome.gate, outcome.description), ...(outcome.commentUrl ? { commentUrl: outcome.commentUrl } : {}) };
  outputs(io, done);
  return done;
}

/** A review has no plan: re-evaluate approvals against the state stored for the head commit. */
async function reevaluate(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO, pr: PullRef): Promise<ActionResult> {
  const info = await getPull(gh, pr);
  const { policy, label } = await policyAt(gh, pr, info, inputs);
  const sticky = await findSticky(gh, pr, await tokenLogin(gh));
  const parts = sticky ? parseSticky(sticky.body) : undefined;
  const state = parts?.state;
  if (!state || state.headSha !== info.headSha) {
    const message = `No Blastgate report for the head commit ${info.headSha.slice(0, 7)}: run the plan workflow for it (a review alone cannot open the gate).`;
    const writer = new Writer(io);
    await writer.write('commit status', () => setStatus(gh, pr.owner, pr.repo, info.headSha, { state: 'failure', description: message.slice(0, 140), targetUrl: ctx.runUrl }));
    await io.summary(`**Gate: closed** — ${message}\n`);
    return { gate: 'closed', verdict: state?.verdict ?? 'fail', score: state?.score ?? 0, aiAuthored: state?.aiAuthored ?? true, message };
  }
  const decision = { verdict: state.verdict, gate: state.verdict === 'review' || state.verdict === 'fail' ? ('closed' as const) : ('open' as const), score: state.score, requirement: state.requirement };
  const approvals = state.verdict === 'review' || state.verdict === 'fail' ? countApprovals(await listReviews(gh, pr), info.headSha, state.excluded) : undefined;
  const outcome = await deliver(gh, ctx, inputs, io, pr, info, { state, decision, report: parts?.report ?? '', policy, label }, approvals);
  return {
    gate: outcome.gate,
    verdict: state.verdict,
    score: state.score,
    aiAuthored: state.aiAuthored,
    message: outcome.description,
    ...destructiveCounts(state.destructive ?? []),
    ...(outcome.commentUrl ? { commentUrl: outcome.commentUrl } : {}),
  };
}

async function onReview(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO): Promise<ActionResult> {
  const result = await reevaluate(gh, ctx, inputs, io, pullRef(ctx));
  outputs(io, result);
  return result;
}

/** The latest `blastgate` status of a commit, if any. */
async function blastgateState(gh: GitHub, ctx: ActionContext, sha: string): Promise<string | undefined> {
  const { data } = await gh.rest.repos.getCombinedStatusForRef({ owner: ctx.owner, repo: ctx.repo, ref: sha, per_page: 100 });
  return data.statuses.find((s) => s.context === 'blastgate')?.state;
}

/**
 * Nothing fires when a delay ends: on schedule (and workflow_dispatch) the Action re-evaluates every open PR that
 * carries the required-reviewer label or a pending `blastgate` status, one at a time within the API's limits. The run itself succeeds; each PR's
 * own `blastgate` status says where its gate stands.
 */
async function onSchedule(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO): Promise<ActionResult> {
  const defaultLabel = inputs.label ?? DEFAULT_POLICY.label;
  const open = await gh.paginate(gh.rest.pulls.list, { owner: ctx.owner, repo: ctx.repo, state: 'open', per_page: 100 });
  // A PR waits by its label, or by its own pending status (a label someone removed by hand changes nothing).
  const waiting: typeof open = [];
  for (const p of open) {
    if (p.labels.some((l) => l.name === defaultLabel) || (await blastgateState(gh, ctx, p.head.sha)) === 'pending') waiting.push(p);
  }
  const lines: string[] = [];
  for (const p of waiting) {
    const result = await reevaluate(gh, ctx, inputs, io, { owner: ctx.owner, repo: ctx.repo, number: p.number });
    lines.push(`#${p.number}: gate ${result.gate} — ${result.message}`);
  }
  const message = waiting.length === 0 ? 'No open PR waits on the Blastgate gate.' : `Re-evaluated ${waiting.length} PR(s):\n${lines.join('\n')}`;
  return { gate: 'open', verdict: 'pass', score: 0, aiAuthored: false, message };
}

/**
 * After merge, in the job that applies: the plan about to be applied may destroy or replace only what the PR's
 * last gate evaluation recorded, and that gate must have been open. With a `fingerprint-key`, a comment whose
 * recorded state was edited by anyone without the key does not verify.
 */
async function onVerify(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO): Promise<ActionResult> {
  const fail = async (message: string): Promise<ActionResult> => {
    await io.summary(`**Blastgate verify: not approved** — ${message}\n`);
    const result: ActionResult = { gate: 'closed', verdict: 'fail', score: 0, aiAuthored: false, message };
    outputs(io, result);
    return result;
  };
  const { data: pulls } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({ owner: ctx.owner, repo: ctx.repo, commit_sha: ctx.sha });
  const merged = pulls.find((p) => p.merged_at) ?? pulls[0];
  if (!merged) return fail(`no pull request brought in ${ctx.sha.slice(0, 7)}: nothing was approved`);
  const pr = { owner: ctx.owner, repo: ctx.repo, number: merged.number };
  const parts = await findSticky(gh, pr, await tokenLogin(gh)).then((c) => (c ? parseSticky(c.body) : undefined));
  const state = parts?.state;
  if (!state) return fail(`#${pr.number} has no Blastgate comment: its gate never ran`);
  if (inputs.fingerprintKey && !(parts.fingerprint && fingerprintMatches(state, inputs.fingerprintKey, parts.fingerprint))) {
    return fail(`the Blastgate comment on #${pr.number} does not verify: it was edited, or written without the fingerprint key`);
  }
  if (state.gate !== 'open') return fail(`the gate of #${pr.number} was never opened (verdict ${state.verdict})`);
  const { matched } = expandPlans(inputs.plans, ctx.workspace);
  if (matched.length === 0 && !inputs.cloudformation) return fail(`the plan input (${inputs.plans.join(', ') || 'empty'}) matched no file`);
  const planInputs = await readInputs(ctx, inputs, io, matched, { withConfiguration: false });
  const unapproved = unapprovedChanges(planInputs.flatMap((i) => i.changes), state.destructive ?? []);
  if (unapproved.length > 0) {
    return fail(`the plan destroys or replaces what #${pr.number}'s reviewers did not approve: ${unapproved.map((u) => `${u.address} (${u.action}: ${u.why})`).join('; ')}`);
  }
  const message = `The plan is within what #${pr.number}'s reviewers approved${state.approvers?.length ? ` (${state.approvers.join(', ')})` : ''}.`;
  await io.summary(`**Blastgate verify: approved** — ${message}\n`);
  const result: ActionResult = { gate: 'open', verdict: 'pass', score: 0, aiAuthored: state.aiAuthored, message };
  outputs(io, result);
  return result;
}

/** The merge queue runs the workflow on the group's commit; its PRs passed their gates to get there. */
async function onMergeGroup(gh: GitHub, ctx: ActionContext, io: ActionIO): Promise<ActionResult> {
  const group = ctx.event['merge_group'] as { head_sha?: unknown } | undefined;
  if (!group || typeof group.head_sha !== 'string') throw new Error('the merge_group event has no head_sha');
  const message = 'Merge queue: every PR in this group passed its Blastgate gate';
  await setStatus(gh, ctx.owner, ctx.repo, group.head_sha, { state: 'success', description: message, targetUrl: ctx.runUrl });
  const result: ActionResult = { gate: 'open', verdict: 'pass', score: 0, aiAuthored: false, message };
  outputs(io, result);
  return result;
}

export async function runAction(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO, detect: DetectAuthorship): Promise<ActionResult> {
  if (inputs.mode === 'verify') return onVerify(gh, ctx, inputs, io);
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return onPullRequest(gh, ctx, inputs, io, detect);
    case 'pull_request_review':
      return onReview(gh, ctx, inputs, io);
    case 'schedule':
    case 'workflow_dispatch':
      return onSchedule(gh, ctx, inputs, io);
    case 'merge_group':
      return onMergeGroup(gh, ctx, io);
    default:
      throw new Error(`Blastgate runs on pull_request, pull_request_review, merge_group, schedule and workflow_dispatch events, not "${ctx.eventName}"`);
  }
}
