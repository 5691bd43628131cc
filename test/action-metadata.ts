import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './helpers.js';

// action.yml as GitHub's runner reads it: parsed by a YAML parser, its inputs' defaults turned into INPUT_* variables.

export interface ActionInput {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}

export interface ActionMetadata {
  name?: unknown;
  description?: unknown;
  inputs?: Record<string, ActionInput>;
  outputs?: Record<string, { description?: unknown }>;
  runs?: { using?: unknown; main?: unknown };
  [key: string]: unknown;
}

export function readActionMetadata(): ActionMetadata {
  return parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** The variable the runner sets for an input: spaces become underscores, letters upper case (dashes stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The INPUT_* environment the runner gives the step: every declared default (with `${{ … }}` expressions taken from
 * `expressions`), then the step's `with:` values on top.
 */
export function runnerInputs(withValues: Record<string, string>, expressions: Record<string, string>): Record<string, string> {
  const declared = readActionMetadata().inputs ?? {};
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared)) {
    const raw = input.default === undefined ? '' : String(input.default);
    env[inputVariable(name)] = raw.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      const value = expressions[expr];
      if (value === undefined) throw new Error(`action.yml: default of input "${name}" uses \${{ ${expr} }}, which the test does not provide`);
      return value;
    });
  }
  for (const [name, value] of Object.entries(withValues)) {
    if (!(name in declared)) throw new Error(`input "${name}" is not declared in action.yml`);
    env[inputVariable(name)] = value;
  }
  return env;
}
