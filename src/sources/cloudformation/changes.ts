import type { ResourceDifference } from '@aws-cdk/cloudformation-diff';
import type { Action, Cause, Change, SourceRef } from '../../model.js';
import { policyOf, retentionOf, weaker } from './policies.js';
import type { TemplateResource } from './template.js';

// One resource of one stack, as cloudformation-diff sees it, in the core's vocabulary.

/** Where a stack's resources live: the input they belong to and the address prefix of the (nested) stack. */
export interface StackPlace {
  source: SourceRef;
  /** `Stack` or `Stack/NestedStackLogicalId`: addresses are `${prefix}/${logicalId}`. */
  prefix: string;
  /** The nested stack path inside the top-level stack, empty for the top level. */
  module: string;
}

const IMPACT_ACTION: Record<string, Action> = {
  WILL_CREATE: 'create',
  WILL_UPDATE: 'update',
  WILL_REPLACE: 'replace',
  MAY_REPLACE: 'replace',
  WILL_DESTROY: 'delete',
  WILL_ORPHAN: 'orphan',
  WILL_IMPORT: 'import',
  NO_CHANGE: 'no-op',
};

const REPLACING = new Set(['WILL_REPLACE', 'MAY_REPLACE']);

/** The properties whose change forces (or may force) the replacement. */
function replacePathsOf(diff: ResourceDifference): string[] {
  return Object.entries(diff.propertyUpdates)
    .filter(([, p]) => p.changeImpact !== undefined && REPLACING.has(p.changeImpact))
    .map(([name]) => name)
    .sort();
}

interface ResourceSides {
  id: string;
  base: TemplateResource | undefined;
  head: TemplateResource | undefined;
  /** cloudformation-diff's difference, absent when the resource did not change. */
  diff: ResourceDifference | undefined;
  constructPath: string | undefined;
}

/** Every resource of a stack pair becomes one Change, unchanged ones as no-ops (the circuit breakers count them). */
export function changeOf(sides: ResourceSides, place: StackPlace): Change {
  const { id, base, head, diff } = sides;
  const impact = diff?.changeImpact ?? 'NO_CHANGE';
  const action = IMPACT_ACTION[impact] ?? 'update';
  const typeChanged = diff?.resourceTypeChanged === true && base !== undefined && head !== undefined;
  const type = head?.Type ?? base?.Type ?? 'Fn::ForEach';

  let causes: Cause[] = [];
  let replacePaths: string[] = [];
  let retention = undefined;
  if (action === 'replace') {
    causes = typeChanged ? ['type-change'] : ['attributes'];
    replacePaths = diff ? replacePathsOf(diff) : [];
    // CloudFormation does not document which template's UpdateReplacePolicy governs an update that also changes
    // it, so the weaker of the two counts.
    retention = base && head ? retentionOf(weaker(policyOf(base, 'UpdateReplacePolicy'), policyOf(head, 'UpdateReplacePolicy'))) : undefined;
  } else if (action === 'delete' || action === 'orphan') {
    causes = ['no-config'];
    // On removal the old template's DeletionPolicy is the one CloudFormation applies.
    retention = base ? retentionOf(policyOf(base, 'DeletionPolicy')) : undefined;
  }
  const address = `${place.prefix}/${id}`;
  return {
    address,
    configAddress: address,
    type,
    provider: 'cloudformation',
    mode: 'managed',
    module: place.module,
    name: id,
    source: place.source,
    action,
    // CloudFormation always creates the replacement first and deletes the old object in the cleanup phase.
    ...(action === 'replace' ? { replaceOrder: 'create-before-destroy' as const } : {}),
    causes,
    replacePaths,
    before: base?.Properties ?? (base ? {} : null),
    after: head?.Properties ?? (head ? {} : null),
    ...(retention ? { retention } : {}),
    ...(sides.constructPath ? { constructPath: sides.constructPath } : {}),
    ...(impact === 'MAY_REPLACE' ? { possibleReplacement: true } : {}),
  };
}
