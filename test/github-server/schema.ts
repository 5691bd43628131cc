// OpenAPI 3.0 schemas -> JSON Schema that ajv understands, and the ajv
// instances that check them. The description stays in OpenAPI's dialect; the
// differences that matter are `nullable` and `$ref`s into #/components.
import { Ajv, type Options } from 'ajv';
import { description, type OpenApiSchema } from './description.js';

const COMPONENT_PREFIX = '#/components/schemas/';
const SCHEMA_BASE = 'https://api.github.com/components/schemas/';

export type JsonSchema = Record<string, unknown>;

/**
 * `nullable: true` becomes a null-admitting type (ajv would refuse nullable
 * without `type`, which GitHub writes beside allOf/anyOf); component $refs
 * become absolute ids that each component is registered under. `example` and
 * `x-*` keywords stay: ajv ignores them with `strict: false`.
 */
export function toJsonSchema(schema: OpenApiSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string') out[key] = componentId(value);
    else out[key] = convertValue(value);
  }
  if (schema['nullable'] !== true) return out;
  if (typeof out['type'] === 'string') {
    out['type'] = [out['type'], 'null'];
    // OpenAPI 3.0.3 wants null listed in a nullable enum; GitHub often omits it.
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}

function convertValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convertValue);
  if (typeof value === 'object' && value !== null) return toJsonSchema(value as OpenApiSchema);
  return value;
}

function componentId(ref: string): string {
  if (!ref.startsWith(COMPONENT_PREFIX)) throw new Error(`unsupported $ref ${ref}`);
  return SCHEMA_BASE + ref.slice(COMPONENT_PREFIX.length);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The formats GitHub's description uses; int64 and uri-template constrain nothing ajv can check. */
const FORMATS = {
  'date-time': DATE_TIME,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: (s: string) => URL.canParse(s),
  email: /^[^\s@]+@[^\s@]+$/,
  'uri-template': true,
  int64: true,
} as const;

/** An ajv with every component schema registered (compiled lazily, when first referenced). */
export function createAjv(options: Options = {}, patch?: (name: string, schema: JsonSchema) => JsonSchema): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, formats: FORMATS, ...options });
  for (const [name, schema] of Object.entries(description().components.schemas)) {
    const converted = toJsonSchema(schema);
    ajv.addSchema(patch ? patch(name, converted) : converted, SCHEMA_BASE + name);
  }
  return ajv;
}
