import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { repoRoot } from './helpers.js';

// Every command in the README's examples block, run as written (in-process, from a clone's root): each must be
// a real analysis that gives a verdict, never a usage error or bad input.

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const block = /<!-- readme-examples -->\n```sh\n([\s\S]*?)```\n<!-- \/readme-examples -->/.exec(readme)?.[1] ?? '';
const commands = block.split('\n').filter((l) => l.startsWith('npx blastgate '));
const out = mkdtempSync(join(tmpdir(), 'blastgate-readme-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The command's arguments; a relative --output goes to a temporary folder so a test never writes into the repo. */
function argv(command: string): string[] {
  const args = command.replace(/^npx blastgate /, '').split(/\s+/);
  const i = args.indexOf('--output');
  if (i >= 0 && args[i + 1]) args[i + 1] = relative(repoRoot, join(out, args[i + 1] as string));
  const j = args.indexOf('--approved');
  if (j >= 0 && args[j + 1]) args[j + 1] = relative(repoRoot, join(out, args[j + 1] as string));
  return args;
}

describe('the README examples', () => {
  it('has a block of commands to copy', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
  });

  it.each(commands)('%s', async (command) => {
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
    const cwd = process.cwd();
    process.chdir(repoRoot);
    let status: number;
    try {
      status = await main(argv(command));
    } finally {
      process.chdir(cwd);
      vi.restoreAllMocks();
    }
    expect(stderr, stderr).not.toMatch(/blastgate: (usage|internal error)|: (is not|cannot|does not)/);
    expect([0, 1], stderr).toContain(status);
    if (!command.includes('--output')) expect(stdout.length).toBeGreaterThan(100);
  });
});

describe('the CDK example', () => {
  it('the committed assemblies are what aws-cdk-lib synthesizes from examples/cdk/synth.mjs', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'examples/cdk/synth.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  });
});
