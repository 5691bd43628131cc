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

export interface CircuitBreaker {
  name: string;
  types?: string[];
  addresses?: string[];
  actions?: DestructiveAction[];
  minDestroyed?: number;
  destroyedFraction?: number;
  reason?: string;
}

export interface EnvironmentPolicy {
  unknown: 'production' | 'non-production';
  production: string[];
  nonProduction: string[];
  rules: EnvironmentRule[];
}

/** The policy with every default filled in. */
export interface Policy {
  gate: 'ai-authored' | 'all';
  thresholds: { warn: Severity; review: Severity; manyDependents: number };
  approvals: number;
  reviewers: string[];
  teams: string[];
  label: string;
  environments: EnvironmentPolicy;
  overrides: Override[];
  circuitBreakers: CircuitBreaker[];
  /** How AI authorship is recognised (src/provenance). */
  provenance: ProvenanceSettings;
  /** Where the policy came from, for the report: a path, or "defaults". */
  origin: string;
}
