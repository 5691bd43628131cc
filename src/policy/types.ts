import type { Severity } from '../model.js';
import type { ProvenanceSettings } from '../provenance/settings.js';

export type DestructiveAction = 'delete' | 'replace';

export interface EnvironmentRule {
  path?: string;
  workspace?: string;
  variable?: { name: string; value: string };
  name: string;
  production?: boolean;
}

export interface Override {
  type?: string;
  address?: string;
  action: 'ignore' | 'critical';
  reason?: string;
}

/** A requirement as the policy file writes it: `delay` as `24h`, `30m` or `2d`. */
export interface RuleInput {
  approvals?: number;
  delay?: string;
  reviewers?: string[];
  teams?: string[];
}

export interface BreakGlassInput {
  team: string;
  approvals?: number;
  delay?: string;
}

export interface CircuitBreaker {
  name: string;
  types?: string[];
  addresses?: string[];
  actions?: DestructiveAction[];
  minDestroyed?: number;
  destroyedFraction?: number;
  reason?: string;
  /** This breaker's own break-glass route (default: the policy's). */
  breakGlass?: BreakGlassInput;
}

export interface EnvironmentPolicy {
  unknown: 'production' | 'non-production';
  production: string[];
  nonProduction: string[];
  rules: EnvironmentRule[];
}

/** The operation classes the agent guard rules on. */
export const GUARD_CLASSES = [
  'apply',
  'saved-plan',
  'destroy',
  'deploy',
  'state-edit',
  'cloud-delete',
  'kubernetes-delete',
  'database-drop',
  'wrapper',
] as const;
export type GuardClass = (typeof GUARD_CLASSES)[number];
export type GuardAnswer = 'allow' | 'ask' | 'deny';

export interface GuardRule {
  production: GuardAnswer;
  nonProduction: GuardAnswer;
}

export interface GuardWrapper {
  command: string;
  class?: GuardClass;
}

export interface GuardPolicy {
  rules: Record<GuardClass, GuardRule>;
  wrappers: GuardWrapper[];
  planTimeoutSeconds: number;
}

/** The policy with every default filled in. */
export interface Policy {
  gate: 'ai-authored' | 'all';
  thresholds: { warn: Severity; review: Severity; manyDependents: number };
  approvals: number;
  reviewers: string[];
  teams: string[];
  /** Per severity: approvals, who may give them, and a delay. Unset severities use `approvals`. */
  requirements: Partial<Record<'low' | 'medium' | 'high' | 'critical', RuleInput>>;
  /** The route that opens a fail verdict: approvals from members of one team. */
  breakGlass?: BreakGlassInput;
  label: string;
  environments: EnvironmentPolicy;
  overrides: Override[];
  circuitBreakers: CircuitBreaker[];
  /** How AI authorship is recognised (src/provenance). */
  provenance: ProvenanceSettings;
  /** The agent guard (blastgate guard). */
  guard: GuardPolicy;
  /** Where the policy came from, for the report: a path, or "defaults". */
  origin: string;
}
