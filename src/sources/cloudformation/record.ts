// Apart from template.ts so that reading a change set (JSON, on every plan path) does not load the YAML parser.
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
