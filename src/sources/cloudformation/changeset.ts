import { InputError } from '../../errors.js';
import { isRecord } from '../../util/record.js';
import type { Action, Change, EnvironmentSignal, PlanInput, Retention, SourceRef } from '../../model.js';
import { possibleReplacementFindings } from './findings.js';
import { retentionOfPolicyAction } from './policies.js';
import { stackReferences } from './references.js';
import { stackSignals } from './signals.js';
import type { Template, TemplateResource } from './template.js';

// `aws cloudformation describe-change-set` output: what CloudFormation itself says it will do to each resource,
// replacement included, with parameters and dynamic references resolved. The positional PLAN of the CLI, read
// synchronously like a Terraform plan: IAM and security-group findings come from the template pair, whose diff
// has the policies and rules whole.

type Json = Record<string, unknown>;

/** True for a DescribeChangeSet response (the CLI's JSON output). */
export function looksLikeChangeSet(doc: unknown): boolean {
  return isRecord(doc) && Array.isArray(doc['Changes']) && ('ChangeSetId' in doc || 'ChangeSetName' in doc);
}

function stackNameOf(doc: Json): string {
  if (typeof doc['StackName'] === 'string') return doc['StackName'];
  const arn = typeof doc['StackId'] === 'string' ? /:stack\/([^/]+)\//.exec(doc['StackId']) : null;
  return arn?.[1] ?? 'Stack';
}

