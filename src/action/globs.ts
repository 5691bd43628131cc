import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

// Expands the `plan` input's paths and globs against the workspace. (fs.glob is not in Node 20, where the
// bundle's tests also run.)

const SKIP = new Set(['.git', 'node_modules', '.terraform']);

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) walk(path, out);
    } else if (entry.isFile()) {
      out.push(path);
    }
  }
}

/** Every file a pattern names, relative to `cwd`, sorted; a literal path that does not exist matches nothing. */
export function expandPlans(patterns: string[], cwd: string): { matched: string[]; unmatched: string[] } {
  const matched = new Set<string>();
  const unmatched: string[] = [];
  let files: string[] | undefined;
  for (const pattern of patterns) {
    const before = matched.size;
    if (!picomatch.scan(pattern).isGlob) {
      try {
        if (statSync(resolve(cwd, pattern)).isFile()) matched.add(pattern);
      } catch {
        // no such file: reported below
      }
    } else {
      if (!files) {
        files = [];
        walk(cwd, files);
      }
      const isMatch = picomatch(pattern, { dot: true });
      for (const file of files) {
        const rel = relative(cwd, file);
        if (isMatch(rel)) matched.add(rel);
      }
    }
    if (matched.size === before) unmatched.push(pattern);
  }
  return { matched: [...matched].sort(), unmatched };
}
