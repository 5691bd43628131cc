import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { analyzePlans } from '../src/pipeline.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { annotationsFor } from '../src/report/annotations.js';
import { readTerraformConfigFromGit } from '../src/sources/hcl/index.js';
import { repoRoot } from './helpers.js';

// A throwaway repository of its own: the base commit is fixtures/hcl/prevent-destroy/base in infra/prod,
// the PR branch is its head plus a call to a shared module outside infra/prod that runs code at plan time.

const HCL = join(repoRoot, 'fixtures/hcl');
let repo = '';
const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    encoding: 'utf8',
  }).trim();

function commitTree(from: string, message: string): void {
  rmSync(join(repo, 'infra/prod'), { recursive: true, force: true });
  cpSync(from, join(repo, 'infra/prod'), { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'blastgate-hcl-git-'));
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q', repo]);
  writeFileSync(join(repo, 'README.md'), 'payments infrastructure\n');
  commitTree(join(HCL, 'prevent-destroy/base'), 'base');
  git('checkout', '-q', '-b', 'agent/cleanup');
  commitTree(join(HCL, 'prevent-destroy/head'), 'drop guards');
  cpSync(join(HCL, 'plan-time-code/head/modules/ops'), join(repo, 'modules/ops'), { recursive: true });
  appendFileSync(join(repo, 'infra/prod/main.tf'), '\nmodule "ops" {\n  source = "../../modules/ops"\n\n  release = "2024.12.1"\n}\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'shared ops module');
  // main moves on after the branch: a three-dot range compares with the merge base, as a PR does
  git('checkout', '-q', 'main');
  writeFileSync(join(repo, 'CHANGELOG.md'), 'unrelated\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'unrelated change on main');
  // a new stack, and a commit that does not parse, each on a branch from main
  git('checkout', '-q', '-b', 'agent/new-stack', 'main');
  cpSync(join(HCL, 'guards/head'), join(repo, 'infra/staging'), { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'new stack');
  git('checkout', '-q', '-b', 'agent/broken', 'main');
  writeFileSync(join(repo, 'infra/prod/main.tf'), readFileSync(join(HCL, 'parse-errors/missing-value/main.tf'), 'utf8'));
  git('commit', '-q', '-am', 'broken');
  git('checkout', '-q', 'agent/cleanup');
  // an edit in the work tree that is not committed must not be read
  writeFileSync(join(repo, 'infra/prod/main.tf'), 'this is not HCL {{{');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('--tf-diff BASE..HEAD in a repository', () => {
  it('reads both revisions from git, never from the work tree, with locations relative to the root module', async () => {
    const input = await readTerraformConfigFromGit(repo, 'main...agent/cleanup', 'infra/prod');
    expect(input.source).toEqual({ path: 'infra/prod', format: 'terraform-config' });
    expect(input.findings?.map((f) => [f.code, f.address, f.location ? `${f.location.file}:${f.location.line}` : undefined])).toEqual([
      ['prevent-destroy-removed', 'aws_s3_bucket.audit_logs', 'main.tf:23'],
      ['prevent-destroy-removed', 'aws_dynamodb_table.sessions', undefined],
      ['prevent-destroy-removed', 'null_resource.schema_migration', 'main.tf:43'],
      ['prevent-destroy-removed', 'module.orders_db.aws_db_instance.primary', 'modules/postgres/main.tf:42'],
      ['plan-time-code', 'module.ops.data.external.inventory', '../../modules/ops/main.tf:9'],
    ]);
    expect(readFileSync(join(repo, 'infra/prod/main.tf'), 'utf8')).toBe('this is not HCL {{{');
    expect(git('status', '--porcelain')).toBe('M infra/prod/main.tf');
  });

  it('annotations of a configuration in a subdirectory point at repository paths', async () => {
    const input = await readTerraformConfigFromGit(repo, 'main...agent/cleanup', 'infra/prod');
    const annotations = annotationsFor(analyzePlans([input], { policy: DEFAULT_POLICY, aiAuthored: true }), { root: 'infra/prod' });
    expect(annotations.filter((a) => a.path).map((a) => `${a.level} ${a.path}:${a.line}`)).toEqual([
      'error infra/prod/main.tf:23',
      'error infra/prod/modules/postgres/main.tf:42',
      'error modules/ops/main.tf:9',
      'notice infra/prod/main.tf:43',
    ]);
  });

  it('from a directory inside the work tree, the root module is found relative to it', async () => {
    const input = await readTerraformConfigFromGit(join(repo, 'infra'), 'main...agent/cleanup', 'prod');
    expect(input.source.path).toBe('infra/prod');
    expect(input.findings).toHaveLength(5);
    await expect(readTerraformConfigFromGit(join(repo, 'infra'), 'main...agent/cleanup', '../..')).rejects.toMatchObject({ detail: expect.stringMatching(/^is outside the repository/) });
  });

  it('two dots compare the two commits as they are', async () => {
    const input = await readTerraformConfigFromGit(repo, 'main..agent/cleanup~1', 'infra/prod');
    expect(input.findings?.map((f) => f.code)).toEqual(['prevent-destroy-removed', 'prevent-destroy-removed', 'prevent-destroy-removed', 'prevent-destroy-removed']);
  });

  it('a root module the base does not have yet is a new stack', async () => {
    const input = await readTerraformConfigFromGit(repo, 'main..agent/new-stack', 'infra/staging');
    expect(input.findings).toEqual([]);
    expect(input.base.exists).toBe(false);
    await expect(readTerraformConfigFromGit(repo, 'agent/new-stack..main', 'infra/staging')).rejects.toMatchObject({ file: 'main:infra/staging', detail: 'no such directory' });
  });

  it('bad input: a file that does not parse names its revision and line; bad ranges and revisions; not a repository', async () => {
    await expect(readTerraformConfigFromGit(repo, 'main..agent/broken', 'infra/prod')).rejects.toMatchObject({
      file: 'agent/broken:infra/prod/main.tf',
      detail: 'line 3: syntax error near "force_destroy ="',
    });
    await expect(readTerraformConfigFromGit(repo, 'main', 'infra/prod')).rejects.toMatchObject({ file: '--tf-diff', detail: '"main" is not a range (expected BASE..HEAD or BASE...HEAD)' });
    await expect(readTerraformConfigFromGit(repo, 'main..no-such-branch', 'infra/prod')).rejects.toMatchObject({ file: '--tf-diff', detail: '"no-such-branch" is not a commit of the repository' });
    await expect(readTerraformConfigFromGit(repo, '--output=x..main', 'infra/prod')).rejects.toMatchObject({ file: '--tf-diff', detail: expect.stringContaining('may not start with "-"') });
    const error = await readTerraformConfigFromGit(tmpdir(), 'main..HEAD').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).detail).toMatch(/not a git repository/);
  });
});
