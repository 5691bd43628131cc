import type { Decision, Gate } from '../model.js';
import type { ApprovalCount } from './approvals.js';

// What the `blastgate` commit status says: the one thing branch protection requires and a later run turns green.

export type StatusState = 'success' | 'failure' | 'pending' | 'error';

export interface GateOutcome {
  gate: Gate;
  state: StatusState;
  /** At most 140 characters: GitHub's limit for a status description. */
  description: string;
  approvers: string[];
  missing: number;
}

const MAX_DESCRIPTION = 140;

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

/** The gate after approvals: a review verdict opens with enough approvals; fail never does; `enforce: false` only advises. */
export function gateOutcome(decision: Decision, approvals: ApprovalCount | undefined, enforce: boolean): GateOutcome {
  const approvers = approvals?.approvers ?? [];
  const required = decision.requirement?.approvals ?? 0;
  const missing = Math.max(0, required - approvers.length);
  let gate: Gate = decision.gate;
  let description: string;
  if (decision.verdict === 'fail') {
    description = `Blocked by a circuit breaker (score ${decision.score})`;
  } else if (decision.verdict === 'review') {
    if (missing === 0) {
      gate = 'open';
      description = `Approved by ${approvers.join(', ')} (verdict review, score ${decision.score})`;
    } else {
      description = `Needs ${missing} more human approval${missing === 1 ? '' : 's'} on the head commit (score ${decision.score})`;
    }
  } else {
    description = `${decision.verdict === 'warn' ? 'Warning' : 'Pass'}: score ${decision.score}`;
  }
  if (!enforce && gate !== 'open') {
    return { gate, state: 'success', description: clip(`Advisory (enforce: false): ${description}`), approvers, missing };
  }
  return { gate, state: gate === 'open' ? 'success' : gate === 'pending' ? 'pending' : 'failure', description: clip(description), approvers, missing };
}
