import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { readCloudFormationPair } from '../src/sources/cloudformation/pair.js';
import { policyOf } from '../src/sources/cloudformation/policies.js';
import { referencesIn, stackReferences } from '../src/sources/cloudformation/references.js';
import { parseTemplate, type TemplateResource } from '../src/sources/cloudformation/template.js';
import { analyzeInputs } from './cloudformation-helpers.js';

// Plain CloudFormation templates, JSON or YAML with the short-form intrinsics, read as a base/head pair.

const YAML = `
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    DeletionPolicy: Retain
    Properties:
      TableName: !Sub '\${AWS::StackName}-orders'
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      BillingMode: !If [IsProd, PAY_PER_REQUEST, !Ref AWS::NoValue]
  Reader:
    Type: AWS::Lambda::Function
    Condition: IsProd
    Properties:
      Role: !GetAtt ReaderRole.Arn
      Environment:
        Variables:
          TABLE: !Ref Orders
          STREAM: !GetAtt [Orders, StreamArn]
          URL: !Sub
            - 'https://\${Host}/\${Orders}'
            - Host: !Select [0, !Split [',', !ImportValue shared-hosts]]
          ZONES: !Join [',', !GetAZs '']
          BLOB: !Base64 { 'Fn::Join': ['', [a, b]] }
          NET: !Select [0, !Cidr [10.0.0.0/16, 2, 8]]
          MAPPED: !FindInMap [Sizes, !Ref Env, Memory]
          EITHER: !If [IsProd, !And [!Condition IsProd, !Not [!Or [!Equals [a, b], !Equals [c, d]]]], 'no']
  ReaderRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !Transform { Name: AWS::Include, Parameters: { Location: s3://bucket/policy.yaml } }
`;

describe('YAML templates', () => {
  const template = parseTemplate(YAML, 'app.yaml');
  const reader = template.Resources['Reader'] as TemplateResource;
  const variables = (reader.Properties?.['Environment'] as { Variables: Record<string, unknown> }).Variables;

  it('read the short-form intrinsics as their long form', () => {
    expect(template.Resources['Orders']?.Properties?.['TableName']).toEqual({ 'Fn::Sub': '${AWS::StackName}-orders' });
    expect(reader.Properties?.['Role']).toEqual({ 'Fn::GetAtt': ['ReaderRole', 'Arn'] });
    expect(variables).toEqual({
      TABLE: { Ref: 'Orders' },
      STREAM: { 'Fn::GetAtt': ['Orders', 'StreamArn'] },
      URL: { 'Fn::Sub': ['https://${Host}/${Orders}', { Host: { 'Fn::Select': [0, { 'Fn::Split': [',', { 'Fn::ImportValue': 'shared-hosts' }] }] } }] },
      ZONES: { 'Fn::Join': [',', { 'Fn::GetAZs': '' }] },
      BLOB: { 'Fn::Base64': { 'Fn::Join': ['', ['a', 'b']] } },
      NET: { 'Fn::Select': [0, { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] }] },
      MAPPED: { 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'Memory'] },
      EITHER: {
        'Fn::If': [
          'IsProd',
          { 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Not': [{ 'Fn::Or': [{ 'Fn::Equals': ['a', 'b'] }, { 'Fn::Equals': ['c', 'd'] }] }] }] },
          'no',
        ],
      },
    });
    expect(template['Conditions']).toEqual({ IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } });
    expect(template.Resources['ReaderRole']?.Properties?.['AssumeRolePolicyDocument']).toEqual({
      'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://bucket/policy.yaml' } },
    });
  });

  it('keep their references: Ref, GetAtt and the ${…} of Fn::Sub, not its own variables', () => {
    const ids = referencesIn(reader.Properties).map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set(['ReaderRole', 'Orders', 'Env']));
    expect(referencesIn(variables['STREAM'])).toEqual([{ id: 'Orders', attribute: 'StreamArn' }]);
    // The graph keeps the references to resources: parameters and pseudo parameters are not nodes.
    const references = stackReferences({ template, prefix: 'app', nested: new Map() });
    expect(references).toEqual(new Map([['app/Reader', new Set(['app/ReaderRole', 'app/Orders'])]]));
  });

  it('refuse what is not a template, saying which file', () => {
    expect(() => parseTemplate('Resources: [1, 2]', 'list.yaml')).toThrow(InputError);
    expect(() => parseTemplate('{"Resources": {"A": {"Properties": {}}}}', 'untyped.json')).toThrow(/resource "A" has no string Type/);
    expect(() => parseTemplate('Resources:\n  A: [unclosed', 'broken.yaml')).toThrow(/broken.yaml: is neither JSON nor YAML/);
    expect(() => parseTemplate('  \n', 'empty.yaml')).toThrow(/is empty/);
  });
});

