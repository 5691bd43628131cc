import picomatch from 'picomatch';
import {
  SEVERITIES,
  type AssessedChange,
  type Decision,
  type Environment,
  type PlanInput,
  type Provenance,
  type Severity,
} from '../model.js';
import type { CircuitBreaker, Policy } from './types.js';

const atLeast = (severity: Severity, threshold: Severity) => SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(threshold);

/** Destroys the real object: a delete or replacement that nothing retains. */
export function destroys(a: AssessedChange): boolean {
  const { action, retention } = a.change;
  return (action === 'delete' || action === 'replace') && retention !== 'retain' && retention !== 'forget';
}

export interface Tripped {
  breaker: CircuitBreaker;
  addresses: string[];
  source: string;
}

/** Circuit breakers, per plan, over production changes only. */
export function trippedBreakers(changes: AssessedChange[], inputs: PlanInput[], policy: Policy): Tripped[] {
  const tripped: Tripped[] = [];
  for (const input of inputs) {
    const managed = input.changes.filter((c) => c.mode === 'managed' && c.action !== 'read').length;
    const candidates = changes.filter(
      (a) => a.change.source.path === input.source.path && a.environment.production && !a.ignored && destroys(a),
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

/** What the decision weighs: a scored change, or a finding an input carries (a guard removed in configuration). */
interface Item {
  address: string;
  what: string;
  severity: Severity;
  score: number;
  environment: Environment;
}

/** A finding's severity as a score, so the report's score covers findings too. */
const SEVERITY_SCORE: Record<Severity, number> = { none: 0, low: 20, medium: 45, high: 70, critical: 90 };

function items(changes: AssessedChange[], inputs: PlanInput[], environments: Environment[]): Item[] {
  const fromChanges = changes
    .filter((a) => !a.ignored)
    .map((a): Item => ({ address: a.change.address, what: a.change.action, severity: a.severity, score: a.score, environment: a.environment }));
  const fromFindings = inputs.flatMap((input) => {
    const environment = environments.find((e) => e.source === input.source.path);
    if (!environment) return [];
    return (input.findings ?? []).map(
      (f): Item => ({
        address: f.address ?? input.source.path,
        what: f.code,
        severity: f.severity,
        score: SEVERITY_SCORE[f.severity],
        environment,
      }),
    );
  });
  return [...fromChanges, ...fromFindings];
}

const describe = (i: Item) => `${i.address}: ${i.what}, ${i.severity} (${i.score}) in ${i.environment.name}`;

/** The verdict (the risk decision, never changed by approvals) and what the gate does with it. */
export function decide(
  changes: AssessedChange[],
  inputs: PlanInput[],
  environments: Environment[],
  policy: Policy,
  provenance: Provenance,
): Decision {
  const weighed = items(changes, inputs, environments);
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

  const requirement = (reason: string) => ({
    approvals: policy.approvals,
    reviewers: policy.reviewers,
    teams: policy.teams,
    reason,
  });

  if (gated && breakers.length > 0) {
    const addresses = [...new Set(breakers.flatMap((t) => t.addresses))];
    return {
      verdict: 'fail',
      gate: 'closed',
      score,
      headline: `Blocked: ${who} and it trips the circuit breaker${breakers.length > 1 ? 's' : ''} ${breakers.map((t) => `"${t.breaker.name}"`).join(', ')} (${list(addresses)}).`,
      reasons,
      requirement: requirement("a circuit breaker blocks this plan whatever the approvals: change the plan, or use the policy's break-glass route"),
      gatedAddresses: addresses,
    };
  }
  if (gated && needsReview.length > 0) {
    const top = [...needsReview].sort((a, b) => b.score - a.score);
    const reviewers = policy.approvals === 1 ? 'one human reviewer' : `${policy.approvals} human reviewers`;
    const destroysOnly = top.every((i) => i.what === 'delete');
    return {
      verdict: 'review',
      gate: 'closed',
      score,
      headline: `Review required: ${who} and it would ${destroysOnly ? 'destroy' : 'recreate, destroy or unprotect'} production resources (${list(top.map((i) => i.address))}).`,
      reasons,
      requirement: requirement(
        `${reviewers} who did not author or co-author the PR must approve the head commit before these production resources are recreated or destroyed`,
      ),
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
