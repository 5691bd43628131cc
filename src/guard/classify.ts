import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize, relative } from 'node:path';
import type { GuardClass, GuardWrapper } from '../policy/types.js';
import { basename, display, type Arg, type Invocation } from './resolve.js';

// What one invocation does to infrastructure, by the tool's own grammar: terraform/tofu/terragrunt, cdk, the AWS,
// Google Cloud and Azure CLIs, kubectl and helm, database clients, and the wrapper commands a policy lists.
// Reading, planning, formatting, listing and showing are `read`; the rest carry the names that tell their environment.

export type OperationClass = GuardClass | 'read';

/** Something on the command line that names an environment. */
export interface NameSignal {
  kind: 'profile' | 'namespace' | 'context' | 'stack' | 'resource' | 'variable' | 'workspace' | 'project' | 'database' | 'path';
  value: string;
  /** Where it came from, as the user would recognise it: `--profile`, `-n`, `TF_WORKSPACE`. */
  from: string;
}

export interface Operation {
  class: OperationClass;
  tool: string;
  /** The invocation as typed (wrappers removed). */
  command: string;
  /** What it does, in a few words. */
  what: string;
  names: NameSignal[];
  cwd: string | undefined;
  /** Terraform-family invocations: where the configuration is and what the run is given. */
  terraform?: {
    dir: string | undefined;
    binary: string;
    planFile?: Arg;
    workspace?: string;
    /** Arguments or environment that change what the run does and cannot be known now (TF_CLI_ARGS with a substitution). */
    unknownArgs: boolean;
  };
  invocation: Invocation;
}

/** Tools whose names alone make an unreadable command suspect. */
export const CLASSIFIED_TOOLS = [
  'terraform',
  'tofu',
  'terragrunt',
  'cdk',
  'aws-cdk',
  'pulumi',
  'aws',
  'gcloud',
  'gsutil',
  'az',
  'kubectl',
  'helm',
  'psql',
  'dropdb',
  'mysql',
  'mariadb',
  'mysqladmin',
  'mongosh',
  'mongo',
  'redis-cli',
];

const DESTRUCTIVE_SQL =
  /\b(drop\s+(table|database|schema|view|materialized\s+view|sequence|index|function|owned|role|user|extension|type|collection)|truncate\b|delete\s+from\s+[\w."]+\s*(;|$)|alter\s+table\s+[\w."]+\s+drop\b)/i;
const DESTRUCTIVE_MONGO = /\b(dropDatabase|dropCollection|dropIndexes|\.drop)\s*\(|\.(deleteMany|remove)\s*\(\s*\{\s*\}\s*\)/;
const DESTRUCTIVE_REDIS = /^(flushall|flushdb)$/i;

export function isDestructiveStatement(text: string): boolean {
  return DESTRUCTIVE_SQL.test(text) || DESTRUCTIVE_MONGO.test(text);
}

function values(argv: Arg[]): string[] {
  return argv.map((a) => a.value);
}

/** `--name value` or `--name=value` (and short forms); the first match. */
function option(args: Arg[], names: string[]): Arg | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = (args[i] as Arg).value;
    for (const n of names) {
      if (a === n) return args[i + 1];
      if (n.startsWith('--') && a.startsWith(`${n}=`)) return { value: a.slice(n.length + 1), known: (args[i] as Arg).known };
      if (!n.startsWith('--') && n.length === 2 && a.startsWith(n) && a.length > 2 && !a.startsWith('--')) {
        return { value: a.slice(2), known: (args[i] as Arg).known };
      }
    }
  }
  return undefined;
}

function allOptions(args: Arg[], names: string[]): Arg[] {
  const out: Arg[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = (args[i] as Arg).value;
    for (const n of names) {
      if (a === n && args[i + 1]) out.push(args[i + 1] as Arg);
      else if (a.startsWith(`${n}=`)) out.push({ value: a.slice(n.length + 1), known: (args[i] as Arg).known });
    }
  }
  return out;
}

/** Arguments that are not options or option values (options listed in `valued` take the next word). */
function positionals(args: Arg[], valued: ReadonlySet<string>): Arg[] {
  const out: Arg[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = (args[i] as Arg).value;
    if (a === '--') {
      out.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-')) {
      if (!a.includes('=') && valued.has(a)) i++;
      continue;
    }
    out.push(args[i] as Arg);
  }
  return out;
}

