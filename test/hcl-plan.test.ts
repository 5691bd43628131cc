import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRenames } from '../src/analysis/renames.js';
import { lookup } from '../src/catalog/index.js';
import type { Change, PlanInput } from '../src/model.js';
import { analyzePlans } from '../src/pipeline.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { findingSeverity, weighFinding } from '../src/analysis/input-findings.js';
import { movedAdvice, placeMovedBlock } from '../src/analysis/moved-fix.js';
import { annotationsFor } from '../src/report/annotations.js';
import {
  attachLocations,
  locate,
  planConfigFindings,
  readTerraformConfig,
  type ConfigInput,
} from '../src/sources/hcl/index.js';
import { readPlanFile } from '../src/sources/load.js';
import { fixture, repoRoot } from './helpers.js';

const HCL = join(repoRoot, 'fixtures/hcl');
const SRC = join(repoRoot, 'fixtures/terraform-src');

/** A case of fixtures/hcl: its configuration pair and the real plan terraform made of its head. */
async function tfdataCase(name: string): Promise<{ plan: PlanInput; config: ConfigInput }> {
  const config = await readTerraformConfig(join(HCL, name, 'base'), join(HCL, name, 'head'));
  return { plan: readPlanFile(join(HCL, name, 'plan.json')), config };
}

const where = (c: Change) => (c.location ? `${c.location.file}:${c.location.line}` : undefined);

describe('plan addresses to the lines that declare them', () => {
  it('module-aware, through for_each and count, on known lines', async () => {
    const { plan, config } = await tfdataCase('tfdata-locations');
    attachLocations([plan], config);
    expect(Object.fromEntries(plan.changes.map((c) => [c.address, where(c)]))).toEqual({
      'terraform_data.canary[0]': 'releases.tf:13',
      'terraform_data.canary[1]': 'releases.tf:13',
      // deleted with its block: no line of the head commit declares it
      'terraform_data.legacy_sync': undefined,
      'terraform_data.release_marker': 'releases.tf:6',
      'terraform_data.tenant_registry': 'main.tf:18',
      'module.tenant["acme"].terraform_data.namespace': 'modules/tenant/main.tf:9',
      'module.tenant["globex"].terraform_data.namespace': 'modules/tenant/main.tf:9',
      // a for_each key gone: the resource is still declared, for the tenants that remain
      'module.tenant["initech"].terraform_data.namespace': 'modules/tenant/main.tf:9',
      'module.tenant["acme"].module.shard[0].terraform_data.node': 'modules/shard/main.tf:9',
      'module.tenant["acme"].module.shard[1].terraform_data.node': 'modules/shard/main.tf:9',
      'module.tenant["globex"].module.shard[0].terraform_data.node': 'modules/shard/main.tf:9',
      'module.tenant["initech"].module.shard[0].terraform_data.node': 'modules/shard/main.tf:9',
    });
  });

  it('on the project’s AWS plans and their sources: a renamed bucket, a module removed', async () => {
    const renamed = readPlanFile(fixture('aws-s3-bucket-renamed'));
    attachLocations([renamed], await readTerraformConfig(join(SRC, 'aws-s3-bucket-renamed/before'), join(SRC, 'aws-s3-bucket-renamed/after')));
    expect(Object.fromEntries(renamed.changes.map((c) => [c.address, where(c)]))).toMatchObject({
      'aws_s3_bucket.assets': undefined,
      'aws_s3_bucket.static_assets': 'main.tf:1',
      'aws_s3_bucket_versioning.static_assets': 'main.tf:10',
      'aws_s3_bucket_public_access_block.static_assets': 'main.tf:18',
    });
    const removed = readPlanFile(fixture('aws-module-removed'));
    const config = await readTerraformConfig(join(SRC, 'aws-module-removed/before'), join(SRC, 'aws-module-removed/after'));
    expect(locate(config.base, 'module.storage.aws_s3_bucket.this')?.file).toBe('modules/storage/main.tf');
    attachLocations([removed], config);
    expect(removed.changes.filter((c) => c.module === 'module.storage').map(where)).toEqual([undefined, undefined, undefined]);
  });

  it('a resource inside a module from a registry points at the module call', async () => {
    const config = await readTerraformConfig(join(HCL, 'external-provider/base'), join(HCL, 'external-provider/head'));
    expect(locate(config.head, 'module.vpc.aws_subnet.private')).toEqual({ file: 'main.tf', line: 1 });
    expect(locate(config.head, 'aws_s3_bucket.nowhere')).toBeUndefined();
  });
});

