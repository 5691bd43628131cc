import { describe, expect, it } from 'vitest';
import { countApprovals, type Excluded, type Review } from '../src/gate/approvals.js';
import { gateOutcome } from '../src/gate/status.js';
import type { Decision } from '../src/model.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const none: Excluded = { logins: [], ids: [], because: {} };
let nextId = 1;
const review = (login: string, id: number, state: string, commit = HEAD, type = 'User'): Review => ({
  id: nextId++,
  state,
  commit_id: commit,
  user: { login, id, type },
});

describe('counting approvals', () => {
  it('counts distinct humans who approved the head commit', () => {
    const count = countApprovals([review('alice', 1, 'APPROVED'), review('bob', 2, 'APPROVED'), review('alice', 1, 'APPROVED')], HEAD, none);
    expect(count.approvers.sort()).toEqual(['alice', 'bob']);
  });

  it('an approval of an older commit does not count', () => {
    expect(countApprovals([review('alice', 1, 'APPROVED', OLD)], HEAD, none)).toEqual({
      approvers: [],
      ignored: [{ login: 'alice', why: 'approved an older commit' }],
    });
  });

  it('only the latest deciding review counts: changes requested or dismissed withdraw; a later comment does not', () => {
    const withdrawn = countApprovals([review('alice', 1, 'APPROVED'), review('alice', 1, 'CHANGES_REQUESTED')], HEAD, none);
    expect(withdrawn.approvers).toEqual([]);
    const dismissed = countApprovals([review('alice', 1, 'APPROVED'), review('alice', 1, 'DISMISSED')], HEAD, none);
    expect(dismissed.ignored).toEqual([{ login: 'alice', why: 'approval dismissed' }]);
    const commented = countApprovals([review('alice', 1, 'APPROVED'), review('alice', 1, 'COMMENTED')], HEAD, none);
    expect(commented.approvers).toEqual(['alice']);
  });

  it('self-approval, co-authors, the person an agent acted for and bots do not count', () => {
    const excluded: Excluded = { logins: ['Alice', 'carol'], ids: [3], because: { alice: 'the PR author', carol: 'the person the agent acted for' } };
    const count = countApprovals(
      [review('alice', 1, 'APPROVED'), review('carol', 9, 'APPROVED'), review('dave', 3, 'APPROVED'), review('helper[bot]', 4, 'APPROVED', HEAD, 'Bot'), review('Copilot', 5, 'APPROVED', HEAD, 'Bot')],
      HEAD,
      excluded,
    );
    expect(count.approvers).toEqual([]);
    expect(Object.fromEntries(count.ignored.map((i) => [i.login, i.why]))).toEqual({
      alice: 'the PR author',
      carol: 'the person the agent acted for',
      dave: 'an author of the PR',
      'helper[bot]': 'a bot',
      Copilot: 'a bot',
    });
  });
});

describe('the gate after approvals', () => {
  const decision = (verdict: Decision['verdict'], approvals = 1): Decision => ({
    verdict,
    gate: verdict === 'review' || verdict === 'fail' ? 'closed' : 'open',
    score: 90,
    headline: '',
    reasons: [],
    requirement: verdict === 'review' || verdict === 'fail' ? { approvals, reviewers: [], teams: [], reason: '' } : null,
    gatedAddresses: [],
  });

  it('review opens once enough approvals are there, and says who', () => {
    expect(gateOutcome(decision('review', 2), { approvers: ['alice'], ignored: [] }, true)).toMatchObject({ gate: 'closed', state: 'failure', missing: 1 });
    const open = gateOutcome(decision('review', 2), { approvers: ['alice', 'bob'], ignored: [] }, true);
    expect(open).toMatchObject({ gate: 'open', state: 'success', missing: 0 });
    expect(open.description).toContain('alice, bob');
  });

  it('fail stays closed whatever the approvals', () => {
    expect(gateOutcome(decision('fail'), { approvers: ['alice', 'bob', 'carol'], ignored: [] }, true)).toMatchObject({ gate: 'closed', state: 'failure' });
  });

  it('advisory mode always succeeds and says so', () => {
    const advisory = gateOutcome(decision('fail'), undefined, false);
    expect(advisory.state).toBe('success');
    expect(advisory.description).toMatch(/^Advisory \(enforce: false\)/);
  });

  it('pass and warn are open; descriptions fit GitHub\'s 140 characters', () => {
    expect(gateOutcome(decision('warn'), undefined, true)).toMatchObject({ gate: 'open', state: 'success' });
    const many = gateOutcome(decision('review', 1), { approvers: Array.from({ length: 30 }, (_, i) => `reviewer-number-${i}`), ignored: [] }, true);
    expect(many.description.length).toBeLessThanOrEqual(140);
  });
});
