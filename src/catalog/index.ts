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

export type { CatalogEntry, CatalogMatch } from './types.js';
export { classifyByName } from './names.js';

/** The tables by provider family, as written. */
export const CATALOG_TABLES: Readonly<Record<string, Readonly<Record<string, CatalogEntry>>>> = {
  aws,
  azurerm,
  google,
  kubernetes,
  helpers,
  others,
  cloudformation,
};

const exact = new Map<string, CatalogEntry>();
for (const [family, table] of Object.entries(CATALOG_TABLES)) {
  for (const [type, entry] of Object.entries(table)) {
    if (exact.has(type)) throw new Error(`catalog: ${type} is listed twice (again in ${family})`);
    if (entry.identity) Object.freeze(entry.identity);
    exact.set(type, Object.freeze(entry));
  }
}

/** What a resource type is: its catalog entry when listed, otherwise a conservative class from its name. */
export function lookup(type: string): CatalogMatch {
  const entry = exact.get(type);
  return entry ? { entry, matched: 'exact' } : { entry: classifyByName(type), matched: 'name' };
}

/** Whether the type has an entry of its own (not the name-based fallback). */
export function isCatalogued(type: string): boolean {
  return exact.has(type);
}

/** How many resource types have an entry of their own. */
export function catalogSize(): number {
  return exact.size;
}

/** Every catalogued type with its entry, in table order. */
export function catalogEntries(): [string, CatalogEntry][] {
  return [...exact.entries()];
}
