import { disabledGuards } from '../analysis/guards.js';
import { UNKNOWN, REDACTED, type AssessedChange, type FindingCode } from '../model.js';
import { codeSpan } from './escape.js';
import { isCloudFormation } from './words.js';

// The safe alternative to each risky change, ready to paste: what keeps the resource, or what keeps its data when
// it must go. Pure: a change in, code and a sentence out.

export interface Alternative {
  /** One sentence, as markdown: what the code does; anything from the plan in it is a code span. */
  say: string;
  code?: { lang: 'hcl' | 'ts' | 'yaml' | 'sh'; text: string };
}

/** A plan value as HCL, or undefined when the plan does not know it (or hides it). */
function hclValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === UNKNOWN || value === REDACTED) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  return undefined;
}

/** The name the real object has, for a command that backs it up. */
function realName(a: AssessedChange): string {
  const before = a.change.before ?? {};
  for (const key of ['identifier', 'cluster_identifier', 'name', 'bucket', 'table_name', 'id']) {
    const v = before[key];
    if (typeof v === 'string' && v && v !== UNKNOWN && v !== REDACTED) return v.replace(/[^\w.:/-]/g, '_');
  }
  return a.change.name.replace(/[^\w.-]/g, '_') || 'NAME';
}

/** What takes a copy of the data before it goes, per type; a generic sentence for the rest. */
function snapshotFirst(a: AssessedChange): Alternative {
  const name = realName(a);
  const commands: Record<string, { hcl?: string; sh: string }> = {
    aws_db_instance: {
      hcl: `skip_final_snapshot       = false\nfinal_snapshot_identifier = "${name}-final"`,
      sh: `aws rds create-db-snapshot --db-instance-identifier ${name} --db-snapshot-identifier ${name}-before-change`,
    },
    aws_rds_cluster: {
      hcl: `skip_final_snapshot       = false\nfinal_snapshot_identifier = "${name}-final"`,
      sh: `aws rds create-db-cluster-snapshot --db-cluster-identifier ${name} --db-cluster-snapshot-identifier ${name}-before-change`,
    },
    aws_dynamodb_table: { sh: `aws dynamodb create-backup --table-name ${name} --backup-name ${name}-before-change` },
    aws_s3_bucket: { sh: `aws s3 sync s3://${name} ./${name}-backup` },
    aws_ebs_volume: { sh: `aws ec2 create-snapshot --volume-id ${name} --description "before change"` },
    aws_efs_file_system: { sh: `aws backup start-backup-job --resource-arn ARN_OF_${name} --backup-vault-name VAULT --iam-role-arn ROLE_ARN` },
    aws_elasticache_cluster: { sh: `aws elasticache create-snapshot --cache-cluster-id ${name} --snapshot-name ${name}-before-change` },
  };
  const known = commands[a.change.type];
  if (!known) return { say: 'If the data must go, back it up first: nothing brings it back after this apply.' };
  const text = known.hcl ? `# on ${a.change.address}\n${known.hcl}\n\n# or by hand, before the apply:\n# ${known.sh}` : known.sh;
  return { say: 'If the data must go, take a copy first:', code: { lang: known.hcl ? 'hcl' : 'sh', text } };
}