describe('findings that need the plan and the configuration', () => {
  it('create_before_destroy removed from what the plan replaces destroy-before-create', async () => {
    const { plan, config } = await tfdataCase('tfdata-cbd-removed');
    expect(config.findings).toEqual([]); // without the plan, removing it is no finding
    const findings = planConfigFindings(plan, config).map(weighFinding);
    expect(findings).toEqual([
      {
        code: 'create-before-destroy-removed',
        severity: 'low',
        address: 'module.worker.terraform_data.deployment',
        location: { file: 'modules/worker/main.tf', line: 9 },
        message:
          'module.worker.terraform_data.deployment: create_before_destroy removed (base modules/worker/main.tf:9) and the plan replaces 2 instances of ' +
          'module.worker.terraform_data.deployment destroy-before-create: it is gone until the new one is up',
      },
    ]);
    // terraform_data.dns_cutover keeps create_before_destroy and is replaced create-before-destroy: no finding
  });

  it('a guard removed, or a moved block dropped, in the same PR that destroys the resource: one band higher', async () => {
    const { plan, config } = await tfdataCase('tfdata-guard-and-destroy');
    expect(config.findings?.map((f) => [f.code, findingSeverity(f), f.address])).toEqual([
      ['prevent-destroy-removed', 'low', 'terraform_data.ledger_export'],
      ['moved-block-removed', 'low', 'terraform_data.daily_report'],
    ]);
    const findings = planConfigFindings(plan, config);
    expect(findings.map((f) => [f.code, findingSeverity(f), f.address])).toEqual([
      ['prevent-destroy-removed', 'medium', 'terraform_data.ledger_export'],
      ['moved-block-removed', 'medium', 'terraform_data.nightly_report'],
    ]);
    expect(findings[1]?.message).toBe(
      'the PR deletes the moved block from terraform_data.nightly_report to terraform_data.daily_report and the plan destroys terraform_data.nightly_report instead of moving it',
    );
  });

  it('a plan of another commit: said, not guessed', async () => {
    const { plan } = await tfdataCase('tfdata-locations');
    const stale = await readTerraformConfig(join(HCL, 'tfdata-locations/base'), join(HCL, 'tfdata-locations/base'));
    expect(planConfigFindings(plan, stale).map(weighFinding)).toEqual([
      {
        code: 'config-plan-mismatch',
        severity: 'medium',
        message: expect.stringContaining(
          'the plan deletes terraform_data.legacy_sync as removed from the configuration, but the head declares it. Findings that join the two may be wrong.',
        ),
      },
    ]);
    const other = await readTerraformConfig(join(HCL, 'tfdata-cbd-removed/base'), join(HCL, 'tfdata-cbd-removed/head'));
    const [mismatch] = planConfigFindings(plan, other);
    expect(mismatch?.message).toContain('the plan has terraform_data.canary[0], terraform_data.canary[1], terraform_data.release_marker, terraform_data.tenant_registry, ');
    expect(mismatch?.message).toContain('the head declares terraform_data.dns_cutover, which the plan does not mention');
  });

  it('a plan and its own head agree', async () => {
    for (const name of ['tfdata-locations', 'tfdata-cbd-removed', 'tfdata-guard-and-destroy']) {
      const { plan, config } = await tfdataCase(name);
      expect(planConfigFindings(plan, config).filter((f) => f.code === 'config-plan-mismatch')).toEqual([]);
    }
  });
});

