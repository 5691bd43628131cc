import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/catalog/index.js';
import type { Report } from '../../src/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { headline, inFormat, vocabulary } from '../../src/report/words.js';
import { readAssembly } from '../../src/sources/cloudformation/assembly.js';
import { readStackTree } from '../../src/sources/cloudformation/nested.js';
import { readCloudFormationPair } from '../../src/sources/cloudformation/pair.js';
import { analyzeInputs } from '../cloudformation-helpers.js';
import { corpusDir } from '../helpers.js';

// Real CloudFormation templates, before/after pairs and cloud assemblies (../shared/corpus/cloudformation,
// described in ../shared/corpus/SOURCES.md).

const root = join(corpusDir, 'cloudformation');
const hasCorpus = existsSync(root);
const list = (dir: string) => (hasCorpus ? readdirSync(join(root, dir)).sort() : []);
const templates = list('templates').filter((f) => f.endsWith('.template.json'));
const pairs = list('pairs');

async function pair(name: string): Promise<Report> {
  const dir = join(root, 'pairs', name);
  return analyzeInputs(await readCloudFormationPair(join(dir, 'before.template.json'), join(dir, 'after.template.json')));
}

const codes = (report: Report) => report.findings.map((f) => f.code as string);
const at = (report: Report, name: string) => report.changes.find((a) => a.change.name === name);

describe.skipIf(!hasCorpus)('every corpus template', () => {
  it('there are templates, pairs and assemblies', () => {
    expect(templates.length).toBeGreaterThanOrEqual(30);
    expect(pairs.length).toBeGreaterThanOrEqual(25);
  });

  it.each(templates)('%s reads, and against itself changes nothing', async (file) => {
    const path = join(root, 'templates', file);
    const [input, ...more] = await readCloudFormationPair(path, path);
    expect(more).toEqual([]);
    expect(input?.changes.length).toBeGreaterThan(0);
    expect(input?.changes.every((c) => c.action === 'no-op')).toBe(true);
    expect(input?.findings).toEqual([]);
  });

  it('the manifests beside them are cloud assembly manifests, not templates (assemblies/ has them whole)', () => {
    for (const file of list('templates').filter((f) => f.endsWith('.manifest.json'))) {
      const doc = JSON.parse(readFileSync(join(root, 'templates', file), 'utf8')) as Record<string, unknown>;
      expect(doc['artifacts'], file).toBeDefined();
      expect(() => readStackTree(join(root, 'templates', file)), file).toThrow(/not a CloudFormation template/);
    }
  });

  it('every resource type the corpus uses has a catalog entry of its own, but custom resources of integration tests', () => {
    const types = new Set<string>();
    for (const file of templates) {
      for (const r of Object.values(readStackTree(join(root, 'templates', file)).template.Resources)) types.add(r.Type);
    }
    for (const name of pairs) {
      for (const side of ['before', 'after']) {
        for (const r of Object.values(readStackTree(join(root, 'pairs', name, `${side}.template.json`)).template.Resources)) types.add(r.Type);
      }
    }
    const missing = [...types].filter((t) => lookup(t).matched !== 'exact').sort();
    expect(missing).toEqual(['Custom::AWSCDK-EKS-FargateProfile', 'Custom::AWSCDKCfnJson', 'Custom::CloudwatchLogResourcePolicy', 'Custom::CrossAccountZoneDelegation', 'Custom::S3PutObjects', 'Custom::Snapshoter']);
  });
});

describe.skipIf(!hasCorpus)('every before/after pair', () => {
  it.each(pairs)('%s is read, analysed and rendered, and its report matches the schema', async (name) => {
    const report = await pair(name);
    expect(report.sources).toHaveLength(1);
    expect(renderText(report)).toContain(inFormat(headline(report), vocabulary(report)));
    expect(renderMarkdown(report)).toContain('Blastgate');
  });
});

