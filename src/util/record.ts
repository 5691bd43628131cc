// Below every layer: tiny helpers for reading untyped JSON, imported by readers and shells alike.

/** A JSON object's fields, values not yet checked. */
export type JsonObject = Record<string, unknown>;

/** A plain object (not null, not an array): what a JSON object parses to. */
export function isRecord(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
