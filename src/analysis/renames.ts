import { REDACTED, UNKNOWN, type Change } from '../model.js';

// A delete and a create of the same type whose identifying attributes match is a resource renamed in the
// configuration without a `moved` block: Terraform will destroy the real object and create it again.

/** Attributes that commonly carry the real object's name, for types the catalog gives no identity for. */
const GENERIC_IDENTITY = ['name', 'bucket', 'identifier', 'cluster_identifier', 'function_name', 'domain_name', 'repository_name'];

function valueAt(values: Record<string, unknown> | null, path: string): unknown {
  let current: unknown = values;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(step)] : (current as Record<string, unknown>)[step];
  }
  return current;
}

const usable = (v: unknown): v is string | number =>
  (typeof v === 'string' && v !== '' && v !== UNKNOWN && v !== REDACTED) || typeof v === 'number';

export interface Rename {
  from: Change;
  to: Change;
  /** The identifying attributes that matched, `name = "x"`. */
  evidence: string[];
}

/** The `moved {}` block that keeps the object. */
export function movedBlock(from: string, to: string): string {
  return `moved {\n  from = ${from}\n  to   = ${to}\n}`;
}

function matchEvidence(deleted: Change, created: Change, identity: string[]): string[] | undefined {
  const present = identity.filter((path) => usable(valueAt(deleted.before, path)) && usable(valueAt(created.after, path)));
  if (present.length === 0) return undefined;
  if (!present.every((path) => valueAt(deleted.before, path) === valueAt(created.after, path))) return undefined;
  return present.map((path) => `${path} = ${JSON.stringify(valueAt(deleted.before, path))}`);
}

/** Pairs deletes with creates one to one; `identityOf` gives the catalog's identifying attributes of a type. */
export function detectRenames(changes: Change[], identityOf: (type: string) => string[] | undefined): Rename[] {
  // Creates by source and type, and by the values of their identity attributes where all are known: a big plan
  // with thousands of deletes and creates then pairs in linear time, not deletes × creates.
  const groups = new Map<string, { byKey: Map<string, Change[]>; partial: Change[]; all: Change[] }>();
  const keyOf = (values: Change['before'], identity: string[]) => {
    const found = identity.map((path) => valueAt(values, path));
    return found.every(usable) ? JSON.stringify(found) : undefined;
  };
  for (const c of changes) {
    if (c.action !== 'create' || c.mode !== 'managed') continue;
    const group = `${c.source.path}\u0000${c.type}`;
    let g = groups.get(group);
    if (!g) groups.set(group, (g = { byKey: new Map(), partial: [], all: [] }));
    g.all.push(c);
    const key = keyOf(c.after, identityOf(c.type) ?? GENERIC_IDENTITY);
    if (key === undefined) g.partial.push(c);
    else g.byKey.set(key, [...(g.byKey.get(key) ?? []), c]);
  }
  const taken = new Set<Change>();
  const renames: Rename[] = [];
  for (const deleted of changes) {
    if (deleted.action !== 'delete' || deleted.mode !== 'managed') continue;
    const g = groups.get(`${deleted.source.path}\u0000${deleted.type}`);
    if (!g) continue;
    const identity = identityOf(deleted.type) ?? GENERIC_IDENTITY;
    const key = keyOf(deleted.before, identity);
    const candidates = key === undefined ? g.all : [...(g.byKey.get(key) ?? []), ...g.partial];
    for (const created of candidates) {
      if (taken.has(created)) continue;
      const evidence = matchEvidence(deleted, created, identity);
      if (evidence) {
        taken.add(created);
        renames.push({ from: deleted, to: created, evidence });
        break;
      }
    }
  }
  return renames;
}
