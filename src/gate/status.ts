import type { ApprovalRule, Decision, Gate, Requirement, Severity } from '../model.js';
import type { Approval, ApprovalCount } from './approvals.js';

// Where the gate stands after the approvals, at the run's own clock: the `blastgate` commit status, the one thing
// branch protection requires and a later run turns green. Pure: memberships and the time come in as data.

export type StatusState = 'success' | 'failure' | 'pending' | 'error';

/** Members of each team, lower-cased logins; only the teams a rule names are looked up. */
export type TeamMembers = (team: string) => ReadonlySet<string>;

export interface RuleProgress {
  rule: ApprovalRule;
  counted: string[];
  missing: number;
  /** When the delay ends, once the approvals are complete. */
  opensAt?: string;
}

export interface GateOutcome {
  gate: Gate;
  state: StatusState;
  /** At most 140 characters: GitHub's limit for a status description. */
  description: string;
  approvers: string[];
  missing: number;
  opensAt?: string;
  /** The fail verdict was opened by its break-glass route. */
  brokeGlass?: boolean;
  perChange: { address: string; severity: Severity; progress: RuleProgress }[];
}

const MAX_DESCRIPTION = 140;

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

export function progress(rule: ApprovalRule, approvals: Approval[], members: TeamMembers): RuleProgress {
  const reviewers = new Set((rule.from?.reviewers ?? []).map((r) => r.toLowerCase()));
  const allowed = (a: Approval) =>
    !rule.from || reviewers.has(a.login.toLowerCase()) || rule.from.teams.some((t) => members(t).has(a.login.toLowerCase()));
  const counted = approvals.filter(allowed).sort((a, b) => a.at.localeCompare(b.at));
  const missing = Math.max(0, rule.approvals - counted.length);
  const completing = missing === 0 ? counted[rule.approvals - 1] : undefined;
  const opensAt = completing && rule.delayHours ? new Date(Date.parse(completing.at) + rule.delayHours * 3_600_000).toISOString() : undefined;
  return { rule, counted: counted.map((a) => a.login), missing, ...(opensAt ? { opensAt } : {}) };
}

function breakGlassRule(bg: NonNullable<Requirement['breakGlass']>): ApprovalRule {
  return { approvals: bg.approvals, ...(bg.delayHours ? { delayHours: bg.delayHours } : {}), from: { reviewers: [], teams: [bg.team] } };
}

/**
 * Several gated changes: each change's own rule must be met, never a merge of them (two approvals from one team do
 * not stand in for a rule that names another). Missing is the most any rule still lacks; the gate waits for the
 * latest delay.
 */
function everyRule(requirement: Requirement, rules: RuleProgress[]): RuleProgress {
  const missing = Math.max(0, ...rules.map((r) => r.missing));
  const counted = [...new Set(rules.flatMap((r) => r.counted))];
  const delays = rules.map((r) => r.opensAt).filter((t): t is string => t !== undefined).sort();
  const opensAt = missing === 0 ? delays.at(-1) : undefined;
  return { rule: requirement, counted, missing, ...(opensAt ? { opensAt } : {}) };
}

export interface GateInput {
  decision: Pick<Decision, 'verdict' | 'gate' | 'score' | 'requirement'>;
  approvals: ApprovalCount | undefined;
  members: TeamMembers;
  /** The run's clock, never a time taken from the PR. */
  now: Date;
  enforce: boolean;
}

/** The gate after approvals: review opens with enough approvals and the delay passed; fail only by break-glass. */
export function gateOutcome({ decision, approvals, members, now, enforce }: GateInput): GateOutcome {
  const given = approvals?.approvals ?? [];
  const requirement = decision.requirement;
  const perChange = (requirement?.perChange ?? []).map((p) => ({ address: p.address, severity: p.severity, progress: progress(p.rule, given, members) }));
  let gate: Gate = decision.gate;
  let description: string;
  let overall: RuleProgress | undefined;
  let brokeGlass = false;

  if (decision.verdict === 'review' && requirement) {
    overall = perChange.length > 0 ? everyRule(requirement, perChange.map((p) => p.progress)) : progress(requirement, given, members);
    if (overall.missing > 0) {
      const which = perChange.length > 1 ? ' for every gated change\'s own rule' : '';
      description = `Needs ${overall.missing} more human approval${overall.missing === 1 ? '' : 's'} of the head commit${which} (score ${decision.score})`;
    } else if (overall.opensAt && now.getTime() < Date.parse(overall.opensAt)) {
      gate = 'pending';
      description = `Approved by ${overall.counted.join(', ')}; opens at ${overall.opensAt} after the mandatory delay`;
    } else {
      gate = 'open';
      description = `Approved by ${overall.counted.join(', ')} (verdict review, score ${decision.score})`;
    }
  } else if (decision.verdict === 'fail') {
    const bg = requirement?.breakGlass;
    overall = bg ? progress(breakGlassRule(bg), given, members) : undefined;
    if (bg && overall && overall.missing === 0) {
      if (overall.opensAt && now.getTime() < Date.parse(overall.opensAt)) {
        gate = 'pending';
        description = `Break-glass by ${overall.counted.join(', ')} (${bg.team}); opens at ${overall.opensAt}`;
      } else {
        gate = 'open';
        brokeGlass = true;
        description = `Break-glass: opened by ${overall.counted.join(', ')} of ${bg.team} (verdict fail, score ${decision.score})`;
      }
    } else {
      // A fail that no approval count can open and nothing scored is the plan-less fail: say so, not "a breaker".
      const noPlan = !bg && requirement?.approvals === 0 && decision.score === 0;
      description = noPlan
        ? 'No plan found: the gate stays closed until a plan of the head commit is analysed'
        : `Blocked by a circuit breaker (score ${decision.score})${bg ? `: break-glass needs ${overall?.missing ?? bg.approvals} more from ${bg.team}` : ''}`;
    }
  } else {
    description = `${decision.verdict === 'warn' ? 'Warning' : 'Pass'}: score ${decision.score}`;
  }

  const result: GateOutcome = {
    gate,
    state: gate === 'open' ? 'success' : gate === 'pending' ? 'pending' : 'failure',
    description: clip(description),
    approvers: overall?.counted ?? given.map((a) => a.login),
    missing: overall?.missing ?? 0,
    ...(overall?.opensAt ? { opensAt: overall.opensAt } : {}),
    ...(brokeGlass ? { brokeGlass } : {}),
    perChange,
  };
  if (!enforce && gate !== 'open') return { ...result, state: 'success', description: clip(`Advisory (enforce: false): ${description}`) };
  return result;
}
