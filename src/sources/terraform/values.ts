import { REDACTED, UNKNOWN } from '../../model.js';
import { isRecord } from '../../util/record.js';

// Terraform marks sensitive and unknown leaves with parallel masks (after_sensitive, after_unknown):
// `true` for the whole value, or an object/array of the same shape with `true` at the marked leaves.

type Mask = unknown;


/** Replaces every leaf the mask marks true with `marker`; keys only in the mask are added (unknown values). */
function overlay(value: unknown, mask: Mask, marker: string, addMissing: boolean): unknown {
  if (mask === true) return marker;
  if (Array.isArray(mask)) {
    const arr = Array.isArray(value) ? value : [];
    const len = addMissing ? Math.max(arr.length, mask.length) : arr.length;
    return Array.from({ length: len }, (_, i) => overlay(arr[i], mask[i], marker, addMissing));
  }
  if (isRecord(mask)) {
    if (!isRecord(value) && !(addMissing && value == null)) return value;
    const out: Record<string, unknown> = { ...(value ?? {}) };
    for (const [k, m] of Object.entries(mask)) {
      if (k in out || addMissing) out[k] = overlay(out[k], m, marker, addMissing);
    }
    return out;
  }
  return value;
}

/** Adds every string the mask marks sensitive to `out`. */
export function collectSensitive(value: unknown, mask: Mask, out: Set<string>): void {
  if (mask === true) {
    if (typeof value === 'string') {
      if (value !== '') out.add(value);
    } else if (value !== null && typeof value === 'object') {
      for (const v of Object.values(value)) collectSensitive(v, true, out);
    }
  } else if (Array.isArray(mask) && Array.isArray(value)) {
    mask.forEach((m, i) => collectSensitive(value[i], m, out));
  } else if (isRecord(mask) && isRecord(value)) {
    for (const [k, m] of Object.entries(mask)) collectSensitive(value[k], m, out);
  }
}

/** Secrets this long are also cut out of longer strings (a password inside a connection string). */
const MIN_EMBEDDED = 6;
const HASH_BASE = 31;
/** HASH_BASE to the power MIN_EMBEDDED - 1, to roll the first character out of a window's hash. */
const HASH_TOP = Array.from({ length: MIN_EMBEDDED - 1 }).reduce<number>((h) => Math.imul(h, HASH_BASE), 1);

function windowHash(text: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + MIN_EMBEDDED; i++) h = (Math.imul(h, HASH_BASE) + text.charCodeAt(i)) | 0;
  return h;
}

/** True when `secret` could match across a REDACTED marker that an earlier replacement put in. */
function touchesMarker(secret: string): boolean {
  if (secret.includes(REDACTED)) return true;
  for (let n = 1; n < REDACTED.length; n++) {
    if (secret.startsWith(REDACTED.slice(-n)) || secret.endsWith(REDACTED.slice(0, n))) return true;
  }
  return false;
}

/**
 * Terraform does not mark every copy of a secret (a resource's output echoing a sensitive input is plain in the
 * prior state), so any leaf equal to, or containing, a value marked sensitive anywhere in the plan is redacted too.
 * Secrets are cut out one after the other in the order they were found; a big plan has thousands, so each string
 * is searched once, with a rolling hash of every secret's first characters, for the ones it contains.
 */
export function secretRedactor(secrets: ReadonlySet<string>): (values: Record<string, unknown> | null) => Record<string, unknown> | null {
  const embedded = [...secrets].filter((s) => s.length >= MIN_EMBEDDED);
  const byHash = new Map<number, number[]>();
  embedded.forEach((secret, order) => {
    const h = windowHash(secret, 0);
    const list = byHash.get(h);
    if (list) list.push(order);
    else byHash.set(h, [order]);
  });
  const nearMarker = embedded.flatMap((secret, order) => (touchesMarker(secret) ? [order] : []));
  // Shorter secrets are cut out where they stand as a word of their own (`admin:pw1@db`): inside a longer word
  // they would match by chance.
  const short = [...secrets].filter((s) => s.length < MIN_EMBEDDED).sort((a, b) => b.length - a.length);
  const shortWords =
    short.length > 0 ? new RegExp(`(?<![A-Za-z0-9])(?:${short.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`, 'g') : undefined;

  const redactString = (value: string): string => {
    if (secrets.has(value)) return REDACTED;
    const text = shortWords ? value.replace(shortWords, REDACTED) : value;
    const found = new Set<number>();
    let h = text.length >= MIN_EMBEDDED ? windowHash(text, 0) : 0;
    for (let i = 0; i + MIN_EMBEDDED <= text.length; i++) {
      if (i > 0) h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), HASH_TOP), HASH_BASE) + text.charCodeAt(i + MIN_EMBEDDED - 1)) | 0;
      for (const order of byHash.get(h) ?? []) if (text.startsWith(embedded[order] as string, i)) found.add(order);
    }
    if (found.size === 0) return text;
    // Secrets are replaced in order; after a replacement, one may also match across the marker it left.
    for (const order of nearMarker) found.add(order);
    return [...found]
      .sort((a, b) => a - b)
      .reduce((out, order) => {
        const secret = embedded[order] as string;
        return out.includes(secret) ? out.split(secret).join(REDACTED) : out;
      }, text);
  };
  // Unchanged parts are kept as they are: most values hold no secret, and copying them all would cost.
  const redact = (value: unknown): unknown => {
    if (typeof value === 'string') return redactString(value);
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      value.forEach((v, i) => {
        const r = redact(v);
        if (r !== v) (out ??= [...value])[i] = r;
      });
      return out ?? value;
    }
    if (isRecord(value)) {
      let out: Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(value)) {
        const r = redact(v);
        if (r !== v) (out ??= { ...value })[k] = r;
      }
      return out ?? value;
    }
    return value;
  };
  // Values shared between changes (the tags of unchanged resources) are redacted once.
  const done = new Map<Record<string, unknown>, Record<string, unknown>>();
  return (values) => {
    if (values === null || secrets.size === 0) return values;
    let out = done.get(values);
    if (!out) done.set(values, (out = redact(values) as Record<string, unknown>));
    return out;
  };
}

/**
 * The attribute values of one side of a change as Blastgate may carry them: sensitive leaves replaced by REDACTED
 * (the secret never leaves the reader), unknown leaves by UNKNOWN. Unmarked copies of secrets are redacted later,
 * by secretRedactor, once the whole plan's secrets are known.
 */
export function cleanValues(value: unknown, sensitive: Mask, unknown?: Mask): Record<string, unknown> | null {
  // A delete's `after` is null with `after_unknown: {}`: nothing, not an object of unknowns.
  if (value == null && unknown !== true && !(isRecord(unknown) && Object.keys(unknown).length > 0)) return null;
  if (sensitive === true) return value == null ? null : { value: REDACTED };
  let v = unknown === undefined ? value : overlay(value, unknown, UNKNOWN, true);
  v = overlay(v, sensitive, REDACTED, false);
  return isRecord(v) ? v : null;
}
