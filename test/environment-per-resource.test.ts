import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AssessedChange, Report } from '../src/model.js';
import { readPlanFile } from '../src/sources/load.js';
import { analyzeFiles, fixture, jsonReport } from './helpers.js';

// The environment of what is destroyed is read from the thing destroyed, on plans made by the real terraform.

const dir = mkdtempSync(join(tmpdir(), 'blastgate-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function at(report: Report, address: string): AssessedChange {
  const found = report.changes.find((a) => a.change.address === address);
  if (!found) throw new Error(`${address} not in ${report.changes.map((a) => a.change.address).join(', ')}`);
  return found;
}

describe('a delete keeps its own values', () => {
  it('after is null for a delete (Terraform writes after_unknown {}), and before keeps the tags', () => {
    const input = readPlanFile(fixture('aws-env-mixed-evidence'));
    const db = input.changes.find((c) => c.address === 'aws_db_instance.ledger');
    expect(db?.action).toBe('delete');
    expect(db?.after).toBeNull();
    expect(db?.before?.['tags']).toMatchObject({ Environment: 'production' });
  });
});

describe('evidence per resource: any production evidence wins', () => {
  it('an unused staging variable and a qa bucket beside it do not demote a production database', () => {
    const report = analyzeFiles([fixture('aws-env-mixed-evidence')]);
    const db = at(report, 'aws_db_instance.ledger');
    expect(db.environment.production).toBe(true);
    expect(db.environment.decidedBy).toMatchObject({ kind: 'tag', value: 'production' });
    expect(db.environment.because).toContain('variable stage = "staging" (nothing references it)');
    expect(report.decision.verdict).toBe('review');
    expect(report.decision.gatedAddresses).toEqual(['aws_db_instance.ledger']);
    const json = jsonReport(report) as { changes: { address: string; environmentEvidence: unknown }[] };
    expect(json.changes.find((c) => c.address === 'aws_db_instance.ledger')?.environmentEvidence).toMatchObject({
      production: true,
      decidedBy: { kind: 'tag', key: 'aws_db_instance.ledger Environment', value: 'production' },
    });
  });

  it('a plan file moved under envs/staging-legacy/ does not demote it either', () => {
    const moved = join(dir, 'envs/staging-legacy');
    mkdirSync(moved, { recursive: true });
    copyFileSync(fixture('aws-env-mixed-evidence'), join(moved, 'plan.json'));
    const report = analyzeFiles([join(moved, 'plan.json')]);
    expect(at(report, 'aws_db_instance.ledger').environment.production).toBe(true);
    expect(report.decision.gate).toBe('closed');
  });

  it('one root with staging, prod and per-key modules: each database is judged by its own module', () => {
    const report = analyzeFiles([fixture('aws-env-two-modules')]);
    const env = (address: string) => at(report, address).environment;
    expect(env('module.prod.aws_db_instance.main[0]')).toMatchObject({ production: true, decidedBy: { kind: 'module-input', value: 'prod' } });
    expect(env('module.regional["prod"].aws_db_instance.main[0]')).toMatchObject({ production: true, decidedBy: { kind: 'module-input', value: 'prod' } });
    expect(env('module.staging.aws_db_instance.main[0]')).toMatchObject({ production: false });
    expect(env('module.regional["dev"].aws_db_instance.main[0]')).toMatchObject({ production: false });
    expect(report.decision.verdict).toBe('review');
    expect([...report.decision.gatedAddresses].sort()).toEqual(['module.prod.aws_db_instance.main[0]', 'module.regional["prod"].aws_db_instance.main[0]']);
  });

  it('the explicit environment still decides everything', () => {
    const report = analyzeFiles([fixture('aws-env-two-modules')], { environment: 'staging' });
    expect(report.changes.every((a) => !a.environment.production)).toBe(true);
    expect(report.decision.gate).toBe('open');
  });
});

describe('a retag from production to staging is gated', () => {
  it('is an update that only changes tags, yet prepares a non-production delete', () => {
    const report = analyzeFiles([fixture('aws-env-retag')]);
    const db = at(report, 'aws_db_instance.billing');
    expect(db.change.action).toBe('update');
    expect(db.findings.map((f) => f.code)).toContain('environment-demoted');
    expect(db.environment.production).toBe(true);
    expect(report.decision.verdict).toBe('review');
    expect(report.decision.gatedAddresses).toEqual(['aws_db_instance.billing']);
  });

  it('a human-authored retag is a warning, not a gate', () => {
    const report = analyzeFiles([fixture('aws-env-retag')], { aiAuthored: false });
    expect(report.decision.verdict).toBe('warn');
  });
});