function envValue(inv: Invocation, agentEnv: NodeJS.ProcessEnv, name: string): Arg | undefined {
  const fromLine = inv.env.get(name);
  if (fromLine) return fromLine;
  const v = agentEnv[name];
  return v === undefined ? undefined : { value: v, known: true };
}

function op(inv: Invocation, tool: string, cls: OperationClass, what: string, names: NameSignal[] = []): Operation {
  return { class: cls, tool, command: display(inv.argv), what, names, cwd: inv.cwd, invocation: inv };
}

// ---- terraform, tofu, terragrunt -------------------------------------------------------------------------------

const TF_VALUED = new Set(['-var', '-var-file', '-target', '-replace', '-state', '-state-out', '-backup', '-parallelism', '-lock-timeout', '-out']);
const TF_READ = new Set([
  'init',
  'validate',
  'fmt',
  'show',
  'output',
  'providers',
  'version',
  'graph',
  'console',
  'get',
  'plan',
  'test',
  'login',
  'logout',
  'refresh',
  'import',
  'untaint',
  'metadata',
  'modules',
  'query',
]);

function splitArgs(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function terraform(inv: Invocation, tool: string, agentEnv: NodeJS.ProcessEnv): Operation {
  let args = inv.argv.slice(1);
  let unknownArgs = false;
  const chdir = args.find((a) => a.value.startsWith('-chdir='));
  let dir: string | undefined = inv.cwd;
  if (chdir) dir = chdir.known && dir !== undefined ? resolveIn(dir, chdir.value.slice(7)) : chdir.known && isAbsolute(chdir.value.slice(7)) ? normalize(chdir.value.slice(7)) : undefined;
  if (tool === 'terragrunt') {
    const wd = option(args, ['--working-dir', '--terragrunt-working-dir']);
    if (wd) dir = wd.known && dir !== undefined ? resolveIn(dir, wd.value) : undefined;
  }
  args = args.filter((a) => !a.value.startsWith('-chdir='));
  // terragrunt: `run-all CMD`, `run --all -- CMD`, `run CMD`, `stack run CMD` all run CMD (in every module for --all).
  let all = false;
  if (tool === 'terragrunt') {
    const words = values(args);
    all = words.includes('run-all') || words.includes('--all') || words.includes('--terragrunt-include-dir');
    args = args.filter((a) => !['run-all', 'run', 'stack', '--all', '--'].includes(a.value) && !a.value.startsWith('--terragrunt-') && !a.value.startsWith('--working-dir'));
  }
  const subIndex = args.findIndex((a) => !a.value.startsWith('-'));
  const sub = args[subIndex]?.value ?? '';
  let rest = args.slice(subIndex + 1);
  const cliArgs = [envValue(inv, agentEnv, 'TF_CLI_ARGS'), envValue(inv, agentEnv, `TF_CLI_ARGS_${sub.replace(/-/g, '_')}`)].filter((a): a is Arg => a !== undefined);
  for (const extra of cliArgs) {
    if (!extra.known) unknownArgs = true;
    rest = [...rest, ...splitArgs(extra.value).map((value) => ({ value, known: extra.known }))];
  }
  const names: NameSignal[] = [];
  const tfWorkspace = envValue(inv, agentEnv, 'TF_WORKSPACE');
  const workspace = inv.workspace ?? (tfWorkspace ? tfWorkspace.value : undefined);
  if (tfWorkspace) names.push({ kind: 'workspace', value: tfWorkspace.value, from: 'TF_WORKSPACE' });
  for (const v of allOptions(rest, ['-var'])) {
    const eq = v.value.indexOf('=');
    if (eq > 0) names.push({ kind: 'variable', value: v.value.slice(eq + 1), from: `-var ${v.value.slice(0, eq)}` });
  }
  for (const f of allOptions(rest, ['-var-file'])) names.push({ kind: 'path', value: f.value, from: '-var-file' });
  const base = { dir, binary: tool === 'terragrunt' ? 'terragrunt' : tool, ...(workspace !== undefined ? { workspace } : {}), unknownArgs };
  const make = (cls: OperationClass, what: string, extra: Partial<NonNullable<Operation['terraform']>> = {}): Operation => ({
    ...op(inv, tool, cls, what, names),
    terraform: { ...base, ...extra },
  });
  const flags = values(rest);
  const has = (flag: string) => flags.some((f) => f === flag || f.startsWith(`${flag}=`));
  if (sub === 'destroy' || (sub === 'apply' && (has('-destroy') || flags.includes('-destroy=true')))) {
    return make('destroy', `${tool}${all ? ' run --all' : ''} destroy${has('-target') ? ' (targeted)' : ''}`);
  }
  if (sub === 'apply') {
    if (has('-refresh-only')) return make('read', `${tool} apply -refresh-only`);
    const plan = positionals(rest, TF_VALUED)[0];
    const details = [has('-auto-approve') ? '-auto-approve' : '', has('-replace') ? '-replace' : '', has('-target') ? '-target' : ''].filter(Boolean).join(' ');
    if (plan && !all) return make('saved-plan', `${tool} apply of the saved plan ${plan.value}`, { planFile: plan });
    return make('apply', `${tool}${all ? ' run --all' : ''} apply without a saved plan${details ? ` (${details})` : ''}`);
  }
  if (sub === 'state') {
    const action = positionals(rest, TF_VALUED)[0]?.value ?? '';
    if (['rm', 'mv', 'push', 'replace-provider'].includes(action)) {
      return make('state-edit', `${tool} state ${action}`);
    }
    return make('read', `${tool} state ${action}`);
  }
  if (sub === 'taint' || sub === 'force-unlock') return make('state-edit', `${tool} ${sub}`);
  if (sub === 'workspace') {
    const action = positionals(rest, TF_VALUED)[0]?.value ?? '';
    if (action === 'delete') return make('state-edit', `${tool} workspace delete`);
    return make('read', `${tool} workspace ${action}`);
  }
  if (TF_READ.has(sub) || sub === '' || sub === 'help' || sub.startsWith('-')) return make('read', `${tool} ${sub}`.trim());
  // Anything else (a newer subcommand, a terragrunt hook command) is not known to be harmless.
  return make('apply', `${tool} ${sub} (not a subcommand known to be read-only)`);
}

function resolveIn(dir: string, path: string): string {
  return isAbsolute(path) ? normalize(path) : normalize(join(dir, path));
}

// ---- CDK, CloudFormation, Pulumi -------------------------------------------------------------------------------

const CDK_VALUED = new Set(['-a', '--app', '-c', '--context', '--profile', '-o', '--output', '--require-approval', '--toolkit-stack-name', '-e', '--exclusively', '--role-arn', '-r', '--parameters', '--outputs-file', '--method', '-m', '--change-set-name', '--concurrency', '--asset-parallelism', '--progress', '--build-exclude', '-b', '--notification-arns', '--tags', '-t']);

function cdk(inv: Invocation, agentEnv: NodeJS.ProcessEnv): Operation {
  const args = inv.argv.slice(1);
  const pos = positionals(args, CDK_VALUED);
  const sub = pos[0]?.value ?? '';
  const stacks = pos.slice(1);
  const names: NameSignal[] = stacks.map((s) => ({ kind: 'stack', value: s.value, from: 'stack name' }));
  for (const c of allOptions(args, ['-c', '--context'])) {
    const eq = c.value.indexOf('=');
    if (eq > 0) names.push({ kind: 'variable', value: c.value.slice(eq + 1), from: `--context ${c.value.slice(0, eq)}` });
  }
  const profile = option(args, ['--profile']) ?? envValue(inv, agentEnv, 'AWS_PROFILE');
  if (profile) names.push({ kind: 'profile', value: profile.value, from: '--profile' });
  const scope = values(args).includes('--all') ? ' --all' : stacks.length > 0 ? ` ${stacks.map((s) => s.value).join(' ')}` : '';
  const flags = [option(args, ['--require-approval'])?.value === 'never' ? '--require-approval never' : '', values(args).includes('--force') || values(args).includes('-f') ? '--force' : '']
    .filter(Boolean)
    .join(' ');
  const suffix = flags ? ` (${flags})` : '';
  if (sub === 'destroy') return op(inv, 'cdk', 'destroy', `cdk destroy${scope}${suffix}`, names);
  if (['deploy', 'watch', 'import', 'migrate', 'refactor', 'rollback'].includes(sub)) {
    return op(inv, 'cdk', 'deploy', `cdk ${sub}${scope}${suffix}`, names);
  }
  return op(inv, 'cdk', 'read', `cdk ${sub}`.trim(), names);
}

function pulumi(inv: Invocation): Operation {
  const args = inv.argv.slice(1);
  const pos = positionals(args, new Set(['-s', '--stack', '-C', '--cwd', '--config', '-c', '--target', '-t', '--replace', '--message', '-m']));
  const sub = pos[0]?.value ?? '';
  const stack = option(args, ['-s', '--stack']);
  const names: NameSignal[] = stack ? [{ kind: 'stack', value: stack.value, from: '--stack' }] : [];
  if (sub === 'destroy' || (sub === 'stack' && pos[1]?.value === 'rm')) return op(inv, 'pulumi', 'destroy', `pulumi ${sub}`, names);
  if (sub === 'up' || sub === 'update') return op(inv, 'pulumi', 'deploy', 'pulumi up', names);
  if (sub === 'state' && pos[1]?.value === 'delete') return op(inv, 'pulumi', 'state-edit', 'pulumi state delete', names);
  return op(inv, 'pulumi', 'read', `pulumi ${sub}`.trim(), names);
}

// ---- AWS, Google Cloud, Azure ----------------------------------------------------------------------------------

const AWS_GLOBAL_VALUED = new Set(['--profile', '--region', '--output', '--endpoint-url', '--query', '--cli-read-timeout', '--cli-connect-timeout', '--ca-bundle', '--color', '--cli-binary-format']);
const AWS_DESTRUCTIVE = /^(delete|terminate|purge|deregister|remove|schedule-key-deletion|disable-key)(-|$)/;
/** Destructive-looking verbs that only drop labels. */
const AWS_HARMLESS = /^(delete|remove)-tags?(-|$)|^untag-/;
const STORE_SERVICES = new Set(['rds', 'dynamodb', 's3', 's3api', 'efs', 'elasticache', 'kms', 'secretsmanager', 'backup', 'logs', 'redshift', 'docdb', 'neptune', 'opensearch', 'es', 'memorydb', 'fsx', 'glacier', 'timestream-write', 'route53', 'ecr', 'sqs']);

function awsNames(inv: Invocation, args: Arg[], agentEnv: NodeJS.ProcessEnv): NameSignal[] {
  const names: NameSignal[] = [];
  const profile = option(args, ['--profile']) ?? envValue(inv, agentEnv, 'AWS_PROFILE');
  if (profile) names.push({ kind: 'profile', value: profile.value, from: inv.env.has('AWS_PROFILE') || !option(args, ['--profile']) ? 'AWS_PROFILE' : '--profile' });
  for (let i = 0; i < args.length; i++) {
    const a = (args[i] as Arg).value;
    const m = /^--([a-z0-9-]*(name|identifier|id|ids|bucket|arn|key|table|cluster|stack|function|queue-url|alias)[a-z-]*)(=(.*))?$/.exec(a);
    if (m && m[1] !== 'profile') {
      const v = m[4] ?? args[i + 1]?.value;
      if (v) names.push({ kind: 'resource', value: v, from: `--${m[1]}` });
    } else if (/^s3:\/\//.test(a)) {
      names.push({ kind: 'resource', value: a.slice(5), from: 'S3 path' });
    }
  }
  return names;
}

function aws(inv: Invocation, agentEnv: NodeJS.ProcessEnv): Operation {
  const args = inv.argv.slice(1);
  const pos = positionals(args, AWS_GLOBAL_VALUED);
  const service = pos[0]?.value ?? '';
  const verb = pos[1]?.value ?? '';
  const names = awsNames(inv, args, agentEnv);
  const flags = values(args);
  if (service === 'cloudformation') {
    if (verb === 'delete-stack' || verb === 'delete-stack-set') return op(inv, 'aws', 'destroy', `aws cloudformation ${verb}`, names);
    if (['deploy', 'execute-change-set', 'update-stack', 'create-stack', 'update-stack-set', 'rollback-stack', 'continue-update-rollback'].includes(verb)) {
      return op(inv, 'aws', 'deploy', `aws cloudformation ${verb}`, names);
    }
  }
  if (service === 's3') {
    // rm and rb delete objects and buckets; sync --delete and mv delete what they leave behind in a bucket.
    const target = pos.slice(2).find((p) => p.value.startsWith('s3://'));
    const deletesFromBucket =
      verb === 'rm' || verb === 'rb' || ((verb === 'sync' && flags.includes('--delete')) || verb === 'mv') && pos.slice(2).some((p) => p.value.startsWith('s3://'));
    if (!deletesFromBucket) return op(inv, 'aws', 'read', `aws s3 ${verb}`, names);
    const what = `aws s3 ${verb}${flags.includes('--recursive') ? ' --recursive' : ''}${flags.includes('--force') ? ' --force' : ''}${target ? ` ${target.value}` : ''}`;
    return op(inv, 'aws', 'cloud-delete', what, names);
  }
  if (AWS_DESTRUCTIVE.test(verb) && !AWS_HARMLESS.test(verb)) {
    const kind = STORE_SERVICES.has(service) ? ' (a data store)' : '';
    return op(inv, 'aws', 'cloud-delete', `aws ${service} ${verb}${kind}`, names);
  }
  return op(inv, 'aws', 'read', `aws ${service} ${verb}`.trim(), names);
}

function gcloud(inv: Invocation, tool: string): Operation {
  const args = inv.argv.slice(1);
  const words = positionals(args, new Set(['--project', '--configuration', '--region', '--zone', '--account', '--format', '--filter', '--instance', '--database']));
  const names: NameSignal[] = [];
  const project = option(args, ['--project']);
  if (project) names.push({ kind: 'project', value: project.value, from: '--project' });
  const config = option(args, ['--configuration']);
  if (config) names.push({ kind: 'profile', value: config.value, from: '--configuration' });
  for (const a of allOptions(args, ['--instance', '--database'])) names.push({ kind: 'resource', value: a.value, from: 'resource' });
  const verbs = values(words);
  if (tool === 'gsutil') {
    const destructive = verbs[0] === 'rb' || verbs[0] === 'rm';
    for (const w of words.slice(1)) if (w.value.startsWith('gs://')) names.push({ kind: 'resource', value: w.value.slice(5), from: 'bucket' });
    return op(inv, tool, destructive ? 'cloud-delete' : 'read', `gsutil ${verbs[0] ?? ''}`.trim(), names);
  }
  const deleteAt = verbs.findIndex((v) => v === 'delete' || v === 'rm' || v === 'rb');
  if (deleteAt !== -1) {
    for (const w of words.slice(deleteAt + 1)) names.push({ kind: 'resource', value: w.value.replace(/^gs:\/\//, ''), from: 'resource' });
    return op(inv, tool, 'cloud-delete', `gcloud ${verbs.slice(0, deleteAt + 1).join(' ')}`, names);
  }
  return op(inv, tool, 'read', `gcloud ${verbs.slice(0, 3).join(' ')}`.trim(), names);
}

function az(inv: Invocation): Operation {
  const args = inv.argv.slice(1);
  const words = positionals(args, new Set(['-g', '--resource-group', '-n', '--name', '--subscription', '--output', '-o', '--query', '--server', '-s', '--account-name']));
  const names: NameSignal[] = [];
  for (const [flags, kind] of [
    [['-g', '--resource-group'], 'resource'],
    [['-n', '--name'], 'resource'],
    [['--subscription'], 'profile'],
    [['-s', '--server', '--account-name'], 'resource'],
  ] as const) {
    for (const a of allOptions(args, [...flags])) names.push({ kind, value: a.value, from: flags[flags.length - 1] ?? '' });
  }
  const verbs = values(words);
  const at = verbs.findIndex((v) => v === 'delete' || v === 'purge');
  if (at !== -1) return op(inv, 'az', 'cloud-delete', `az ${verbs.slice(0, at + 1).join(' ')}`, names);
  return op(inv, 'az', 'read', `az ${verbs.slice(0, 3).join(' ')}`.trim(), names);
}

// ---- Kubernetes ------------------------------------------------------------------------------------------------

/** Kinds whose objects a controller recreates, or that hold nothing: deleting them is routine. */
const RECREATED = new Set(['pod', 'pods', 'po', 'replicaset', 'replicasets', 'rs', 'job', 'jobs', 'event', 'events', 'ev', 'lease', 'leases', 'endpoints', 'ep']);
const KUBECTL_VALUED = new Set(['-n', '--namespace', '--context', '--cluster', '--kubeconfig', '-l', '--selector', '-f', '--filename', '-o', '--output', '--grace-period', '--timeout', '--field-selector', '-c', '--container', '--user', '-s', '--server', '--cascade']);

function kubeNames(inv: Invocation, args: Arg[], agentEnv: NodeJS.ProcessEnv): NameSignal[] {
  const names: NameSignal[] = [];
  const ns = option(args, ['-n', '--namespace']);
  if (ns) names.push({ kind: 'namespace', value: ns.value, from: '--namespace' });
  const context = option(args, ['--context', '--kube-context']);
  if (context) names.push({ kind: 'context', value: context.value, from: '--context' });
  const kubeconfig = option(args, ['--kubeconfig']) ?? envValue(inv, agentEnv, 'KUBECONFIG');
  if (kubeconfig) names.push({ kind: 'path', value: kubeconfig.value, from: 'kubeconfig' });
  return names;
}

function kubectl(inv: Invocation, agentEnv: NodeJS.ProcessEnv): Operation {
  const args = inv.argv.slice(1);
  const pos = positionals(args, KUBECTL_VALUED);
  const sub = pos[0]?.value ?? '';
  const names = kubeNames(inv, args, agentEnv);
  const flags = values(args);
  const replaceForce = sub === 'replace' && flags.includes('--force');
  if (sub !== 'delete' && !replaceForce) return op(inv, 'kubectl', 'read', `kubectl ${sub}`.trim(), names);
  if (replaceForce || flags.some((f) => f === '-f' || f.startsWith('--filename') || f.startsWith('-f') || f === '-k' || f.startsWith('--kustomize'))) {
    return op(inv, 'kubectl', 'kubernetes-delete', `kubectl ${replaceForce ? 'replace --force' : 'delete'} of what a manifest names`, names);
  }
  const targets = pos.slice(1).map((p) => p.value);
  const kinds = new Set<string>();
  const objects: string[] = [];
  for (const t of targets) {
    if (t.includes('/')) {
      const [kind = '', object = ''] = t.split('/');
      kinds.add(kind.toLowerCase());
      objects.push(object);
    } else if (kinds.size === 0 || t.includes(',')) {
      for (const k of t.split(',')) kinds.add(k.toLowerCase());
    } else objects.push(t);
  }
  for (const kind of kinds) {
    if (['namespace', 'namespaces', 'ns'].includes(kind)) for (const o of objects) names.push({ kind: 'namespace', value: o, from: 'namespace deleted' });
  }
  for (const o of objects) names.push({ kind: 'resource', value: o, from: 'object name' });
  const kindList = [...kinds].join(',');
  if (kinds.size > 0 && [...kinds].every((k) => RECREATED.has(k.split('.')[0] ?? k)) && !flags.includes('--all-namespaces') && !flags.includes('-A')) {
    return op(inv, 'kubectl', 'read', `kubectl delete ${kindList} (its controller recreates it)`, names);
  }
  return op(inv, 'kubectl', 'kubernetes-delete', `kubectl delete ${kindList || '(unknown kind)'}${flags.includes('--all') ? ' --all' : ''}`, names);
}

function helm(inv: Invocation, agentEnv: NodeJS.ProcessEnv): Operation {
  const args = inv.argv.slice(1);
  const pos = positionals(args, new Set(['-n', '--namespace', '--kube-context', '--kubeconfig', '--timeout']));
  const sub = pos[0]?.value ?? '';
  const names = kubeNames(inv, args, agentEnv);
  if (['uninstall', 'delete', 'del', 'un'].includes(sub)) {
    for (const r of pos.slice(1)) names.push({ kind: 'resource', value: r.value, from: 'release' });
    return op(inv, 'helm', 'kubernetes-delete', `helm uninstall ${pos.slice(1).map((p) => p.value).join(' ')}`.trim(), names);
  }
  return op(inv, 'helm', 'read', `helm ${sub}`.trim(), names);
}

// ---- Database clients ------------------------------------------------------------------------------------------

function readScriptFile(cwd: string | undefined, file: Arg | undefined): string | undefined {
  if (!file?.known) return undefined;
  const path = isAbsolute(file.value) ? file.value : cwd === undefined ? undefined : join(cwd, file.value);
  if (!path || !existsSync(path)) return undefined;
  try {
    return readFileSync(path, 'utf8').slice(0, 1_000_000);
  } catch {
    return undefined;
  }
}

function database(inv: Invocation, tool: string, agentEnv: NodeJS.ProcessEnv, pipeline: string): Operation {
  const args = inv.argv.slice(1);
  const names: NameSignal[] = [];
  const push = (kind: NameSignal['kind'], arg: Arg | undefined, from: string) => {
    if (arg) names.push({ kind, value: arg.value, from });
  };
  let statements: (Arg | undefined)[] = [];
  let file: Arg | undefined;
  if (tool === 'psql') {
    statements = allOptions(args, ['-c', '--command']);
    if (statements.length === 0) statements = [option(args, ['-c'])];
    file = option(args, ['-f', '--file']);
    push('resource', option(args, ['-h', '--host']) ?? envValue(inv, agentEnv, 'PGHOST'), 'host');
    push('database', option(args, ['-d', '--dbname']) ?? envValue(inv, agentEnv, 'PGDATABASE'), 'database');
    for (const p of positionals(args, new Set(['-c', '--command', '-f', '--file', '-h', '--host', '-d', '--dbname', '-U', '--username', '-p', '--port', '-v', '--set', '-o', '--output']))) {
      push('database', p, 'connection');
    }
  } else if (tool === 'mysql' || tool === 'mariadb') {
    statements = [option(args, ['-e', '--execute'])];
    push('resource', option(args, ['-h', '--host']), 'host');
    push('database', option(args, ['-D', '--database']), 'database');
    for (const p of positionals(args, new Set(['-e', '--execute', '-h', '--host', '-D', '--database', '-u', '--user', '-P', '--port']))) push('database', p, 'database');
  } else if (tool === 'mongosh' || tool === 'mongo') {
    statements = [option(args, ['--eval'])];
    file = option(args, ['-f', '--file']);
    for (const p of positionals(args, new Set(['--eval', '-f', '--file', '--host', '-u', '--username', '-p', '--password', '--port']))) push('database', p, 'connection');
    push('resource', option(args, ['--host']), 'host');
  } else if (tool === 'redis-cli') {
    push('resource', option(args, ['-h']), 'host');
    const words = positionals(args, new Set(['-h', '-p', '-a', '-n', '-u', '--user', '--pass']));
    if (words.some((w) => DESTRUCTIVE_REDIS.test(w.value))) return op(inv, tool, 'database-drop', `redis-cli ${words.map((w) => w.value).join(' ')}`, names);
    return op(inv, tool, 'read', 'redis-cli', names);
  } else if (tool === 'dropdb') {
    for (const p of positionals(args, new Set(['-h', '--host', '-U', '--username', '-p', '--port']))) push('database', p, 'database');
    push('resource', option(args, ['-h', '--host']), 'host');
    return op(inv, tool, 'database-drop', 'dropdb', names);
  } else if (tool === 'mysqladmin') {
    const words = values(positionals(args, new Set(['-h', '--host', '-u', '--user', '-P', '--port'])));
    const at = words.findIndex((w) => w === 'drop');
    if (at !== -1) {
      push('database', { value: words[at + 1] ?? '', known: true }, 'database');
      return op(inv, tool, 'database-drop', 'mysqladmin drop', names);
    }
    return op(inv, tool, 'read', 'mysqladmin', names);
  }
  const texts = statements.filter((s): s is Arg => s !== undefined).map((s) => s.value);
  const fromFile = readScriptFile(inv.cwd, file);
  if (fromFile !== undefined) texts.push(fromFile);
  for (const r of inv.redirects) if (r.heredoc) texts.push(r.heredoc.body);
  for (const r of inv.redirects) if (r.op === '<<<' && r.target) texts.push(r.target.value);
  for (const r of inv.redirects) if (r.op === '<' && r.target) texts.push(readScriptFile(inv.cwd, r.target) ?? r.target.value);
  if (inv.pipedStdin || (file && fromFile === undefined)) texts.push(pipeline);
  const destructive = texts.some((t) => isDestructiveStatement(t));
  return op(inv, tool, destructive ? 'database-drop' : 'read', destructive ? `${tool} running a destructive statement` : tool, names);
}

// ---- Wrappers the policy lists ---------------------------------------------------------------------------------

/** Script names that say what they do. */
const DESTRUCTIVE_SCRIPT = /(^|[-_./])(nuke|destroy|teardown|tear-down|wipe|drop-?db|purge)([-_.]|$)/i;

function normalizeCommandPath(value: string): string {
  return value.replace(/^\.\//, '');
}

function matchesWrapper(rule: GuardWrapper, inv: Invocation, repoRoot: string | undefined): boolean {
  const pattern = rule.command.trim().split(/\s+/);
  const [head, ...tail] = pattern;
  const argv = inv.argv;
  const first = argv[0]?.value ?? '';
  if (!head) return false;
  const candidates = new Set([normalizeCommandPath(first), basename(first)]);
  if (inv.cwd && repoRoot && !isAbsolute(first) && first.includes('/')) candidates.add(relative(repoRoot, join(inv.cwd, first)));
  if (isAbsolute(first) && repoRoot) candidates.add(relative(repoRoot, first));
  const wanted = normalizeCommandPath(head);
  if (!candidates.has(wanted) && !(wanted.includes('/') ? false : candidates.has(wanted))) return false;
  let i = 1;
  for (const word of tail) {
    while (i < argv.length && (argv[i] as Arg).value !== word) i++;
    if (i >= argv.length) return false;
    i++;
  }
  return true;
}

function wrapper(inv: Invocation, rules: readonly GuardWrapper[], repoRoot: string | undefined): Operation | undefined {
  const rule = rules.find((r) => matchesWrapper(r, inv, repoRoot));
  const names: NameSignal[] = [];
  for (const a of inv.argv.slice(1)) {
    const eq = a.value.indexOf('=');
    if (eq > 0) names.push({ kind: 'variable', value: a.value.slice(eq + 1), from: a.value.slice(0, eq) });
    else names.push({ kind: 'resource', value: a.value, from: 'argument' });
  }
  for (const [k, v] of inv.env) names.push({ kind: 'variable', value: v.value, from: k });
  if (rule) return op(inv, basename(inv.argv[0]?.value ?? ''), rule.class ?? 'wrapper', `${rule.command} (listed in the policy)`, names);
  const first = inv.argv[0]?.value ?? '';
  if ((first.includes('/') || /\.(sh|bash|py|rb|ps1)$/.test(first)) && DESTRUCTIVE_SCRIPT.test(basename(first))) {
    return op(inv, basename(first), 'wrapper', `${first} (a script named for destruction)`, names);
  }
  return undefined;
}

export interface ClassifyContext {
  agentEnv: NodeJS.ProcessEnv;
  wrappers: readonly GuardWrapper[];
  repoRoot: string | undefined;
  /** The whole command line, for statements fed to a client through a pipe. */
  text: string;
}

/** What one invocation does; undefined for programs that touch no infrastructure the guard knows. */
export function classify(inv: Invocation, ctx: ClassifyContext): Operation | undefined {
  const first = inv.argv[0];
  if (!first) return undefined;
  const wrapped = wrapper(inv, ctx.wrappers, ctx.repoRoot);
  if (wrapped) return wrapped;
  const tool = basename(first.value);
  switch (tool) {
    case 'terraform':
    case 'tofu':
    case 'terragrunt':
      return terraform(inv, tool, ctx.agentEnv);
    case 'cdk':
    case 'aws-cdk':
      return cdk(inv, ctx.agentEnv);
    case 'pulumi':
      return pulumi(inv);
    case 'aws':
      return aws(inv, ctx.agentEnv);
    case 'gcloud':
    case 'gsutil':
      return gcloud(inv, tool);
    case 'az':
      return az(inv);
    case 'kubectl':
    case 'oc':
      return kubectl(inv, ctx.agentEnv);
    case 'helm':
      return helm(inv, ctx.agentEnv);
    case 'psql':
    case 'mysql':
    case 'mariadb':
    case 'mongosh':
    case 'mongo':
    case 'redis-cli':
    case 'dropdb':
    case 'mysqladmin':
      return database(inv, tool, ctx.agentEnv, ctx.text);
    default:
      return undefined;
  }
}

/** Does text that could not be parsed name a tool the guard classifies (or a destructive statement)? */
export function namesClassifiedTool(text: string, wrappers: readonly GuardWrapper[]): string | undefined {
  for (const tool of CLASSIFIED_TOOLS) {
    if (new RegExp(`(^|[^\\w-])${tool.replace(/-/g, '\\-')}($|[^\\w-])`).test(text)) return tool;
  }
  for (const w of wrappers) if (text.includes(w.command)) return w.command;
  if (isDestructiveStatement(text)) return 'a destructive database statement';
  return undefined;
}