describe.skipIf(!hasCorpus)('what SOURCES.md says each pair shows', () => {
  it.each([
    ['dynamodb-globaltable-logical-id-rename', 'Resource'],
    ['elasticsearch-domain-logical-id-rename', 'Domain66AC69E0'],
    ['sc-sqs-dlq-logical-id-rename', 'testlambdasqsdeadLetterQueueC34BC0BD'],
  ])('%s: the logical-ID rename deletes the store, and is gated with the fix', async (name, id) => {
    const report = await pair(name);
    expect(at(report, id)?.change).toMatchObject({ action: 'delete', causes: ['logical-id-change'] });
    expect(report.decision.gatedAddresses).toContain(at(report, id)?.change.address);
    expect(report.findings.find((f) => f.address === at(report, id)?.change.address)?.message).toMatch(/overrideLogicalId\('.+'\)/);
  });

  it('ecs-fargate-loggroup-rename-taskdef-change: a retained log group renamed is an orphan, reported, not gated', async () => {
    const report = await pair('ecs-fargate-loggroup-rename-taskdef-change');
    expect(at(report, 'L3LoggingLogGroupBD1F02DD')?.change).toMatchObject({ action: 'orphan', retention: 'retain', causes: ['logical-id-change'] });
    expect(codes(report)).toContain('logical-id-rename');
    expect(at(report, 'L3TaskDef48D8ACB8')?.change.action).toBe('replace');
    expect(report.decision.gate).toBe('open');
  });

  it.each([
    ['dynamodb-keyschema-lsi-change', 'TableCD117FA1', ['KeySchema']],
    ['dynamodb-table-added-keyschema-change', 'TableCD117FA1', ['KeySchema']],
    ['route53-hosted-zone-name-change', 'SubZoneF7955E1A', ['Name']],
  ])('%s: a data store replaced without retention is gated, with the property that forces it', async (name, id, paths) => {
    const report = await pair(name);
    expect(at(report, id)?.change).toMatchObject({ action: 'replace', replacePaths: paths });
    expect(at(report, id)?.change.retention).toBeUndefined();
    expect(report.decision.gatedAddresses).toContain(at(report, id)?.change.address);
  });

  it.each([
    ['s3-bucketname-change', 'MyBucketF68F3FF0', 'BucketName'],
    ['efs-filesystem-encrypted-change', 'FileSystem8A8E25C0', 'Encrypted'],
  ])('%s: a store replaced under UpdateReplacePolicy Retain is kept and not gated', async (name, id, path) => {
    const report = await pair(name);
    expect(at(report, id)?.change).toMatchObject({ action: 'replace', retention: 'retain', replacePaths: [path] });
    expect(report.decision.gate).toBe('open');
  });

  it('rds-cluster-storage-encrypted-plus-retain: Retain added in the same PR counts as the weaker policy in force before (UpdateReplacePolicy unset: Delete)', async () => {
    const report = await pair('rds-cluster-storage-encrypted-plus-retain');
    const change = at(report, 'DatabaseB269D8BB')?.change;
    expect(change).toMatchObject({ action: 'replace', replacePaths: ['StorageEncrypted'] });
    expect(change?.retention).toBeUndefined();
  });

  it('rds-cluster-engine-aurora-to-aurora-mysql: an engine change may replace (MAY_REPLACE): possible replacements, weighed as replacements', async () => {
    const report = await pair('rds-cluster-engine-aurora-to-aurora-mysql');
    const cluster = at(report, 'DatabaseB269D8BB')?.change;
    expect(cluster).toMatchObject({ action: 'replace', possibleReplacement: true, replacePaths: ['Engine'], retention: 'snapshot' });
    expect(report.findings.filter((f) => f.code === 'possible-replacement').map((f) => f.address)).toContain(cluster?.address);
    expect(report.decision.gate).toBe('closed');
  });

  it.each([
    ['kinesis-stream-retain-to-delete', 'MyStream5C050E93'],
    ['kms-key-retain-to-delete', 'MyKey6AB29FA6'],
    ['s3-bucket-key-retain-to-delete', 'MyBucketKeyC17130CF'],
  ])('%s: Retain switched to Delete in place is a protection switched off, gated', async (name, id) => {
    const report = await pair(name);
    expect(at(report, id)?.change.action).toBe('update');
    expect(report.findings.find((f) => f.code === 'guard-disabled')?.address).toBe(at(report, id)?.change.address);
    expect(report.decision.gate).toBe('closed');
  });

  it('pipeline-remove-kms-key-and-bucket: the key is deleted (gated), the retained bucket is an orphan', async () => {
    const report = await pair('pipeline-remove-kms-key-and-bucket');
    expect(at(report, 'PipelineArtifactsBucketEncryptionKey01D58D69')?.change.action).toBe('delete');
    expect(at(report, 'PipelineArtifactsBucket22248F97')?.change).toMatchObject({ action: 'orphan', retention: 'retain' });
    expect(report.decision.gatedAddresses).toContain(at(report, 'PipelineArtifactsBucketEncryptionKey01D58D69')?.change.address);
  });

  it('opensearch-domain-replaced-by-three: the removed domain is deleted; its successors differ, so no rename', async () => {
    const report = await pair('opensearch-domain-replaced-by-three');
    expect(at(report, 'Domain66AC69E0')?.change).toMatchObject({ action: 'delete', causes: ['no-config'] });
    expect(codes(report)).not.toContain('logical-id-rename');
  });

  it('cognito-userpool-schema-change: today\'s specification updates a user pool schema in place (it replaced it in 2020)', async () => {
    const report = await pair('cognito-userpool-schema-change');
    expect(at(report, 'myuserpool01998219')?.change.action).toBe('update');
    expect(report.decision.gate).toBe('open');
  });

  it('sc-logging-bucket-delete-to-retain: Delete switched to Retain is no finding; the auto-delete helper going is cheap', async () => {
    const report = await pair('sc-logging-bucket-delete-to-retain');
    expect(codes(report)).not.toContain('guard-disabled');
    expect(report.decision.gate).toBe('open');
  });

  it('the VPC pairs destroy most of a network: the environment-destroy circuit breaker trips', async () => {
    for (const name of ['route53-vpc-subnets-removed', 'ecs-l3-vpconly-alb-renames', 'ec2-vpcv2-cidr-change-ipam-removed']) {
      const report = await pair(name);
      expect(report.decision.verdict, name).toBe('fail');
      expect(report.decision.reasons.join(' '), name).toContain('environment-destroy');
    }
  });
});

