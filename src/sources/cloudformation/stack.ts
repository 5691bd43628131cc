import type { Change, InputFinding } from '../../model.js';
import { isRecord } from '../../util/record.js';
import { changeOf, type StackPlace } from './changes.js';
import { diffTemplates } from './diff.js';
import { iamFindings, policyFindings, securityGroupFindings, unknownNestedFinding } from './findings.js';
import type { StackTree } from './nested.js';
import { EMPTY_TEMPLATE, type Template, type TemplateResource } from './template.js';

// One stack of the pair, nested stacks folded in: every resource a Change addressed `Stack/LogicalId`, and a
// nested stack's resources `Stack/NestedStackLogicalId/LogicalId`. CloudFormation deploys a nested stack as part
// of its parent, so they are one input: one environment, one set of circuit breakers, one graph.

/** Construct path -> logical ID pairs from an assembly's metadata, for templates synthesized without aws:cdk:path. */
export type LogicalIdIndex = readonly (readonly [string, string])[];

interface StackDiff {
  changes: Change[];
  findings: InputFinding[];
}

/** Logical IDs of the resources a template manages (CDK's version-reporting resource is not one). */
function resourceIds(template: Template): string[] {
  return Object.entries(template.Resources)
    .filter(([, r]) => !isRecord(r) || r.Type !== 'AWS::CDK::Metadata')
    .map(([id]) => id);
}

function resource(template: Template | undefined, id: string): TemplateResource | undefined {
  const r = template?.Resources[id];
  return isRecord(r) ? r : undefined;
}

/** `Stack/Nested.NestedStack/Nested.NestedStackResource` is the resource of the nested stack whose scope is `Stack/Nested`. */
function nestedScope(constructPath: string | undefined): string | undefined {
  return constructPath?.replace(/\.NestedStack\/[^/]+\.NestedStackResource$/, '');
}

function constructPathOf(r: TemplateResource | undefined, id: string, scope: string | undefined, index: LogicalIdIndex): string | undefined {
  const path = r?.Metadata?.['aws:cdk:path'];
  if (typeof path === 'string') return path;
  if (scope === undefined) return undefined;
  // Logical IDs are unique per stack only, and a stack's metadata also lists its nested stacks' resources:
  // of the paths under the scope, the shortest is the stack's own.
  const candidates = index.filter(([p, logicalId]) => logicalId === id && p.startsWith(`${scope}/`)).map(([p]) => p);
  return candidates.sort((a, b) => a.split('/').length - b.split('/').length)[0];
}

interface StackSides {
  base: StackTree | undefined;
  head: StackTree | undefined;
  /** The construct path of the stack itself (its display name in a CDK assembly), when known. */
  scope?: string;
  index?: LogicalIdIndex;
}

/** Diffs a stack and, depth first, every nested stack whose template is known on either side. */
export async function diffStack(sides: StackSides, place: StackPlace): Promise<StackDiff> {
  const baseTemplate = sides.base?.template;
  const headTemplate = sides.head?.template;
  const diff = await diffTemplates(baseTemplate ?? EMPTY_TEMPLATE, headTemplate ?? EMPTY_TEMPLATE);
  const index = sides.index ?? [];
  const changes: Change[] = [];
  const findings: InputFinding[] = [...iamFindings(diff, place.prefix), ...securityGroupFindings(diff, place.prefix)];

  const ids = new Set([...(baseTemplate ? resourceIds(baseTemplate) : []), ...(headTemplate ? resourceIds(headTemplate) : [])]);
  for (const id of ids) {
    const base = resource(baseTemplate, id);
    const head = resource(headTemplate, id);
    const constructPath = constructPathOf(head, id, sides.scope, index) ?? constructPathOf(base, id, sides.scope, index);
    const change = changeOf({ id, base, head, diff: diff.resources.has(id) ? diff.resources.get(id) : undefined, constructPath }, place);
    changes.push(change);
    if (base && head) findings.push(...policyFindings(change.address, base, head));
    if ((base ?? head)?.Type !== 'AWS::CloudFormation::Stack' || change.action === 'orphan') continue;

    // A retained nested stack stays whole; otherwise its resources go, come or change with it.
    const nestedBase = base ? sides.base?.nested.get(id) : undefined;
    const nestedHead = head ? sides.head?.nested.get(id) : undefined;
    if (base && !nestedBase && (change.action === 'delete' || change.action === 'replace')) findings.push(unknownNestedFinding(change));
    // Only a nested stack known on every side it exists on can be compared; half a pair would read as all deletes.
    if ((base && !nestedBase) || (head && !nestedHead)) continue;
    const inner = await diffStack(
      { base: nestedBase, head: nestedHead, scope: nestedScope(constructPath), index },
      { source: place.source, prefix: `${place.prefix}/${id}`, module: place.module ? `${place.module}/${id}` : id },
    );
    changes.push(...inner.changes);
    findings.push(...inner.findings);
  }
  return { changes, findings };
}
