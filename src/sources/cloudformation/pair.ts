import { existsSync, statSync } from 'node:fs';
import { isRecord } from '../../util/record.js';
import { basename } from 'node:path';
import { lookup } from '../../catalog/index.js';
import { InputError } from '../../errors.js';
import type { PlanInput, SourceRef } from '../../model.js';
import { readAssembly, type StackArtifact } from './assembly.js';
import { possibleReplacementFindings } from './findings.js';
import { readStackTree, type StackTree } from './nested.js';
import { referenceScope, stackReferences } from './references.js';
import { withLogicalIdRenames } from './renames.js';
import { stackSignals, type StackIdentity } from './signals.js';
import { diffStack, type LogicalIdIndex } from './stack.js';
import type { Template } from './template.js';

// `blastgate analyze --base PATH --head PATH`: the target branch's synthesized templates against the PR's.
// Two templates make one stack; two cloud assemblies (cdk.out) are paired stack by stack on artifact ids.
// Each stack that changed becomes one input, its nested stacks folded in (addresses Stack/Nested/LogicalId).

type Side = 'base' | 'head';

function kindOf(path: string, side: Side): 'assembly' | 'template' {
  if (!existsSync(path)) throw new InputError(path, `no such file or directory (--${side})`);
  return statSync(path).isDirectory() ? 'assembly' : 'template';
}

function templates(tree: StackTree): Template[] {
  return [tree.template, ...[...tree.nested.values()].flatMap(templates)];
}

interface StackPair {
  identity: StackIdentity;
  /** Absent for a stack new in the head: all creates. */
  base: StackTree | undefined;
  head: StackTree;
  source: SourceRef;
  formatVersion?: string;
  /** The stack's construct path, for construct paths from the assembly's metadata. */
  scope?: string;
  index?: LogicalIdIndex;
}

async function stackInput(pair: StackPair): Promise<PlanInput> {
  const prefix = pair.identity.stackName;
  const { changes, findings } = await diffStack(
    { base: pair.base, head: pair.head, scope: pair.scope, index: pair.index },
    { source: pair.source, prefix, module: '' },
  );
  // Edges from both sides: a deleted resource's dependents are in the base, a replaced one's in the head.
  const references = new Map<string, Set<string>>();
  for (const tree of [pair.base, pair.head]) if (tree) stackReferences(referenceScope(tree, prefix), references);
  return {
    source: pair.source,
    ...(pair.formatVersion ? { formatVersion: pair.formatVersion } : {}),
    changes,
    drift: [],
    references,
    signals: stackSignals(pair.identity, templates(pair.head)),
    findings: [...findings, ...possibleReplacementFindings(changes)],
  };
}

/** `app.template.json` -> `app`; a CDK template names its stack in the first segment of aws:cdk:path. */
function stackNameOf(tree: StackTree, file: string): string {
  for (const r of Object.values(tree.template.Resources)) {
    const path = r?.Metadata?.['aws:cdk:path'];
    if (typeof path === 'string' && path.includes('/')) return path.slice(0, path.indexOf('/'));
  }
  return basename(file).replace(/(\.template)?\.(json|ya?ml)$/i, '').replace(/\.template$/i, '') || 'Stack';
}

async function templatePair(base: string, head: string): Promise<PlanInput[]> {
  const baseTree = readStackTree(base);
  const headTree = readStackTree(head);
  const version = headTree.template.AWSTemplateFormatVersion;
  return [
    await stackInput({
      identity: { stackName: stackNameOf(headTree, head) },
      base: baseTree,
      head: headTree,
      source: { path: head, format: 'cloudformation-template' },
      ...(typeof version === 'string' ? { formatVersion: version } : {}),
    }),
  ];
}

function identityOf(stack: StackArtifact): StackIdentity {
  return {
    stackName: stack.stackName,
    displayName: stack.displayName,
    ...(stack.account ? { account: stack.account } : {}),
    ...(stack.region ? { region: stack.region } : {}),
    tags: stack.tags,
  };
}

/** A stack only in the base: `cdk deploy` leaves it running, unmanaged, and says nothing; worth a word, never a gate. */
function unmanagedInput(stack: StackArtifact, path: string, formatVersion: string | undefined): PlanInput {
  const resources = templates(stack.tree)
    .flatMap((t) => Object.values(t.Resources))
    .filter((r) => isRecord(r) && typeof r.Type === 'string' && r.Type !== 'AWS::CDK::Metadata');
  const stores = [...new Set(resources.filter((r) => lookup(r.Type).entry.class === 'data').map((r) => r.Type))];
  return {
    source: { path: `${path}#${stack.displayName}`, format: 'cdk-assembly' },
    ...(formatVersion ? { formatVersion } : {}),
    changes: [],
    drift: [],
    references: new Map(),
    signals: stackSignals(identityOf(stack), templates(stack.tree)),
    findings: [
      {
        code: 'unmanaged-stack',
        stake: { kind: 'code' },
        message:
          `${stack.stackName} is no longer in the app: \`cdk deploy\` does not delete it, so its ${resources.length} resources stay deployed and unmanaged` +
          `${stores.length > 0 ? ` (data stores among them: ${stores.join(', ')})` : ''}. Deleting the stack by hand deletes them.`,
      },
    ],
  };
}

async function assemblyPair(base: string, head: string): Promise<PlanInput[]> {
  const baseAssembly = readAssembly(base);
  const headAssembly = readAssembly(head);
  const baseStacks = new Map(baseAssembly.stacks.map((s) => [s.key, s]));
  const inputs: PlanInput[] = [];
  for (const stack of headAssembly.stacks) {
    const before = baseStacks.get(stack.key);
    const input = await stackInput({
      identity: identityOf(stack),
      base: before?.tree,
      head: stack.tree,
      source: { path: `${head}#${stack.displayName}`, format: 'cdk-assembly' },
      ...(headAssembly.version ? { formatVersion: headAssembly.version } : {}),
      scope: stack.displayName,
      index: [...stack.logicalIds, ...(before?.logicalIds ?? [])],
    });
    // "Every stack that changed": an unchanged stack adds nothing but noise.
    if (input.changes.some((c) => c.action !== 'no-op') || (input.findings ?? []).length > 0) inputs.push(input);
  }
  const headKeys = new Set(headAssembly.stacks.map((s) => s.key));
  for (const stack of baseAssembly.stacks) {
    if (!headKeys.has(stack.key)) inputs.push(unmanagedInput(stack, base, baseAssembly.version));
  }
  return inputs;
}

/**
 * Reads a base/head pair of CloudFormation templates (JSON or YAML) or CDK cloud assemblies into one input per stack.
 * Loads @aws-cdk/cloudformation-diff (and its service specification) on first use.
 */
export async function readCloudFormationPair(base: string, head: string): Promise<PlanInput[]> {
  const kind = kindOf(base, 'base');
  if (kindOf(head, 'head') !== kind) {
    throw new InputError(head, `--base is ${kind === 'assembly' ? 'a cloud assembly' : 'a template'} but --head is not: give two templates or two cdk.out directories`);
  }
  return withLogicalIdRenames(kind === 'assembly' ? await assemblyPair(base, head) : await templatePair(base, head));
}
