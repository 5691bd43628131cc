import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { UNKNOWN } from '../src/model.js';
import { readTerraformPlan } from '../src/sources/terraform/plan.js';
import { fixture } from './helpers.js';

// The reader on real plans from the real terraform (fixtures/terraform), and on the same documents with one field
// changed where a case needs what this terraform cannot produce offline (deferred changes, old drift entries).

type Doc = { resource_changes: Record<string, unknown>[] } & Record<string, unknown>;
const source = { path: 'plan.json', format: 'terraform-plan' as const };

function doc(name: string): Doc {
  return JSON.parse(readFileSync(fixture(name), 'utf8')) as Doc;
}

function read(name: string) {
  return readTerraformPlan(doc(name), { path: fixture(name), format: 'terraform-plan' });
}

describe('actions', () => {
  it.each([
    [['no-op'], 'no-op', undefined],
    [['create'], 'create', undefined],
    [['read'], 'read', undefined],
    [['update'], 'update', undefined],
    [['delete'], 'delete', undefined],
    [['forget'], 'forget', undefined],
    [['delete', 'create'], 'replace', 'destroy-before-create'],
    [['create', 'delete'], 'replace', 'create-before-destroy'],
    [['create', 'forget'], 'replace', 'create-before-destroy'],
  ])('%j is %s', (actions, action, order) => {
    const d = doc('aws-db-destroyed');
    (d.resource_changes[0]!['change'] as { actions: string[] }).actions = actions;
    const change = readTerraformPlan(d, source).changes[0]!;
    expect(change.action).toBe(action);
    expect(change.replaceOrder).toBe(order);
  });

  it('create-then-forget keeps the old object', () => {
    const d = doc('aws-db-destroyed');
    (d.resource_changes[0]!['change'] as { actions: string[] }).actions = ['create', 'forget'];
    expect(readTerraformPlan(d, source).changes[0]!.retention).toBe('forget');
  });

  it.each([[['destroy']], [['delete', 'delete']], [[]], ['delete']])('%j is bad input naming the address', (actions) => {
    const d = doc('aws-db-destroyed');
    (d.resource_changes[0]!['change'] as { actions: unknown }).actions = actions;
    expect(() => readTerraformPlan(d, source)).toThrow(InputError);
    expect(() => readTerraformPlan(d, source)).toThrow(/plan\.json: aws_\w+\.\w+: unknown action/);
  });
});

describe('what terraform says about each change', () => {
  it('replacement causes and paths', () => {
    const db = read('aws-db-replaced-engine').changes.find((c) => c.address === 'aws_db_instance.catalog');
    expect(db).toMatchObject({ action: 'replace', replaceOrder: 'destroy-before-create', replacePaths: ['engine'] });
    expect(db?.causes).toEqual(['cannot-update', 'attributes']);
    const taint = read('tfdata-taint').changes;
    expect(taint.find((c) => c.name === 'migration_runner')?.causes).toEqual(['tainted']);
    expect(taint.find((c) => c.name === 'release_marker')?.causes).toEqual(['requested']);
  });

  it('delete reasons: no config, count index, each key, module removed', () => {
    expect(read('aws-db-destroyed').changes.find((c) => c.action === 'delete')?.causes).toEqual(['no-config']);
    expect(read('aws-count-shift').changes.find((c) => c.action === 'delete')?.causes).toEqual(['count-index']);
    expect(read('tfdata-for-each-key-removed').changes.find((c) => c.action === 'delete')?.causes).toEqual(['each-key']);
    expect(read('tfdata-module-count-foreach').changes.filter((c) => c.action === 'delete').every((c) => c.causes[0] === 'no-config')).toBe(true);
  });

  it('moves, imports and forgets', () => {
    const moved = read('tfdata-moved').changes.filter((c) => c.action === 'move');
    expect(moved.map((c) => [c.previousAddress, c.address])).toEqual(
      expect.arrayContaining([['terraform_data.build', 'terraform_data.release_build']]),
    );
    const imported = read('tfdata-import').changes.filter((c) => c.importing);
    expect(imported.map((c) => c.action)).toEqual(['import', 'import']);
    expect(read('tfdata-removed-forget').changes.find((c) => c.name === 'legacy_cron')).toMatchObject({ action: 'forget', retention: 'forget' });
  });

  it('module paths with count and for_each keys', () => {
    const node = read('tfdata-module-count-foreach').changes.find((c) => c.address === 'module.tenant["acme"].module.shard[2].terraform_data.node');
    expect(node).toMatchObject({ module: 'module.tenant.module.shard', configAddress: 'module.tenant.module.shard.terraform_data.node' });
  });

  it('unknown values are marked, known ones kept', () => {
    const created = read('aws-create-only').changes.find((c) => c.type === 'aws_sqs_queue');
    expect(created?.after?.['arn']).toBe(UNKNOWN);
    expect(typeof created?.after?.['name']).toBe('string');
  });

  it('deferred changes are read with their reason', () => {
    const d = doc('tfdata-removed-destroy');
    const [first] = d.resource_changes;
    d['deferred_changes'] = [{ reason: 'resource_config_unknown', resource_change: { ...first, address: 'terraform_data.later', name: 'later' } }];
    const later = readTerraformPlan(d, source).changes.find((c) => c.address === 'terraform_data.later');
    expect(later?.deferred).toBe('resource_config_unknown');
  });

  it('drift entries without an address (Terraform 1.0.0) get one rebuilt from their parts', () => {
    const d = doc('aws-db-destroyed');
    const rest = { ...d.resource_changes[0]! };
    delete rest['address'];
    d['resource_drift'] = [{ ...rest, module_address: 'module.old', index: 'a' }];
    const drift = readTerraformPlan(d, source).drift[0];
    expect(drift?.address).toBe(`module.old.${String(rest['type'])}.${String(rest['name'])}["a"]`);
  });

  it('plan variables are environment signals; sensitive ones are not', () => {
    expect(read('aws-db-destroyed').signals).toContainEqual({ kind: 'variable', key: 'environment', value: 'prod' });
    const sensitive = read('tfdata-sensitive');
    expect(sensitive.signals.some((s) => s.key === 'db_password')).toBe(false);
    expect(JSON.stringify(sensitive.changes)).not.toContain('s3cr3t-do-not-leak');
  });
});

describe('documents that are not plans', () => {
  it.each([
    [[], 'not a Terraform plan'],
    [{ format_version: '1.2', configuration: {}, resource_changes: {} }, '"resource_changes" is not an array'],
    [{ resource_changes: [42] }, 'resource_changes[0] is not an object'],
    [{ resource_changes: [{ type: 'aws_s3_bucket' }] }, 'resource_changes[0] lacks a string type or name'],
    [{ resource_changes: [{ type: 't', name: 'n', address: 't.n' }] }, 't.n: no "change" object'],
    [{ format_version: 'x', resource_changes: [] }, 'unsupported plan format_version "x"'],
  ])('%j', (document, message) => {
    expect(() => readTerraformPlan(document, source)).toThrow(`plan.json: ${message}`);
  });
});
