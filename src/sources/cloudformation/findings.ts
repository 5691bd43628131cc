import type { TemplateDiff } from '@aws-cdk/cloudformation-diff';
import { lookup } from '../../catalog/index.js';
import type { Change, InputFinding } from '../../model.js';
import { isWeaker, policyOf } from './policies.js';
import type { TemplateResource } from './template.js';

// Findings about a stack rather than one scored change: permissions and network access widened, replacements
// CloudFormation decides only at deploy time, protections switched off, nested stacks whose contents are unknown.

const SHOWN = 5;

/** cloudformation-diff renders lists one item a line, for its table. */
const oneLine = (text: string) => text.trim().split(/\s*\n\s*/).join(', ');

function listed(items: string[]): string {
  const shown = items.slice(0, SHOWN).join('; ');
  return items.length > SHOWN ? `${shown}; and ${items.length - SHOWN} more` : shown;
}

/** cloudformation-diff's iamChanges: statements and managed policies that grant more than before. */
export function iamFindings(diff: TemplateDiff, stack: string): InputFinding[] {
  const iam = diff.iamChanges;
  if (!iam.permissionsBroadened) return [];
  const granted = [
    ...iam.statements.additions
      .filter((s) => !s.isNegativeStatement)
      .map((s) => {
        const r = s.render();
        return `${r.effect} ${oneLine(r.action)} on ${oneLine(r.resource)}${r.principal ? ` to ${oneLine(r.principal)}` : ''}${r.condition ? ` when ${oneLine(r.condition)}` : ''}`;
      }),
    ...iam.statements.removals.filter((s) => s.isNegativeStatement).map((s) => `a Deny on ${oneLine(s.render().resource)} removed`),
    ...iam.managedPolicies.additions.map((p) => `managed policy ${p.managedPolicyArn} attached to ${p.identityArn}`),
    ...(iam.ssoPermissionSets.hasAdditions || iam.ssoAssignments.hasAdditions || iam.ssoInstanceACAConfigs.hasAdditions
      ? ['IAM Identity Center permission sets or assignments added']
      : []),
  ];
  return [{ code: 'iam-broadening', stake: { kind: 'code' }, message: `${stack}: permissions widen: ${listed(granted)}` }];
}

/** cloudformation-diff's securityGroupChanges: rules added (access opened) or removed (traffic cut). */
export function securityGroupFindings(diff: TemplateDiff, stack: string): InputFinding[] {
  const sg = diff.securityGroupChanges;
  if (!sg.hasChanges) return [];
  const rules = [
    ...sg.ingress.additions.map((r) => `+ ${r.groupId} in ${r.describeProtocol()} from ${r.describePeer()}`),
    ...sg.egress.additions.map((r) => `+ ${r.groupId} out ${r.describeProtocol()} to ${r.describePeer()}`),
    ...sg.ingress.removals.map((r) => `- ${r.groupId} in ${r.describeProtocol()} from ${r.describePeer()}`),
    ...sg.egress.removals.map((r) => `- ${r.groupId} out ${r.describeProtocol()} to ${r.describePeer()}`),
  ];
  return [{ code: 'security-group-change', stake: { kind: 'code' }, message: `${stack}: security group rules change: ${listed(rules)}` }];
}

/** Conditional replacements: cloudformation-diff's MAY_REPLACE, a change set's Replacement "Conditional". */
export function possibleReplacementFindings(changes: Change[]): InputFinding[] {
  return changes
    .filter((c) => c.action === 'replace' && c.possibleReplacement)
    .map((c) => ({
      code: 'possible-replacement',
      stake: { kind: 'code' },
      address: c.address,
      message:
        `${c.address} may be replaced${c.replacePaths.length > 0 ? ` (${c.replacePaths.join(', ')})` : ''}: CloudFormation decides at deploy time, ` +
        'so Blastgate weighs it as a replacement. A change set (aws cloudformation describe-change-set) says for sure.',
    }));
}

/**
 * A DeletionPolicy or UpdateReplacePolicy weakened in place (Retain -> Delete): no object goes yet, but this is how
 * a destroy is prepared, as turning off deletion protection is in Terraform. Severe for data stores only.
 */
export function policyFindings(address: string, base: TemplateResource, head: TemplateResource): InputFinding[] {
  const weakened = (['DeletionPolicy', 'UpdateReplacePolicy'] as const).filter((a) => isWeaker(policyOf(head, a), policyOf(base, a)));
  if (weakened.length === 0) return [];
  const entry = lookup(head.Type).entry;
  const each = weakened.map((a) => `${a} ${policyOf(base, a)} → ${policyOf(head, a)}`);
  return [
    {
      code: 'guard-disabled',
      stake: { kind: 'retention-policy', type: head.Type },
      address,
      message: `${address}: ${each.join(', ')}: a later delete or replacement of this ${entry.what} loses what the policy kept`,
    },
  ];
}

/** A nested stack deleted or replaced whose template is not at hand: whatever it holds goes, unseen. */
export function unknownNestedFinding(change: Change): InputFinding {
  return {
    code: 'stateful-destroy',
    stake: { kind: 'code' },
    address: change.address,
    message:
      `${change.address} is a nested stack that is ${change.action === 'delete' ? 'deleted' : 'replaced'} and its template is not at hand: ` +
      'every resource in it goes with it. Give Blastgate the cloud assembly (cdk.out) or the nested template beside the parent.',
  };
}
