import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fullDiff } from '@aws-cdk/cloudformation-diff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../fixtures/cdk/apps.js';
import type { PlanInput, Report } from '../src/model.js';
import { readAssembly, type Assembly } from '../src/sources/cloudformation/assembly.js';
import type { StackTree } from '../src/sources/cloudformation/nested.js';
import { readCloudFormationPair } from '../src/sources/cloudformation/pair.js';
import { EMPTY_TEMPLATE } from '../src/sources/cloudformation/template.js';
import { analyzeInputs, stackInput } from './cloudformation-helpers.js';
import { weighFinding } from '../src/analysis/input-findings.js';

// A real CDK app (fixtures/cdk/apps.ts) synthesized twice, offline: the target branch and a PR that changes every
// stack in one way. Each stack is analysed on its own, AI-authored, beside what `cdk diff --fail-on destructive`
// and corymhall/cdk-diff-action would say: they fail on any removal or (possible) replacement, whatever the resource.

let dir: string;
let inputs: PlanInput[];
let assemblies: Record<'base' | 'head', Assembly>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'blastgate-cdk-'));
  synthesize('base', join(dir, 'base'));
  synthesize('head', join(dir, 'head'));
  inputs = await readCloudFormationPair(join(dir, 'base'), join(dir, 'head'));
  assemblies = { base: readAssembly(join(dir, 'base')), head: readAssembly(join(dir, 'head')) };
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function verdictOf(displayName: string): Report {
  return analyzeInputs([stackInput(inputs, displayName)]);
}

/** The anchors' rule, over the same templates and their nested stacks: any removal or (possible) replacement fails. */
function anchorFails(displayName: string): boolean {
  const find = (side: 'base' | 'head') => assemblies[side].stacks.find((s) => s.displayName === displayName)?.tree;
  const destructive = (base: StackTree | undefined, head: StackTree | undefined): boolean => {
    const diff = fullDiff(base?.template ?? EMPTY_TEMPLATE, head?.template ?? EMPTY_TEMPLATE);
    const here = diff.resources.logicalIds.some((id) => {
      const r = diff.resources.get(id);
      if ((r.oldValue ?? r.newValue)?.Type === 'AWS::CDK::Metadata') return false;
      return r.isRemoval || ['MAY_REPLACE', 'WILL_REPLACE', 'WILL_DESTROY', 'WILL_ORPHAN'].includes(r.changeImpact);
    });
    const ids = new Set([...(base?.nested.keys() ?? []), ...(head?.nested.keys() ?? [])]);
    return here || [...ids].some((id) => destructive(base?.nested.get(id), head?.nested.get(id)));
  };
  // The CLI diffs the stacks in the app: one removed from it is not looked at.
  const head = find('head');
  return head !== undefined && destructive(find('base'), head);
}

interface Case {
  change: string;
  blastgate: 'open' | 'closed';
  anchor: 'pass' | 'fail';
}

const CASES: Record<string, Case> = {
  OrdersProd: { change: 'table construct renamed, RemovalPolicy.DESTROY', blastgate: 'closed', anchor: 'fail' },
  LedgerProd: { change: 'table construct renamed, RemovalPolicy.RETAIN', blastgate: 'open', anchor: 'fail' },
  UploadsProd: { change: 'bucketName changed (replacement), DESTROY', blastgate: 'closed', anchor: 'fail' },
  ArchiveProd: { change: 'bucketName changed (replacement), RETAIN', blastgate: 'open', anchor: 'fail' },
  EventsProd: { change: 'removal policy DESTROY -> RETAIN', blastgate: 'open', anchor: 'pass' },
  SessionsProd: { change: 'removal policy RETAIN -> DESTROY on a table', blastgate: 'closed', anchor: 'pass' },
  ApiProd: { change: 'Lambda code, a queue added and granted, port 443 opened', blastgate: 'open', anchor: 'pass' },
  PlatformProd: { change: 'table key changed inside a nested stack; a nested stack added', blastgate: 'closed', anchor: 'fail' },
  'Dev/Checkout': { change: 'table removed in the Dev stage', blastgate: 'open', anchor: 'fail' },
  'Prod/Checkout': { change: 'table removed in the Prod stage', blastgate: 'closed', anchor: 'fail' },
  ReportsProd: { change: 'a new stack', blastgate: 'open', anchor: 'pass' },
  InvoicesProd: { change: 'table construct renamed, logical ID kept with overrideLogicalId', blastgate: 'open', anchor: 'pass' },
  CatalogProd: { change: 'table moved to another stack (deleted here)', blastgate: 'closed', anchor: 'fail' },
  SearchProd: { change: 'table moved to another stack (created here)', blastgate: 'open', anchor: 'pass' },
};

