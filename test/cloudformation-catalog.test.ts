import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookup } from '../src/catalog/index.js';
import { STATEFUL_TYPES, TYPES_BY_NAMESPACE } from '../src/catalog/cloudformation-types.js';
import type { ResourceClass } from '../src/model.js';
import { repoRoot } from './helpers.js';

// The catalog for CloudFormation types: common types weighed by hand, every other type of the CloudFormation
// specification from its stateful flag (src/catalog/cloudformation-types.ts, written by a committed script).

const specTypes = Object.entries(TYPES_BY_NAMESPACE).flatMap(([namespace, names]) => names.split(' ').map((n) => `${namespace}::${n}`));

describe('CloudFormation types in the catalog', () => {
  it('the table generated from @aws-cdk/aws-service-spec is what the installed specification says', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/cloudformation-types.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('every type of the specification has an entry of its own', () => {
    expect(specTypes.length).toBeGreaterThan(1500);
    expect(specTypes.filter((t) => lookup(t).matched !== 'exact')).toEqual([]);
  });

  it('every type the specification marks stateful loses data when destroyed, but nested stacks, whose resources are weighed one by one', () => {
    for (const type of STATEFUL_TYPES.filter((t) => t !== 'AWS::CloudFormation::Stack')) {
      expect(lookup(type).entry.dataLoss, type).toBeGreaterThan(0);
    }
    expect(lookup('AWS::CloudFormation::Stack').entry.dataLoss).toBe(0);
  });

  it('a type the specification does not mark stateful, and nobody weighed, costs an outage at most', () => {
    expect(lookup('AWS::Pipes::Pipe').entry).toMatchObject({ class: 'compute', dataLoss: 0 });
  });

  it.each([
    ['AWS::DynamoDB::Table', 'data', ['TableName']],
    ['AWS::RDS::DBInstance', 'data', ['DBInstanceIdentifier']],
    ['AWS::RDS::DBCluster', 'data', ['DBClusterIdentifier']],
    ['AWS::S3::Bucket', 'data', ['BucketName']],
    ['AWS::SQS::Queue', 'data', ['QueueName']],
    ['AWS::KMS::Key', 'data', undefined],
    ['AWS::Serverless::SimpleTable', 'data', ['TableName']],
    ['Custom::DynamoDBReplica', 'data', undefined],
    ['AWS::EC2::VPC', 'foundation', undefined],
    ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'foundation', ['Name']],
    ['AWS::IAM::Role', 'identity', ['RoleName']],
    ['AWS::CloudFront::Distribution', 'edge', undefined],
    ['AWS::Lambda::Function', 'compute', ['FunctionName']],
    ['Custom::S3AutoDeleteObjects', 'compute', undefined],
    ['AWS::CDK::Metadata', 'ephemeral', undefined],
  ] as [string, ResourceClass, string[] | undefined][])('%s is %s, named by %j', (type, cls, identity) => {
    const { entry, matched } = lookup(type);
    expect(matched).toBe('exact');
    expect(entry.class).toBe(cls);
    expect(entry.identity).toEqual(identity);
  });

  it('a custom resource nobody knows is possibly stateful, as any unknown type', () => {
    expect(lookup('Custom::SomethingOfOurOwn')).toMatchObject({ matched: 'name', entry: { class: 'data' } });
  });

});
