import { readFileSync } from 'node:fs';
import { InputError } from './errors.js';

// Reading a user's file, with the one wording every input uses when it cannot be read.

export function readError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(path, 'no such file');
  if (code === 'EISDIR') return new InputError(path, 'is a directory, not a file');
  return new InputError(path, `cannot read (${code ?? String(error)})`);
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw readError(path, error);
  }
}

export function readJsonFile(path: string): unknown {
  const text = readTextFile(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(path, `is not valid JSON: ${(error as Error).message}`);
  }
}
