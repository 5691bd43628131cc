import { REDACTED, UNKNOWN } from '../model.js';

// Protections that a provider offers against losing data, and how each is switched off in place. Switching one
// off is how a destroy is prepared, so it is a finding on its own. Some settings lose data without any destroy at
// all (versioning suspended, a lifecycle rule that expires current objects, a retention cut short): those weigh
// as the data they lose.

type Values = Record<string, unknown>;

interface Guard {
  /** The attribute as people read it (a path for nested settings). */
  attribute: string;
  /** Only on these resource types (all types when absent). */
  types?: readonly string[];
  /** The setting's value in a resource's attributes; the attribute itself when absent. */
  read?: (values: Values) => unknown;
  /** True when the value keeps the protection on. */
  protects: (value: unknown) => boolean;
  /** What the provider does when the setting is null or absent, where it differs by resource type. */
  providerDefault?: (type: string) => unknown;
  /** What switching it off means, for people. */
  meaning: string;
  /** It loses the data of a store by itself (0..1, like a catalog entry's dataLoss), whatever resource carries it. */
  dataLoss?: number;
}

const first = (v: unknown): Values | undefined => {
  const item = Array.isArray(v) ? (v[0] as unknown) : v;
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as Values) : undefined;
};
const rules = (v: unknown): Values[] => (Array.isArray(v) ? v.filter((x): x is Values => typeof x === 'object' && x !== null) : []);

/** Google resources whose deletion_protection is on unless set otherwise. */
const GOOGLE_PROTECTED = new Set([
  'google_sql_database_instance',
  'google_container_cluster',
  'google_bigquery_table',
  'google_spanner_database',
  'google_bigtable_instance',
  'google_bigtable_table',
  'google_alloydb_cluster',
  'google_alloydb_instance',
]);

/** The fewest days after which an enabled lifecycle rule expires current objects; null when none does. */
function expirationDays(values: Values): number | null {
  let days: number | null = null;
  for (const rule of rules(values['rule'])) {
    if (rule['status'] !== 'Enabled') continue;
    for (const expiration of rules(rule['expiration'])) {
      const d = typeof expiration['days'] === 'number' && expiration['days'] > 0 ? expiration['days'] : typeof expiration['date'] === 'string' && expiration['date'] ? 0 : null;
      if (d !== null) days = days === null ? d : Math.min(days, d);
    }
  }
  return days;
}

/** Data is kept longer than a year, or for ever: shortening below that is losing data on purpose. */
const KEEPS_A_YEAR = (v: unknown) => v === null || v === undefined || (typeof v === 'number' && (v === 0 ? true : v >= 365));

