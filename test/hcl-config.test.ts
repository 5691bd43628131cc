import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { readTerraformConfig } from '../src/sources/hcl/index.js';
import { parseHcl } from '../src/sources/hcl/parse.js';
import type { Literal } from '../src/sources/hcl/syntax.js';
import { hclParser } from '../src/sources/hcl/wasm.js';
import { hasTerraform, repoRoot } from './helpers.js';

const HCL = join(repoRoot, 'fixtures/hcl');
const pair = (name: string) => [join(HCL, name, 'base'), join(HCL, name, 'head')] as const;

async function literalsOf(text: string): Promise<Record<string, Literal | undefined>> {
  const file = parseHcl(await hclParser(), text, 'main.tf', 'main.tf');
  return Object.fromEntries([...file.body.attributes].map(([name, a]) => [name, a.value.literal ? a.value.value : undefined]));
}

describe('HCL syntax', () => {
  it('reads the literals Terraform would, and nothing that needs evaluation', async () => {
    const values = await literalsOf(
      [
        'plain    = "payments-prod"',
        'escaped  = "say \\"hi\\"\\n$${not_interpolated} %%{not_a_directive} \\u00e9"',
        'template = "payments-${var.environment}"',
        'number   = -1.5e3',
        'flag     = false',
        'nothing  = null',
        'list     = ["a", 2, true]',
        'object   = { Name = "x", "kebab-key" = 1, nested = { deep = [1] } }',
        'ref      = var.environment',
        'call     = upper("x")',
        'cond     = var.environment == "prod"',
        'indented = <<-EOT',
        '    first',
        '      second',
        '    EOT',
        'raw = <<EOT',
        '  kept as is',
        'EOT',
        'heredoc_template = <<EOT',
        '%{for r in var.regions}${r}%{endfor}',
        'EOT',
        '', // like terraform, the heredoc's end marker needs its newline
      ].join('\n'),
    );
    expect(values).toEqual({
      plain: 'payments-prod',
      escaped: 'say "hi"\n${not_interpolated} %{not_a_directive} é',
      template: undefined,
      number: -1500,
      flag: false,
      nothing: null,
      list: ['a', 2, true],
      object: { Name: 'x', 'kebab-key': 1, nested: { deep: [1] } },
      ref: undefined,
      call: undefined,
      cond: undefined,
      indented: 'first\n  second\n',
      raw: '  kept as is\n',
      heredoc_template: undefined,
    });
  });

  it('keeps the references of an expression, not the keys of an object it builds', async () => {
    const file = parseHcl(await hclParser(), 'tags = { Name = "${var.name}-${local.suffix}", Team = aws_iam_role.ci.name }\n', 'main.tf', 'main.tf');
    expect(file.body.attributes.get('tags')?.value.references.sort()).toEqual(['aws_iam_role.ci.name', 'local.suffix', 'var.name']);
  });

  it('gets through every corner of the syntax: heredocs, templates, for expressions, dynamic blocks, provider functions', async () => {
    const file = parseHcl(await hclParser(), readFileSync(join(HCL, 'syntax-tour/base/main.tf'), 'utf8'), 'main.tf', 'main.tf');
    const locals = file.body.blocks.find((b) => b.type === 'locals');
    expect(locals?.attributes.get('escaped')?.value).toMatchObject({
      literal: true,
      value: 'literal ${not_interpolated} and %{not_a_directive} and "quotes"',
    });
    expect(locals?.attributes.get('user_data')?.value).toMatchObject({ literal: false, references: expect.arrayContaining(['local.environment', 'local.regions']) });
    expect(locals?.attributes.get('arn_parts')?.location.line).toBe(35);
    const sg = file.body.blocks.find((b) => b.type === 'resource' && b.labels[1] === 'edge' && b.labels[0] === 'aws_security_group');
    expect(sg?.blocks.map((b) => [b.type, ...b.labels])).toEqual([['dynamic', 'ingress'], ['lifecycle']]);
    const waf = file.body.blocks.find((b) => b.labels[0] === 'aws_wafv2_web_acl');
    expect(waf?.location.line).toBe(58);
    expect(waf?.blocks.find((b) => b.type === 'dynamic')?.blocks[0]?.type).toBe('content');
  });

  it('finds nothing when the PR only reformats and comments', async () => {
    const input = await readTerraformConfig(...pair('syntax-tour'));
    expect(input.findings).toEqual([]);
    expect(input.head.resources.get('aws_security_group.edge')?.lifecycle.get('create_before_destroy')?.value).toMatchObject({ literal: true, value: true });
  });
});

