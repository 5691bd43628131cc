import { REDACTED, UNKNOWN } from '../model.js';

// Protections that a provider offers against destroying data, and how each is switched off in place.
// Switching one off is how a destroy is prepared, so it is a finding on its own.
interface Guard {
  attribute: string;
  /** True when the value keeps the protection on. */
  protects: (value: unknown) => boolean;
  /** What switching it off means, for people. */
  meaning: string;
}

const GUARDS: Guard[] = [
  { attribute: 'deletion_protection', protects: (v) => v === true || v === 'ACTIVE', meaning: 'deletion protection turned off' },
  { attribute: 'deletion_protection_enabled', protects: (v) => v === true, meaning: 'deletion protection turned off' },
  { attribute: 'enable_deletion_protection', protects: (v) => v === true, meaning: 'deletion protection turned off' },
  { attribute: 'disable_api_termination', protects: (v) => v === true, meaning: 'termination protection turned off' },
  { attribute: 'skip_final_snapshot', protects: (v) => v === false, meaning: 'final snapshot skipped: a destroy keeps no copy' },
  { attribute: 'force_destroy', protects: (v) => v === false, meaning: 'force_destroy turned on: a destroy deletes the contents too' },
  { attribute: 'force_delete', protects: (v) => v === false, meaning: 'force_delete turned on: a destroy deletes the contents too' },
  { attribute: 'delete_contents_on_destroy', protects: (v) => v === false, meaning: 'contents deleted on destroy' },
  { attribute: 'purge_protection_enabled', protects: (v) => v === true, meaning: 'purge protection turned off' },
  { attribute: 'prevent_deletion_if_contains_resources', protects: (v) => v === true, meaning: 'deletion of non-empty groups allowed' },
  { attribute: 'deletion_policy', protects: (v) => v === 'PREVENT' || v === 'ABANDON', meaning: 'deletion policy set to delete' },
  { attribute: 'recovery_window_in_days', protects: (v) => typeof v === 'number' && v > 0, meaning: 'recovery window removed: a delete is immediate' },
  { attribute: 'backup_retention_period', protects: (v) => typeof v === 'number' && v > 0, meaning: 'automated backups switched off' },
];

export interface DisabledGuard {
  attribute: string;
  from: unknown;
  to: unknown;
  meaning: string;
}

const known = (v: unknown) => v !== undefined && v !== UNKNOWN && v !== REDACTED;

/** Guards on in `before` and off in `after`: attribute values as a plan or a configuration gives them. */
export function disabledBetween(before: Record<string, unknown>, after: Record<string, unknown>): DisabledGuard[] {
  return GUARDS.filter(
    (g) => known(before[g.attribute]) && known(after[g.attribute]) && g.protects(before[g.attribute]) && !g.protects(after[g.attribute]),
  ).map((g) => ({ attribute: g.attribute, from: before[g.attribute], to: after[g.attribute], meaning: g.meaning }));
}
