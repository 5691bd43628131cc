// esbuild's options for the bundle, shared by scripts/build.mjs and the test that runs the minified and the
// unminified bundle side by side. One small entry per program, and chunks (chunk-*.js, beside the entries) that an
// entry loads only when its input needs them: every `await import()` in the sources is a chunk boundary, so a
// Terraform run never parses YAML, ajv, tree-sitter or cloudformation-diff. Minified for start-up, but identifiers
// keep their names: stack traces and profiles stay readable, and renaming saves almost nothing after gzip-free loads.
import { readFileSync } from 'node:fs';
import { serviceSpecInBundle } from './service-spec-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The programs: their source and their file in dist/. */
export const ENTRIES = [
  { in: 'src/cli.ts', out: 'dist/cli.js' },
  { in: 'src/action.ts', out: 'dist/index.js' },
];

/** Chunks sit beside the entries, so code that finds db.json.gz and the WebAssembly beside the bundle keeps working. */
export const CHUNK = /^chunk-.+\.js$/;

/** The options for a build into `outdir` (paths in ENTRIES are relative to the repository). */
export function bundleOptions({ outdir = 'dist', minify = true } = {}) {
  return {
    entryPoints: ENTRIES.map((entry) => ({ in: entry.in, out: entry.out.replace(/^dist\//, '').replace(/\.js$/, '') })),
    absWorkingDir: new URL('..', import.meta.url).pathname,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    chunkNames: 'chunk-[name]-[hash]',
    minifyWhitespace: minify,
    minifySyntax: minify,
    legalComments: 'none',
    define: { BLASTGATE_VERSION: JSON.stringify(pkg.version) },
    // CommonJS dependencies (ajv) call require(); an ES module has none unless we make one (one per chunk).
    banner: { js: "import { createRequire as __blastgateCreateRequire } from 'node:module';\nconst require = __blastgateCreateRequire(import.meta.url);" },
    logLevel: 'warning',
    plugins: [serviceSpecInBundle],
  };
}
