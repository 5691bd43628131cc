import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { readTextFile } from '../files.js';
import { DEFAULT_POLICY } from '../policy/defaults.js';
import type { Policy } from '../policy/types.js';

// The guard's policy never comes from the working tree the agent edits: from --config outside it, else from the
// remote default branch's `.github/blastgate.yml` (what reviewers merged), else the defaults.

const POLICY_PATH = '.github/blastgate.yml';
/** Remote-tracking refs tried in order for the default branch. */
const DEFAULT_REFS = ['origin/HEAD', 'origin/main', 'origin/master'];

/** The folder holding `.git` above `dir` (found without spawning git), or undefined outside a repository. */
export function repositoryRoot(dir: string | undefined): string | undefined {
  if (dir === undefined) return undefined;
  let current = resolve(dir);
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function git(root: string, args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', timeout: 5000, maxBuffer: 4 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export interface GuardPolicySource {
  policy: Policy;
  /** Where it came from, for the audit log and the answer. */
  origin: string;
  /** The remote default branch ref, when there is one (used to tell edited configuration from reviewed). */
  defaultRef?: string;
}

async function parse(text: string, origin: string): Promise<Policy> {
  const { parsePolicy } = await import('../policy/load.js');
  return parsePolicy(text, origin);
}

/** The remote default branch that exists in this clone, if any. */
export function defaultBranch(root: string): string | undefined {
  for (const ref of DEFAULT_REFS) {
    if (git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).ok) return ref;
  }
  return undefined;
}

/** Loads the policy as described above; a policy that exists but is invalid is an error (the guard then denies). */
export async function loadGuardPolicy(config: string | undefined, cwd: string | undefined): Promise<GuardPolicySource> {
  const root = repositoryRoot(cwd);
  if (config !== undefined) {
    const path = real(resolve(config));
    if (root !== undefined && inside(path, real(root))) {
      throw new InputError(config, 'is inside the working tree the agent edits; give a policy file outside it, or merge it to the default branch');
    }
    return { policy: await parse(readTextFile(path), config), origin: config };
  }
  if (root === undefined) return { policy: DEFAULT_POLICY, origin: 'defaults (not in a git repository)' };
  for (const ref of DEFAULT_REFS) {
    const shown = git(root, ['show', `${ref}:${POLICY_PATH}`]);
    if (shown.ok) return { policy: await parse(shown.stdout, `${ref}:${POLICY_PATH}`), origin: `${ref}:${POLICY_PATH}`, defaultRef: ref };
    // The ref exists but the file does not: the default branch has no policy.
    if (/exists on disk, but not in|does not exist in/.test(shown.stderr)) {
      return { policy: DEFAULT_POLICY, origin: `defaults (${ref} has no ${POLICY_PATH})`, defaultRef: ref };
    }
  }
  return { policy: DEFAULT_POLICY, origin: 'defaults (no remote default branch in this clone)' };
}

/**
 * Is the Terraform configuration in `dir` as the default branch has it? Names read from an edited configuration
 * could be the agent's own words ("environment = dev"), so only an unedited one may make a command non-production.
 */
export function configurationReviewed(root: string | undefined, ref: string | undefined, dir: string): boolean {
  if (root === undefined || ref === undefined) return false;
  const changed = git(root, ['diff', '--quiet', ref, '--', dir]);
  if (!changed.ok) return false;
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '--', dir]);
  return untracked.ok && !/\.(tf|tofu|tfvars|json)$/m.test(untracked.stdout);
}
