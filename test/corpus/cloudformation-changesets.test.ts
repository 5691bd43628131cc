import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanInput } from '../../src/model.js';
import { looksLikeChangeSet, readChangeSet } from '../../src/sources/cloudformation/changeset.js';
import { readCloudFormationPair } from '../../src/sources/cloudformation/pair.js';
import { refineWithChangeSet } from '../../src/sources/cloudformation/refine.js';
import { analyzeInputs } from '../cloudformation-helpers.js';
import { corpusDir } from '../helpers.js';

// Real `aws cloudformation describe-change-set` responses: the AWS CloudFormation User Guide's examples, and
// LocalStack's recordings of AWS (pytest snapshots: one response per JSON pointer, see SOURCES.md).

const root = join(corpusDir, 'cloudformation', 'changesets');
const hasCorpus = existsSync(root);
type Json = Record<string, unknown>;

/** Every response in the corpus, by file and (for snapshots) the pointer to it. */
function responses(): [string, Json][] {
  if (!hasCorpus) return [];
  return readdirSync(root)
    .sort()
    .flatMap((file): [string, Json][] => {
      const doc = JSON.parse(readFileSync(join(root, file), 'utf8')) as Json;
      if (looksLikeChangeSet(doc)) return [[file, doc]];
      return Object.entries(doc).flatMap(([test, recording]) =>
        Object.entries(((recording as Json)['recorded-content'] ?? {}) as Json)
          .filter(([, response]) => looksLikeChangeSet(response))
          .map(([key, response]): [string, Json] => [`${file}#/${test.replaceAll('/', '~1')}/recorded-content/${key}`, response as Json]),
      );
    });
}

function response(file: string, test?: string, key?: string): Json {
  const found = responses().find(([where]) => where.startsWith(file) && (!test || where.includes(test)) && (!key || where.endsWith(`/${key}`)));
  if (!found) throw new Error(`no response ${file} ${test ?? ''} ${key ?? ''}`);
  return structuredClone(found[1]);
}

/** A production-neutral name for the input: pointers hold words like "test" that would name an environment. */
const read = (doc: Json, path = 'change-set.json') => readChangeSet(doc, { path, format: 'cloudformation-changeset' });

type Resource = Json & { Action: string; Replacement?: string; PolicyAction?: string };
const resourceChanges = (doc: Json) => (doc['Changes'] as { Type?: string; ResourceChange: Resource }[]).filter((c) => c.Type !== 'HookInvocation').map((c) => c.ResourceChange);

describe.skipIf(!hasCorpus)('every change set in the corpus', () => {
  const all = responses();

  it('there are the User Guide examples and well over a hundred recordings', () => {
    expect(all.filter(([f]) => f.startsWith('awsdocs')).length).toBe(7);
    expect(all.length).toBeGreaterThan(150);
  });

  it.each(all.map(([where, doc]) => [where, doc] as const))('%s reads, one change per resource change, as CloudFormation says', (where, doc) => {
    const input = read(doc, where);
    const raw = resourceChanges(doc);
    expect(input.changes).toHaveLength(raw.length);
    raw.forEach((rc, i) => {
      const change = input.changes[i];
      const expected =
        rc.Action === 'Add' ? 'create'
        : rc.Action === 'Remove' ? (rc.PolicyAction === 'Retain' ? 'orphan' : 'delete')
        : rc.Action === 'Modify' ? (rc.Replacement === 'True' || rc.Replacement === 'Conditional' ? 'replace' : 'update')
        : 'import';
      expect(change?.action).toBe(expected);
      expect(change?.address).toBe(`${String(doc['StackName'])}/${String(rc['LogicalResourceId'])}`);
      expect(change?.type).toBe(rc['ResourceType']);
    });
    expect(analyzeInputs([input]).sources).toEqual([expect.objectContaining({ format: 'cloudformation-changeset' })]);
  });
});

describe.skipIf(!hasCorpus)('what the change sets say', () => {
  it('a replacement names the properties that require recreation, always or conditionally', () => {
    const input = read(response('awsdocs-replacement-true-ec2.json'));
    expect(input.changes).toEqual([
      expect.objectContaining({ address: 'SampleStack/MyEC2Instance', action: 'replace', replacePaths: ['InstanceType', 'KeyName'], replaceOrder: 'create-before-destroy' }),
    ]);
    expect(input.changes[0]?.possibleReplacement).toBeUndefined();
    expect(input.signals).toEqual(expect.arrayContaining([{ kind: 'stack', key: 'stackName', value: 'SampleStack' }, { kind: 'variable', key: 'Purpose', value: 'production' }]));
  });

  it('a log group removed with PolicyAction Delete is deleted and gated in production', () => {
    const doc = response('localstack-change-set-values', 'test_property_empy_list', 'describe-change-set-2-prop-values');
    const report = analyzeInputs([read(doc)]);
    expect(report.changes.map((a) => [a.change.type, a.change.action, a.change.retention])).toEqual([['AWS::Logs::LogGroup', 'delete', undefined]]);
    expect(report.decision.gate).toBe('closed');
  });

  it('a topic replaced with PolicyAction ReplaceAndDelete keeps nothing, and is not gated for a topic', () => {
    const doc = response('localstack-change-set-parameters', 'test_update_parameter_default_value', 'describe-change-set-2');
    const report = analyzeInputs([read(doc)]);
    expect(report.changes.map((a) => a.change)).toEqual([expect.objectContaining({ action: 'replace', replacePaths: ['TopicName'], causes: ['attributes'] })]);
    expect(report.changes[0]?.change.retention).toBeUndefined();
    expect(report.decision.gate).toBe('open');
  });

  it('with IncludePropertyValues the contexts give the values', () => {
    const doc = response('localstack-change-set-parameters', 'test_update_parameter_default_value', 'describe-change-set-2-prop-values');
    const [change] = (read(doc)).changes;
    expect(change).toMatchObject({ before: { TopicName: 'topic-name-1' }, after: { TopicName: 'topic-name-2' } });
  });

  it('a nested stack in a root change set is its resource; the nested change set is an input of its own', () => {
    const root = read(response('awsdocs-nested-root-change-set.json'));
    expect(root.changes.map((c) => [c.address, c.type, c.action])).toEqual([['my-root-stack/ChildStack', 'AWS::CloudFormation::Stack', 'update']]);
    const child = read(response('awsdocs-nested-child-change-set.json'));
    expect(child.changes.map((c) => [c.address, c.action])).toEqual([['my-nested-stack/function', 'update']]);
  });
});

