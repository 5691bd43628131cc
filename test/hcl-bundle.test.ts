import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasNode24, node24, repoRoot } from './helpers.js';

// The parser's WebAssembly ships beside the single-file bundle (scripts/build.mjs ASSETS). Bundled the way
// build.mjs bundles, into a directory with no node_modules anywhere above it, the reader must find them there.

const ASSET = /\{ from: '([^']+)', to: '([^']+)' \}/g;
const assets = [...readFileSync(join(repoRoot, 'scripts/build.mjs'), 'utf8').matchAll(ASSET)].map(([, from = '', to = '']) => ({ from, to }));
const hclAssets = assets.filter((a) => a.from.endsWith('.wasm'));
const HCL = join(repoRoot, 'fixtures/hcl');

let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'blastgate-hcl-bundle-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import { readTerraformConfig } from ${JSON.stringify(join(repoRoot, 'src/sources/hcl/index.js'))};\n` +
      'const input = await readTerraformConfig(process.argv[2] ?? "", process.argv[3] ?? "");\n' +
      'console.log(JSON.stringify(input.findings?.map((f) => f.code)));\n',
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(dir, 'dist/cli.js'),
    banner: { js: "import { createRequire as __blastgateCreateRequire } from 'node:module';\nconst require = __blastgateCreateRequire(import.meta.url);" },
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (node = process.execPath) =>
  spawnSync(node, [join(dir, 'dist/cli.js'), join(HCL, 'override-file/base'), join(HCL, 'override-file/head')], { cwd: dir, encoding: 'utf8' });

describe('the bundle and its WebAssembly', () => {
  it('scripts/build.mjs ships the runtime and the grammar into dist/', () => {
    expect(hclAssets.map((a) => a.to).sort()).toEqual(['dist/tree-sitter-terraform.wasm', 'dist/web-tree-sitter.wasm']);
    for (const a of hclAssets) expect(existsSync(join(repoRoot, a.from))).toBe(true);
  });

  it('without them, the bundle says what is missing', () => {
    const r = run();
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('web-tree-sitter.wasm is missing: it must ship beside the bundle (scripts/build.mjs ASSETS)');
  });

  it('with them beside it, it reads configurations on Node 20, and on Node 24 where it is installed', () => {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    for (const a of hclAssets) copyFileSync(join(repoRoot, a.from), join(dir, 'dist', basename(a.to)));
    for (const node of [process.execPath, ...(hasNode24() ? [node24] : [])]) {
      const r = run(node);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('["prevent-destroy-removed"]');
    }
  });
});
