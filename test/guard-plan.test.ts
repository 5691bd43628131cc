import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../src/guard/decide.js';
import { repoRoot } from './helpers.js';

// A saved plan is scored as the PR gate scores it: real plans, made now by the real `terraform` binary with the
// local AWS provider mirror (scripts/make-fixtures.mjs --keep leaves the working folders with their plan files).
// Terraform missing in CI is a loud failure, never a silent skip.

const hasTerraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;
const inCi = process.env['CI'] === 'true';
const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };

const folders: Record<string, string> = {};

describe.runIf(hasTerraform)('blastgate guard on a saved plan', () => {
  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'blastgate-guard-plans-'));
    const made = spawnSync(process.execPath, ['scripts/make-fixtures.mjs', '--only', 'aws-db-destroyed,aws-tags-only', '--out', out, '--keep'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 540_000,
    });
    for (const m of made.stdout.matchAll(/\[([\w-]+)\] kept (\S+)/g)) folders[m[1] ?? ''] = m[2] ?? '';
    if (!folders['aws-db-destroyed'] || !folders['aws-tags-only']) {
      throw new Error(`making the saved plans failed (is the AWS provider mirror there?):\n${made.stderr}${made.stdout}`);
    }
  }, 600_000);

  it('denies applying a saved plan that destroys a production database, naming it', async () => {
    const result = await decide({ command: 'terraform apply after.tfplan', cwd: folders['aws-db-destroyed'], env });
    expect(result.decision).toBe('deny');
    expect(result.reason).toContain('aws_db_instance.orders');
    expect(result.reason).toMatch(/second human|circuit breaker/);
    expect(result.reason).toContain('pull request');
  });

  it('scores the plan in the -chdir folder too', async () => {
    const result = await decide({ command: `terraform -chdir=${folders['aws-db-destroyed'] ?? ''} apply -auto-approve after.tfplan`, cwd: tmpdir(), env });
    expect(result.decision).toBe('deny');
    expect(result.reason).toContain('aws_db_instance.orders');
  });

  it('allows applying a saved plan that only adds tags', async () => {
    const result = await decide({ command: 'terraform apply after.tfplan', cwd: folders['aws-tags-only'], env });
    expect(result.reason).toContain('passes the gate');
    expect(result.decision).toBe('allow');
  });

  it('denies when something earlier in the command can replace the scored file', async () => {
    const dir = folders['aws-tags-only'] ?? '';
    copyFileSync(join(dir, 'after.tfplan'), join(dir, 'other.tfplan'));
    const result = await decide({ command: 'cp other.tfplan after.tfplan && terraform apply after.tfplan', cwd: dir, env });
    expect(result.decision).toBe('deny');
    expect(result.reason).toContain('as a command of its own');
  });

  it('lets a harmless neighbour stand beside the apply', async () => {
    const result = await decide({ command: 'terraform apply after.tfplan && echo applied', cwd: folders['aws-tags-only'], env });
    expect(result.decision).toBe('allow');
  });
});

describe.runIf(!hasTerraform && inCi)('blastgate guard on a saved plan (terraform missing)', () => {
  it('needs terraform on PATH in CI', () => {
    throw new Error('terraform is not on PATH: the saved-plan tests of blastgate guard cannot run');
  });
});
