import { REDACTED, UNKNOWN } from '../../model.js';

// Terraform marks sensitive and unknown leaves with parallel masks (after_sensitive, after_unknown):
// `true` for the whole value, or an object/array of the same shape with `true` at the marked leaves.

type Mask = unknown;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

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

/**
 * Terraform does not mark every copy of a secret (a resource's output echoing a sensitive input is plain in the
 * prior state), so any leaf equal to, or containing, a value marked sensitive anywhere in the plan is redacted too.
 */
function scrub(value: unknown, secrets: ReadonlySet<string>, embedded: string[]): unknown {
  if (typeof value === 'string') {
    if (secrets.has(value)) return REDACTED;
    return embedded.reduce((text, secret) => (text.includes(secret) ? text.split(secret).join(REDACTED) : text), value);
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets, embedded));
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, secrets, embedded)]));
  }
  return value;
}

/**
 * The attribute values of one side of a change as Blastgate may carry them:
 * sensitive leaves replaced by REDACTED (the secret never leaves the reader), unknown leaves by UNKNOWN.
 * `secrets` are the plan's sensitive values, redacted wherever they appear unmarked.
 */
export function cleanValues(
  value: unknown,
  sensitive: Mask,
  unknown?: Mask,
  secrets: ReadonlySet<string> = new Set(),
): Record<string, unknown> | null {
  if (sensitive === true) return value == null ? null : { value: REDACTED };
  let v = unknown === undefined ? value : overlay(value, unknown, UNKNOWN, true);
  v = overlay(v, sensitive, REDACTED, false);
  if (secrets.size > 0) {
    v = scrub(v, secrets, [...secrets].filter((s) => s.length >= MIN_EMBEDDED));
  }
  return isRecord(v) ? v : null;
}
