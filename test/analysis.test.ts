import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/analysis/graph.js';
import { disabledGuards } from '../src/analysis/guards.js';
import { detectRenames } from '../src/analysis/renames.js';
import { scoreChange } from '../src/analysis/score.js';
import { severityOf } from '../src/analysis/weights.js';
import { lookup } from '../src/catalog/index.js';
import type { Change } from '../src/model.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { decide, trippedBreakers } from '../src/policy/decide.js';
import { readPlanFile } from '../src/sources/load.js';
import { readTerraformPlan } from '../src/sources/terraform/plan.js';
import { analyzePlans } from '../src/pipeline.js';
import { analyzeFiles, fixture } from './helpers.js';
import { parsePolicy } from '../src/policy/load.js';

const identityOf = (type: string) => lookup(type).entry.identity;

describe('dependency graph', () => {
  it('counts what depends on a VPC, transitively, with depth', () => {
    const input = readPlanFile(fixture('aws-vpc-replaced-many-dependents'));
    const vpc = buildGraph(input).dependentsOf('aws_vpc.main');
    const depth = new Map(vpc.addresses.map((a) => [a.address, a.depth]));
    expect(depth.get('aws_subnet.private[0]')).toBe(1);
    expect(depth.get('aws_route_table_association.private[0]')).toBe(2);
    // count instances count one by one
    expect(vpc.addresses.filter((a) => a.address.startsWith('aws_subnet.')).length).toBe(6);
    expect(vpc.count).toBe(vpc.addresses.length);
    expect(vpc.count).toBeGreaterThanOrEqual(15);
  });

  it('follows references between resources', () => {
    const input = readPlanFile(fixture('aws-vpc-replaced-many-dependents'));
    const graph = buildGraph(input);
    expect(graph.known).toBe(true);
    const nat = graph.dependentsOf('aws_nat_gateway.main').addresses.map((a) => a.address);
    expect(nat).toContain('aws_route_table.private');
  });

  it('knows what depended on a resource the PR removes, from prior state', () => {
    const input = readPlanFile(fixture('tfdata-cbd'));
    expect(buildGraph(input).dependentsOf('terraform_data.blue_green_release').addresses.map((a) => a.address)).toContain('terraform_data.dns_cutover');
  });

  it('is unknown, not empty, without a configuration section', () => {
    const doc = JSON.parse(readFileSync(fixture('aws-db-destroyed'), 'utf8')) as Record<string, unknown>;
    delete doc['configuration'];
    expect(buildGraph(readTerraformPlan(doc, { path: 'p.json', format: 'terraform-plan' })).known).toBe(false);
  });
});

