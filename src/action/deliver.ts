import type { ApprovalCount } from '../gate/approvals.js';
import type { GateState } from '../gate/state.js';
import { gateOutcome, type GateOutcome, type TeamMembers } from '../gate/status.js';
import {
  addLabel,
  findOwnSticky,
  isForbidden,
  removeLabel,
  requestReviewers,
  setStatus,
  teamMembers,
  upsertComment,
  type PullInfo,
  type PullRef,
} from '../github/api.js';
import type { GitHub } from '../github/client.js';
import type { Decision, Requirement } from '../model.js';
import type { Policy } from '../policy/types.js';
import type { ActionInputs } from './inputs.js';
import { intentsFor, type Intents } from './intents.js';
import type { ActionContext, ActionIO } from './types.js';

// The executor: evaluates the gate against the approvals (reading team memberships), then performs the intents
// through src/github. Nothing here decides what to say.

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
export class Writer {
  readOnly = false;
  constructor(private readonly io: ActionIO) {}
  async write(what: string, call: () => Promise<unknown>): Promise<void> {
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

/** Performs the intents in order: comment, label, review request, status, then the job summary; returns the comment's address. */
export async function perform(gh: GitHub, io: ActionIO, pr: PullRef, headSha: string, intents: Intents): Promise<{ commentUrl?: string }> {
  const writer = new Writer(io);
  const body = intents.comment;
  let commentUrl: string | undefined;
  if (body !== undefined) {
    const sticky = await findOwnSticky(gh, pr);
    await writer.write('comment', async () => {
      commentUrl = await upsertComment(gh, pr, sticky?.id, body);
    });
  }
  const label = intents.label;
  if (label && 'add' in label) await writer.write('label', () => addLabel(gh, pr, label.add));
  if (label && 'remove' in label) await writer.write('label removal', () => removeLabel(gh, pr, label.remove));
  const reviewers = intents.reviewers;
  if (reviewers) await writer.write('review request', () => requestReviewers(gh, pr, reviewers.reviewers, reviewers.teams));
  await writer.write('commit status', () => setStatus(gh, pr.owner, pr.repo, headSha, intents.status));
  await io.summary(`${intents.summary}${writer.readOnly ? '\n\n_The token could not write to the repository: no comment, label or status was posted._\n' : ''}`);
  return commentUrl ? { commentUrl } : {};
}

export interface Delivery {
  /** The state before this evaluation's gate and approvers are filled in. */
  state: Omit<GateState, 'gate' | 'approvers'>;
  decision: Pick<Decision, 'verdict' | 'requirement' | 'gate' | 'score'>;
  report: string;
  policy: Policy;
  label: string;
}

/** Evaluates the gate for `info`'s head commit and delivers it; returns the outcome the status shows. */
export async function deliver(
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
  const evaluate = (enforce: boolean) => gateOutcome({ decision: d.decision, approvals, members, now: ctx.now(), enforce });
  const outcome = evaluate(inputs.enforce);
  // The enforce switch only softens the status: verification after merge wants the gate as it really stood.
  const real = inputs.enforce ? outcome : evaluate(true);
  const state: GateState = { ...d.state, gate: real.gate, approvers: real.approvers };
  const intents = intentsFor({
    decision: d.decision,
    outcome,
    state,
    approvals,
    report: d.report,
    policy: d.policy,
    label: d.label,
    pull: { author: info.author.login, labels: info.labels, requestedReviewers: info.requestedReviewers, requestedTeams: info.requestedTeams },
    options: { comment: inputs.comment, enforce: inputs.enforce, runUrl: ctx.runUrl, ...(inputs.fingerprintKey ? { fingerprintKey: inputs.fingerprintKey } : {}) },
  });
  return { ...outcome, ...(await perform(gh, io, pr, info.headSha, intents)) };
}
