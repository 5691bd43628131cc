import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleDir, fixture, hasNode24, node24, repoRoot } from './helpers.js';

// The npm package as a user gets it: `npm pack`, the tarball installed into an empty folder, the CLI run from there.
// The package is staged from the files `npm pack` would take from this repository, with dist/ replaced by the
// bundle built from the current sources.

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string; engines: { node: string } };
const work = mkdtempSync(join(tmpdir(), 'blastgate-package-'));
const stage = join(work, 'stage');
const user = join(work, 'user');

/** npm, without the npm_* variables of an enclosing `npm test` (they would point it at this repository). */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${r.stderr}${r.stdout}`);
  return r;
}

let packed: string[] = [];
let tarball = '';

beforeAll(() => {
  const listed = JSON.parse(npm(['pack', '--dry-run', '--json'], repoRoot).stdout) as { files: { path: string }[] }[];
  packed = (listed[0]?.files ?? []).map((f) => f.path);
  for (const path of packed.filter((p) => !p.startsWith('dist/'))) {
    mkdirSync(dirname(join(stage, path)), { recursive: true });
    copyFileSync(join(repoRoot, path), join(stage, path));
  }
  cpSync(bundleDir, join(stage, 'dist'), { recursive: true });
  const out = JSON.parse(npm(['pack', '--json', '--pack-destination', work], stage).stdout) as { filename: string }[];
  tarball = join(work, out[0]?.filename ?? '');
  mkdirSync(user);
  writeFileSync(join(user, 'package.json'), JSON.stringify({ name: 'adopter', version: '1.0.0', private: true }));
  npm(['install', '--prefer-offline', tarball], user);
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const cli = (node: string, args: string[]) =>
  spawnSync(node, [join(user, 'node_modules/.bin/blastgate'), ...args], { cwd: user, encoding: 'utf8', env: { ...process.env, TF_WORKSPACE: '' } });

describe('the packed npm package', () => {
  it('ships the bundle, its assets, the licences, the schemas and action.yml, and no sources or tests', () => {
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'action.yml', 'LICENSE', 'README.md', 'schema/report.schema.json']));
    expect(packed.filter((p) => /^(src|test|scripts|fixtures)\//.test(p))).toEqual([]);
    expect(readdirSync(join(user, 'node_modules/blastgate/dist')).sort()).toEqual(readdirSync(bundleDir).sort());
    expect(readdirSync(bundleDir)).toEqual(expect.arrayContaining(['cli.js', 'index.js', 'licenses.txt']));
  });

  it('installs alone: nothing but Blastgate lands in node_modules', () => {
    const tree = npm(['ls', '--all', '--parseable'], user).stdout.trim().split('\n').slice(1);
    expect(tree.map((p) => p.slice(user.length + 1))).toEqual(['node_modules/blastgate']);
    expect(tree.length).toBeLessThanOrEqual(5);
  });

  it.each([
    ['the machine\'s Node', process.execPath],
    ...(hasNode24() ? [['Node 24', node24] as [string, string]] : []),
  ])('runs from the install on %s: version, a plan, a configuration pair and a template pair', (_label, node) => {
    const version = cli(node, ['--version']);
    expect(version.stdout.trim()).toBe(pkg.version);

    const plan = cli(node, ['analyze', fixture('aws-db-destroyed'), '--format', 'json']);
    expect(plan.stderr).toBe('');
    expect(plan.status).toBe(1);
    expect(JSON.parse(plan.stdout)).toMatchObject({ schemaVersion: 1, gate: 'closed' });

    // The WebAssembly parser (tf-base/tf-head) and the CloudFormation specification load from beside the bundle.
    const hcl = join(repoRoot, 'fixtures/hcl/override-file');
    const config = cli(node, ['analyze', fixture('aws-tags-only'), '--tf-base', join(hcl, 'base'), '--tf-head', join(hcl, 'head'), '--format', 'json']);
    expect(config.stderr).toBe('');
    expect((JSON.parse(config.stdout) as { findings?: { code: string }[] }).findings?.map((f) => f.code)).toContain('prevent-destroy-removed');

    const bucket = (name: string) => JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: name }, DeletionPolicy: 'Delete' } } });
    writeFileSync(join(user, 'base.json'), bucket('a'));
    writeFileSync(join(user, 'head.json'), bucket('b'));
    const cfn = cli(node, ['analyze', '--base', 'base.json', '--head', 'head.json', '--format', 'json']);
    expect(cfn.stderr).toBe('');
    expect((JSON.parse(cfn.stdout) as { changes: { action: string }[] }).changes.map((c) => c.action)).toEqual(['replace']);
  });
});
