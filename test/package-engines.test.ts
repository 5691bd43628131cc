import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { serviceSpecInBundle } from '../scripts/service-spec-plugin.mjs';
import { readActionMetadata } from './action-metadata.js';
import { repoRoot } from './helpers.js';

// package.json's `engines` is what the CLI bundle needs: every package bundled into it must run on the oldest Node
// the range allows. The Action bundle runs on the runtime action.yml names (node24), which may need more.

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } };

type Version = [number, number, number];
const version = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map(Number);
  return [major, minor, patch];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `v` satisfies an npm range made of comparators (>=, >, <=, <, =) joined by spaces and `||`. */
function satisfies(v: Version, range: string): boolean {
  return range.split('||').some((alternative) =>
    [...alternative.matchAll(/(>=|<=|>|<|=)?\s*v?(\d+(?:\.\d+){0,2})/g)].every(([, op = '=', ver = '']) => {
      const c = compare(v, version(ver));
      return op === '>=' ? c >= 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : op === '<' ? c < 0 : c === 0;
    }),
  );
}

/** The packages esbuild puts into a bundle of `entry`, with the engines.node each declares. */
async function bundledPackages(entry: string): Promise<Map<string, string | undefined>> {
  const result = await build({
    entryPoints: [join(repoRoot, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    outfile: join(repoRoot, 'out.js'),
    metafile: true,
    logLevel: 'silent',
    define: { BLASTGATE_VERSION: '"0.0.0"' },
    plugins: [serviceSpecInBundle],
    absWorkingDir: repoRoot,
  });
  const dirs = new Set(
    Object.keys(result.metafile.inputs)
      .map((p) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1])
      .filter((d): d is string => d !== undefined),
  );
  return new Map(
    [...dirs].map((dir) => {
      const manifest = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) as { name: string; engines?: { node?: string } };
      return [`${manifest.name} (${dir})`, manifest.engines?.node];
    }),
  );
}

const oldest = (range: string): Version => version(/>=\s*v?(\d+(?:\.\d+){0,2})/.exec(range)?.[1] ?? '0');

describe('engines', () => {
  it('reads the ranges npm packages declare', () => {
    expect(satisfies([20, 19, 0], '>= 20')).toBe(true);
    expect(satisfies([20, 19, 0], '>=22')).toBe(false);
    expect(satisfies([0, 7, 1], '>=0.6.11 <=0.7.0 || >=0.7.3')).toBe(false);
  });

  it('package.json names a lowest Node on which every package in the CLI bundle runs', async () => {
    const lowest = oldest(pkg.engines.node);
    expect(lowest[0]).toBeGreaterThanOrEqual(20);
    const packages = await bundledPackages('src/cli.ts');
    expect(packages.size).toBeGreaterThan(5);
    const tooNew = [...packages].filter(([, range]) => range !== undefined && !satisfies(lowest, range));
    expect(tooNew, `packages in the CLI bundle that need more than ${pkg.engines.node}`).toEqual([]);
  });

  it('every package in the Action bundle runs on the runtime action.yml declares', async () => {
    const using = readActionMetadata().runs?.using as string;
    const runtime = version(`${/^node(\d+)$/.exec(using)?.[1] ?? '0'}.0.0`);
    const packages = await bundledPackages('src/action.ts');
    const tooNew = [...packages].filter(([, range]) => range !== undefined && !satisfies(runtime, range));
    expect(tooNew).toEqual([]);
  });
});