const GUARDS: Guard[] = [
  {
    attribute: 'deletion_protection',
    protects: (v) => v === true || v === 'ACTIVE',
    providerDefault: (type) => (GOOGLE_PROTECTED.has(type) ? true : false),
    meaning: 'deletion protection turned off',
  },
  { attribute: 'deletion_protection_enabled', protects: (v) => v === true, meaning: 'deletion protection turned off' },
  { attribute: 'enable_deletion_protection', protects: (v) => v === true, meaning: 'deletion protection turned off' },
  { attribute: 'disable_api_termination', protects: (v) => v === true, meaning: 'termination protection turned off' },
  { attribute: 'skip_final_snapshot', protects: (v) => v === false, providerDefault: () => false, meaning: 'final snapshot skipped: a destroy keeps no copy' },
  { attribute: 'force_destroy', protects: (v) => v === false, providerDefault: () => false, meaning: 'force_destroy turned on: a destroy deletes the contents too' },
  { attribute: 'force_delete', protects: (v) => v === false, providerDefault: () => false, meaning: 'force_delete turned on: a destroy deletes the contents too' },
  { attribute: 'delete_contents_on_destroy', protects: (v) => v === false, providerDefault: () => false, meaning: 'contents deleted on destroy' },
  { attribute: 'purge_protection_enabled', protects: (v) => v === true, meaning: 'purge protection turned off' },
  { attribute: 'prevent_deletion_if_contains_resources', protects: (v) => v === true, meaning: 'deletion of non-empty groups allowed' },
  { attribute: 'deletion_policy', protects: (v) => v === 'PREVENT' || v === 'ABANDON', meaning: 'deletion policy set to delete' },
  { attribute: 'recovery_window_in_days', protects: (v) => typeof v === 'number' && v > 0, meaning: 'recovery window removed: a delete is immediate' },
  { attribute: 'backup_retention_period', protects: (v) => typeof v === 'number' && v > 0, meaning: 'automated backups switched off' },
  {
    attribute: 'delete_automated_backups',
    protects: (v) => v === false,
    providerDefault: () => true,
    meaning: 'automated backups deleted with the database: a destroy keeps no backup',
  },
  {
    attribute: 'point_in_time_recovery.enabled',
    types: ['aws_dynamodb_table'],
    read: (v) => first(v['point_in_time_recovery'])?.['enabled'] ?? false,
    protects: (v) => v === true,
    meaning: 'point-in-time recovery switched off: earlier versions of the table cannot be restored',
    dataLoss: 0.5,
  },
  {
    attribute: 'versioning_configuration.status',
    types: ['aws_s3_bucket_versioning'],
    read: (v) => first(v['versioning_configuration'])?.['status'],
    protects: (v) => v === 'Enabled',
    meaning: 'versioning suspended: overwritten and deleted objects cannot be restored',
    dataLoss: 0.8,
  },
  {
    attribute: 'versioning.enabled',
    types: ['aws_s3_bucket'],
    read: (v) => first(v['versioning'])?.['enabled'],
    protects: (v) => v === true,
    meaning: 'versioning suspended: overwritten and deleted objects cannot be restored',
    dataLoss: 0.8,
  },
  {
    attribute: 'rule.expiration (days)',
    types: ['aws_s3_bucket_lifecycle_configuration'],
    read: expirationDays,
    protects: KEEPS_A_YEAR,
    meaning: 'a lifecycle rule expires current objects: the bucket deletes its own data',
    dataLoss: 0.9,
  },
  {
    attribute: 'retention_in_days',
    types: ['aws_cloudwatch_log_group'],
    protects: KEEPS_A_YEAR,
    meaning: 'retention cut short: older log data is deleted',
    dataLoss: 0.9,
  },
];

/** The attributes a guard lives in: all an in-place update's values are read for, besides tags. */
export const GUARD_ATTRIBUTES: readonly string[] = [...new Set(GUARDS.map((g) => g.attribute.split(/[.\s]/)[0] as string))];

export interface DisabledGuard {
  attribute: string;
  from: unknown;
  to: unknown;
  meaning: string;
  /** Set when the setting loses a store's data by itself: weighs like that much data lost. */
  dataLoss?: number;
}

const known = (v: unknown) => v !== undefined && v !== UNKNOWN && v !== REDACTED;

/**
 * Guards on in `before` and off in `after`: attribute values as a plan or a configuration gives them. Null (or
 * absent, for guards whose provider default is known) is the provider's default, protective or not as the
 * provider has it. A guard that becomes unknown may be switched off, and is said so.
 */
export function disabledBetween(before: Values, after: Values, type = ''): DisabledGuard[] {
  const out: DisabledGuard[] = [];
  for (const g of GUARDS) {
    if (g.types && !g.types.includes(type)) continue;
    const value = (values: Values) => {
      const v = g.read ? g.read(values) : values[g.attribute];
      return (v === null || v === undefined) && g.providerDefault ? g.providerDefault(type) : v;
    };
    const [from, to] = [value(before), value(after)];
    if (!known(from) || !g.protects(from)) continue;
    if (to === UNKNOWN) {
      out.push({ attribute: g.attribute, from, to, meaning: `may be switched off: ${g.meaning} (the value is known only at apply)`, ...(g.dataLoss ? { dataLoss: g.dataLoss } : {}) });
    } else if (known(to) && !g.protects(to)) {
      out.push({ attribute: g.attribute, from, to, meaning: g.meaning, ...(g.dataLoss ? { dataLoss: g.dataLoss } : {}) });
    }
  }
  return out;
}
