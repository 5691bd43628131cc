// The resource catalog: every provider table merged into one map, with the name-based fallback behind it.
import { aws } from './aws.js';
import { azurerm } from './azurerm.js';
import { cloudformation } from './cloudformation.js';
import { google } from './google.js';
import { helpers } from './helpers.js';
import { kubernetes } from './kubernetes.js';
import { classifyByName } from './names.js';
import { others } from './others.js';
import type { CatalogEntry, CatalogMatch } from './types.js';
import { vendors } from './vendors.js';

export type { CatalogEntry, CatalogMatch } from './types.js';
export { classifyByName } from './names.js';

// A Terraform run needs one or two of these tables and a CloudFormation run one: each is built (and its code
// compiled) on the first lookup of a type of its family, which keeps start-up short.
const FAMILIES = { aws, azurerm, google, kubernetes, helpers, others, vendors, cloudformation } as const;
type Family = keyof typeof FAMILIES;
/** Families told apart by the provider prefix of a Terraform type; every other Terraform type is in these. */
const BY_PREFIX: ReadonlySet<string> = new Set<Family>(['aws', 'azurerm', 'google', 'kubernetes']);
const REST: readonly Family[] = ['helpers', 'others', 'vendors'];

/** The families whose tables may list a type: CloudFormation's `AWS::S3::Bucket`, or by a Terraform type's prefix. */
export function familiesOf(type: string): readonly Family[] {
  if (type.includes('::')) return ['cloudformation'];
  const prefix = type.slice(0, type.indexOf('_'));
  return BY_PREFIX.has(prefix) ? [prefix as Family] : REST;
}

const tables = new Map<Family, ReadonlyMap<string, CatalogEntry>>();
function table(family: Family): ReadonlyMap<string, CatalogEntry> {
  let entries = tables.get(family);
  if (!entries) {
    const built = new Map<string, CatalogEntry>();
    for (const [type, entry] of Object.entries(FAMILIES[family]())) {
      if (entry.identity) Object.freeze(entry.identity);
      built.set(type, Object.freeze(entry));
    }
    tables.set(family, (entries = built));
  }
  return entries;
}

function find(type: string): CatalogEntry | undefined {
  for (const family of familiesOf(type)) {
    const entry = table(family).get(type);
    if (entry) return entry;
  }
  return undefined;
}

/** The tables by provider family, as written (each built when first read). */
export const CATALOG_TABLES: Readonly<Record<string, Readonly<Record<string, CatalogEntry>>>> = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(Object.keys(FAMILIES).map((family) => [family, { enumerable: true, get: () => Object.fromEntries(table(family as Family)) }])),
  ),
) as Readonly<Record<string, Readonly<Record<string, CatalogEntry>>>>;

/** Every table, each type once: a type listed twice, or in a family its name does not lead to, is a bug here. */
function everything(): Map<string, CatalogEntry> {
  const exact = new Map<string, CatalogEntry>();
  for (const family of Object.keys(FAMILIES) as Family[]) {
    for (const [type, entry] of table(family)) {
      if (exact.has(type)) throw new Error(`catalog: ${type} is listed twice (again in ${family})`);
      if (!familiesOf(type).includes(family)) throw new Error(`catalog: ${type} is in ${family}, where lookups of its name do not look`);
      exact.set(type, entry);
    }
  }
  return exact;
}

let restPrefixes: Set<string> | undefined;
/** Whether the catalog knows the type's provider (the part of its name before the first underscore). */
function knownProvider(type: string): boolean {
  const prefix = type.slice(0, type.indexOf('_'));
  if (BY_PREFIX.has(prefix)) return true;
  restPrefixes ??= new Set(REST.flatMap((family) => [...table(family).keys()].map((t) => t.slice(0, t.indexOf('_')))));
  return restPrefixes.has(prefix);
}

/**
 * What a resource type is: its catalog entry when listed, otherwise a conservative class from its name. A type of
 * a provider the catalog does not know is not taken for a workload or a machine by its name alone.
 */
export function lookup(type: string): CatalogMatch {
  const entry = find(type);
  return entry ? { entry, matched: 'exact' } : { entry: classifyByName(type, knownProvider(type)), matched: 'name' };
}

/** Whether the type has an entry of its own (not the name-based fallback). */
export function isCatalogued(type: string): boolean {
  return find(type) !== undefined;
}

/** How many resource types have an entry of their own. */
export function catalogSize(): number {
  return everything().size;
}

/** Every catalogued type with its entry, in table order. */
export function catalogEntries(): [string, CatalogEntry][] {
  return [...everything().entries()];
}
