import { describe, expect, it } from 'vitest';
import { countApprovals, writeCandidates, type Excluded, type Permissions, type Review } from '../src/gate/approvals.js';
import { gateOutcome, type TeamMembers } from '../src/gate/status.js';
import type { Decision, Requirement } from '../src/model.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const T0 = Date.parse('2026-11-20T10:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
const none: Excluded = { logins: [], ids: [], because: {} };
const noTeams: TeamMembers = () => new Set();
let nextId = 1;
const review = (login: string, id: number, state: string, opts: { commit?: string; type?: string; hour?: number; association?: string } = {}): Review => ({
  id: nextId++,
  state,
  commit_id: opts.commit ?? HEAD,
  submitted_at: at(opts.hour ?? 0),
  user: { login, id, type: opts.type ?? 'User' },
  author_association: opts.association ?? 'MEMBER',
});
/** Every reviewer may write, unless the test says otherwise. */
const writers: Permissions = { get: () => 'write' };
const logins = (reviews: Review[], excluded = none) => countApprovals(reviews, HEAD, excluded, writers).approvals.map((a) => a.login).sort();

describe('counting approvals', () => {
  it('counts distinct humans who approved the head commit, with when', () => {
    const count = countApprovals([review('alice', 1, 'APPROVED', { hour: 1 }), review('bob', 2, 'APPROVED'), review('alice', 1, 'APPROVED', { hour: 2 })], HEAD, none, writers);
    expect(count.approvals).toEqual(expect.arrayContaining([{ login: 'alice', id: 1, at: at(2) }, { login: 'bob', id: 2, at: at(0) }]));
    expect(count.approvals).toHaveLength(2);
  });

  it('an approval of an older commit does not count', () => {
    expect(countApprovals([review('alice', 1, 'APPROVED', { commit: OLD })], HEAD, none, writers)).toEqual({
      approvals: [],
      ignored: [{ login: 'alice', why: 'approved an older commit' }],
    });
  });

  it('only the latest deciding review counts: changes requested or dismissed withdraw; a later comment does not', () => {
    expect(logins([review('alice', 1, 'APPROVED'), review('alice', 1, 'CHANGES_REQUESTED')])).toEqual([]);
    expect(countApprovals([review('alice', 1, 'APPROVED'), review('alice', 1, 'DISMISSED')], HEAD, none, writers).ignored).toEqual([{ login: 'alice', why: 'approval dismissed' }]);
    expect(logins([review('alice', 1, 'APPROVED'), review('alice', 1, 'COMMENTED')])).toEqual(['alice']);
  });

  it('self-approval, co-authors, the person an agent acted for and bots do not count', () => {
    const excluded: Excluded = { logins: ['Alice', 'carol'], ids: [3], because: { alice: 'the PR author', carol: 'the person the agent acted for' } };
    const count = countApprovals(
      [
        review('alice', 1, 'APPROVED'),
        review('carol', 9, 'APPROVED'),
        review('dave', 3, 'APPROVED'),
        review('helper[bot]', 4, 'APPROVED', { type: 'Bot' }),
        review('Copilot', 5, 'APPROVED', { type: 'Bot' }),
      ],
      HEAD,
      excluded,
      writers,
    );
    expect(count.approvals).toEqual([]);
    expect(Object.fromEntries(count.ignored.map((i) => [i.login, i.why]))).toEqual({
      alice: 'the PR author',
      carol: 'the person the agent acted for',
      dave: 'an author of the PR',
      'helper[bot]': 'a bot',
      Copilot: 'a bot',
    });
  });

  it('only reviewers with write access count: an association that cannot carry it, or a permission below write', () => {
    const reviews = [
      review('alice', 1, 'APPROVED', { association: 'COLLABORATOR' }),
      review('mallory', 2, 'APPROVED', { association: 'CONTRIBUTOR' }),
      review('eve', 3, 'APPROVED', { association: 'MEMBER' }),
      review('nobody', 4, 'APPROVED', { association: 'NONE' }),
    ];
    expect(writeCandidates(reviews)).toEqual(['alice', 'eve']);
    const count = countApprovals(reviews, HEAD, none, new Map([['alice', 'write'], ['eve', 'read']]));
    expect(count.approvals.map((a) => a.login)).toEqual(['alice']);
    expect(Object.fromEntries(count.ignored.map((i) => [i.login, i.why]))).toEqual({
      mallory: 'no write access: association CONTRIBUTOR',
      eve: 'no write access: permission read',
      nobody: 'no write access: association NONE',
    });
  });
});

