import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { inject } from 'vitest';
import reportSchema from '../schema/report.schema.json' with { type: 'json' };
import type { Report } from '../src/model.js';
import { analyzePlans, type AnalyzeOptions } from '../src/pipeline.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { toJsonReport } from '../src/report/json.js';
import { readPlanFile } from '../src/sources/load.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const corpusDir = process.env['BLASTGATE_CORPUS'] ?? resolve(repoRoot, '../shared/corpus');
export const hasCorpus = existsSync(join(corpusDir, 'terraform'));
/** The bundle built from the current sources for this test run (test/bundle-setup.ts), not the committed dist/. */
export const bundleDir = inject('bundleDir');
export const bundle = join(bundleDir, 'cli.js');
export const node24 = join(repoRoot, 'test/node24/node_modules/.bin/node');

/**
 * Whether a tool some tests need is here. Missing on a developer's machine, those tests skip; missing in CI
 * (CI=true, as GitHub's runners and .ci/run set it), the test file fails loudly instead, naming what to install.
 */
export function toolAvailable(tool: string, available: boolean, install: string): boolean {
  if (!available && /^(1|true)$/i.test(process.env['CI'] ?? '')) throw new Error(`${tool} is missing and CI is set: ${install}`);
  return available;
}

/** Node 24, GitHub's runtime for actions (the machine's Node may be older). */
export const hasNode24 = (): boolean => toolAvailable('Node 24 (test/node24)', existsSync(node24), 'run npm ci --prefix test/node24');

/** The terraform binary on the PATH (plans offline with terraform_data only, no provider). */
export function hasTerraform(): boolean {
  const works = spawnSync('terraform', ['version'], { encoding: 'utf8', timeout: 20_000 }).status === 0;
  return toolAvailable('terraform', works, 'put terraform (the version in fixtures/terraform/TERRAFORM_VERSION) on the PATH');
}

/** A plan the project generated with real terraform (fixtures/terraform, see its README). */
export function fixture(name: string): string {
  return join(repoRoot, 'fixtures/terraform', `${name}.plan.json`);
}

export function corpusPlan(name: string): string {
  return join(corpusDir, 'terraform', name);
}

export function analyzeFiles(paths: string[], opts: Partial<AnalyzeOptions> = {}): Report {
  return analyzePlans(paths.map(readPlanFile), { policy: DEFAULT_POLICY, aiAuthored: true, ...opts });
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(reportSchema);

/** The JSON contract of a report, checked against the published schema (throws with ajv's errors). */
export function jsonReport(report: Report): Record<string, unknown> {
  const json = toJsonReport(report);
  if (!validate(json)) throw new Error(`report does not match schema: ${ajv.errorsText(validate.errors)}`);
  return json;
}

export function assertValidReport(json: unknown): void {
  if (!validate(json)) throw new Error(`report does not match schema: ${ajv.errorsText(validate.errors)}`);
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundle as a user would: `node dist/cli.js ARGS` (built from the current sources). */
export function runCli(args: string[], opts: { node?: string; cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(opts.node ?? process.execPath, [bundle, ...args], {
    cwd: opts.cwd ?? repoRoot,
    env: { ...process.env, TF_WORKSPACE: '', ...opts.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}
