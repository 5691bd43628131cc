import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_SPEC_ASSET, serviceSpecBesideBundle } from '../scripts/service-spec-plugin.mjs';
import { assertValidReport, bundleDir, repoRoot, runCli } from './helpers.js';

// @aws-cdk/cloudformation-diff finds the service specification (db.json.gz) relative to its own module, so a
// single-file bundle crashes on its first diff unless the file ships beside it and the bundle looks there. The
// reader is bundled here the way scripts/build.mjs bundles the CLI, and run from a directory of its own.

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
    plugins: [serviceSpecBesideBundle],
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
  it('says what is missing when db.json.gz is not beside it', () => {
    const run = runReader();
    expect(run.status).not.toBe(0);
    expect(String(run.stderr)).toContain('db.json.gz');
  });

  it('loads the service specification from beside the bundle and finds the replacement', () => {
    copyFileSync(join(repoRoot, SERVICE_SPEC_ASSET.from), join(dir, 'db.json.gz'));
    const run = runReader();
    expect(run.stderr).toBe('');
    expect(JSON.parse(String(run.stdout))).toEqual([['head/Uploads', 'replace', ['BucketName']]]);
  });
});

describe('the CLI bundle (scripts/build.mjs) on --base/--head', () => {
  it('ships db.json.gz beside dist/cli.js', () => {
    expect(existsSync(join(bundleDir, basename(SERVICE_SPEC_ASSET.to)))).toBe(true);
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
