import type { CatalogEntry } from '../catalog/types.js';
import { lookup } from '../catalog/index.js';
import { SEVERITIES, type FindingCode, type Severity } from '../model.js';

// Every number that turns facts into a severity, in one place: the score's bands, what a finding weighs, what a
// policy override and a switched-off guard weigh. Scores are 0-100.

/** Severity bands of the 0-100 score: the lowest score of each. */
export const SEVERITY_BANDS = { critical: 80, high: 60, medium: 35 } as const;

export function severityOf(score: number): Severity {
  if (score >= SEVERITY_BANDS.critical) return 'critical';
  if (score >= SEVERITY_BANDS.high) return 'high';
  if (score >= SEVERITY_BANDS.medium) return 'medium';
  if (score > 0) return 'low';
  return 'none';
}

/** A finding's severity as a score, so the decision's score covers input findings too. */
export const SEVERITY_SCORE: Readonly<Record<Severity, number>> = { none: 0, low: 20, medium: 45, high: 70, critical: 90 };

/** The least score of a change the policy makes always critical. */
export const OVERRIDE_SCORE = 90;

/** What switching a guard off weighs: three quarters of the data lost, or of most of the outage. */
export function guardWeight(entry: Pick<CatalogEntry, 'dataLoss' | 'outage'>): number {
  return 75 * Math.max(entry.dataLoss, 0.8 * entry.outage);
}

/** Each further guard switched off on one resource adds this much. */
export const EXTRA_GUARD_WEIGHT = 5;

/**
 * Findings whose code alone says how much they matter. Findings about a resource's protection are weighed by
 * what the resource is (`stakeSeverity`).
 */
export const FINDING_SEVERITY: Readonly<Partial<Record<FindingCode, Severity>>> = {
  'removed-block-forget': 'none',
  'possible-replacement': 'low',
  'unmanaged-stack': 'low',
  'logical-id-rename': 'low',
  'config-plan-mismatch': 'medium',
  'iam-broadening': 'medium',
  'security-group-change': 'medium',
  'plan-time-code': 'high',
  'policy-or-workflow-edited': 'high',
  // A nested stack whose template is not at hand: whatever it holds goes, unseen.
  'stateful-destroy': 'high',
};

/** A provider-wide guard covers every resource of that provider: weighed like a data store's. */
export const PROVIDER_GUARD_SEVERITY: Severity = 'high';

/** A module or address whose contents are not at hand is assumed to hold what matters. */
export const UNKNOWN_CONTENTS_SEVERITY: Severity = 'high';

export const rank = (s: Severity): number => SEVERITIES.indexOf(s);

export const atLeast = (severity: Severity, threshold: Severity): boolean => rank(severity) >= rank(threshold);

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

/** A protection against destroying this type is gone: data lost, or most of the outage (as a guard switched off in a plan). */
export function guardSeverity(type: string): Severity {
  return severityOf(guardWeight(lookup(type).entry));
}

/** create_before_destroy is gone: only the outage part of that weight. */
export function outageSeverity(type: string): Severity {
  return severityOf(guardWeight({ dataLoss: 0, outage: lookup(type).entry.outage }));
}
