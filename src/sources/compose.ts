import type { PlanInput } from '../model.js';

// Everything one run reads, put together the same way by the CLI and the Action. The template and configuration
// readers (YAML, cloudformation-diff, tree-sitter) are imported only when the run has such inputs.

export interface InputSpec {
  /** The positional PLANs (Terraform plans, CloudFormation change sets), already read. */
  plans: PlanInput[];
  /** Two CloudFormation templates or two cdk.out directories. */
  cloudformation?: { base: string; head: string };
  /** The Terraform configuration of base and head: two folders, or a git range in `dir` of this repository. */
  tf?: { base: string; head: string } | { diff: string; dir: string };
}

export async function composeInputs(spec: InputSpec): Promise<PlanInput[]> {
  const changeSets = spec.plans.filter((p) => p.source.format === 'cloudformation-changeset');
  const stacks = spec.cloudformation
    ? await (await import('./cloudformation/pair.js')).readCloudFormationPair(spec.cloudformation.base, spec.cloudformation.head)
    : [];
  // With a template pair, a change set refines its stack's replacements instead of standing alone.
  const { refineWithChangeSet } = stacks.length > 0 ? await import('./cloudformation/refine.js') : { refineWithChangeSet: undefined };
  const plans = refineWithChangeSet ? [...changeSets.reduce(refineWithChangeSet, stacks), ...spec.plans.filter((p) => !changeSets.includes(p))] : spec.plans;
  if (!spec.tf) return plans;
  const { attachLocations, planConfigFindings, readTerraformConfig, readTerraformConfigFromGit } = await import('./hcl/index.js');
  const config = 'diff' in spec.tf ? await readTerraformConfigFromGit('.', spec.tf.diff, spec.tf.dir) : await readTerraformConfig(spec.tf.base, spec.tf.head);
  attachLocations(plans, config);
  for (const plan of plans) plan.findings = [...(plan.findings ?? []), ...planConfigFindings(plan, config)];
  return [...plans, config];
}
