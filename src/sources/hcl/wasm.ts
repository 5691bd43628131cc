import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Language, Parser } from 'web-tree-sitter';

// tree-sitter's runtime and the Terraform grammar are WebAssembly files read at run time.
// The bundle ships them beside itself (scripts/build.mjs ASSETS); from sources they come from node_modules.

const ASSETS = {
  runtime: { file: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm' },
  grammar: { file: 'tree-sitter-terraform.wasm', module: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm' },
};

function wasmPath(asset: { file: string; module: string }): string {
  const beside = fileURLToPath(new URL(asset.file, import.meta.url));
  if (existsSync(beside)) return beside;
  try {
    return createRequire(import.meta.url).resolve(asset.module);
  } catch {
    throw new Error(`${asset.file} is missing: it must ship beside the bundle (scripts/build.mjs ASSETS)`);
  }
}

let parser: Promise<Parser> | undefined;

async function load(): Promise<Parser> {
  const runtime = wasmPath(ASSETS.runtime);
  await Parser.init({ locateFile: () => runtime });
  const language = await Language.load(wasmPath(ASSETS.grammar));
  return new Parser().setLanguage(language);
}

/** The one HCL parser of the process, loaded on first use (loading is asynchronous; parsing is not). */
export function hclParser(): Promise<Parser> {
  parser ??= load();
  return parser;
}
