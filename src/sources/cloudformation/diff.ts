import type * as CloudFormationDiffModule from '@aws-cdk/cloudformation-diff';
import type { TemplateDiff } from '@aws-cdk/cloudformation-diff';
import type { Template } from './template.js';

// @aws-cdk/cloudformation-diff reads the CloudFormation service specification (db.json.gz, 2.6 MB) on its first
// diff: about 0.5 s and 130 MB. It is imported here, on the CloudFormation path only, so a Terraform run never
// pays for it. In the single-file bundle db.json.gz ships beside dist/cli.js (scripts/build.mjs).

type CloudFormationDiff = typeof CloudFormationDiffModule;

let loading: Promise<CloudFormationDiff> | undefined;

function load(): Promise<CloudFormationDiff> {
  loading ??= import('@aws-cdk/cloudformation-diff').catch((error: unknown) => {
    loading = undefined;
    throw new Error(
      `cannot load @aws-cdk/cloudformation-diff (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); ` +
        'a bundled Blastgate needs db.json.gz beside its .js file',
    );
  });
  return loading;
}

/** cloudformation-diff's semantic diff of two templates: replacements from the specification, IAM and security groups. */
export async function diffTemplates(base: Template, head: Template): Promise<TemplateDiff> {
  const { fullDiff } = await load();
  return fullDiff(base, head);
}
