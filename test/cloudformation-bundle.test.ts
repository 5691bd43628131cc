import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceSpecInBundle } from '../scripts/service-spec-plugin.mjs';
import { assertValidReport, bundleDir, repoRoot, runCli } from './helpers.js';

// @aws-cdk/cloudformation-diff reads the service specification (db.json.gz) from beside its own module; the bundle
// carries the table it asks instead (scripts/service-spec-plugin.mjs), so nothing needs to ship beside it. The
// reader is bundled here the way scripts/build.mjs bundles the CLI, and run from a directory with nothing else in it.

let dir: string;

const bucket = (name: string) =>
  JSON.stringify({ Resources: { Uploads: { Type: 'AWS::S3::Bucket', Properties: { BucketName: name }, DeletionPolicy: 'Delete' } } });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'blastgate-bundle-'));
  writeFileSync(join(dir, 'base.template.json'), bucket('uploads'));
  writeFileSync(join(dir, 'head.template.json'), bucket('uploads-v2'));
  await build({
    stdin: {
      contents: [
        "import { readCloudFormationPair } from './src/sources/cloudformation/pair.ts';",
        'const [base, head] = process.argv.slice(2);',
        'const inputs = await readCloudFormationPair(base, head);',
        'console.log(JSON.stringify(inputs.flatMap((i) => i.changes.map((c) => [c.address, c.action, c.replacePaths]))));',
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(dir, 'reader.js'),
    // The CLI bundle's banner: CommonJS dependencies need a require, anchored at the bundle.
    banner: { js: "import { createRequire as __blastgateCreateRequire } from 'node:module';\nconst require = __blastgateCreateRequire(import.meta.url);" },
    plugins: [serviceSpecInBundle],
    logLevel: 'silent',
  });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function runReader(): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [join(dir, 'reader.js'), join(dir, 'base.template.json'), join(dir, 'head.template.json')], {
    cwd: tmpdir(),
    encoding: 'utf8',
  });
}

describe('the bundled CloudFormation reader', () => {
  it('needs no service specification beside it, and finds the replacement', () => {
    expect(readdirSync(dir).filter((f) => !f.endsWith('.template.json'))).toEqual(['reader.js']);
    const run = runReader();
    expect(run.stderr).toBe('');
    expect(JSON.parse(String(run.stdout))).toEqual([['head/Uploads', 'replace', ['BucketName']]]);
  });
});

describe('the CLI bundle (scripts/build.mjs) on --base/--head', () => {
  it('ships no db.json.gz beside cli.js: the bundle does not read it', () => {
    expect(existsSync(join(bundleDir, 'cli.js'))).toBe(true);
    expect(existsSync(join(bundleDir, 'db.json.gz'))).toBe(false);
  });

  it('gates a production bucket replaced without Retain: exit 1 and a valid JSON report', () => {
    const run = runCli(['analyze', '--base', join(dir, 'base.template.json'), '--head', join(dir, 'head.template.json'), '--format', 'json'], { cwd: tmpdir() });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { gate: string; sources: { format: string }[] };
    assertValidReport(report);
    expect(report.gate).toBe('closed');
    expect(report.sources[0]?.format).toBe('cloudformation-template');
  });

  it('passes the same bucket kept by Retain: exit 0', () => {
    writeFileSync(join(dir, 'retained.template.json'), bucket('uploads-v2').replace('"DeletionPolicy":"Delete"', '"UpdateReplacePolicy":"Retain"'));
    writeFileSync(join(dir, 'retained-base.template.json'), bucket('uploads').replace('"DeletionPolicy":"Delete"', '"UpdateReplacePolicy":"Retain"'));
    const run = runCli(['analyze', '--base', join(dir, 'retained-base.template.json'), '--head', join(dir, 'retained.template.json'), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
