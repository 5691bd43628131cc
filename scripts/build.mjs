// Bundles the CLI (dist/cli.js, runs right after `npm ci`) and the Action (dist/index.js) into one committed file each.
// `--check` builds into memory and fails when the committed bundle differs (CI's freshness check).
// `--outdir DIR` writes the bundle somewhere else than dist/ (the tests build the current sources into a temp dir).
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { licenseNotices } from './licenses.mjs';
import { SERVICE_SPEC_ASSET, serviceSpecBesideBundle } from './service-spec-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const check = process.argv.includes('--check');
const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt > 0 ? process.argv[outdirAt + 1] : undefined;
/** Where a dist/ path goes in this build. */
const target = (path) => (outdir ? join(outdir, path.replace(/^dist\//, '')) : path);

const entries = [
  { in: 'src/cli.ts', out: 'dist/cli.js' },
  { in: 'src/action.ts', out: 'dist/index.js' },
];

// Files a dependency reads from disk at run time: they ship beside the bundle, in dist/.
// Each entry: { from: path inside node_modules or the repo, to: path under dist/ }.
const ASSETS = [
  // tree-sitter's runtime and the Terraform grammar: src/sources/hcl/wasm.ts looks for them beside the bundle.
  { from: 'node_modules/web-tree-sitter/web-tree-sitter.wasm', to: 'dist/web-tree-sitter.wasm' },
  { from: 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', to: 'dist/tree-sitter-terraform.wasm' },
  // The CloudFormation service specification, read by @aws-cdk/cloudformation-diff on its first diff.
  SERVICE_SPEC_ASSET,
];

const stale = [];
const metafiles = [];
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
for (const entry of entries) {
  const result = await build({
    entryPoints: [entry.in],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: entry.out,
    legalComments: 'none',
    define: { BLASTGATE_VERSION: JSON.stringify(pkg.version) },
    // CommonJS dependencies (ajv) call require(); an ES module has none unless we make one.
    banner: { js: "import { createRequire as __blastgateCreateRequire } from 'node:module';\nconst require = __blastgateCreateRequire(import.meta.url);" },
    logLevel: 'warning',
    metafile: true,
    plugins: [serviceSpecBesideBundle],
  });
  metafiles.push(result.metafile);
  emit(entry.out, result.outputFiles[0].text, 0o755);
}
for (const asset of ASSETS) emit(asset.to, readFileSync(asset.from));
// The licences of everything the bundles contain or ship beside them (legalComments: 'none' strips them).
emit('dist/licenses.txt', licenseNotices(metafiles, ASSETS.map((a) => a.from)));
if (stale.length > 0) {
  console.error(`dist is stale: ${stale.join(', ')} differs from a fresh build. Run \`npm run build\` and commit dist/.`);
  process.exit(1);
}
