import type { ApprovalCount } from '../gate/approvals.js';
import type { GateState } from '../gate/state.js';
import type { GateOutcome, StatusState } from '../gate/status.js';
import { fingerprint } from '../github/fingerprint.js';
import { renderSticky } from '../github/sticky.js';
import type { Decision } from '../model.js';
import type { Policy } from '../policy/types.js';
import { placeGate } from '../report/markdown.js';
import { renderGateStatus } from './gate-comment.js';

// What a run delivers, decided without touching GitHub: the sticky comment, the label, the review request, the
// `blastgate` status and the job summary, as intents the executor (deliver.ts) performs.

export interface Intents {
  /** The sticky comment's whole body; undefined when the workflow turned comments off. */
  comment?: string;
  label?: { add: string } | { remove: string };
  reviewers?: { reviewers: string[]; teams: string[] };
  status: { state: StatusState; description: string; targetUrl: string };
  summary: string;
}

export interface DeliveryInput {
  decision: Pick<Decision, 'verdict' | 'requirement' | 'gate' | 'score'>;
  /** The outcome as the status shows it (softened by `enforce: false`). */
  outcome: GateOutcome;
  /** The state to record: the gate as it really stood, whatever `enforce` says. */
  state: GateState;
  approvals: ApprovalCount | undefined;
  report: string;
  policy: Policy;
  label: string;
  pull: { author: string; labels: string[]; requestedReviewers: string[]; requestedTeams: string[] };
  options: { comment: boolean; enforce: boolean; fingerprintKey?: string; runUrl: string };
}

export function intentsFor(d: DeliveryInput): Intents {
  const status = renderGateStatus(d.decision, d.outcome, d.approvals, d.state.headSha, d.options.enforce);
  const { verdict } = d.decision;
  const needsReview = d.outcome.gate !== 'open' && (verdict === 'review' || verdict === 'fail');
  const waiting = d.outcome.gate === 'pending';
  let label: Intents['label'];
  let reviewers: Intents['reviewers'];
  if (needsReview) {
    if (!d.pull.labels.includes(d.label)) label = { add: d.label };
    const people = d.policy.reviewers.filter((r) => r.toLowerCase() !== d.pull.author.toLowerCase() && !d.pull.requestedReviewers.includes(r));
    const teams = d.policy.teams.filter((t) => !d.pull.requestedTeams.includes(t));
    if (verdict === 'review' && (people.length > 0 || teams.length > 0)) reviewers = { reviewers: people, teams };
  } else if (d.pull.labels.includes(d.label) && !waiting) {
    label = { remove: d.label };
  }
  const signature = d.options.fingerprintKey ? fingerprint(d.state, d.options.fingerprintKey) : undefined;
  // The title first, then where the gate stands: the status goes into the report's slot under its title.
  const body = placeGate(d.report, status);
  return {
    ...(d.options.comment ? { comment: renderSticky(d.state, body, d.options.runUrl, signature) } : {}),
    ...(label ? { label } : {}),
    ...(reviewers ? { reviewers } : {}),
    status: { state: d.outcome.state, description: d.outcome.description, targetUrl: d.options.runUrl },
    summary: body,
  };
}
