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

/**
 * The attribute values of one side of a change as Blastgate may carry them:
 * sensitive leaves replaced by REDACTED (the secret never leaves the reader), unknown leaves by UNKNOWN.
 */
export function cleanValues(
  value: unknown,
  sensitive: Mask,
  unknown?: Mask,
): Record<string, unknown> | null {
  if (sensitive === true) return value == null ? null : { value: REDACTED };
  let v = unknown === undefined ? value : overlay(value, unknown, UNKNOWN, true);
  v = overlay(v, sensitive, REDACTED, false);
  return isRecord(v) ? v : null;
}
