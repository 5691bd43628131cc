import picomatch from 'picomatch';
import { SEVERITIES, type AssessedChange, type Decision, type PlanInput, type Provenance, type Severity } from '../model.js';
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

/** The verdict (the risk decision, never changed by approvals) and what the gate does with it. */
export function decide(changes: AssessedChange[], inputs: PlanInput[], policy: Policy, provenance: Provenance): Decision {
  const counted = changes.filter((a) => !a.ignored);
  const score = counted.reduce((max, a) => Math.max(max, a.score), 0);
  const gated = policy.gate === 'all' || provenance.aiAuthored;
  const who = policy.gate === 'all' ? 'the policy gates every PR' : provenance.aiAuthored ? 'the PR is AI-authored' : 'the PR is human-authored';

  const risky = counted.filter((a) => atLeast(a.severity, policy.thresholds.warn));
  const needsReview = counted.filter((a) => a.environment.production && atLeast(a.severity, policy.thresholds.review));
  const breakers = trippedBreakers(changes, inputs, policy);
  const reasons: string[] = [];

  for (const t of breakers) {
    reasons.push(`circuit breaker "${t.breaker.name}" (${t.breaker.reason ?? 'policy'}): ${list(t.addresses)}`);
  }
  for (const a of needsReview) {
    reasons.push(`${a.change.address}: ${a.change.action}, ${a.severity} (${a.score}) in ${a.environment.name}`);
  }

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
      requirement: requirement('a circuit breaker blocks this plan whatever the approvals: change the plan, or use the policy\'s break-glass route'),
      gatedAddresses: addresses,
    };
  }
  if (gated && needsReview.length > 0) {
    const top = [...needsReview].sort((a, b) => b.score - a.score);
    const reviewers = policy.approvals === 1 ? 'one human reviewer' : `${policy.approvals} human reviewers`;
    return {
      verdict: 'review',
      gate: 'closed',
      score,
      headline: `Review required: ${who} and it would ${top[0]?.change.action === 'delete' ? 'destroy' : 'recreate or destroy'} production resources (${list(top.map((a) => a.change.address))}).`,
      reasons,
      requirement: requirement(
        `${reviewers} who did not author or co-author the PR must approve the head commit before these production resources are recreated or destroyed`,
      ),
      gatedAddresses: top.map((a) => a.change.address),
    };
  }
  if (risky.length > 0 || needsReview.length > 0 || breakers.length > 0) {
    const why = !gated ? who : 'nothing in production reaches the review threshold';
    return {
      verdict: 'warn',
      gate: 'open',
      score,
      headline: `Warning: ${risky.length} risky change${risky.length === 1 ? '' : 's'} (${list(risky.map((a) => a.change.address))}); no gate because ${why}.`,
      reasons: reasons.length > 0 ? reasons : risky.map((a) => `${a.change.address}: ${a.change.action}, ${a.severity} (${a.score}) in ${a.environment.name}`),
      requirement: null,
      gatedAddresses: [],
    };
  }
  return {
    verdict: 'pass',
    gate: 'open',
    score,
    headline: changes.length === 0 ? 'Pass: the plan changes nothing.' : 'Pass: nothing in this plan destroys or recreates anything that matters.',
    reasons: [],
    requirement: null,
    gatedAddresses: [],
  };
}
