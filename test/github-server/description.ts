// The slice of GitHub's OpenAPI description the server serves: the committed
// fixture made by scripts/extract-github-openapi.mjs (OpenAPI 3.0 dialect).
import { readFileSync } from 'node:fs';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** An OpenAPI 3.0 schema object, as published. */
export type OpenApiSchema = Record<string, unknown>;

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: OpenApiSchema;
  /** A path parameter that may contain slashes (GET contents/{path}). */
  'x-multi-segment'?: boolean;
}

export interface OperationSpec {
  operationId: string;
  method: HttpMethod;
  path: string;
  documentationUrl: string;
  parameters: ParameterSpec[];
  requestBody?: { required: boolean; schema: OpenApiSchema };
  /** Status code -> JSON schema of the body (null: no body). */
  responses: Record<string, OpenApiSchema | null>;
}

export interface GitHubDescription {
  source: string;
  openapi: string;
  apiVersion: string;
  operations: OperationSpec[];
  components: { schemas: Record<string, OpenApiSchema> };
}

const FIXTURE = new URL('../../fixtures/github-openapi/api.github.com.operations.json', import.meta.url);

let cached: GitHubDescription | undefined;

/** Parsed once per process: every server started in a test file shares it. */
export function description(): GitHubDescription {
  cached ??= JSON.parse(readFileSync(FIXTURE, 'utf8')) as GitHubDescription;
  return cached;
}

export function operation(operationId: string): OperationSpec {
  const op = description().operations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`operation ${operationId} is not in the extracted description`);
  return op;
}
