import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { DEFAULT_POLICY_PATH } from './defaults.js';

/**
 * The repository's policy file when none is named: `.github/blastgate.yml` in the nearest folder from `cwd` up that
 * holds `.git` (a folder, or a file in a worktree), else in `cwd`. Looked up on disk, without running git; cheap
 * enough for start-up, so the YAML parser loads only when there is a file.
 */
export function findPolicy(cwd = process.cwd()): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) {
      const path = join(dir, DEFAULT_POLICY_PATH);
      return existsSync(path) ? relative(cwd, path) || DEFAULT_POLICY_PATH : undefined;
    }
    if (dirname(dir) === dir) break;
  }
  return existsSync(join(cwd, DEFAULT_POLICY_PATH)) ? DEFAULT_POLICY_PATH : undefined;
}