// The corpus holds no Retain, ReplaceAndRetain, Snapshot or Conditional replies; these take a recorded reply and set
// the field as CloudFormation writes it (API reference: ResourceChange.PolicyAction, ResourceChange.Replacement).
describe.skipIf(!hasCorpus)('PolicyAction and Replacement, on recorded replies with the field set', () => {
  function withField(field: 'PolicyAction' | 'Replacement', value: string, doc: Json): PlanInput {
    for (const rc of resourceChanges(doc)) rc[field] = value;
    return read(doc);
  }
  const removal = () => response('localstack-change-set-values', 'test_property_empy_list', 'describe-change-set-2');
  const replacement = () => response('localstack-change-set-parameters', 'test_update_parameter_default_value', 'describe-change-set-2');

  it('Retain: the log group leaves the stack and is kept: not gated', () => {
    const input = withField('PolicyAction', 'Retain', removal());
    expect(input.changes[0]).toMatchObject({ action: 'orphan', retention: 'retain' });
    expect(analyzeInputs([input]).decision.gate).toBe('open');
  });

  it('Snapshot: deleted with a snapshot kept', () => {
    expect((withField('PolicyAction', 'Snapshot', removal())).changes[0]).toMatchObject({ action: 'delete', retention: 'snapshot' });
  });

  it('ReplaceAndRetain: replaced, the old one kept', () => {
    expect((withField('PolicyAction', 'ReplaceAndRetain', replacement())).changes[0]).toMatchObject({ action: 'replace', retention: 'retain' });
  });

  it('Conditional: a possible replacement, weighed as one, with a finding that says so', () => {
    const input = withField('Replacement', 'Conditional', replacement());
    expect(input.changes[0]).toMatchObject({ action: 'replace', possibleReplacement: true });
    expect(input.findings).toEqual([expect.objectContaining({ code: 'possible-replacement', address: input.changes[0]?.address })]);
  });
});

describe.skipIf(!hasCorpus)('a template pair refined by the change set of its stack', () => {
  // The User Guide's SampleStack: the instance takes its key pair, type and Purpose tag from parameters.
  const sample = (instanceType: unknown) =>
    JSON.stringify({
      Parameters: { KeyPairName: { Type: 'String' }, InstanceType: { Type: 'String' }, Purpose: { Type: 'String' } },
      Resources: {
        MyEC2Instance: {
          Type: 'AWS::EC2::Instance',
          Properties: { ImageId: 'ami-8fcee4e5', KeyName: { Ref: 'KeyPairName' }, InstanceType: instanceType, Tags: [{ Key: 'Purpose', Value: { Ref: 'Purpose' } }] },
        },
      },
    });
  const dir = mkdtempSync(join(tmpdir(), 'blastgate-refine-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('parameters that change at deploy time: the templates see nothing, the change set a replacement', async () => {
    const template = file('SampleStack.template.json', sample({ Ref: 'InstanceType' }));
    const inputs = await readCloudFormationPair(template, template);
    expect(inputs[0]?.changes.map((c) => c.action)).toEqual(['no-op']);
    const refined = refineWithChangeSet(inputs, read(response('awsdocs-replacement-true-ec2.json')));
    expect(refined[0]?.changes).toEqual([
      expect.objectContaining({ address: 'SampleStack/MyEC2Instance', action: 'replace', replacePaths: ['InstanceType', 'KeyName'], source: inputs[0]?.source }),
    ]);
  });

  it("CloudFormation's Replacement False wins over the specification's MAY_REPLACE", async () => {
    const inputs = await readCloudFormationPair(file('base/SampleStack.json', sample('t2.micro')), file('head/SampleStack.json', sample('t2.small')));
    expect(inputs[0]?.changes[0]).toMatchObject({ action: 'replace', possibleReplacement: true });
    expect(inputs[0]?.findings?.map((f) => f.code)).toEqual(['possible-replacement']);
    const [refined] = refineWithChangeSet(inputs, read(response('awsdocs-parameter-value-change.json')));
    expect(refined?.changes[0]).toMatchObject({ action: 'update', replacePaths: [] });
    expect(refined?.changes[0]?.possibleReplacement).toBeUndefined();
    expect(refined?.findings).toEqual([]);
  });

  it('a change set for a stack the pair does not have is refused', async () => {
    const one = await readCloudFormationPair(file('a.json', sample('t2.micro')), file('b.json', sample('t2.micro')));
    const two = [...one, { ...one[0]!, signals: [{ kind: 'stack' as const, key: 'stackName', value: 'Other' }] }];
    expect(() => refineWithChangeSet(two, read(response('awsdocs-replacement-true-ec2.json')))).toThrow(/change set for stack SampleStack/);
  });
});
