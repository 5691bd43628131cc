import { describe, expect, it } from 'vitest';
import type { AssessedChange, Report } from '../src/model.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { parsePolicy } from '../src/policy/load.js';
import { analyzeFiles, fixture, jsonReport } from './helpers.js';

// "What users must get" (issue 2), on plans made by the real terraform (fixtures/terraform/README.md).
// AI-authored and production unless a case says otherwise.

function analyze(name: string, opts: Parameters<typeof analyzeFiles>[1] = {}): Report {
  const report = analyzeFiles([fixture(name)], opts);
  jsonReport(report);
  return report;
}

function at(report: Report, address: string): AssessedChange {
  const found = report.changes.find((a) => a.change.address === address);
  if (!found) throw new Error(`${address} not in ${report.changes.map((a) => a.change.address).join(', ')}`);
  return found;
}

const codes = (a: AssessedChange) => a.findings.map((f) => f.code);

describe('production data destroyed or replaced, for any reason, is gated', () => {
  it.each([
    ['aws-db-destroyed', 'removed from the configuration'],
    ['aws-db-replaced-engine', 'a replacement-forcing attribute'],
    ['aws-ebs-az-move', 'a volume moved to another zone'],
    ['aws-s3-bucket-renamed', 'a rename without a moved block'],
    ['aws-module-removed', 'its module removed'],
    ['aws-count-shift', 'a count index shift'],
    ['aws-kms-key-destroyed', 'a KMS key deleted'],
    ['aws-many-unchanged-one-risky', 'one risky change among thousands unchanged'],
  ])('%s (%s)', (name) => {
    const report = analyze(name);
    expect(['review', 'fail']).toContain(report.decision.verdict);
    expect(report.decision.gate).toBe('closed');
    expect(report.decision.requirement).not.toBeNull();
    const gated = report.changes.filter((a) => report.decision.gatedAddresses.includes(a.change.address));
    expect(gated.length).toBeGreaterThan(0);
    expect(gated.every((a) => a.environment.production)).toBe(true);
  });

  it('the database replacement says why and what it is', () => {
    const db = at(analyze('aws-db-replaced-engine'), 'aws_db_instance.catalog');
    expect(db.change.action).toBe('replace');
    expect(db.severity).toBe('critical');
    expect(codes(db)).toContain('stateful-destroy');
    expect(db.factors.map((f) => f.name)).toEqual(expect.arrayContaining(['what', 'how', 'why', 'where']));
    expect(db.factors.find((f) => f.name === 'why')?.detail).toMatch(/forced by/);
  });

  it('a KMS key deletion trips the circuit breaker: fail, whatever the approvals', () => {
    const report = analyze('aws-kms-key-destroyed');
    expect(report.decision.verdict).toBe('fail');
    expect(report.decision.reasons.join(' ')).toContain('key-deletion');
  });

  it('a rename without moved gives the moved block to add', () => {
    const bucket = at(analyze('aws-s3-bucket-renamed'), 'aws_s3_bucket.assets');
    const rename = bucket.findings.find((f) => f.code === 'rename-without-moved');
    expect(rename?.message).toContain('moved {\n  from = aws_s3_bucket.assets\n  to   = aws_s3_bucket.static_assets\n}');
  });

  it('finds the one risky change among thousands of unchanged ones', () => {
    const report = analyze('aws-many-unchanged-one-risky');
    expect(report.sources[0]?.resourceChanges).toBeGreaterThan(1000);
    expect(report.decision.gatedAddresses).toHaveLength(1);
  });
});

describe('what many others depend on is gated even without data', () => {
  it('a replaced VPC counts its dependents', () => {
    const report = analyze('aws-vpc-replaced-many-dependents');
    const vpc = report.changes.find((a) => a.change.type === 'aws_vpc' && a.change.action === 'replace');
    expect(vpc?.dependents.count).toBeGreaterThanOrEqual(5);
    expect(vpc && codes(vpc)).toContain('many-dependents');
    expect(report.decision.gatedAddresses).toContain(vpc?.change.address);
  });

  it('a replaced security group with dependents is gated', () => {
    const report = analyze('aws-sg-replaced-dependents');
    const sg = report.changes.find((a) => a.change.type === 'aws_security_group' && a.change.action === 'replace');
    expect(sg?.dependents.count).toBeGreaterThan(0);
    expect(report.decision.gate).toBe('closed');
  });
});