/** BeforeContext / AfterContext (IncludePropertyValues): the resource as in the template, as a JSON string. */
function context(value: unknown): Json | undefined {
  if (typeof value !== 'string') return isRecord(value) ? value : undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function details(rc: Json): Json[] {
  return Array.isArray(rc['Details']) ? rc['Details'].filter(isRecord) : [];
}

/** Properties whose change CloudFormation says requires recreation, always or depending on values. */
function replacePathsOf(rc: Json): string[] {
  const paths = new Set<string>();
  for (const detail of details(rc)) {
    const target = isRecord(detail['Target']) ? detail['Target'] : {};
    const recreation = target['RequiresRecreation'];
    if (target['Attribute'] === 'Properties' && typeof target['Name'] === 'string' && (recreation === 'Always' || recreation === 'Conditionally')) {
      paths.add(target['Name']);
    }
  }
  return [...paths].sort();
}

interface Shape {
  action: Action;
  possible?: boolean;
  retention?: Retention;
}

function shapeOf(rc: Json, where: string, file: string): Shape {
  const policy = retentionOfPolicyAction(rc['PolicyAction']);
  switch (rc['Action']) {
    case 'Add':
      return { action: 'create' };
    case 'Remove':
      return policy === 'retain' ? { action: 'orphan', retention: 'retain' } : { action: 'delete', ...(policy ? { retention: policy } : {}) };
    case 'Modify': {
      const replacement = rc['Replacement'];
      if (replacement !== 'True' && replacement !== 'Conditional') return { action: 'update' };
      return { action: 'replace', ...(replacement === 'Conditional' ? { possible: true } : {}), ...(policy ? { retention: policy } : {}) };
    }
    case 'Import':
      return { action: 'import' };
    case 'Dynamic':
      // Resolved only at deploy time (macros, Fn::ForEach): anything may happen, so it counts as a possible replacement.
      return { action: 'replace', possible: true };
    case 'SyncWithActual':
      return { action: 'update' };
    default:
      throw new InputError(file, `${where}: unknown Action ${JSON.stringify(rc['Action'])}`);
  }
}

/** Property values before and after, from the contexts or, without them, from each detail's BeforeValue/AfterValue. */
function propertiesOf(rc: Json, side: 'Before' | 'After'): Record<string, unknown> {
  const ctx = context(rc[`${side}Context`]);
  if (ctx) return isRecord(ctx['Properties']) ? ctx['Properties'] : {};
  const values: Record<string, unknown> = {};
  for (const detail of details(rc)) {
    const target = isRecord(detail['Target']) ? detail['Target'] : {};
    const value = target[`${side}Value`];
    if (target['Attribute'] === 'Properties' && typeof target['Name'] === 'string' && typeof value === 'string') {
      try {
        values[target['Name']] = JSON.parse(value) as unknown;
      } catch {
        values[target['Name']] = value;
      }
    }
  }
  return values;
}

function changeOf(rc: Json, stack: string, source: SourceRef, where: string): Change {
  const id = rc['LogicalResourceId'];
  const type = rc['ResourceType'];
  if (typeof id !== 'string' || typeof type !== 'string') throw new InputError(source.path, `${where} lacks LogicalResourceId or ResourceType`);
  const shape = shapeOf(rc, where, source.path);
  const path = context(rc['AfterContext'])?.['Metadata'] ?? context(rc['BeforeContext'])?.['Metadata'];
  const constructPath = isRecord(path) && typeof path['aws:cdk:path'] === 'string' ? path['aws:cdk:path'] : undefined;
  const address = `${stack}/${id}`;
  const { action } = shape;
  return {
    address,
    configAddress: address,
    type,
    provider: 'cloudformation',
    mode: 'managed',
    module: '',
    name: id,
    source,
    action,
    ...(action === 'replace' ? { replaceOrder: 'create-before-destroy' as const } : {}),
    causes: action === 'replace' ? ['attributes'] : action === 'delete' || action === 'orphan' ? ['no-config'] : [],
    replacePaths: action === 'replace' ? replacePathsOf(rc) : [],
    before: action === 'create' ? null : propertiesOf(rc, 'Before'),
    after: action === 'delete' || action === 'orphan' ? null : propertiesOf(rc, 'After'),
    ...(shape.retention ? { retention: shape.retention } : {}),
    ...(constructPath ? { constructPath } : {}),
    ...(shape.possible ? { possibleReplacement: true } : {}),
  };
}

/** The resources the contexts (IncludePropertyValues) describe, as a template: enough for their references. */
function contextTemplate(resourceChanges: Json[], side: 'Before' | 'After'): Template | undefined {
  const resources: Record<string, TemplateResource> = {};
  for (const rc of resourceChanges) {
    const ctx = context(rc[`${side}Context`]);
    if (ctx && typeof rc['LogicalResourceId'] === 'string' && typeof rc['ResourceType'] === 'string') {
      resources[rc['LogicalResourceId']] = { ...ctx, Type: rc['ResourceType'] };
    }
  }
  return Object.keys(resources).length > 0 ? { Resources: resources } : undefined;
}

function parameterSignals(doc: Json): EnvironmentSignal[] {
  const parameters = Array.isArray(doc['Parameters']) ? doc['Parameters'].filter(isRecord) : [];
  return parameters
    .filter((p) => typeof p['ParameterKey'] === 'string' && typeof p['ParameterValue'] === 'string' && p['ParameterValue'] !== '****')
    .map((p) => ({ kind: 'variable', key: p['ParameterKey'] as string, value: p['ParameterValue'] as string }));
}

function tagsOf(doc: Json): Record<string, string> {
  const tags = Array.isArray(doc['Tags']) ? doc['Tags'].filter(isRecord) : [];
  return Object.fromEntries(tags.filter((t) => typeof t['Key'] === 'string' && typeof t['Value'] === 'string').map((t) => [t['Key'], t['Value']]));
}

/** Turns a parsed DescribeChangeSet response into the normalized model. Pure: the caller reads the file. */
export function readChangeSet(doc: unknown, source: SourceRef): PlanInput {
  if (!isRecord(doc) || !looksLikeChangeSet(doc)) {
    throw new InputError(source.path, 'not a CloudFormation change set (expected the output of `aws cloudformation describe-change-set`)');
  }
  const stack = stackNameOf(doc);
  const resourceChanges: Json[] = [];
  const changes: Change[] = [];
  (doc['Changes'] as unknown[]).forEach((entry, i) => {
    if (!isRecord(entry)) throw new InputError(source.path, `Changes[${i}] is not an object`);
    // Hook invocations say which hooks run, not what happens to resources.
    if (entry['Type'] !== undefined && entry['Type'] !== 'Resource') return;
    const rc = entry['ResourceChange'];
    if (!isRecord(rc)) throw new InputError(source.path, `Changes[${i}] has no ResourceChange`);
    resourceChanges.push(rc);
    changes.push(changeOf(rc, stack, source, `Changes[${i}]`));
  });

  const contexts = [contextTemplate(resourceChanges, 'Before'), contextTemplate(resourceChanges, 'After')].filter((t) => t !== undefined);
  const references = new Map<string, Set<string>>();
  for (const template of contexts) stackReferences({ template, prefix: stack, nested: new Map() }, references);
  return {
    source,
    changes,
    drift: [],
    references,
    signals: [...stackSignals({ stackName: stack, tags: tagsOf(doc) }, contexts), ...parameterSignals(doc)],
    findings: possibleReplacementFindings(changes),
  };
}
