import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../errors.js';

/**
 * Files of one revision of a configuration, addressed relative to the root module's directory
 * (`modules/db/main.tf`, `../shared/vpc/main.tf`): a checkout on disk, or a git revision.
 */
export interface SourceTree {
  /** How errors name a file: its path on disk, or REV:path. */
  describe(path: string): string;
  /** The names of the regular files directly in `dir`; undefined when there is no such directory. */
  files(dir: string): string[] | undefined;
  read(path: string): string;
}

/** A directory on disk. */
export function directoryTree(root: string): SourceTree {
  return {
    describe: (path) => join(root, path),
    files(dir) {
      try {
        return readdirSync(join(root, dir), { withFileTypes: true })
          .filter((e) => e.isFile() || (e.isSymbolicLink() && statSync(join(root, dir, e.name), { throwIfNoEntry: false })?.isFile()))
          .map((e) => e.name)
          .sort();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw new InputError(join(root, dir), `cannot read the directory (${code ?? String(error)})`);
      }
    },
    read(path) {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch (error) {
        throw new InputError(join(root, path), `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
    },
  };
}
