import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

// Tests that run the bundle (the CLI, the Action) run one built from the sources as they are now, with its run-time
// assets beside it, never the committed dist/, which may lag behind the sources while someone works.

declare module 'vitest' {
  export interface ProvidedContext {
    /** A directory holding cli.js, index.js and their assets, freshly built by scripts/build.mjs. */
    bundleDir: string;
  }
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'blastgate-dist-'));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', dir], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the bundle for the tests failed:\n${build.stderr}${build.stdout}`);
  project.provide('bundleDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
