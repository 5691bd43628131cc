// What a plain no-op keeps when a big plan is streamed. Most resources of a big plan are unchanged, and each
// carries all its attributes twice (before and after): kept whole they would hold the plan's size in memory.
// The analysis reads nothing of an unchanged resource but its identity (address, type, mode: instance counts for
// dependents, the managed-resource count of the circuit breakers) and its tags (environment signals).
// So a plain no-op's element is read without `before`, and with only the tag attributes of `after` (and of
// `after_unknown`, whose other keys would otherwise come back into `after` as unknown values). What is left is
// mostly the same from one resource to the next (type, module, tags): SharedParts keeps each of those once.
// An in-place update is read whole and judged by the same few attributes: its tags on both sides (its environment,
// a production resource retagged as something else) and the guards on both sides (a protection switched off). A
// mass retag of a big plan updates tens of thousands of resources, so an update keeps only those attributes.

import { GUARD_ATTRIBUTES } from '../../catalog/guards.js';
import { TAG_ATTRIBUTES, type Change } from '../../model.js';
import { isRecord } from '../../util/record.js';

const TAGS = new Set(TAG_ATTRIBUTES);


/** A resource_changes element cut down as a plain no-op is kept; the element itself when it has no change object. */
export function cutDownElement(rc: unknown): unknown {
  if (!isRecord(rc) || !isRecord(rc['change'])) return rc;
  const change = rc['change'];
  const tagsOf = (v: unknown) => {
    if (!isRecord(v)) return v;
    const tags: Record<string, unknown> = {};
    for (const k in v) if (TAGS.has(k)) tags[k] = v[k];
    return tags;
  };
  return { ...rc, change: { ...change, before: null, after: tagsOf(change['after']), after_unknown: tagsOf(change['after_unknown']) } };
}

/** What an in-place update's before and after keep in a streamed plan: tags and guards. */
export const UPDATE_KEEPS: ReadonlySet<string> = new Set([...TAG_ATTRIBUTES, ...GUARD_ATTRIBUTES]);

/** An in-place update as a streamed plan keeps it: before and after with only the attributes UPDATE_KEEPS names. */
export function compactUpdate(change: Change): Change {
  const keep = (values: Change['before']) => {
    if (!values) return values;
    const kept: Record<string, unknown> = {};
    for (const k in values) if (UPDATE_KEEPS.has(k)) kept[k] = values[k];
    return kept;
  };
  change.before = keep(change.before);
  change.after = keep(change.after);
  return change;
}

/** Distinct tag sets remembered at most: where every resource's tags differ (a Name tag), sharing gains nothing. */
const MAX_TAG_SETS = 10_000;

/**
 * Equal parts of cut-down no-ops, kept once: a big plan has hundreds of thousands of them, and their type,
 * provider, module, configuration address and tags repeat. Shared tag objects are never changed in place
 * (redaction copies what it changes), so sharing them is safe.
 */
export class SharedParts {
  private readonly strings = new Map<string, string>();
  private readonly values = new Map<string, Record<string, unknown>>();

  private string(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** Makes the change's repeated parts the ones kept; returns it. */
  share(change: Change): Change {
    change.configAddress = this.string(change.configAddress);
    change.type = this.string(change.type);
    change.provider = this.string(change.provider);
    change.module = this.string(change.module);
    change.name = this.string(change.name);
    if (change.after) {
      const key = JSON.stringify(change.after);
      const known = this.values.get(key);
      if (known) change.after = known;
      else if (this.values.size < MAX_TAG_SETS) this.values.set(key, change.after);
    }
    return change;
  }
}
