#!/usr/bin/env node
// Extracts the GitHub REST operations Blastgate uses from GitHub's published
// OpenAPI description into a small committed fixture, which the test GitHub
// server (test/github-server) validates requests and responses against.
//
//   node scripts/extract-github-openapi.mjs           # writes the fixture
//   node scripts/extract-github-openapi.mjs --check   # fails when the fixture is stale
//
// Source: @octokit/openapi (a dev dependency; 385 MB installed), file
// generated/api.github.com.json — GitHub's description of api.github.com with
// Octokit's extensions. The fixture keeps, for each operation below: its
// parameters, its JSON request body schema and its JSON response schemas, with
// $refs to #/components/parameters and #/components/responses inlined and
// $refs to #/components/schemas kept (those schemas are copied, transitively).
// Prose (description, summary, example, examples) is dropped; every keyword
// that constrains a value is kept as published, in OpenAPI 3.0's dialect.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'github-openapi', 'api.github.com.operations.json');
const SOURCE = '@octokit/openapi/generated/api.github.com.json';

/** [method, path] of every operation the test server serves. */
export const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/commits'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['delete', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}'],
  ['post', '/repos/{owner}/{repo}/statuses/{sha}'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}/statuses'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}/status'],
  ['get', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/orgs/{org}/teams/{team_slug}/memberships/{username}'],
  ['get', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
  ['get', '/repos/{owner}/{repo}/actions/runs'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
  ['get', '/user'],
  ['get', '/rate_limit'],
];

const PROSE = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'title']);
// Keywords whose value is a map of name -> schema, a schema, or a list of schemas.
const SCHEMA_MAPS = ['properties', 'patternProperties'];
const SCHEMA_ONE = ['items', 'additionalProperties', 'not'];
const SCHEMA_LIST = ['allOf', 'anyOf', 'oneOf'];

/** A schema without prose; records the component schemas it references in `refs`. */
function leanSchema(schema, refs) {
  if (typeof schema !== 'object' || schema === null) return schema;
  if (schema.$ref) {
    refs.add(componentName(schema.$ref, 'schemas'));
    return { $ref: schema.$ref };
  }
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (PROSE.has(key)) continue;
    if (SCHEMA_MAPS.includes(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, leanSchema(sub, refs)]));
    } else if (SCHEMA_ONE.includes(key)) {
      out[key] = leanSchema(value, refs);
    } else if (SCHEMA_LIST.includes(key)) {
      out[key] = value.map((sub) => leanSchema(sub, refs));
    } else {
      out[key] = value;
    }
  }
  return out;
}

function componentName(ref, kind) {
  const prefix = `#/components/${kind}/`;
  if (!ref.startsWith(prefix)) throw new Error(`unexpected $ref ${ref} (wanted ${prefix}*)`);
  return ref.slice(prefix.length);
}

function inline(spec, value, kind) {
  return value.$ref ? spec.components[kind][componentName(value.$ref, kind)] : value;
}

function jsonSchemaOf(content) {
  return content?.['application/json']?.schema;
}

function extractOperation(spec, method, path, refs) {
  const op = spec.paths[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in ${SOURCE}`);
  const parameters = (op.parameters ?? []).map((p) => {
    const param = inline(spec, p, 'parameters');
    const lean = { name: param.name, in: param.in, required: param.required === true, schema: leanSchema(param.schema, refs) };
    if (param['x-multi-segment']) lean['x-multi-segment'] = true;
    return lean;
  });
  const body = jsonSchemaOf(op.requestBody?.content);
  const responses = {};
  for (const [status, r] of Object.entries(op.responses)) {
    const schema = jsonSchemaOf(inline(spec, r, 'responses').content);
    responses[status] = schema ? leanSchema(schema, refs) : null;
  }
  return {
    operationId: op.operationId,
    method: method.toUpperCase(),
    path,
    documentationUrl: op.externalDocs?.url ?? 'https://docs.github.com/rest',
    parameters,
    ...(body ? { requestBody: { required: op.requestBody.required === true, schema: leanSchema(body, refs) } } : {}),
    responses,
  };
}

export function extract(spec) {
  const refs = new Set();
  const operations = OPERATIONS.map(([method, path]) => extractOperation(spec, method, path, refs));
  const schemas = {};
  // Copying a schema can reference more schemas: repeat until none is new.
  for (let pending = [...refs]; pending.length > 0; ) {
    const name = pending.pop();
    if (schemas[name]) continue;
    const found = new Set();
    schemas[name] = leanSchema(spec.components.schemas[name], found);
    pending.push(...[...found].filter((n) => !schemas[n]));
  }
  const sorted = Object.fromEntries(Object.keys(schemas).sort().map((n) => [n, schemas[n]]));
  const pkg = createRequire(import.meta.url)('@octokit/openapi/package.json');
  return {
    source: `@octokit/openapi@${pkg.version} generated/api.github.com.json (made by scripts/extract-github-openapi.mjs)`,
    openapi: spec.openapi,
    apiVersion: spec.info.version,
    operations,
    components: { schemas: sorted },
  };
}

function main() {
  const specPath = createRequire(import.meta.url).resolve(SOURCE);
  const text = `${JSON.stringify(extract(JSON.parse(readFileSync(specPath, 'utf8'))), null, 1)}\n`;
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(OUT, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (committed !== text) {
      console.error(`${OUT} is stale: run node scripts/extract-github-openapi.mjs`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${OPERATIONS.length} operations, ${(text.length / 1024).toFixed(0)} KiB)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
