#!/usr/bin/env node
// Extracts the GitHub payload shapes that provenance tests build on, from two
// dev dependencies, into small committed files under fixtures/github:
//
//   webhooks/pull_request.opened.json         @octokit/webhooks-examples (a real payload, a few years stale)
//   webhooks/pull_request_review.submitted.json
//   webhooks/push.json                          an event that is not a pull request (bad input)
//   rest/pulls-list-commits.example.json        @octokit/openapi: GET /repos/{owner}/{repo}/pulls/{pull_number}/commits
//   rest/pulls-list-commits.schema.json         its 200 response schema, as JSON Schema draft-07 for ajv
//   SOURCES.json                                package versions the files came from
//
//   node scripts/github-fixtures.mjs           write the files
//   node scripts/github-fixtures.mjs --check   exit 1 when a committed file differs from a fresh extraction
//
// The OpenAPI description is 73 MB: this script reads it once so tests never do.

import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'github');
const WEBHOOKS = join(ROOT, 'node_modules', '@octokit', 'webhooks-examples');
const OPENAPI = join(ROOT, 'node_modules', '@octokit', 'openapi');
const COMMITS_PATH = '/repos/{owner}/{repo}/pulls/{pull_number}/commits';

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function webhookExample(events, name, action) {
  const event = events.find((e) => e.name === name);
  const example = event?.examples.find((x) => action === undefined || x.action === action);
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${name}${action ? `.${action}` : ''} example`);
  return example;
}

/**
 * OpenAPI 3.0 schema → JSON Schema draft-07: `nullable` becomes a null alternative, and the
 * `example` annotations (noise for validation) go. `format` stays; validate with formats off.
 */
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'nullable') continue;
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)])) : toJsonSchema(value);
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] };
  return { anyOf: [out, { type: 'null' }] };
}

function extract() {
  const events = readJson(join(WEBHOOKS, 'api.github.com', 'index.json'));
  const openapi = readJson(join(OPENAPI, 'generated', 'api.github.com.deref.json'));
  const operation = openapi.paths[COMMITS_PATH]?.get;
  const response = operation?.responses?.['200']?.content?.['application/json'];
  if (!response) throw new Error(`@octokit/openapi has no 200 response for GET ${COMMITS_PATH}`);
  return {
    'webhooks/pull_request.opened.json': webhookExample(events, 'pull_request', 'opened'),
    'webhooks/pull_request_review.submitted.json': webhookExample(events, 'pull_request_review', 'submitted'),
    'webhooks/push.json': webhookExample(events, 'push'),
    'rest/pulls-list-commits.example.json': response.examples.default.value,
    'rest/pulls-list-commits.schema.json': {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $comment: `${operation.operationId}: the 200 response of GET ${COMMITS_PATH}, from @octokit/openapi (api.github.com)`,
      ...toJsonSchema(response.schema),
    },
    'SOURCES.json': {
      '@octokit/webhooks-examples': readJson(join(WEBHOOKS, 'package.json')).version,
      '@octokit/openapi': readJson(join(OPENAPI, 'package.json')).version,
      script: 'scripts/github-fixtures.mjs',
    },
  };
}

async function main() {
  const check = process.argv.includes('--check');
  const files = extract();
  const stale = [];
  for (const [name, value] of Object.entries(files)) {
    const path = join(OUT, name);
    const text = `${JSON.stringify(value, null, 2)}\n`;
    if (check) {
      const old = await readFile(path, 'utf8').catch(() => undefined);
      if (old !== text) stale.push(name);
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    console.log(`wrote fixtures/github/${name}`);
  }
  if (stale.length > 0) {
    console.error(`fixtures/github differs from a fresh extraction: ${stale.join(', ')} (run node scripts/github-fixtures.mjs)`);
    process.exitCode = 1;
  }
}

await main();
