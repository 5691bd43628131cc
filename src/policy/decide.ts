import picomatch from 'picomatch';
import { atLeast, SEVERITY_SCORE } from '../analysis/weights.js';
import {
  destroysObject,
  type ApprovalRule,
  type AssessedChange,
  type Decision,
  type Requirement,
  type Environment,
  type InputFindingOf,
  type PlanInput,
  type Provenance,
  type Severity,
} from '../model.js';
import type { BreakGlassInput, CircuitBreaker, Policy } from './types.js';

export interface Tripped {
  breaker: CircuitBreaker;
  addresses: string[];
  source: string;
}

/** Circuit breakers, per plan, over production changes only. */
export function trippedBreakers(changes: AssessedChange[], inputs: PlanInput[], policy: Policy): Tripped[] {
  const tripped: Tripped[] = [];
  for (const input of inputs) {
    // What existed before the plan: creates added beside a destroy do not dilute it into an ordinary change.
    const managed = input.changes.filter((c) => c.mode === 'managed' && c.action !== 'read' && c.action !== 'create').length;
    const candidates = changes.filter(
      (a) => a.change.source.path === input.source.path && a.environment.production && !a.ignored && destroysObject(a.change),
    );
    for (const breaker of policy.circuitBreakers) {
      const actions = breaker.actions ?? ['delete', 'replace'];
      const hits = candidates.filter(
        (a) =>
          actions.includes(a.change.action as 'delete' | 'replace') &&
          (!breaker.types || breaker.types.some((t) => picomatch.isMatch(a.change.type, t))) &&
          (!breaker.addresses || breaker.addresses.some((p) => picomatch.isMatch(a.change.address, p))),
      );
      const enough = hits.length >= (breaker.minDestroyed ?? 1);
      const share = breaker.destroyedFraction === undefined || (managed > 0 && hits.length / managed >= breaker.destroyedFraction);
      if (hits.length > 0 && enough && share) {
        tripped.push({ breaker, addresses: hits.map((a) => a.change.address), source: input.source.path });
      }
    }
  }
  return tripped;
}

function list(addresses: string[], max = 3): string {
  const shown = addresses.slice(0, max).join(', ');
  return addresses.length > max ? `${shown} and ${addresses.length - max} more` : shown;
}

/** `30m`, `24h`, `2d` as hours. */
export function delayHours(text: string | undefined): number | undefined {
  const match = /^(\d+)(m|h|d)$/.exec(text ?? '');
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === 'm' ? n / 60 : match[2] === 'd' ? n * 24 : n;
}

/** The rule a severity asks for; the policy's `approvals` is the floor for every gated change. */
export function ruleFor(severity: Severity, policy: Policy): ApprovalRule {
  const input = severity === 'none' ? undefined : policy.requirements[severity];
  const delay = delayHours(input?.delay);
  const from = input?.reviewers || input?.teams ? { reviewers: input.reviewers ?? [], teams: input.teams ?? [] } : undefined;
  return {
    approvals: Math.max(policy.approvals, input?.approvals ?? 0),
    ...(delay !== undefined ? { delayHours: delay } : {}),
    ...(from ? { from } : {}),
  };
}

/** Several rules at once: the most approvals, the longest delay, and approvals only from people any rule names. */
function strictest(rules: ApprovalRule[]): ApprovalRule {
  const delay = Math.max(0, ...rules.map((r) => r.delayHours ?? 0));
  const limited = rules.filter((r) => r.from);
  return {
    approvals: Math.max(1, ...rules.map((r) => r.approvals)),
    ...(delay > 0 ? { delayHours: delay } : {}),
    ...(limited.length > 0
      ? {
          from: {
            reviewers: [...new Set(limited.flatMap((r) => r.from?.reviewers ?? []))],
            teams: [...new Set(limited.flatMap((r) => r.from?.teams ?? []))],
          },
        }
      : {}),
  };
}

function breakGlassFor(tripped: Tripped[], policy: Policy): Requirement['breakGlass'] {
  const routes = tripped.map((t) => t.breaker.breakGlass ?? policy.breakGlass).filter((b): b is BreakGlassInput => !!b);
  const first = routes[0];
  if (!first) return undefined;
  const delay = Math.max(0, ...routes.map((b) => delayHours(b.delay) ?? 0));
  return { team: first.team, approvals: Math.max(2, ...routes.map((b) => b.approvals ?? 2)), ...(delay > 0 ? { delayHours: delay } : {}) };
}

function describeRule(rule: ApprovalRule): string {
  const who = rule.from ? ` from ${[...rule.from.reviewers, ...rule.from.teams.map((t) => `members of ${t}`)].join(' or ')}` : '';
  const delay = rule.delayHours ? `, then a wait of ${rule.delayHours} h` : '';
  return `${rule.approvals} human approval${rule.approvals === 1 ? '' : 's'}${who} of the head commit${delay}`;
}

/** What the decision weighs: a scored change, or a finding an input carries (a guard removed in configuration). */
interface Item {
  address: string;
  what: string;
  severity: Severity;
  score: number;
  environment: Environment;
}

