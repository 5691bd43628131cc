import type { Decision } from '../model.js';

/** Without a plan nobody can see what the PR would destroy: the gate closes (an agent removing the plan step must not pass). */
export function decideWithoutPlan(patterns: string[]): Decision {
  return {
    verdict: 'fail',
    gate: 'closed',
    score: 0,
    headline: `No plan: the \`plan\` input (${patterns.join(', ') || 'empty'}) matched no file, so Blastgate cannot see what this PR would change. The gate stays closed.`,
    reasons: ['no plan file matched the plan input'],
    requirement: { approvals: 0, reviewers: [], teams: [], reason: 'produce the plan in an earlier step (terraform show -json) and point the plan input at it' },
    gatedAddresses: [],
  };
}