describe('configurations', () => {
  it('reads local modules with module-aware addresses, and knows count and for_each', async () => {
    const { head } = await readTerraformConfig(...pair('tfdata-locations'));
    expect([...head.modules.keys()]).toEqual(['', 'module.tenant', 'module.tenant.module.shard']);
    expect(head.modules.get('module.tenant.module.shard')).toMatchObject({ repeated: true, config: { dir: 'modules/shard' } });
    expect(head.resources.get('module.tenant.module.shard.terraform_data.node')?.location).toEqual({ file: 'modules/shard/main.tf', line: 9 });
    expect(head.resources.get('terraform_data.canary')?.repeated).toBe(true);
    expect(head.resources.get('terraform_data.tenant_registry')?.repeated).toBe(false);
  });

  it('does not fetch modules from a registry or git, and says what it could not read', async () => {
    const { head } = await readTerraformConfig(...pair('external-provider'));
    expect([...head.opaque.keys()]).toEqual(['module.vpc', 'module.dns_check']);
  });

  it('merges override files as Terraform does', async () => {
    const { head } = await readTerraformConfig(...pair('override-file'));
    const key = head.resources.get('aws_kms_key.payments');
    expect(key?.lifecycle.get('prevent_destroy')).toMatchObject({ value: { literal: true, value: false }, location: { file: 'main_override.tf', line: 4 } });
    expect(key?.attributes.get('enable_key_rotation')?.value).toMatchObject({ value: true });
    expect(key?.location).toEqual({ file: 'main.tf', line: 1 });
  });

  it('takes the environment from the head: variable defaults, overridden by tfvars', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastgate-hcl-'));
    try {
      writeFileSync(join(dir, 'variables.tf'), 'variable "environment" {\n  default = "staging"\n}\n\nvariable "db_password" {\n  sensitive = true\n  default   = "hunter2"\n}\n');
      writeFileSync(join(dir, 'terraform.tfvars'), 'environment = "prod"\n');
      const input = await readTerraformConfig(dir, dir);
      expect(input.signals).toEqual([{ kind: 'variable', key: 'environment', value: 'prod' }]);
      expect(input.source).toEqual({ path: dir, format: 'terraform-config' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bad input: exit 2 with one line naming the file and the line', () => {
  const base = join(HCL, 'parse-errors/base');
  const broken = (name: string) => join(HCL, 'parse-errors', name);

  it.each([
    // terraform fmt says the same lines, except where noted
    ['unclosed-block', 'main.tf', 'line 5: block resource "aws_s3_bucket_versioning" "reports" is not closed (missing "}")'],
    ['missing-value', 'main.tf', 'line 3: syntax error near "force_destroy ="'],
    // terraform: line 5, "Missing newline after argument" (the `}}`); tree-sitter closes both there and trips on line 6
    ['in-module', 'modules/network/main.tf', 'line 6: syntax error near "}"'],
    // terraform: line 6, the end of the file; the heredoc that never ends starts on line 3
    ['unterminated-heredoc', 'main.tf', 'line 3: heredoc <<-POLICY is not closed (missing the end marker line)'],
    ['missing-module', 'main.tf', 'line 1: module "network": source "./modules/netwrok" is not a directory here'],
  ])('%s', async (name, file, detail) => {
    const error = await readTerraformConfig(base, broken(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: join(broken(name), file), detail });
  });

  it('a base that does not parse is bad input too', async () => {
    await expect(readTerraformConfig(broken('missing-value'), base)).rejects.toMatchObject({ file: join(broken('missing-value'), 'main.tf') });
  });

  it('a missing directory, a file given as a directory, and a head without .tf files', async () => {
    await expect(readTerraformConfig(base, join(HCL, 'no-such-dir'))).rejects.toMatchObject({ file: join(HCL, 'no-such-dir'), detail: 'no such directory' });
    await expect(readTerraformConfig(join(HCL, 'no-such-dir'), base)).rejects.toMatchObject({ detail: 'no such directory' });
    await expect(readTerraformConfig(base, join(base, 'main.tf'))).rejects.toMatchObject({ detail: 'is not a directory' });
    const empty = mkdtempSync(join(tmpdir(), 'blastgate-hcl-'));
    try {
      mkdirSync(join(empty, 'docs'));
      await expect(readTerraformConfig(base, empty)).rejects.toMatchObject({ detail: expect.stringMatching(/^holds no \.tf files/) });
      // An empty base is a new stack: everything in the head is new, nothing was removed.
      await expect(readTerraformConfig(empty, base)).resolves.toMatchObject({ findings: [] });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasTerraform())('the fixtures are what terraform reads', () => {
  const cases = readdirSync(HCL, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'parse-errors');
  const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', CHECKPOINT_DISABLE: '1' };

  it.each(cases.map((d) => d.name))('%s is valid, formatted HCL', (name) => {
    const r = spawnSync('terraform', ['fmt', '-check', '-recursive', '-no-color', join(HCL, name)], { encoding: 'utf8', env });
    expect(r.stderr + r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(['unclosed-block', 'missing-value', 'in-module', 'unterminated-heredoc'])('parse-errors/%s does not parse for terraform either', (name) => {
    const r = spawnSync('terraform', ['fmt', '-check', '-recursive', '-no-color', join(HCL, 'parse-errors', name)], { encoding: 'utf8', env });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Error: /);
  });

  describe('committed plans', () => {
    const out = mkdtempSync(join(tmpdir(), 'blastgate-hcl-plans-'));
    afterAll(() => rmSync(out, { recursive: true, force: true }));
    const shape = (file: string) =>
      (JSON.parse(readFileSync(file, 'utf8')) as { resource_changes: { address: string; change: { actions: string[] }; action_reason?: string }[] }).resource_changes
        .map((rc) => `${rc.address} ${rc.change.actions.join(',')} ${rc.action_reason ?? '-'}`)
        .sort();

    it('come out the same when fixtures/hcl/make-plans.mjs makes them again', () => {
      const r = spawnSync(process.execPath, [join(HCL, 'make-plans.mjs'), '--out', out], { encoding: 'utf8', env: process.env });
      expect(r.stderr).toBe('');
      const made = readdirSync(out);
      expect(made.sort()).toEqual(cases.filter((c) => c.name.startsWith('tfdata-')).map((c) => `${c.name}.plan.json`).sort());
      for (const file of made) expect(shape(join(out, file))).toEqual(shape(join(HCL, file.replace('.plan.json', ''), 'plan.json')));
    });
  });
});