describe.skipIf(!hasCorpus)('the cloud assemblies', () => {
  it('rds-cluster-engine-change: paired by artifact id, construct paths from the manifest metadata', async () => {
    const dir = join(root, 'assemblies', 'rds-cluster-engine-change');
    const inputs = await readCloudFormationPair(join(dir, 'before'), join(dir, 'after'));
    expect(inputs.map((i) => i.source)).toEqual([{ path: `${join(dir, 'after')}#aws-cdk-rds-integ`, format: 'cdk-assembly' }]);
    expect(inputs[0]?.formatVersion).toBe('31.0.0');
    const cluster = inputs[0]?.changes.find((c) => c.name === 'DatabaseB269D8BB');
    expect(cluster).toMatchObject({ action: 'replace', possibleReplacement: true, constructPath: 'aws-cdk-rds-integ/Database/Resource' });
    expect(analyzeInputs(inputs).decision.gate).toBe('closed');
  });

  it('nested-stack: both nested templates are found through the asset manifest (integ snapshots keep no asset metadata)', async () => {
    const dir = join(root, 'assemblies', 'nested-stack', 'current');
    const [stack] = readAssembly(dir).stacks;
    expect([...(stack?.tree.nested.keys() ?? [])].sort()).toEqual([
      'NestedStack1NestedStackNestedStack1NestedStackResource7E64AD52',
      'NestedStack2NestedStackNestedStack2NestedStackResourceFDF82E43',
    ]);
    expect(await readCloudFormationPair(dir, dir)).toEqual([]);
  });
});
