#!/usr/bin/env node
// Parse speed and memory of the HCL reader (tree-sitter-hcl through web-tree-sitter) on ~2 MB of .tf files.
//
//   node bench/hcl-parse.mjs [--mb 2]
//
// The configuration is generated into a temporary directory (nothing is committed): the root modules of
// fixtures/hcl and fixtures/terraform-src (with their own local modules), copied as many times as it takes to
// reach the size, each called as a local module from one root module. Three numbers come out: tree-sitter's
// parse alone, parse plus the syntax model, and the whole reader as --tf-base/--tf-head use it (both sides
// read, every finding computed), with the peak resident memory of the process. The reader is bundled with
// esbuild first, as the CLI is.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const mbIndex = process.argv.indexOf('--mb');
const targetBytes = Number(mbIndex >= 0 ? process.argv[mbIndex + 1] : 2) * 1024 * 1024;

function tfFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tfFiles(path);
    return name.endsWith('.tf') ? [path] : [];
  });
}

const SIDES = new Set(['base', 'head', 'applied', 'before', 'after']);
const units = ['fixtures/hcl', 'fixtures/terraform-src'].flatMap((parent) =>
  readdirSync(join(ROOT, parent))
    .filter((c) => c !== 'parse-errors' && statSync(join(ROOT, parent, c)).isDirectory())
    .flatMap((c) => readdirSync(join(ROOT, parent, c)).filter((side) => SIDES.has(side)).map((side) => join(ROOT, parent, c, side))),
);

const bundle = join(ROOT, 'node_modules/.cache/blastgate-bench/hcl.mjs');
await build({
  stdin: {
    contents: [
      "export { hclParser } from './src/sources/hcl/wasm.ts';",
      "export { parseHcl } from './src/sources/hcl/parse.ts';",
      "export { readTerraformConfig } from './src/sources/hcl/read.ts';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  external: ['web-tree-sitter'],
  logLevel: 'warning',
});
const { hclParser, parseHcl, readTerraformConfig } = await import(pathToFileURL(bundle).href);

const work = mkdtempSync(join(tmpdir(), 'blastgate-hcl-bench-'));
try {
  const rootDir = join(work, 'root');
  mkdirSync(rootDir, { recursive: true });
  const calls = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const unit = units[calls.length % units.length];
    const name = `m${calls.length}`;
    cpSync(unit, join(rootDir, 'modules', name), { recursive: true });
    bytes += tfFiles(unit).reduce((sum, f) => sum + statSync(f).size, 0);
    calls.push(`module "${name}" {\n  source = "./modules/${name}"\n}\n`);
  }
  writeFileSync(join(rootDir, 'main.tf'), calls.join('\n'));
  cpSync(rootDir, join(work, 'head'), { recursive: true });

  const files = tfFiles(rootDir);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const mb = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / (1024 * 1024);
  const parser = await hclParser();
  const rate = (megabytes, seconds) => `${seconds.toFixed(2)} s, ${(megabytes / seconds).toFixed(2)} MB/s`;
  const timed = (fn) => {
    const started = performance.now();
    fn();
    return (performance.now() - started) / 1000;
  };
  console.log(`${files.length} files, ${mb.toFixed(2)} MB, ${calls.length} module calls in the root`);
  for (let round = 1; round <= 2; round++) {
    const parse = timed(() => texts.forEach((t) => parser.parse(t)?.delete()));
    const model = timed(() => texts.forEach((t, i) => parseHcl(parser, t, files[i], files[i])));
    console.log(`round ${round}: tree-sitter parse ${rate(mb, parse)}; parse + syntax model ${rate(mb, model)}`);
  }
  const started = performance.now();
  const input = await readTerraformConfig(rootDir, join(work, 'head'));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `readTerraformConfig (base and head, ${input.head.resources.size} resources each, all findings): ${rate(2 * mb, seconds)} of source`,
  );
  console.log(`peak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