describe('renames without moved', () => {
  const input = readPlanFile(fixture('aws-s3-bucket-renamed'));

  it('pairs the deleted and created bucket by its name', () => {
    const renames = detectRenames(input.changes, identityOf);
    const bucket = renames.find((r) => r.from.type === 'aws_s3_bucket');
    expect(bucket?.from.address).toBe('aws_s3_bucket.assets');
    expect(bucket?.to.address).toBe('aws_s3_bucket.static_assets');
    expect(bucket?.evidence[0]).toMatch(/^bucket = "/);
  });

  it('does not pair buckets with different names', () => {
    const changed = input.changes.map((c): Change =>
      c.address === 'aws_s3_bucket.static_assets' ? { ...c, after: { ...c.after, bucket: 'another-bucket' } } : c,
    );
    expect(detectRenames(changed, identityOf).some((r) => r.from.type === 'aws_s3_bucket')).toBe(false);
  });

  it('a moved block is not a rename', () => {
    expect(detectRenames(readPlanFile(fixture('aws-s3-bucket-moved')).changes, identityOf)).toEqual([]);
  });
});

describe('guards switched off', () => {
  it('finds each protection turned off in place, and nothing on a tag change', () => {
    const input = readPlanFile(fixture('aws-guards-off'));
    const found = Object.fromEntries(input.changes.map((c) => [c.address, disabledGuards(c).map((g) => g.attribute)]));
    expect(found['aws_db_instance.billing']).toEqual(expect.arrayContaining(['deletion_protection', 'skip_final_snapshot']));
    expect(found['aws_dynamodb_table.ledger']).toEqual(['deletion_protection_enabled']);
    expect(found['aws_lb.api']).toEqual(['enable_deletion_protection']);
    expect(found['aws_s3_bucket.invoices']).toEqual(['force_destroy']);
    expect(readPlanFile(fixture('aws-tags-only')).changes.flatMap(disabledGuards)).toEqual([]);
  });
});

describe('scores', () => {
  const input = readPlanFile(fixture('aws-db-destroyed'));
  const db = input.changes.find((c) => c.type === 'aws_db_instance' && c.action === 'delete') as Change;
  const base = { catalog: lookup('aws_db_instance'), production: true, dependents: { count: 0, addresses: [] }, dependentsKnown: true, guards: [], manyDependents: 5 };

  it('severity bands', () => {
    expect([0, 1, 34, 35, 59, 60, 79, 80, 100].map(severityOf)).toEqual(['none', 'low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical']);
  });

  it('losing a production database is critical; outside production it is half', () => {
    expect(scoreChange({ ...base, change: db }).score).toBe(100);
    expect(scoreChange({ ...base, change: db, production: false }).score).toBe(50);
  });

  it('kept data loses nothing: forget and retain leave only the outage', () => {
    const forgotten = scoreChange({ ...base, change: { ...db, retention: 'forget' } });
    expect(forgotten.score).toBeLessThan(100);
    expect(forgotten.findings.map((f) => f.code)).toEqual(['retained']);
  });

  it('create-before-destroy is gentler than destroy-before-create for stateless compute', () => {
    const cbd = readPlanFile(fixture('aws-cbd-replace')).changes.find((c) => c.type === 'aws_instance') as Change;
    const args = { ...base, catalog: lookup('aws_instance') };
    const gentle = scoreChange({ ...args, change: cbd }).score;
    const harsh = scoreChange({ ...args, change: { ...cbd, replaceOrder: 'destroy-before-create' } }).score;
    expect(gentle).toBeLessThan(harsh);
  });

  it('dependents raise the score of what holds no data', () => {
    const role = { ...db, type: 'aws_iam_role' };
    const args = { ...base, catalog: lookup('aws_iam_role'), change: role };
    const alone = scoreChange(args);
    const many = scoreChange({ ...args, dependents: { count: 8, addresses: Array.from({ length: 8 }, (_, i) => ({ address: `x.y${i}`, depth: 1 })) } });
    expect(many.score).toBeGreaterThan(alone.score);
    expect(severityOf(many.score)).toMatch(/high|critical/);
    expect(many.findings.map((f) => f.code)).toContain('many-dependents');
  });
});

describe('decision', () => {
  it('an environment-wide destroy trips the breaker; a single delete does not', () => {
    const vpc = analyzeFiles([fixture('aws-vpc-replaced-many-dependents')]);
    const inputs = [readPlanFile(fixture('aws-vpc-replaced-many-dependents'))];
    expect(trippedBreakers(vpc.changes, inputs, DEFAULT_POLICY).map((t) => t.breaker.name)).toContain('environment-destroy');
    const single = analyzeFiles([fixture('aws-db-destroyed')]);
    expect(trippedBreakers(single.changes, [readPlanFile(fixture('aws-db-destroyed'))], DEFAULT_POLICY)).toEqual([]);
  });

  it('breakers follow who is gated: a human PR gets a warning', () => {
    const report = analyzeFiles([fixture('aws-kms-key-destroyed')], { aiAuthored: false });
    expect(report.decision.verdict).toBe('warn');
    expect(report.decision.reasons.join(' ')).toContain('key-deletion');
  });

  it('a finding an input carries is gated like a change of its severity, in production only', () => {
    const input = readPlanFile(fixture('aws-tags-only'));
    input.findings = [{ code: 'prevent-destroy-removed', message: 'prevent_destroy removed', stake: { kind: 'protection', types: ['aws_db_instance'] }, address: 'aws_db_instance.search' }];
    const prod = analyzePlans([input], { policy: DEFAULT_POLICY, aiAuthored: true });
    expect(prod.decision).toMatchObject({ verdict: 'review', gate: 'closed', score: 70, gatedAddresses: ['aws_db_instance.search'] });
    expect(prod.findings[0]?.source).toBe(input.source.path);
    const dev = analyzePlans([input], { policy: DEFAULT_POLICY, aiAuthored: true, environment: 'dev' });
    expect(dev.decision.verdict).toBe('warn');
  });

  it('requirements scale with risk: one approval for high, two for critical, delays and teams from the policy', () => {
    const critical = analyzeFiles([fixture('aws-db-destroyed')]).decision.requirement;
    expect(critical).toMatchObject({ approvals: 2, perChange: [{ address: 'aws_db_instance.orders', severity: 'critical', rule: { approvals: 2 } }] });
    const high = analyzeFiles([fixture('aws-guards-off')], { policy: parsePolicy('overrides:\n  - type: aws_db_instance\n    action: ignore\n', 'p.yml') });
    expect(high.decision.requirement?.approvals).toBe(1);
    const policy = parsePolicy('requirements:\n  critical:\n    approvals: 2\n    delay: 1d\n    teams: [acme/dba]\nreviewers: [alice]\n', 'p.yml');
    const strict = analyzeFiles([fixture('aws-db-destroyed')], { policy }).decision.requirement;
    expect(strict).toMatchObject({ approvals: 2, delayHours: 24, from: { reviewers: [], teams: ['acme/dba'] }, reviewers: ['alice'], teams: ['acme/dba'] });
    expect(strict?.reason).toContain('members of acme/dba');
  });

  it('a fail verdict carries its break-glass route: the breaker\'s own, else the policy\'s, at least two approvals', () => {
    const none = analyzeFiles([fixture('aws-kms-key-destroyed')]).decision.requirement;
    expect(none?.breakGlass).toBeUndefined();
    expect(none?.reason).toContain('no break-glass route');
    const policy = parsePolicy('breakGlass:\n  team: sre-leads\n  delay: 2h\n', 'p.yml');
    expect(analyzeFiles([fixture('aws-kms-key-destroyed')], { policy }).decision.requirement?.breakGlass).toEqual({ team: 'sre-leads', approvals: 2, delayHours: 2 });
  });

  it('an empty plan passes', () => {
    const decision = decide({ changes: [], findings: [], inputs: [], environments: [] }, DEFAULT_POLICY, { aiAuthored: true, signals: [] });
    expect(decision).toMatchObject({ verdict: 'pass', gate: 'open', score: 0, requirement: null });
  });
});