describe('protections switched off in place on production data stores are gated', () => {
  it('deletion_protection, skip_final_snapshot, force_destroy', () => {
    const report = analyze('aws-guards-off');
    expect(report.decision.verdict).toBe('review');
    const guarded = report.changes.filter((a) => codes(a).includes('guard-disabled'));
    const attributes = guarded.flatMap((a) => a.findings.map((f) => f.message)).join(' ');
    for (const attribute of ['deletion_protection', 'skip_final_snapshot', 'force_destroy']) expect(attributes).toContain(attribute);
    expect(guarded.every((a) => a.change.action === 'update')).toBe(true);
  });
});

describe('not gated', () => {
  it.each([
    ['aws-tags-only', 'tag-only updates'],
    ['aws-create-only', 'creates'],
    ['aws-s3-bucket-moved', 'a rename with a moved block'],
    ['tfdata-removed-forget', 'removed with destroy = false (forget)'],
    ['tfdata-taint', 'a tainted helper'],
    ['tfdata-replace-requested', 'a helper replaced on request'],
    ['tfdata-triggers-replace', 'a helper replaced by its triggers'],
    ['tfdata-moved', 'a moved helper'],
    ['tfdata-import', 'an import'],
  ])('%s (%s)', (name) => {
    const report = analyze(name);
    expect(report.decision.gate).toBe('open');
    expect(report.decision.requirement).toBeNull();
  });

  it('forget keeps the object and is reported as such', () => {
    const forgotten = analyze('tfdata-removed-forget').changes.filter((a) => a.change.action === 'forget');
    expect(forgotten.length).toBeGreaterThan(0);
    expect(forgotten.every((a) => a.score === 0 && codes(a).includes('retained'))).toBe(true);
  });

  it('a non-production database destroy is a warning at most', () => {
    const report = analyze('aws-dev-db-destroyed');
    expect(report.environments[0]).toMatchObject({ name: 'dev', production: false });
    expect(report.decision.verdict).toBe('warn');
    expect(report.decision.gate).toBe('open');
  });

  it('a human-authored PR gets a warning, not a gate, by default', () => {
    const report = analyze('aws-db-destroyed', { aiAuthored: false });
    expect(report.decision.verdict).toBe('warn');
    expect(report.decision.headline).toContain('human-authored');
  });

  it('…unless the policy gates every PR', () => {
    const report = analyze('aws-db-destroyed', { aiAuthored: false, policy: parsePolicy('gate: all\n', 'p.yml') });
    expect(report.decision.verdict).toBe('review');
  });
});

describe('policy', () => {
  it('an ignore override takes a change out of the decision', () => {
    const policy = parsePolicy('overrides:\n  - type: aws_db_instance\n    action: ignore\n', 'p.yml');
    const report = analyze('aws-db-destroyed', { policy });
    expect(report.changes.find((a) => a.change.type === 'aws_db_instance')?.ignored).toBe(true);
    expect(report.decision.gatedAddresses.some((a) => a.startsWith('aws_db_instance.'))).toBe(false);
  });

  it('a critical override makes any change of that type critical', () => {
    const policy = parsePolicy('overrides:\n  - type: aws_s3_bucket\n    action: critical\n    reason: buckets hold customer uploads\n', 'p.yml');
    const report = analyze('aws-tags-only', { policy });
    const bucket = report.changes.find((a) => a.change.type === 'aws_s3_bucket');
    expect(bucket?.severity).toBe('critical');
    expect(report.decision.verdict).toBe('review');
  });

  it('a stricter review threshold lets high changes through with a warning', () => {
    const ignoreDb = 'overrides:\n  - type: aws_db_instance\n    action: ignore\n';
    const high = analyze('aws-guards-off', { policy: parsePolicy(ignoreDb, 'p.yml') });
    expect(high.changes.find((a) => a.change.type === 'aws_dynamodb_table')?.severity).toBe('high');
    expect(high.decision.verdict).toBe('review');
    const strict = analyze('aws-guards-off', { policy: parsePolicy(`${ignoreDb}thresholds:\n  review: critical\n`, 'p.yml') });
    expect(strict.decision.verdict).toBe('warn');
  });

  it('circuit breakers can be replaced by the policy', () => {
    const report = analyze('aws-kms-key-destroyed', { policy: { ...DEFAULT_POLICY, circuitBreakers: [] } });
    expect(report.decision.verdict).toBe('review');
  });
});

describe('sensitive values', () => {
  it('never appear in any report', () => {
    const report = analyze('tfdata-sensitive');
    expect(JSON.stringify(jsonReport(report))).not.toContain('s3cr3t-do-not-leak');
    expect(JSON.stringify(report.changes.map((a) => a.change))).not.toContain('s3cr3t-do-not-leak');
  });
});
