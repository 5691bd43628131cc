import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPTIONS, parseCli } from '../src/cli/args.js';
import { helpText } from '../src/cli/help.js';
import { main, useColor } from '../src/cli/main.js';
import { findPolicy } from '../src/policy/find.js';
import { loadPolicy } from '../src/policy/load.js';
import { fixture, repoRoot } from './helpers.js';

// The CLI's help and its hints for the first mistakes, run in-process: what a person types, what they read.

async function run(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    return { status: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('help', () => {
  it.each([[['--help']], [['-h']], [['help']]])('%j prints the overview to stdout and exits 0', async (argv) => {
    const r = await run(argv);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('blastgate analyze [PLAN ...]');
    expect(r.stdout).toContain('blastgate help COMMAND');
  });

  it.each([[['help', 'analyze']], [['analyze', '--help']], [['analyze', 'plan.json', '-h']]])('%j describes every option of analyze with an example', async (argv) => {
    const r = await run(argv);
    expect(r.status).toBe(0);
    for (const name of Object.keys(OPTIONS).filter((o) => o !== 'approved' && o !== 'version')) expect(r.stdout, name).toContain(`--${name}`);
    expect(r.stdout).toContain('sarif');
    expect(r.stdout.match(/^ {29}blastgate analyze /gm)?.length).toBeGreaterThanOrEqual(8);
  });

  it('help verify and help guard have their own pages', async () => {
    expect((await run(['help', 'verify'])).stdout).toMatch(/^Usage: blastgate verify PLAN --approved REPORT/);
    expect((await run(['verify', '--help'])).stdout).toMatch(/^Usage: blastgate verify/);
    expect((await run(['help', 'guard'])).stdout).toMatch(/^Usage:\n {2}blastgate guard /);
    expect(helpText('nothing')).toBe(helpText());
  });
});

describe('did you mean', () => {
  it.each([
    [['analyze', 'p.json', '--formt', 'json'], 'unknown option --formt (did you mean --format?)'],
    [['analyze', 'p.json', '--tf-bse', 'a', '--tf-head', 'b'], 'did you mean --tf-base?'],
    [['analyse', 'p.json'], 'unknown command "analyse" (did you mean analyze?)'],
    [['verfy', 'p.json'], 'did you mean verify?'],
    [['help', 'analyse'], 'no help for "analyse" (did you mean analyze?)'],
    [['analyze', 'p.json', '--format'], '--format needs a value'],
  ])('%j', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(message);
  });

  it('a word far from every flag gets no guess', () => {
    expect(() => parseCli(['analyze', 'p.json', '--zzzzzzzz'])).toThrow(/^usage: unknown option --zzzzzzzz$/);
  });
});

describe('hints for the first mistakes: one stderr line, exit 2', () => {
  it.each(['plan.tfplan', 'plan.txt'])('terraform %s given as PLAN says how to make the JSON', async (file) => {
    const path = join('fixtures/cli-hints', file);
    const cwd = process.cwd();
    process.chdir(repoRoot);
    try {
      const r = await run(['analyze', path]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`blastgate: ${path}: is `);
      expect(r.stderr).toContain('run `terraform show -json PLANFILE > plan.json`');
    } finally {
      process.chdir(cwd);
    }
  });

  it('--tf-diff without --tf-dir, where the configuration is not at the root, says what to add', async () => {
    const cwd = process.cwd();
    process.chdir(repoRoot);
    try {
      const r = await run(['analyze', fixture('aws-db-destroyed'), '--tf-diff', 'HEAD..HEAD']);
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('add --tf-dir DIR');
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('the policy file without --config', () => {
  it('is found at the repository root (the folder holding .git) from a folder inside it, and named in the report', () => {
    const repo = mkdtempSync(join(tmpdir(), 'blastgate-policy-'));
    try {
      mkdirSync(join(repo, '.git'));
      mkdirSync(join(repo, '.github'));
      mkdirSync(join(repo, 'infra', 'prod'), { recursive: true });
      writeFileSync(join(repo, '.github', 'blastgate.yml'), 'approvals: 3\n');
      const inside = join(repo, 'infra', 'prod');
      expect(findPolicy(inside)).toBe(join('..', '..', '.github', 'blastgate.yml'));
      const policy = loadPolicy(undefined, inside);
      expect(policy.approvals).toBe(3);
      expect(policy.origin).toBe(join('..', '..', '.github', 'blastgate.yml'));
      // A worktree's .git is a file: the root is found all the same.
      rmSync(join(repo, '.git'), { recursive: true });
      writeFileSync(join(repo, '.git'), 'gitdir: elsewhere\n');
      expect(findPolicy(inside)).toBe(join('..', '..', '.github', 'blastgate.yml'));
      // A repository without one uses the defaults, even if a folder above it has a policy.
      rmSync(join(repo, '.github'), { recursive: true });
      expect(loadPolicy(undefined, inside).origin).toBe('defaults');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('colour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
  ])('env %j, TTY %s: colour %s', (env, tty, expected) => {
    expect(useColor(env, tty)).toBe(expected);
  });
});
