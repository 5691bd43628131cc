import type { Retention } from '../../model.js';
import type { TemplateResource } from './template.js';

// DeletionPolicy (what happens to the real object when the resource leaves the template) and UpdateReplacePolicy
// (what happens to the old object when the resource is replaced). cloudformation-diff reads only DeletionPolicy,
// and only to tell a delete from an orphan; Blastgate reads both, with CloudFormation's defaults.

export type Policy = 'Delete' | 'Snapshot' | 'Retain';

const RANK: Record<Policy, number> = { Delete: 0, Snapshot: 1, Retain: 2 };

/** DeletionPolicy: RDS clusters, and RDS instances outside a cluster, default to Snapshot; everything else to Delete. */
function defaultPolicy(resource: TemplateResource): Policy {
  if (resource.Type === 'AWS::RDS::DBCluster') return 'Snapshot';
  if (resource.Type === 'AWS::RDS::DBInstance' && resource.Properties?.['DBClusterIdentifier'] === undefined) return 'Snapshot';
  return 'Delete';
}

/** The policy in force; one CloudFormation cannot read statically (an intrinsic) counts as Delete, the weakest. */
export function policyOf(resource: TemplateResource, attribute: 'DeletionPolicy' | 'UpdateReplacePolicy'): Policy {
  const value = resource[attribute];
  // The Snapshot default is DeletionPolicy's only: on replacement CloudFormation deletes the old object.
  if (value === undefined) return attribute === 'DeletionPolicy' ? defaultPolicy(resource) : 'Delete';
  if (value === 'Retain' || value === 'RetainExceptOnCreate') return 'Retain';
  return value === 'Snapshot' ? 'Snapshot' : 'Delete';
}

export function retentionOf(policy: Policy): Retention | undefined {
  return policy === 'Retain' ? 'retain' : policy === 'Snapshot' ? 'snapshot' : undefined;
}

export function weaker(a: Policy, b: Policy): Policy {
  return RANK[a] <= RANK[b] ? a : b;
}

export function isWeaker(after: Policy, before: Policy): boolean {
  return RANK[after] < RANK[before];
}

/** What a change set's PolicyAction says is kept: Retain / ReplaceAndRetain, Snapshot / ReplaceAndSnapshot. */
export function retentionOfPolicyAction(action: unknown): Retention | undefined {
  if (action === 'Retain' || action === 'ReplaceAndRetain') return 'retain';
  if (action === 'Snapshot' || action === 'ReplaceAndSnapshot') return 'snapshot';
  return undefined;
}