describe('verdicts on a synthesized CDK app, beside cdk diff --fail-on destructive', () => {
  it.each(Object.entries(CASES))('%s: %s', (stack, c) => {
    const report = verdictOf(stack);
    expect(report.decision.gate, report.decision.headline).toBe(c.blastgate);
    expect(anchorFails(stack) ? 'fail' : 'pass').toBe(c.anchor);
  });

  it('gates fewer harmless changes than the anchors and misses none they catch that loses data', () => {
    const stacks = Object.entries(CASES);
    const anchorOnly = stacks.filter(([, c]) => c.anchor === 'fail' && c.blastgate === 'open').map(([s]) => s);
    expect(anchorOnly).toEqual(['LedgerProd', 'ArchiveProd', 'Dev/Checkout']);
    // The one gate the anchors do not close: a protection switched off, the way a destroy is prepared.
    const blastgateOnly = stacks.filter(([, c]) => c.anchor === 'pass' && c.blastgate === 'closed').map(([s]) => s);
    expect(blastgateOnly).toEqual(['SessionsProd']);
  });

  it('a stack removed from the app is reported as unmanaged, never gated', () => {
    const legacy = stackInput(inputs, 'LegacyProd');
    expect(legacy.changes).toEqual([]);
    expect(legacy.findings?.map(weighFinding)).toEqual([expect.objectContaining({ code: 'unmanaged-stack', severity: 'low' })]);
    expect(legacy.findings?.[0]?.message).toContain('AWS::DynamoDB::Table');
    expect(analyzeInputs([legacy]).decision.gate).toBe('open');
    expect(anchorFails('LegacyProd')).toBe(false);
  });

  it('unchanged stacks are left out, changed ones are all there', () => {
    const names = inputs.map((i) => i.source.path.slice(i.source.path.indexOf('#') + 1)).sort();
    expect(names).toEqual([...Object.keys(CASES), 'LegacyProd'].sort());
    expect(assemblies.head.stacks.map((s) => s.displayName)).toContain('StaticProd');
  });
});