function terraformAlternatives(a: AssessedChange): Alternative[] {
  const { change } = a;
  const out: Alternative[] = [];
  const rename = a.findings.find((f) => f.code === 'rename-without-moved');
  if (rename) {
    const at = rename.message.search(/^(# in |moved \{)/m);
    if (at >= 0) out.push({ say: 'It was renamed: tell Terraform, and it keeps the resource instead of recreating it.', code: { lang: 'hcl', text: rename.message.slice(at) } });
  }
  const guards = disabledGuards(change);
  if (guards.length > 0) {
    out.push({
      say: 'Switch the guard back on:',
      code: { lang: 'hcl', text: `# on ${change.address}\n${guards.map((g) => `${g.attribute} = ${hclValue(g.from) ?? String(g.from)}`).join('\n')}` },
    });
  }
  if (change.action === 'replace' && change.replacePaths.length > 0) {
    const lines = change.replacePaths.map((p) => {
      const value = /^[\w-]+$/.test(p) ? hclValue(change.before?.[p]) : undefined;
      return value !== undefined ? `${p} = ${value}` : `# ${p}: keep the value it has now`;
    });
    out.push({ say: 'Keep what forces the replacement as it is, and it is updated in place instead:', code: { lang: 'hcl', text: `# on ${change.address}\n${lines.join('\n')}` } });
  }
  if (change.action === 'replace' && change.replaceOrder !== 'create-before-destroy' && a.resourceClass !== 'data') {
    out.push({
      say: 'If it must be replaced, create the new one before destroying the old one (where its name allows two at once):',
      code: { lang: 'hcl', text: `# on ${change.address}\nlifecycle {\n  create_before_destroy = true\n}` },
    });
  }
  if (change.action === 'delete' && (change.causes.includes('each-key') || change.causes.includes('count-index')) && !rename) {
    const key = change.causes.includes('each-key') ? 'NEW_KEY' : 'NEW_INDEX';
    out.push({
      say: 'Its instance key is gone: if it was renamed, tell Terraform, and it keeps the resource; otherwise put the key back.',
      code: { lang: 'hcl', text: `moved {\n  from = ${change.address}\n  to   = ${change.configAddress}[${key === 'NEW_KEY' ? '"NEW_KEY"' : 'NEW_INDEX'}]\n}` },
    });
  }
  if (change.action === 'delete' && change.causes.includes('no-config') && !rename && !change.retention) {
    out.push({
      say: 'If the intent was to stop managing it, keep the real object (Terraform 1.7 or later):',
      code: { lang: 'hcl', text: `removed {\n  from = ${change.configAddress}\n\n  lifecycle {\n    destroy = false\n  }\n}` },
    });
  }
  return out;
}

function cloudFormationAlternatives(a: AssessedChange): Alternative[] {
  const { change } = a;
  const out: Alternative[] = [];
  if (change.causes.includes('logical-id-change')) {
    out.push({
      say: 'Its logical ID changed: keep the old one on the renamed construct, or move it with `cdk refactor`.',
      code: { lang: 'ts', text: `(construct.node.defaultChild as cdk.CfnResource).overrideLogicalId('${change.name.replace(/[^\w]/g, '')}');` },
    });
  }
  if (change.action === 'replace' && change.replacePaths.length > 0) {
    out.push({ say: `Keep ${change.replacePaths.map(codeSpan).join(', ')} as ${change.replacePaths.length === 1 ? 'it is' : 'they are'}: changing ${change.replacePaths.length === 1 ? 'it' : 'them'} makes CloudFormation replace the resource.` });
  }
  const gone = (change.action === 'delete' || change.action === 'replace') && !change.retention;
  if (gone && a.resourceClass === 'data') {
    out.push({
      say: 'Keep the data: deploy a Retain policy first, then remove or replace it.',
      code: { lang: 'ts', text: `// CDK\nresource.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);\n\n// or in the template, on ${change.name.replace(/[^\w]/g, '')}:\n// DeletionPolicy: Retain\n// UpdateReplacePolicy: Retain` },
    });
  }
  return out;
}

/** Ready-to-paste alternatives for a risky change, most specific first. */
export function alternativesFor(a: AssessedChange): Alternative[] {
  const cfn = isCloudFormation(a.change.source.format);
  const out = cfn ? cloudFormationAlternatives(a) : terraformAlternatives(a);
  const gone = (a.change.action === 'delete' || a.change.action === 'replace') && !a.change.retention;
  if (gone && a.resourceClass === 'data' && !cfn) out.push(snapshotFirst(a));
  return out;
}

/** For a finding on the configuration: the line that puts the protection back. */
export const FINDING_ALTERNATIVE: Partial<Record<FindingCode, Alternative>> = {
  'prevent-destroy-removed': { say: 'Put the guard back:', code: { lang: 'hcl', text: 'lifecycle {\n  prevent_destroy = true\n}' } },
  'moved-block-removed': { say: 'Keep the `moved` block: state that has not applied it still needs it.' },
  'removed-block-destroy': { say: 'To stop managing it without destroying it:', code: { lang: 'hcl', text: 'lifecycle {\n  destroy = false\n}' } },
  'create-before-destroy-removed': { say: 'Keep the old one alive until the new one exists:', code: { lang: 'hcl', text: 'lifecycle {\n  create_before_destroy = true\n}' } },
  'plan-time-code': { say: 'Code that runs at plan time runs with the plan job\'s credentials: review it, or plan without it.' },
  'policy-or-workflow-edited': { say: "Have the gate's own policy or workflow change reviewed by its owners (CODEOWNERS on .github/)." },
};
