import { InputError } from '../../errors.js';
import type { Change, PlanInput } from '../../model.js';
import { possibleReplacementFindings } from './findings.js';
import { isRecord } from '../../util/record.js';

// A template pair and a change set for the same stack: the templates say what changes and why, the change set
// says what CloudFormation will actually do. As in cloudformation-diff, the change set decides replacement
// (a property CloudFormation will not recreate for is an update), and a difference it does not list is dropped
// when the value is only known at deploy time. Unlike cloudformation-diff, its resource-level Replacement and its
// PolicyAction (what a delete or replacement keeps) count too.

/** A value CloudFormation resolves at deploy time: a Ref, an Fn:: intrinsic, a {{resolve:…}} dynamic reference. */
function resolvedAtDeployTime(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('{{resolve:');
  if (Array.isArray(value)) return value.some(resolvedAtDeployTime);
  if (!isRecord(value)) return false;
  return Object.entries(value).some(([key, v]) => key === 'Ref' || key.startsWith('Fn::') || resolvedAtDeployTime(v));
}

function changedProperties(change: Change): string[] {
  const before = change.before ?? {};
  const after = change.after ?? {};
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

const isDeployTime = (change: Change, property: string) =>
  resolvedAtDeployTime(change.before?.[property]) || resolvedAtDeployTime(change.after?.[property]);

/** The change without what only a replacement or a delete carries. */
function withoutReplacement(change: Change): Change {
  const copy = { ...change };
  delete copy.retention;
  delete copy.possibleReplacement;
  delete copy.replaceOrder;
  return copy;
}

/**
 * What CloudFormation will do, on the template's richer record (type, values, construct path). Its retention too:
 * a change set's PolicyAction is what the deployed stack's policies really do, and without one nothing is kept.
 */
function adopt(template: Change, planned: Change): Change {
  return {
    ...withoutReplacement(template),
    action: planned.action,
    causes: planned.action === template.action ? template.causes : planned.causes,
    replacePaths: planned.replacePaths,
    ...(planned.replaceOrder ? { replaceOrder: planned.replaceOrder } : {}),
    ...(planned.retention ? { retention: planned.retention } : {}),
    ...(planned.possibleReplacement ? { possibleReplacement: true } : {}),
  };
}

/** A template difference the change set does not list: kept unless every changed value is resolved at deploy time. */
function unlisted(change: Change): Change {
  if (change.action !== 'update' && change.action !== 'replace') return change;
  const changed = changedProperties(change);
  if (changed.length > 0 && changed.every((p) => isDeployTime(change, p))) return { ...change, action: 'no-op', causes: [], replacePaths: [] };
  if (change.action === 'replace' && change.replacePaths.length > 0 && change.replacePaths.every((p) => isDeployTime(change, p))) {
    return { ...withoutReplacement(change), action: 'update', causes: [], replacePaths: [] };
  }
  return change;
}

function stackNameOf(input: PlanInput): string | undefined {
  return input.signals.find((s) => s.kind === 'stack' && s.key === 'stackName')?.value;
}

function refine(input: PlanInput, changeSet: PlanInput): PlanInput {
  const prefix = stackNameOf(input) ?? '';
  const planned = new Map(changeSet.changes.map((c) => [c.name, c]));
  const changes = input.changes.map((c) => {
    // Nested stacks have change sets of their own.
    if (c.module !== '') return c;
    const p = planned.get(c.name);
    planned.delete(c.name);
    return p ? adopt(c, p) : unlisted(c);
  });
  // What only the change set sees (a parameter or dynamic reference resolving to a new value).
  for (const p of planned.values()) {
    const address = `${prefix}/${p.name}`;
    changes.push({ ...p, address, configAddress: address, source: input.source });
  }
  return {
    ...input,
    changes,
    findings: [...(input.findings ?? []).filter((f) => f.code !== 'possible-replacement'), ...possibleReplacementFindings(changes)],
  };
}

/** Refines the input of the change set's stack (or the only input) with what the change set says. */
export function refineWithChangeSet(inputs: readonly PlanInput[], changeSet: PlanInput): PlanInput[] {
  const stack = stackNameOf(changeSet);
  const target = inputs.find((i) => stackNameOf(i) === stack) ?? (inputs.length === 1 ? inputs[0] : undefined);
  if (!target) {
    const names = inputs.map(stackNameOf).filter(Boolean).join(', ');
    throw new InputError(changeSet.source.path, `is a change set for stack ${stack ?? '(unnamed)'}, which --base/--head do not have (they have ${names || 'no changed stack'})`);
  }
  return inputs.map((i) => (i === target ? refine(i, changeSet) : i));
}
