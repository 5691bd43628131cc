import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { analyzePlans } from '../src/pipeline.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { renderSarif } from '../src/report/sarif.js';
import { composeInputs } from '../src/sources/compose.js';
import { readPlan } from '../src/sources/load.js';
import { fixture, repoRoot } from './helpers.js';

// SARIF output checked against the SARIF 2.1.0 schema as Microsoft's SARIF team publishes it on npm.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// The schema's language pattern is not a valid Unicode regular expression; it is one without the u flag.
// CommonJS modules: their `default` property is the class and the plugin.
const Ajv = AjvDraft04.default;
const addFormats = formats.default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function valid(text: string): Log {
  const log = JSON.parse(text) as Log;
  if (!validate(log)) throw new Error(`not valid SARIF 2.1.0: ${ajv.errorsText(validate.errors)}`);
  return log;
}

const rel = (p: string) => relative(process.cwd(), `${repoRoot}/${p}`);

async function sarifFor(name: string, opts: { tf?: boolean; aiAuthored: boolean }): Promise<Log> {
  const root = `fixtures/terraform-src/${name}`;
  const inputs = await composeInputs({
    plans: [readPlan(rel(`fixtures/terraform/${name}.plan.json`))],
    ...(opts.tf ? { tf: { base: rel(`${root}/before`), head: rel(`${root}/after`) } } : {}),
  });
  const report = analyzePlans(inputs, { policy: DEFAULT_POLICY, aiAuthored: opts.aiAuthored });
  return valid(renderSarif(report, { version: '1.2.3', ...(opts.tf ? { root: rel(`${root}/after`) } : {}) }));
}

describe('--format sarif', () => {
  it('gated changes are errors on the .tf line that declares them, valid against the SARIF 2.1.0 schema', async () => {
    const log = await sarifFor('aws-db-replaced-engine', { tf: true, aiAuthored: true });
    const run = log.runs[0];
    expect(run?.tool.driver).toMatchObject({ name: 'Blastgate', version: '1.2.3' });
    const db = run?.results?.find((r) => r.properties?.['address'] === 'aws_db_instance.catalog');
    expect(db).toMatchObject({ level: 'error', ruleId: 'stateful-destroy' });
    const at = db?.locations?.[0]?.physicalLocation;
    expect(at?.artifactLocation?.uri).toBe(rel('fixtures/terraform-src/aws-db-replaced-engine/after/main.tf'));
    const line = readFileSync(`${repoRoot}/fixtures/terraform-src/aws-db-replaced-engine/after/main.tf`, 'utf8').split('\n')[(at?.region?.startLine ?? 0) - 1];
    expect(line).toMatch(/^resource "aws_db_instance" "catalog"/);
    // Every rule a result names is described once.
    const ids = run?.tool.driver.rules?.map((r) => r.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of run?.results ?? []) expect(ids).toContain(r.ruleId);
  });

  it('without configuration the results sit on the plan file; a human-authored PR gets warnings, not errors', async () => {
    const log = await sarifFor('aws-db-destroyed', { aiAuthored: false });
    const results = log.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.level === 'warning')).toBe(true);
    expect(results[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(rel(fixture('aws-db-destroyed').slice(repoRoot.length)));
    expect(results[0]?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(1);
  });

  it('a plan that changes only tags has no results, and is still a valid log', async () => {
    const log = await sarifFor('aws-tags-only', { aiAuthored: true });
    expect(log.runs[0]?.results).toEqual([]);
  });

  it('the schema check can fail: a result without a message is refused', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] };
    expect(validate(bad)).toBe(false);
  });
});