/** What the decision is taken on: the analysis of every input. */
export interface Assessed {
  changes: AssessedChange[];
  /** The inputs' own findings, weighed. */
  findings: InputFindingOf[];
  inputs: PlanInput[];
  environments: Environment[];
}

function items({ changes, findings, environments }: Assessed): Item[] {
  const fromChanges = changes
    .filter((a) => !a.ignored)
    .map((a): Item => ({ address: a.change.address, what: a.change.action, severity: a.severity, score: a.score, environment: a.environment }));
  const fromFindings = findings.flatMap((f): Item[] => {
    const environment = environments.find((e) => e.source === f.source);
    if (!environment) return [];
    return [{ address: f.address ?? f.source, what: f.code, severity: f.severity, score: SEVERITY_SCORE[f.severity], environment }];
  });
  return [...fromChanges, ...fromFindings];
}

const describe = (i: Item) => `${i.address}: ${i.what}, ${i.severity} (${i.score}) in ${i.environment.name}`;

/** The verdict (the risk decision, never changed by approvals) and what the gate does with it. */
export function decide(assessed: Assessed, policy: Policy, provenance: Provenance): Decision {
  const { changes, inputs } = assessed;
  const weighed = items(assessed);
  const score = weighed.reduce((max, i) => Math.max(max, i.score), 0);
  const gated = policy.gate === 'all' || provenance.aiAuthored;
  const who = policy.gate === 'all' ? 'the policy gates every PR' : provenance.aiAuthored ? 'the PR is AI-authored' : 'the PR is human-authored';

  const risky = weighed.filter((i) => atLeast(i.severity, policy.thresholds.warn));
  const needsReview = weighed.filter((i) => i.environment.production && atLeast(i.severity, policy.thresholds.review));
  const breakers = trippedBreakers(changes, inputs, policy);
  const reasons: string[] = [];

  for (const t of breakers) {
    reasons.push(`circuit breaker "${t.breaker.name}" (${t.breaker.reason ?? 'policy'}): ${list(t.addresses)}`);
  }
  reasons.push(...needsReview.map(describe));

  if (gated && breakers.length > 0) {
    const addresses = [...new Set(breakers.flatMap((t) => t.addresses))];
    const breakGlass = breakGlassFor(breakers, policy);
    return {
      verdict: 'fail',
      gate: 'closed',
      score,
      headline: `Blocked: ${who} and it trips the circuit breaker${breakers.length > 1 ? 's' : ''} ${breakers.map((t) => `"${t.breaker.name}"`).join(', ')} (${list(addresses)}).`,
      reasons,
      requirement: {
        approvals: policy.approvals,
        reviewers: policy.reviewers,
        teams: policy.teams,
        reason: breakGlass
          ? `a circuit breaker blocks this plan: ordinary approvals do not open it; break-glass needs ${describeRule({ ...breakGlass, from: { reviewers: [], teams: [breakGlass.team] } })}`
          : 'a circuit breaker blocks this plan whatever the approvals: change the plan (the policy has no break-glass route)',
        ...(breakGlass ? { breakGlass } : {}),
      },
      gatedAddresses: addresses,
      breakers: breakers.map((t) => ({ name: t.breaker.name, ...(t.breaker.reason ? { reason: t.breaker.reason } : {}), addresses: t.addresses })),
    };
  }
  if (gated && needsReview.length > 0) {
    const top = [...needsReview].sort((a, b) => b.score - a.score);
    const perChange = top.map((i) => ({ address: i.address, severity: i.severity, rule: ruleFor(i.severity, policy) }));
    const rule = strictest(perChange.map((p) => p.rule));
    const destroysOnly = top.every((i) => i.what === 'delete');
    return {
      verdict: 'review',
      gate: 'closed',
      score,
      headline: `Review required: ${who} and it would ${destroysOnly ? 'destroy' : 'recreate, destroy or unprotect'} production resources (${list(top.map((i) => i.address))}).`,
      reasons,
      requirement: {
        ...rule,
        reviewers: [...new Set([...policy.reviewers, ...(rule.from?.reviewers ?? [])])],
        teams: [...new Set([...policy.teams, ...(rule.from?.teams ?? [])])],
        reason: `${describeRule(rule)}, by people who did not author or co-author the PR, before these production resources are recreated or destroyed`,
        perChange,
      },
      gatedAddresses: [...new Set(top.map((i) => i.address))],
    };
  }
  if (risky.length > 0 || needsReview.length > 0 || breakers.length > 0) {
    const why = !gated ? who : 'nothing in production reaches the review threshold';
    return {
      verdict: 'warn',
      gate: 'open',
      score,
      headline: `Warning: ${risky.length} risky change${risky.length === 1 ? '' : 's'} (${list(risky.map((i) => i.address))}); no gate because ${why}.`,
      reasons: reasons.length > 0 ? reasons : risky.map(describe),
      requirement: null,
      gatedAddresses: [],
    };
  }
  return {
    verdict: 'pass',
    gate: 'open',
    score,
    headline: weighed.length === 0 ? 'Pass: the plan changes nothing.' : 'Pass: nothing in this plan destroys or recreates anything that matters.',
    reasons: [],
    requirement: null,
    gatedAddresses: [],
  };
}
