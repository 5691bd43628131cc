import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readCloudFormationPair } from '../src/sources/cloudformation/pair.js';
import { readTemplateFile } from '../src/sources/cloudformation/template.js';
import { repoRoot } from './helpers.js';
import { analyzeInputs } from './cloudformation-helpers.js';

// CloudFormation's own defaults and shapes, on real-shaped templates (fixtures/cloudformation-templates/README.md).

const T = join(repoRoot, 'fixtures/cloudformation-templates');
const dir = mkdtempSync(join(tmpdir(), 'blastgate-cfn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a template without Resources is an empty template', () => {
  it('CDK\'s empty stack reads as no resources, not bad input', () => {
    expect(readTemplateFile(join(T, 'cdk-empty-stack.template.json')).Resources).toEqual({});
  });

  it('a PR that empties a stack is a list of deletes, and gated', async () => {
    const inputs = await readCloudFormationPair(join(T, 'orders-db.template.yaml'), join(T, 'cdk-empty-stack.template.json'));
    const report = analyzeInputs(inputs);
    expect(report.changes.map((a) => [a.change.address.split('/').pop(), a.change.action]).sort()).toEqual([
      ['Ledger', 'delete'],
      ['LedgerReader', 'delete'],
      ['Orders', 'delete'],
    ]);
    expect(report.decision.gate).toBe('closed');
  });

  it('JSON that is no template at all is still bad input', () => {
    const path = join(dir, 'not-a-template.json');
    writeFileSync(path, '{"hello": "world"}');
    expect(() => readTemplateFile(path)).toThrow('is not a CloudFormation template');
  });
});

describe('replacement and cluster instances', () => {
  it('a stand-alone database replaced without UpdateReplacePolicy is deleted (no snapshot); a cluster instance weighs as one', async () => {
    const inputs = await readCloudFormationPair(join(T, 'orders-db.template.yaml'), join(T, 'orders-db-replaced.template.yaml'));
    const report = analyzeInputs(inputs);
    const orders = report.changes.find((a) => a.change.address.endsWith('Orders'));
    expect(orders?.change.action).toBe('replace');
    expect(orders?.change.retention).toBeUndefined();
    expect(orders?.severity).toBe('critical');
    const reader = report.changes.find((a) => a.change.address.endsWith('LedgerReader'));
    expect(reader?.change.action).toBe('replace');
    expect(reader?.factors.find((f) => f.name === 'what')?.detail).toContain('instance in an Aurora/RDS cluster');
    expect(reader?.score).toBeLessThan(orders?.score ?? 0);
    expect(report.decision.verdict).toBe('review');
  });

  it('the Rules-only intrinsics parse without warnings', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    readTemplateFile(join(T, 'orders-db.template.yaml'));
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    warn.mockRestore();
    log.mockRestore();
    const template = readTemplateFile(join(T, 'orders-db.template.yaml')) as unknown as { Rules: { ProdSubnets: { Assertions: { Assert: unknown }[] } } };
    const asserts = template.Rules.ProdSubnets.Assertions.map((a) => Object.keys(a.Assert as object)[0]);
    expect(asserts).toEqual(['Fn::Contains', 'Fn::EachMemberEquals', 'Fn::EachMemberIn', 'Fn::Not']);
    expect(JSON.stringify(template)).toContain('"Fn::ValueOfAll"');
    expect(JSON.stringify(template)).toContain('"Fn::RefAll"');
    expect(JSON.stringify(template)).toContain('"Fn::ValueOf"');
  });
});