describe('the moved block a rename needs, where it belongs', () => {
  const renamed = readPlanFile(fixture('aws-s3-bucket-renamed'));
  const pairs = () => detectRenames(renamed.changes, (type) => lookup(type).entry.identity);

  it('in the root: the file that declares the new name', async () => {
    attachLocations([renamed], await readTerraformConfig(join(SRC, 'aws-s3-bucket-renamed/before'), join(SRC, 'aws-s3-bucket-renamed/after')));
    const bucket = pairs().find((r) => r.from.type === 'aws_s3_bucket');
    if (!bucket) throw new Error('the fixture has a renamed bucket');
    expect(placeMovedBlock(bucket.from, bucket.to)).toEqual({
      module: '',
      file: 'main.tf',
      line: 1,
      block: 'moved {\n  from = aws_s3_bucket.assets\n  to   = aws_s3_bucket.static_assets\n}',
    });
    expect(movedAdvice(bucket.from, bucket.to)).toBe('Add:\n# in main.tf\nmoved {\n  from = aws_s3_bucket.assets\n  to   = aws_s3_bucket.static_assets\n}');
    // without a configuration, the advice is what the core writes today
    const unplaced = (c: Change): Change => ({ ...c, location: undefined });
    expect(movedAdvice(unplaced(bucket.from), unplaced(bucket.to))).toBe('Add:\nmoved {\n  from = aws_s3_bucket.assets\n  to   = aws_s3_bucket.static_assets\n}');
  });

  // The same rename made inside a module that is called with for_each.
  const inModule = (c: Change, key: string): Change => ({
    ...c,
    address: `module.site[${key}].${c.address}`,
    configAddress: `module.site.${c.configAddress}`,
    module: 'module.site',
    ...(c.location ? { location: { file: `modules/site/${c.location.file}`, line: c.location.line } } : {}),
  });

  it('inside a module: in the module’s source, with addresses relative to it, for every instance', () => {
    const bucket = pairs().find((r) => r.from.type === 'aws_s3_bucket');
    if (!bucket) throw new Error('the fixture has a renamed bucket');
    const fix = placeMovedBlock(inModule(bucket.from, '"eu"'), inModule(bucket.to, '"eu"'));
    expect(fix).toEqual({ module: 'module.site', file: 'modules/site/main.tf', line: 1, block: 'moved {\n  from = aws_s3_bucket.assets\n  to   = aws_s3_bucket.static_assets\n}' });
    expect(movedAdvice(inModule(bucket.from, '"eu"'), inModule(bucket.to, '"eu"'))).toMatch(/^Add:\n# in modules\/site\/main\.tf \(module\.site\)\nmoved \{\n {2}from = aws_s3_bucket\.assets\n/);
  });

  it('between module instances or modules: only the root can say it, with full addresses', () => {
    const bucket = pairs().find((r) => r.from.type === 'aws_s3_bucket');
    if (!bucket) throw new Error('the fixture has a renamed bucket');
    const fix = placeMovedBlock(inModule(bucket.from, '"eu"'), inModule(bucket.to, '"us"'));
    expect(fix).toEqual({ module: '', block: 'moved {\n  from = module.site["eu"].aws_s3_bucket.assets\n  to   = module.site["us"].aws_s3_bucket.static_assets\n}' });
    expect(movedAdvice(inModule(bucket.from, '"eu"'), inModule(bucket.to, '"us"'))).toMatch(/^Add:\n# in the root module\nmoved \{\n {2}from = module\.site\["eu"\]/);
  });
});

describe('annotations', () => {
  it('on the exact lines of a real plan, error for what the gate holds, within GitHub’s 10 per level', async () => {
    const plan = readPlanFile(fixture('aws-vpc-replaced-many-dependents'));
    const config = await readTerraformConfig(join(SRC, 'aws-vpc-replaced-many-dependents/before'), join(SRC, 'aws-vpc-replaced-many-dependents/after'));
    attachLocations([plan], config);
    const report = analyzePlans([plan, config], { policy: DEFAULT_POLICY, aiAuthored: true });
    expect(report.decision.gatedAddresses).toHaveLength(21);
    const annotations = annotationsFor(report, { root: 'infra/network' });
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatchObject({ path: 'infra/network/main.tf', line: 54, title: 'aws_nat_gateway.main: replace, critical (100)' });
    // Three subnets of one count share their line: one annotation stands for them.
    expect(errors.find((a) => a.line === 41)?.title).toBe('aws_subnet.private[0]: replace, critical (100) and 2 more on this line');
    expect(errors[9]).toEqual({ level: 'error', title: '4 more errors from Blastgate', message: expect.stringMatching(/^GitHub shows 10 per level; the report lists them all:\n/) });
    expect(annotations.every((a) => a.title.length <= 255)).toBe(true);
  });

  it('configuration findings: error when gated, warning from the warn threshold, notice below it', async () => {
    const guards = await readTerraformConfig(join(HCL, 'guards/base'), join(HCL, 'guards/head'));
    const removed = await readTerraformConfig(join(HCL, 'removed-blocks/base'), join(HCL, 'removed-blocks/head'));
    const report = analyzePlans([guards, removed], { policy: DEFAULT_POLICY, aiAuthored: true });
    const byTitle = Object.fromEntries(annotationsFor(report).map((a) => [a.title, a]));
    expect(byTitle['aws_s3_bucket.tmp_uploads: guard-disabled, high']).toMatchObject({ level: 'error', path: 'aws.tf', line: 22 });
    expect(byTitle['google_sql_database_instance.archive: guard-disabled, high']).toMatchObject({ level: 'error', path: 'gcp.tf', line: 23 });
    expect(byTitle['aws_lb.public: guard-disabled, low']).toMatchObject({ level: 'notice', path: 'aws.tf', line: 29 });
    expect(byTitle['module.reporting_db: removed-block-forget, none']).toMatchObject({ level: 'notice', path: 'main.tf', line: 22 });
    const notGated = annotationsFor(analyzePlans([guards], { policy: DEFAULT_POLICY, aiAuthored: false }));
    expect(notGated.filter((a) => a.level === 'error')).toEqual([]);
    expect(notGated.find((a) => a.line === 22)?.level).toBe('warning');
  });

  it('never points outside the repository', async () => {
    const config = await readTerraformConfig(join(HCL, 'prevent-destroy/base'), join(HCL, 'prevent-destroy/head'));
    const report = analyzePlans([config], { policy: DEFAULT_POLICY, aiAuthored: true });
    const shifted = { ...report, findings: report.findings.map((f) => (f.location ? { ...f, location: { ...f.location, file: `../../${f.location.file}` } } : f)) };
    expect(annotationsFor(shifted, { root: 'infra' }).every((a) => a.path === undefined)).toBe(true);
  });
});
