import { execFileSync } from 'node:child_process';
import { posix } from 'node:path';
import { InputError } from '../../errors.js';
import type { SourceTree } from './tree.js';

// Revisions of a repository read without a checkout: `git ls-tree` lists them, `git cat-file --batch` reads
// a directory's files in one process. Nothing here changes the repository, its index or its work tree.

const READ_FILES = /\.(tf|tfvars)$/;

function git(repo: string, args: string[], input?: string): Buffer {
  try {
    return execFileSync('git', ['-C', repo, ...args], {
      ...(input !== undefined ? { input } : {}),
      maxBuffer: 1 << 30,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') throw new InputError('git', 'is not installed (needed by --tf-diff)');
    const message = e.stderr?.toString().trim().split('\n')[0] ?? e.message;
    throw new InputError(repo, `git ${args[0] ?? ''}: ${message}`);
  }
}

export interface Revision {
  /** As the user wrote it, for messages. */
  name: string;
  commit: string;
}

function commitOf(repo: string, name: string, range: string): Revision {
  if (name.startsWith('-')) throw new InputError('--tf-diff', `"${range}": a revision may not start with "-"`);
  try {
    return { name, commit: git(repo, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]).toString().trim() };
  } catch (error) {
    if (error instanceof InputError && error.file === 'git') throw error;
    throw new InputError('--tf-diff', `"${name}" is not a commit of the repository`);
  }
}

/** The repository's top directory and where `dir` lies in it (`infra/prod/`, '' at the top). */
export function locateInRepository(dir: string): { top: string; prefix: string } {
  const [top = '', prefix = ''] = git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']).toString().split('\n');
  return { top, prefix };
}

/** `BASE..HEAD` compares the two commits; `BASE...HEAD` compares HEAD with its merge base with BASE, as a PR does. */
export function resolveRange(repo: string, range: string): { base: Revision; head: Revision } {
  const match = /^(.*?)\.\.(\.?)(.*)$/.exec(range);
  if (!match) throw new InputError('--tf-diff', `"${range}" is not a range (expected BASE..HEAD or BASE...HEAD)`);
  const [, from = '', threeDots, to = ''] = match;
  const head = commitOf(repo, to || 'HEAD', range);
  const base = commitOf(repo, from || 'HEAD', range);
  if (!threeDots) return { base, head };
  const mergeBase = git(repo, ['merge-base', base.commit, head.commit]).toString().trim();
  return { base: { name: `merge-base(${base.name}, ${head.name})`, commit: mergeBase }, head };
}

/** Parses `git cat-file --batch` output: for each object a header line, then exactly `size` bytes and a newline. */
function parseBatch(output: Buffer, count: number): (string | undefined)[] {
  const contents: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = output.indexOf(10, at);
    if (eol < 0) break;
    const header = output.subarray(at, eol).toString();
    const size = / blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      contents.push(undefined);
      at = eol + 1;
      continue;
    }
    contents.push(output.subarray(eol + 1, eol + 1 + Number(size)).toString('utf8'));
    at = eol + 1 + Number(size) + 1;
  }
  return contents;
}

/** One commit of a repository (`repo` is its top directory), rooted at `subdir`: the root module's directory in it. */
export function gitTree(repo: string, revision: Revision, subdir = ''): SourceTree {
  const byDir = new Map<string, string[]>();
  for (const path of git(repo, ['ls-tree', '-r', '-z', '--full-tree', '--name-only', revision.commit]).toString().split('\0')) {
    if (!path) continue;
    const dir = posix.dirname(path);
    const names = byDir.get(dir);
    if (names) names.push(posix.basename(path));
    else byDir.set(dir, [posix.basename(path)]);
  }
  const cache = new Map<string, string | undefined>();
  // Paths relative to the root module; undefined when they leave the repository.
  const inRepo = (path: string): string | undefined => {
    const joined = posix.normalize(posix.join(subdir || '.', path));
    return joined === '..' || joined.startsWith('../') ? undefined : joined;
  };
  const describe = (path: string) => `${revision.name}:${inRepo(path) ?? path}`;

  return {
    describe,
    files(dir) {
      const repoDir = inRepo(dir);
      return repoDir === undefined ? undefined : byDir.get(repoDir)?.slice().sort();
    },
    read(path) {
      const repoPath = inRepo(path);
      if (repoPath === undefined) throw new InputError(describe(path), 'is outside the repository');
      if (!cache.has(repoPath)) {
        // Read the whole directory's configuration files at once: the loader asks for them next.
        const dir = posix.dirname(repoPath);
        const batch = [repoPath, ...(byDir.get(dir) ?? []).map((n) => posix.join(dir, n)).filter((p) => p !== repoPath && READ_FILES.test(p))];
        const contents = parseBatch(git(repo, ['cat-file', '--batch'], batch.map((p) => `${revision.commit}:${p}\n`).join('')), batch.length);
        batch.forEach((p, i) => cache.set(p, contents[i]));
      }
      const text = cache.get(repoPath);
      if (text === undefined) throw new InputError(describe(path), 'no such file in this revision');
      return text;
    },
  };
}
