import { describe, expect, it } from 'vitest';
import { intentsFor, type DeliveryInput } from '../src/action/intents.js';
import type { GateState } from '../src/gate/state.js';
import type { GateOutcome } from '../src/gate/status.js';
import { fingerprint } from '../src/github/fingerprint.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';

// What a run delivers, decided without GitHub: comment, label, review request, status and summary as data.

const requirement = { approvals: 1, reviewers: ['alice'], teams: [], reason: 'one human' };
const state: GateState = {
  version: 2,
  repo: 'acme/infra',
  pr: 7,
  headSha: 'c'.repeat(40),
  verdict: 'review',
  score: 95,
  aiAuthored: true,
  requirement,
  excluded: { logins: ['Copilot'], ids: [198982749], because: { copilot: 'the PR author' } },
  gatedAddresses: ['aws_db_instance.orders'],
  gate: 'closed',
  approvers: [],
  destructive: [{ address: 'aws_db_instance.orders', action: 'delete', replacePaths: [] }],
};
const closed: GateOutcome = { gate: 'closed', state: 'failure', description: 'Needs 1 more human approval', approvers: [], missing: 1, perChange: [] };

function input(over: Partial<DeliveryInput> = {}): DeliveryInput {
  return {
    decision: { verdict: 'review', gate: 'closed', score: 95, requirement },
    outcome: closed,
    state,
    approvals: { approvals: [], ignored: [] },
    report: '### report',
    policy: { ...DEFAULT_POLICY, reviewers: ['alice', 'copilot'], teams: ['dba'] },
    label: 'blastgate: second review',
    pull: { author: 'Copilot', labels: [], requestedReviewers: [], requestedTeams: [] },
    options: { comment: true, enforce: true, runUrl: 'https://github.com/acme/infra/actions/runs/1' },
    ...over,
  };
}

describe('what a run delivers', () => {
  it('a closed review gate: the label, the policy reviewers but never the author, a failed status, the comment', () => {
    const intents = intentsFor(input());
    expect(intents.label).toEqual({ add: 'blastgate: second review' });
    expect(intents.reviewers).toEqual({ reviewers: ['alice'], teams: ['dba'] });
    expect(intents.status).toEqual({ state: 'failure', description: 'Needs 1 more human approval', targetUrl: 'https://github.com/acme/infra/actions/runs/1' });
    expect(intents.comment).toContain('**Gate: closed**');
    expect(intents.summary).toContain('### report');
  });

  it('asks nobody twice: requested reviewers and an existing label are left alone', () => {
    const intents = intentsFor(input({ pull: { author: 'Copilot', labels: ['blastgate: second review'], requestedReviewers: ['alice'], requestedTeams: ['dba'] } }));
    expect(intents.label).toBeUndefined();
    expect(intents.reviewers).toBeUndefined();
  });

  it('an open gate removes the label; a pending one keeps it', () => {
    const labelled = { author: 'Copilot', labels: ['blastgate: second review'], requestedReviewers: [], requestedTeams: [] };
    const open: GateOutcome = { ...closed, gate: 'open', state: 'success', description: 'Approved by bob', approvers: ['bob'], missing: 0 };
    expect(intentsFor(input({ outcome: open, pull: labelled })).label).toEqual({ remove: 'blastgate: second review' });
    const pending: GateOutcome = { ...open, gate: 'pending', state: 'pending', opensAt: '2026-12-05T10:00:00.000Z' };
    expect(intentsFor(input({ outcome: pending, pull: labelled })).label).toBeUndefined();
  });

  it('comment: false posts no comment; a fingerprint key signs the recorded state', () => {
    expect(intentsFor(input({ options: { comment: false, enforce: true, runUrl: 'u' } })).comment).toBeUndefined();
    const signed = intentsFor(input({ options: { comment: true, enforce: true, runUrl: 'u', fingerprintKey: 'k' } })).comment;
    expect(signed).toContain(`<!-- blastgate:fingerprint ${fingerprint(state, 'k')} -->`);
  });
});
