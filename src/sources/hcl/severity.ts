import { guardWeight, severityOf } from '../../analysis/score.js';
import { lookup } from '../../catalog/index.js';
import { SEVERITIES, type Severity } from '../../model.js';

// How much a configuration edit matters, from the catalog: the same weighting analysis/score.ts gives a guard
// switched off in a plan, so a guard removed in the source weighs what the same guard switched off in a plan does.

/** A protection against destroying this type is gone: data lost, or most of the outage. */
export function guardSeverity(type: string): Severity {
  return severityOf(guardWeight(lookup(type).entry));
}

/** create_before_destroy is gone: only the outage part of that weight. */
export function outageSeverity(type: string): Severity {
  return severityOf(guardWeight({ dataLoss: 0, outage: lookup(type).entry.outage }));
}

export const rank = (s: Severity): number => SEVERITIES.indexOf(s);

export function highest(severities: Severity[], fallback: Severity): Severity {
  return severities.length === 0 ? fallback : severities.reduce((a, b) => (rank(b) > rank(a) ? b : a));
}

/** One band up (critical stays critical). */
export function raised(s: Severity): Severity {
  return SEVERITIES[Math.min(rank(s) + 1, SEVERITIES.length - 1)] as Severity;
}

/** One band down, never below low. */
export function lowered(s: Severity): Severity {
  return SEVERITIES[Math.max(rank(s) - 1, 1)] as Severity;
}
