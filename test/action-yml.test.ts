import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../src/action/inputs.js';
import { inputVariable, readActionMetadata, runnerInputs } from './action-metadata.js';
import { repoRoot } from './helpers.js';

// action.yml against GitHub's metadata syntax, and its inputs against what the Action's code reads.

const meta = readActionMetadata();
const declaredInputs = Object.keys(meta.inputs ?? {}).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Input names the sources read by a literal name, bypassing parseInputs' getter: core.getInput('x'), INPUT_X. */
function literalReads(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(join(repoRoot, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const where = relative(repoRoot, file);
    for (const m of text.matchAll(/\bget(?:Boolean|Multiline)?Input\(\s*['"`]([^'"`]+)['"`]/g)) found.set(m[1] as string, where);
    for (const m of text.matchAll(/\bINPUT_([A-Z0-9_-]+)/g)) found.set((m[1] as string).toLowerCase(), where);
  }
  return found;
}

/** The names parseInputs asks for when given the runner's values for every declared input. */
function namesParseInputsReads(): string[] {
  const env = runnerInputs({}, { 'github.token': 'ghs_token' });
  const read = new Set<string>();
  parseInputs((name) => {
    read.add(name);
    return env[inputVariable(name)] ?? '';
  });
  return [...read].sort();
}

describe('action.yml as GitHub loads it', () => {
  it('has only the top-level keys of GitHub metadata syntax', () => {
    const allowed = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];
    expect(Object.keys(meta).filter((k) => !allowed.includes(k))).toEqual([]);
    expect(typeof meta.name).toBe('string');
  });

  it('has a description the Marketplace accepts (under 125 characters)', () => {
    expect(typeof meta.description).toBe('string');
    expect((meta.description as string).length).toBeLessThan(125);
  });

  it('describes every input and output in words', () => {
    const undescribed = [
      ...Object.entries(meta.inputs ?? {}).map(([name, i]) => [`input ${name}`, i?.description] as const),
      ...Object.entries(meta.outputs ?? {}).map(([name, o]) => [`output ${name}`, o?.description] as const),
    ]
      .filter(([, d]) => typeof d !== 'string' || d.trim().length < 3)
      .map(([what]) => what);
    expect(undescribed).toEqual([]);
    expect(Object.keys(meta.outputs ?? {})).toEqual(expect.arrayContaining(['verdict', 'score', 'ai-authored', 'report-path', 'gate', 'destroy-count', 'replace-count', 'comment-url']));
  });

  it('gives every default as a string, as the runner passes it', () => {
    const notStrings = Object.entries(meta.inputs ?? {}).filter(([, i]) => i.default !== undefined && typeof i.default !== 'string');
    expect(notStrings.map(([name]) => name)).toEqual([]);
  });

  it('runs the committed bundle on Node 24', () => {
    expect(meta.runs?.using).toBe('node24');
    expect(typeof meta.runs?.main).toBe('string');
    expect(existsSync(join(repoRoot, meta.runs?.main as string))).toBe(true);
  });

  it('declares exactly the inputs the Action reads', () => {
    expect(namesParseInputsReads()).toEqual(declaredInputs);
    const bypassing = [...literalReads()].filter(([name]) => !declaredInputs.includes(name));
    expect(bypassing, 'inputs read in src/ but not declared in action.yml').toEqual([]);
  });

  it('parses its own defaults into a valid configuration', () => {
    const env = runnerInputs({}, { 'github.token': 'ghs_token' });
    const inputs = parseInputs((name) => env[inputVariable(name)] ?? '');
    expect(inputs).toMatchObject({ plans: [], aiAuthored: 'auto', comment: true, enforce: true, mode: 'analyze', token: 'ghs_token' });
  });
});
