import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOptions } from '../../scripts/bundle-options.mjs';
import { corpusDir } from '../helpers.js';

// The committed bundle is minified (and split into chunks). Minifying must change how the code looks, never what
// it says: the minified and the unminified bundle, each built into a directory of its own, give byte-identical
// reports on every plan, change set and template pair of the corpus.

const terraform = join(corpusDir, 'terraform');
const cloudformation = join(corpusDir, 'cloudformation');
const hasCorpus = existsSync(terraform) && existsSync(cloudformation);
const list = (dir: string, ext = '') => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : []);

const cases: [string, string[]][] = [
  ...list(terraform, '.json').map((f): [string, string[]] => [`terraform/${f}`, [join(terraform, f)]]),
  ...list(join(cloudformation, 'changesets'), '.json').map((f): [string, string[]] => [`changesets/${f}`, [join(cloudformation, 'changesets', f)]]),
  ...list(join(cloudformation, 'pairs')).map((d): [string, string[]] => {
    const dir = join(cloudformation, 'pairs', d);
    return [`pairs/${d}`, ['--base', join(dir, 'before.template.json'), '--head', join(dir, 'after.template.json')]];
  }),
];

const dirs: Record<'minified' | 'plain', string> = { minified: '', plain: '' };

beforeAll(async () => {
  for (const kind of ['minified', 'plain'] as const) {
    const dir = mkdtempSync(join(tmpdir(), `blastgate-${kind}-`));
    dirs[kind] = dir;
    await build({ ...bundleOptions({ outdir: dir, minify: kind === 'minified' }), logLevel: 'silent' });
  }
}, 120_000);

afterAll(() => {
  for (const dir of Object.values(dirs)) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The report with what differs from run to run (how long reading took) left out. */
function run(dir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(dir, 'cli.js'), 'analyze', ...args, '--format', 'json', '--ai-authored', 'true'], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, TF_WORKSPACE: '' },
  });
  if (r.status === 2) return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  const report = JSON.parse(r.stdout) as { sources: { durationMs?: number }[] };
  for (const source of report.sources) delete source.durationMs;
  return { status: r.status, stdout: JSON.stringify(report, null, 2), stderr: r.stderr };
}

describe.skipIf(!hasCorpus)('the minified bundle against the unminified one', () => {
  it('the minified bundle is smaller', () => {
    const files = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.js'));
    const bytes = (dir: string) => files(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(files(dirs.minified).length).toBeGreaterThan(2);
    expect(files(dirs.minified).length).toBe(files(dirs.plain).length);
    expect(bytes(dirs.minified)).toBeLessThan(bytes(dirs.plain) * 0.8);
  });

  it.each(cases)('%s', (_name, args) => {
    const minified = run(dirs.minified, args);
    const plain = run(dirs.plain, args);
    expect(minified.stderr).toBe(plain.stderr);
    expect(minified.status).toBe(plain.status);
    expect(minified.stderr).not.toContain('internal error');
    expect([0, 1, 2]).toContain(minified.status);
    expect(minified.stdout).toBe(plain.stdout);
    if (minified.status !== 2) expect(JSON.parse(minified.stdout)).toHaveProperty('verdict');
  });
});
