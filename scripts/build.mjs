// Bundles the CLI (dist/cli.js, runs right after `npm ci`) and the Action (dist/index.js) with their chunks
// (scripts/bundle-options.mjs says how), and copies what they read at run time beside them.
// `--check` builds into memory and fails when the committed bundle differs (CI's freshness check).
// `--outdir DIR` writes the bundle somewhere else than dist/ (the tests build the current sources into a temp dir).
import { existsSync, readFileSync, readdirSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions, CHUNK, ENTRIES } from './bundle-options.mjs';
import { licenseNotices } from './licenses.mjs';

const check = process.argv.includes('--check');
const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt > 0 ? process.argv[outdirAt + 1] : undefined;
/** Where a dist/ path goes in this build. */
const target = (path) => (outdir ? join(outdir, path.replace(/^dist(\/|$)/, '')) : path);

// Files a dependency reads from disk at run time: they ship beside the bundle, in dist/.
// Each entry: { from: path inside node_modules or the repo, to: path under dist/ }.
// (The CloudFormation service specification is not one: the bundle carries the table cloudformation-diff asks.)
const ASSETS = [
  // tree-sitter's runtime and the Terraform grammar: src/sources/hcl/wasm.ts looks for them beside the bundle.
  { from: 'node_modules/web-tree-sitter/web-tree-sitter.wasm', to: 'dist/web-tree-sitter.wasm' },
  { from: 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', to: 'dist/tree-sitter-terraform.wasm' },
];
/** What earlier builds wrote that this one does not: chunks of other contents, the service specification. */
const DROPPED = [CHUNK, /^db\.json\.gz$/];

const stale = [];
/** Writes a built file, or in --check mode notes it when the committed one differs. */
function emit(path, wanted, mode) {
  const out = target(path);
  if (check) {
    let committed;
    try {
      committed = readFileSync(out);
    } catch {
      committed = undefined; // missing counts as stale
    }
    if (!committed || !committed.equals(Buffer.from(wanted))) stale.push(out);
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, wanted, mode === undefined ? undefined : { mode });
  }
}

const result = await build({ ...bundleOptions(), write: false, metafile: true });
const root = new URL('..', import.meta.url).pathname;
const outputs = result.outputFiles.map((file) => ({ path: relative(root, file.path), file }));
const leftOver = (existsSync(target('dist')) ? readdirSync(target('dist')) : [])
  .filter((name) => DROPPED.some((pattern) => pattern.test(name)))
  .map((name) => join('dist', name))
  .filter((path) => !outputs.some((o) => o.path === path));
if (check) stale.push(...leftOver.map(target));
else for (const path of leftOver) rmSync(target(path));
for (const { path, file } of outputs) emit(path, file.contents, ENTRIES.some((e) => e.out === path) ? 0o755 : undefined);
for (const asset of ASSETS) emit(asset.to, readFileSync(asset.from));
// The licences of everything the bundles contain or ship beside them (legalComments: 'none' strips them).
emit('dist/licenses.txt', licenseNotices([result.metafile], ASSETS.map((a) => a.from)));
if (stale.length > 0) {
  console.error(`dist is stale: ${stale.join(', ')} differs from a fresh build. Run \`npm run build\` and commit dist/.`);
  process.exit(1);
}
