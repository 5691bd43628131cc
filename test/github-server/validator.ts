// Checks requests against the operation's description (path and query
// parameters, JSON body) and turns ajv's findings into GitHub's 422 `errors`;
// checks the server's own answers against the response schemas.
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { operation, type OperationSpec, type ParameterSpec } from './description.js';
import type { FieldError } from './errors.js';
import { createAjv, toJsonSchema, type JsonSchema } from './schema.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

let paramsAjv: Ajv | undefined;
let bodyAjv: Ajv | undefined;
let responseAjv: Ajv | undefined;
// Compiled once per process, however many servers a test file starts.
const compiled = new Map<string, ValidateFunction>();

function compile(key: string, ajv: () => Ajv, schema: () => JsonSchema): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    fn = ajv().compile(schema());
    compiled.set(key, fn);
  }
  return fn;
}

// Parameters arrive as strings: ajv coerces them to the described types and fills in defaults.
const coercing = (): Ajv => (paramsAjv ??= createAjv({ coerceTypes: true, useDefaults: true }));
const bodies = (): Ajv => (bodyAjv ??= createAjv({ useDefaults: true }));
const responses = (): Ajv => (responseAjv ??= createAjv({}, acceptWhatGitHubSends));

function paramsSchema(params: ParameterSpec[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, toJsonSchema(p.schema)])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}

/** Path parameters, typed; undefined when they do not fit (GitHub answers 404: no such route). */
export function checkPath(op: OperationSpec, raw: Record<string, string>): Record<string, unknown> | undefined {
  const validate = compile(`path:${op.operationId}`, coercing, () => paramsSchema(op.parameters.filter((p) => p.in === 'path')));
  const value: Record<string, unknown> = { ...raw };
  return validate(value) ? value : undefined;
}

/** Described query parameters, typed and defaulted; others are ignored, as GitHub does. */
export function checkQuery(op: OperationSpec, search: URLSearchParams, resource: string): Checked<Record<string, unknown>> {
  const described = op.parameters.filter((p) => p.in === 'query');
  const validate = compile(`query:${op.operationId}`, coercing, () => paramsSchema(described));
  const value: Record<string, unknown> = {};
  for (const p of described) {
    const v = search.get(p.name);
    if (v !== null) value[p.name] = v;
  }
  return validate(value) ? { ok: true, value } : { ok: false, errors: fieldErrors(validate.errors ?? [], resource) };
}

export function checkBody(op: OperationSpec, body: unknown, resource: string): Checked<unknown> {
  const spec = op.requestBody;
  if (!spec) return { ok: true, value: body };
  const validate = compile(`body:${op.operationId}`, bodies, () => toJsonSchema(spec.schema));
  const value = body ?? {};
  return validate(value) ? { ok: true, value } : { ok: false, errors: fieldErrors(validate.errors ?? [], resource) };
}

/** Why a JSON answer does not match the operation's response schema for that status (empty: it matches). */
export function responseProblems(operationId: string, status: number, body: unknown): string[] {
  const op = operation(operationId);
  const described = op.responses[String(status)];
  // Errors GitHub sends on any route (404, 403, 5xx) are not always listed: they share one shape.
  const fallback = status === 422 ? 'validation-error' : 'basic-error';
  if (described === null) return body === undefined ? [] : [`${status} is described without a body`];
  if (described === undefined && status < 400) return [`${op.operationId} does not describe status ${status}`];
  const validate = compile(`response:${op.operationId}:${status}`, responses, () =>
    toJsonSchema(described ?? { $ref: `#/components/schemas/${fallback}` }),
  );
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

/**
 * Where GitHub's answers differ from its description, the response check
 * accepts what GitHub really sends (and the server sends that).
 */
function acceptWhatGitHubSends(name: string, schema: JsonSchema): JsonSchema {
  // A label created without a description has `description: null` in list results too
  // (the full pull-request schema says so; pull-request-simple does not).
  if (name === 'pull-request-simple') return allowNull(schema, ['properties', 'labels', 'items', 'properties', 'description']);
  return schema;
}

function allowNull(schema: JsonSchema, path: string[]): JsonSchema {
  const [head, ...rest] = path;
  if (head === undefined) return { anyOf: [{ type: 'null' }, schema] };
  return { ...schema, [head]: allowNull(schema[head] as JsonSchema, rest) };
}

/** ajv's findings as GitHub writes them: one entry a field, Rails' wording where GitHub uses it. */
export function fieldErrors(errors: ErrorObject[], resource: string): FieldError[] {
  const byField = new Map<string, FieldError>();
  const typesAt = new Map<string, string[]>();
  for (const e of errors) {
    // oneOf/anyOf summarize the branch errors that come with them.
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') continue;
    const at = fieldName(e.instancePath);
    if (e.keyword === 'required') {
      const field = join(at, String(e.params['missingProperty']));
      byField.set(`${field}:required`, { resource, code: 'missing_field', field });
      continue;
    }
    const label = at || 'body';
    const key = `${at}:${e.keyword}`;
    if (e.keyword === 'type') {
      const types = [...(typesAt.get(key) ?? []), String(e.params['type'])];
      typesAt.set(key, types);
      byField.set(key, { resource, code: 'invalid', field: label, message: `${label} must be ${types.join(' or ')}` });
    } else if (e.keyword === 'enum') {
      byField.set(key, { resource, code: 'invalid', field: label, message: `${label} is not included in the list` });
    } else {
      byField.set(key, { resource, code: 'invalid', field: label, message: `${label} ${e.message ?? 'is invalid'}` });
    }
  }
  const out = [...byField.values()];
  if (out.length === 0 && errors[0]) out.push({ resource, code: 'invalid', message: errors[0].message ?? 'is invalid' });
  return out;
}

/** '/labels/0/name' -> 'labels[0].name' */
function fieldName(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : join(acc, part.replace(/~1/g, '/').replace(/~0/g, '~'))), '');
}

function join(parent: string, child: string): string {
  return parent ? `${parent}.${child}` : child;
}