describe('what each verdict rests on', () => {
  it('a renamed construct: the old table is deleted for a logical-ID change, with the fix', () => {
    const report = verdictOf('OrdersProd');
    const removed = report.changes.find((a) => a.change.action === 'delete');
    expect(removed?.change).toMatchObject({ type: 'AWS::DynamoDB::Table', causes: ['logical-id-change'], constructPath: 'OrdersProd/Orders/Resource' });
    expect(removed?.severity).toBe('critical');
    const rename = report.findings.find((f) => f.code === ('logical-id-rename' as typeof f.code));
    expect(rename?.message).toMatch(/overrideLogicalId\('OrdersA9B65338'\).*cdk refactor/);
    expect(rename?.message).toContain('OrdersProd/OrdersTable/Resource');
  });

  it('a construct moved to another stack: deleted in one, created in the other, with `cdk refactor` as the fix', () => {
    const from = stackInput(inputs, 'CatalogProd');
    const removed = from.changes.find((c) => c.action === 'delete');
    expect(removed).toMatchObject({ type: 'AWS::DynamoDB::Table', causes: ['logical-id-change'], constructPath: 'CatalogProd/Products/Resource' });
    const rename = from.findings?.find((f) => f.address === removed?.address);
    expect(rename?.message).toContain('SearchProd/Products');
    expect(rename?.message).toContain('move the resource between the stacks with `cdk refactor`');
  });

  it('a retained table renamed leaves the stack (orphan), kept, and is still reported as a rename', () => {
    const report = verdictOf('LedgerProd');
    const orphan = report.changes.find((a) => a.change.action === 'orphan');
    expect(orphan?.change).toMatchObject({ retention: 'retain', causes: ['logical-id-change'] });
    expect(orphan?.score).toBe(0);
    expect(report.findings.map((f) => f.code)).toContain('logical-id-rename');
    expect(report.findings.find((f) => f.code === ('logical-id-rename' as typeof f.code))?.message).toContain('new, empty one');
  });

  it('a replacement says which property forces it, and UpdateReplacePolicy decides what is kept', () => {
    const destroyed = verdictOf('UploadsProd').changes.find((a) => a.change.action === 'replace');
    expect(destroyed?.change).toMatchObject({ replacePaths: ['BucketName'], replaceOrder: 'create-before-destroy', causes: ['attributes'] });
    expect(destroyed?.change.retention).toBeUndefined();
    const kept = verdictOf('ArchiveProd').changes.find((a) => a.change.action === 'replace');
    expect(kept?.change.retention).toBe('retain');
    expect(kept?.findings.map((f) => f.code)).toContain('retained');
    expect(kept?.findings.map((f) => f.code)).not.toContain('stateful-destroy');
  });

  it('switching RETAIN to DESTROY is a protection switched off; the other way round is nothing', () => {
    const off = stackInput(inputs, 'SessionsProd').findings ?? [];
    expect(off.map(weighFinding)).toEqual([expect.objectContaining({ code: 'guard-disabled', severity: 'high' })]);
    expect(off[0]?.message).toContain('DeletionPolicy Retain → Delete');
    expect(stackInput(inputs, 'EventsProd').findings).toEqual([]);
    expect(verdictOf('EventsProd').changes.every((a) => a.change.action === 'update' && a.score === 0)).toBe(true);
  });

  it('routine work is updates and creates, with IAM and network findings that warn without gating', () => {
    const report = verdictOf('ApiProd');
    const fn = report.changes.find((a) => a.change.type === 'AWS::Lambda::Function');
    expect(fn?.change.action).toBe('update');
    expect(report.changes.find((a) => a.change.type === 'AWS::SQS::Queue')?.change.action).toBe('create');
    const findings = report.findings.map((f) => [f.code, f.severity]);
    expect(findings).toEqual(expect.arrayContaining([['iam-broadening', 'medium'], ['security-group-change', 'medium']]));
    expect(report.findings.find((f) => f.code === 'iam-broadening')?.message).toContain('sqs:SendMessage');
    expect(report.findings.find((f) => f.code === 'security-group-change')?.message).toContain('TCP 443 from Everyone (IPv4)');
    expect(report.decision.verdict).toBe('warn');
  });

  it('nested stacks are folded into their parent: a replacement inside one is gated, an added one is all creates', () => {
    const report = verdictOf('PlatformProd');
    const inner = report.changes.find((a) => a.change.type === 'AWS::DynamoDB::Table');
    expect(inner?.change.action).toBe('replace');
    expect(inner?.change.address).toMatch(/^PlatformProd\/StorageNestedStackStorageNestedStackResource[0-9A-F]+\/Sessions[0-9A-F]+$/);
    expect(inner?.change.module).toMatch(/^StorageNestedStack/);
    expect(inner?.change.constructPath).toBe('PlatformProd/Storage/Sessions/Resource');
    expect(report.decision.gatedAddresses).toEqual([inner?.change.address]);
    const audit = report.changes.filter((a) => a.change.address.includes('/AuditNestedStack'));
    expect(audit.map((a) => a.change.type).sort()).toEqual(['AWS::CloudFormation::Stack', 'AWS::S3::Bucket']);
    expect(audit.every((a) => a.change.action === 'create')).toBe(true);
  });

  it('stages are nested assemblies: each stack is paired on its artifact id and named by its stage', () => {
    const dev = stackInput(inputs, 'Dev/Checkout');
    expect(dev.signals).toEqual(
      expect.arrayContaining([
        { kind: 'stack', key: 'stackName', value: 'Dev-Checkout' },
        { kind: 'stack', key: 'displayName', value: 'Dev/Checkout' },
        { kind: 'stack', key: 'account', value: '111111111111' },
        { kind: 'stack', key: 'region', value: 'eu-west-1' },
        { kind: 'tag', key: 'Dev-Checkout Environment', value: 'dev' },
      ]),
    );
    expect(verdictOf('Dev/Checkout').environments[0]).toMatchObject({ production: false });
    expect(verdictOf('Prod/Checkout').environments[0]).toMatchObject({ production: true });
    expect(dev.changes.find((c) => c.action === 'delete')?.address).toMatch(/^Dev-Checkout\/Carts/);
  });

  it("CDK's metadata resource is never a change; every address is Stack/LogicalId and its own config address", () => {
    const all = inputs.flatMap((i) => i.changes);
    expect(all.some((c) => c.type === 'AWS::CDK::Metadata')).toBe(false);
    for (const c of all) {
      expect(c.configAddress).toBe(c.address);
      expect(c.address).toMatch(/^[A-Za-z][A-Za-z0-9-]*(\/[A-Za-z0-9]+)+$/);
    }
  });

  it('references point from the referrer to what it uses, across nested stacks too', () => {
    const api = stackInput(inputs, 'ApiProd');
    const policy = api.changes.find((c) => c.type === 'AWS::IAM::Policy')?.address ?? '';
    const queue = api.changes.find((c) => c.type === 'AWS::SQS::Queue')?.address ?? '';
    const role = api.changes.find((c) => c.type === 'AWS::IAM::Role')?.address ?? '';
    expect([...(api.references.get(policy) ?? [])].sort()).toEqual([queue, role].sort());

    const platform = stackInput(inputs, 'PlatformProd');
    const table = platform.changes.find((c) => c.type === 'AWS::DynamoDB::Table')?.address ?? '';
    const reader = platform.changes.find((c) => c.type === 'AWS::Lambda::Function')?.address ?? '';
    expect(reader).toMatch(/^PlatformProd\/Reader/);
    expect(platform.references.get(reader)).toContain(table);
  });
});
