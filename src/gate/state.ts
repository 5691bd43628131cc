import { Ajv } from 'ajv';
import schema from '../../schema/gate-state.schema.json' with { type: 'json' };
import type { Gate, Requirement, Verdict } from '../model.js';
import type { ApprovedChange } from '../verify/compare.js';
import type { Excluded } from './approvals.js';

// The state a pull_request run records for the runs that have no plan (review, schedule, verify): versioned,
// checked against schema/gate-state.schema.json on every read. Whoever can edit a comment can write one, so a
// state only counts when its keyed fingerprint verifies; otherwise it is display only.

export const STATE_VERSION = 2;

export interface GateState {
  version: typeof STATE_VERSION;
  /** owner/name and PR number the state was computed for: a state copied to another PR does not apply there. */
  repo: string;
  pr: number;
  headSha: string;
  verdict: Verdict;
  score: number;
  aiAuthored: boolean;
  requirement: Requirement | null;
  excluded: Excluded;
  gatedAddresses: string[];
  /** Where the gate stood at this evaluation, and who approved: what apply-time verification checks. */
  gate: Gate;
  approvers: string[];
  /** Every delete and replacement the plan would make: what the reviewers approved. */
  destructive: ApprovedChange[];
}

const validate = new Ajv({ strict: false, allErrors: false }).compile<GateState>(schema);

/** Version 1 (before this schema) named neither repository nor PR and could lack the gate it reached. */
function migrate(value: unknown, where: { repo: string; pr: number }): unknown {
  const v = value as { version?: unknown } | null;
  if (!v || typeof v !== 'object' || v.version !== 1) return value;
  const old = v as Partial<Omit<GateState, 'version'>>;
  return { ...old, version: STATE_VERSION, repo: where.repo, pr: where.pr, gate: old.gate ?? 'closed', approvers: old.approvers ?? [], destructive: old.destructive ?? [] };
}

/** A decoded state, migrated to the current version, or undefined when it does not match the schema. */
export function readState(value: unknown, where: { repo: string; pr: number }): GateState | undefined {
  const migrated = migrate(value, where);
  return validate(migrated) ? migrated : undefined;
}

/** The one serialisation the fingerprint signs: keys sorted at every level, so order of writing does not matter. */
export function canonicalState(state: GateState): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sort(x)])) : v;
  return JSON.stringify(sort(state));
}