describe('policies CloudFormation applies when the template says nothing', () => {
  const resource = (Type: string, Properties: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): TemplateResource => ({ Type, Properties, ...extra });

  it('RDS clusters and stand-alone RDS instances snapshot on delete; everything else is deleted', () => {
    expect(policyOf(resource('AWS::RDS::DBCluster'), 'DeletionPolicy')).toBe('Snapshot');
    expect(policyOf(resource('AWS::RDS::DBInstance'), 'DeletionPolicy')).toBe('Snapshot');
    expect(policyOf(resource('AWS::RDS::DBInstance', { DBClusterIdentifier: { Ref: 'Cluster' } }), 'DeletionPolicy')).toBe('Delete');
    expect(policyOf(resource('AWS::DynamoDB::Table'), 'DeletionPolicy')).toBe('Delete');
  });

  it('UpdateReplacePolicy defaults to Delete, for a database too: the Snapshot default is DeletionPolicy\'s only', () => {
    expect(policyOf(resource('AWS::RDS::DBInstance'), 'UpdateReplacePolicy')).toBe('Delete');
    expect(policyOf(resource('AWS::RDS::DBCluster'), 'UpdateReplacePolicy')).toBe('Delete');
  });

  it('RetainExceptOnCreate retains an existing resource; an intrinsic counts as the weakest', () => {
    expect(policyOf(resource('AWS::S3::Bucket', {}, { DeletionPolicy: 'RetainExceptOnCreate' }), 'DeletionPolicy')).toBe('Retain');
    expect(policyOf(resource('AWS::S3::Bucket', {}, { DeletionPolicy: { 'Fn::If': ['C', 'Retain', 'Delete'] } }), 'DeletionPolicy')).toBe('Delete');
  });
});

describe('a template pair', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'blastgate-templates-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, text: string): string {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  }

  it('YAML against the same template in JSON changes nothing', async () => {
    const json = write('app.template.json', JSON.stringify(parseTemplate(YAML, 'app.yaml')));
    const [input] = await readCloudFormationPair(write('app.yaml', YAML), json);
    expect(input?.source).toEqual({ path: json, format: 'cloudformation-template' });
    expect(input?.changes.map((c) => c.action)).toEqual(['no-op', 'no-op', 'no-op']);
    expect(input?.changes.map((c) => c.address).sort()).toEqual(['app/Orders', 'app/Reader', 'app/ReaderRole']);
  });

  it('a retained table whose key changes is replaced, kept, and not gated for data loss', async () => {
    const head = write('head.yaml', YAML.replace('DeletionPolicy: Retain', 'DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain').replace('AttributeName: id, KeyType', 'AttributeName: pk, KeyType'));
    const base = write('base.yaml', YAML.replace('DeletionPolicy: Retain', 'DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain'));
    const report = analyzeInputs(await readCloudFormationPair(base, head));
    const table = report.changes.find((a) => a.change.name === 'Orders');
    expect(table?.change).toMatchObject({ action: 'replace', retention: 'retain', replacePaths: ['KeySchema'] });
    expect(report.decision.gatedAddresses).not.toContain('head/Orders');
  });

  it('…and without UpdateReplacePolicy the same replacement is gated (DeletionPolicy does not cover replacements)', async () => {
    const head = write('head2.yaml', YAML.replace('AttributeName: id, KeyType', 'AttributeName: pk, KeyType'));
    const report = analyzeInputs(await readCloudFormationPair(write('base2.yaml', YAML), head));
    expect(report.changes.find((a) => a.change.name === 'Orders')?.change.retention).toBeUndefined();
    expect(report.decision.gatedAddresses).toEqual(['head2/Orders']);
  });

  it('follows a nested stack named by a local TemplateURL (before `aws cloudformation package`)', async () => {
    mkdirSync(join(dir, 'nested'), { recursive: true });
    const child = (key: string) => JSON.stringify({ Resources: { Table: { Type: 'AWS::DynamoDB::Table', Properties: { KeySchema: [{ AttributeName: key, KeyType: 'HASH' }] } } } });
    const parent = (file: string) => JSON.stringify({ Resources: { Storage: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: file } } } });
    writeFileSync(join(dir, 'nested/child-a.json'), child('id'));
    writeFileSync(join(dir, 'nested/child-b.json'), child('pk'));
    const [input] = await readCloudFormationPair(write('nested/parent-a.json', parent('child-a.json')), write('nested/parent-b.json', parent('child-b.json')));
    expect(input?.changes.map((c) => [c.address, c.action])).toEqual([
      ['parent-b/Storage', 'update'],
      ['parent-b/Storage/Table', 'replace'],
    ]);
  });

  it('a nested stack deleted whose template is not at hand is a finding that gates', async () => {
    const parent = JSON.stringify({ Resources: { Storage: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'https://s3.amazonaws.com/b/k.json' } } } });
    const report = analyzeInputs(await readCloudFormationPair(write('p1.json', parent), write('p2.json', '{"Resources": {}}')));
    expect(report.findings).toEqual([expect.objectContaining({ code: 'stateful-destroy', severity: 'high', address: 'p2/Storage' })]);
    expect(report.decision.gate).toBe('closed');
  });

  it('refuses a template beside a cloud assembly, and paths that do not exist', async () => {
    await expect(readCloudFormationPair(dir, write('x.json', '{"Resources": {}}'))).rejects.toThrow(/--base is a cloud assembly but --head is not/);
    await expect(readCloudFormationPair(join(dir, 'nope.json'), join(dir, 'x.json'))).rejects.toThrow(/no such file or directory \(--base\)/);
    await expect(readCloudFormationPair(dir, dir)).rejects.toThrow(/without manifest.json/);
  });
});
