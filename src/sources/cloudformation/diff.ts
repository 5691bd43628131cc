import type * as CloudFormationDiffModule from '@aws-cdk/cloudformation-diff';
import type { TemplateDiff } from '@aws-cdk/cloudformation-diff';
import type { Template } from './template.js';

// @aws-cdk/cloudformation-diff is imported here, on the CloudFormation path only, so a Terraform run never loads
// it. Run from the sources it reads the service specification (db.json.gz, about 0.5 s and 130 MB) on its first
// diff; the bundle carries the small table it asks instead (scripts/service-spec-plugin.mjs).

type CloudFormationDiff = typeof CloudFormationDiffModule;

let loading: Promise<CloudFormationDiff> | undefined;

function load(): Promise<CloudFormationDiff> {
  // A CommonJS module imported from an ES module chunk: its exports may arrive as the namespace's default.
  loading ??= import('@aws-cdk/cloudformation-diff')
    .then((m) => (typeof m.fullDiff === 'function' ? m : (m as unknown as { default: CloudFormationDiff }).default))
    .catch((error: unknown) => {
      loading = undefined;
      throw new Error(
        `cannot load @aws-cdk/cloudformation-diff (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); ` +
          'reinstall Blastgate',
      );
    });
  return loading;
}

/** cloudformation-diff's semantic diff of two templates: replacements from the specification, IAM and security groups. */
export async function diffTemplates(base: Template, head: Template): Promise<TemplateDiff> {
  const { fullDiff } = await load();
  return fullDiff(base, head);
}