function decision(verdict: Decision['verdict'], requirement: Partial<Requirement> = {}): Pick<Decision, 'verdict' | 'gate' | 'score' | 'requirement'> {
  const gated = verdict === 'review' || verdict === 'fail';
  return {
    verdict,
    gate: gated ? 'closed' : 'open',
    score: 90,
    requirement: gated ? { approvals: 1, reviewers: [], teams: [], reason: '', ...requirement } : null,
  };
}

const outcome = (d: ReturnType<typeof decision>, reviews: Review[], hoursLater: number, members: TeamMembers = noTeams, enforce = true) =>
  gateOutcome({ decision: d, approvals: countApprovals(reviews, HEAD, none, writers), members, now: new Date(T0 + hoursLater * 3_600_000), enforce });

describe('the gate after approvals', () => {
  it('review opens once enough approvals are there, and says who', () => {
    const two = decision('review', { approvals: 2 });
    expect(outcome(two, [review('alice', 1, 'APPROVED')], 1)).toMatchObject({ gate: 'closed', state: 'failure', missing: 1 });
    const open = outcome(two, [review('alice', 1, 'APPROVED'), review('bob', 2, 'APPROVED')], 1);
    expect(open).toMatchObject({ gate: 'open', state: 'success', missing: 0 });
    expect(open.description).toContain('alice, bob');
  });

  it('a mandatory delay counts from the approval that completes the requirement, on the run\'s clock', () => {
    const delayed = decision('review', { approvals: 2, delayHours: 24 });
    const reviews = [review('alice', 1, 'APPROVED', { hour: 0 }), review('bob', 2, 'APPROVED', { hour: 2 })];
    const waiting = outcome(delayed, reviews, 3);
    expect(waiting).toMatchObject({ gate: 'pending', state: 'pending', opensAt: at(26) });
    expect(waiting.description).toContain(at(26));
    expect(outcome(delayed, reviews, 25.9).gate).toBe('pending');
    expect(outcome(delayed, reviews, 26).gate).toBe('open');
  });

  it('a push after the approvals restarts the delay: approvals of the old head no longer count', () => {
    const delayed = decision('review', { approvals: 1, delayHours: 24 });
    const onOldHead = [review('alice', 1, 'APPROVED', { hour: 0, commit: OLD })];
    expect(outcome(delayed, onOldHead, 25)).toMatchObject({ gate: 'closed', missing: 1 });
    const again = [...onOldHead, review('alice', 1, 'APPROVED', { hour: 1 })];
    expect(outcome(delayed, again, 24.5)).toMatchObject({ gate: 'pending', opensAt: at(25) });
    expect(outcome(delayed, again, 25).gate).toBe('open');
  });

  it('approvals count only from the reviewers or team members a requirement names', () => {
    const fromTeam = decision('review', { approvals: 1, from: { reviewers: ['root'], teams: ['acme/dba'] } });
    const members: TeamMembers = (team) => new Set(team === 'acme/dba' ? ['bob'] : []);
    expect(outcome(fromTeam, [review('alice', 1, 'APPROVED')], 1, members)).toMatchObject({ gate: 'closed', missing: 1 });
    expect(outcome(fromTeam, [review('bob', 2, 'APPROVED')], 1, members).gate).toBe('open');
    expect(outcome(fromTeam, [review('Root', 3, 'APPROVED')], 1, members).gate).toBe('open');
  });

  it('says per gated change what it requires and what is missing', () => {
    const d = decision('review', {
      approvals: 2,
      perChange: [
        { address: 'aws_db_instance.main', severity: 'critical', rule: { approvals: 2 } },
        { address: 'aws_lb.api', severity: 'high', rule: { approvals: 1 } },
      ],
    });
    const result = outcome(d, [review('alice', 1, 'APPROVED')], 1);
    expect(result.perChange.map((p) => [p.address, p.progress.missing])).toEqual([
      ['aws_db_instance.main', 1],
      ['aws_lb.api', 0],
    ]);
  });

  it('every gated change\'s own rule must be met: approvals from one rule\'s team never stand in for another\'s', () => {
    const platform = { reviewers: [], teams: ['platform'] };
    const dba = { reviewers: [], teams: ['dba'] };
    const d = decision('review', {
      approvals: 2,
      from: { reviewers: [], teams: ['platform', 'dba'] },
      perChange: [
        { address: 'aws_lb.api', severity: 'high', rule: { approvals: 1, from: platform } },
        { address: 'aws_db_instance.main', severity: 'critical', rule: { approvals: 2, delayHours: 24, from: dba } },
      ],
    });
    const members: TeamMembers = (team) => new Set(team === 'platform' ? ['alice', 'bob'] : team === 'dba' ? ['carol', 'dave'] : []);
    const platformOnly = [review('alice', 1, 'APPROVED'), review('bob', 2, 'APPROVED')];
    expect(outcome(d, platformOnly, 30, members)).toMatchObject({ gate: 'closed', missing: 2 });
    const withDba = [...platformOnly, review('carol', 3, 'APPROVED', { hour: 1 }), review('dave', 4, 'APPROVED', { hour: 2 })];
    expect(outcome(d, withDba, 3, members)).toMatchObject({ gate: 'pending', opensAt: at(26) });
    expect(outcome(d, withDba, 26, members).gate).toBe('open');
    expect(outcome(d, [review('carol', 3, 'APPROVED'), review('dave', 4, 'APPROVED')], 30, members)).toMatchObject({ gate: 'closed', missing: 1 });
  });

  it('fail stays closed whatever the approvals, unless its break-glass team approves', () => {
    expect(outcome(decision('fail'), [review('alice', 1, 'APPROVED'), review('bob', 2, 'APPROVED'), review('carol', 3, 'APPROVED')], 1)).toMatchObject({ gate: 'closed', state: 'failure' });
    const glass = decision('fail', { breakGlass: { team: 'sre-leads', approvals: 2 } });
    const members: TeamMembers = (team) => new Set(team === 'sre-leads' ? ['alice', 'bob'] : []);
    expect(outcome(glass, [review('alice', 1, 'APPROVED'), review('carol', 3, 'APPROVED')], 1, members)).toMatchObject({ gate: 'closed', missing: 1 });
    const opened = outcome(glass, [review('alice', 1, 'APPROVED'), review('bob', 2, 'APPROVED')], 1, members);
    expect(opened).toMatchObject({ gate: 'open', brokeGlass: true, state: 'success' });
    expect(opened.description).toMatch(/^Break-glass: opened by alice, bob of sre-leads/);
  });

  it('advisory mode always succeeds and says so', () => {
    const advisory = outcome(decision('fail'), [], 1, noTeams, false);
    expect(advisory.state).toBe('success');
    expect(advisory.description).toMatch(/^Advisory \(enforce: false\)/);
  });

  it('pass and warn are open; descriptions fit GitHub\'s 140 characters', () => {
    expect(outcome(decision('warn'), [], 0)).toMatchObject({ gate: 'open', state: 'success' });
    const many = outcome(decision('review', { approvals: 1 }), Array.from({ length: 30 }, (_, i) => review(`reviewer-number-${i}`, 100 + i, 'APPROVED')), 1);
    expect(many.description.length).toBeLessThanOrEqual(140);
  });
});

describe('the status names the real reason', () => {
  it('a run without a plan says no plan was found, not that a circuit breaker tripped', async () => {
    const { decideWithoutPlan } = await import('../src/policy/no-plan.js');
    const outcome = gateOutcome({ decision: decideWithoutPlan(['plan.json']), approvals: undefined, members: () => new Set(), now: new Date(0), enforce: true });
    expect(outcome.state).toBe('failure');
    expect(outcome.description).toMatch(/^No plan found/);
  });
});
