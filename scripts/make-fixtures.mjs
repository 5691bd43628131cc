#!/usr/bin/env node
// Generates Blastgate's Terraform plan fixtures with the real `terraform` binary.
//
//   npm run fixtures                          # every case into fixtures/terraform
//   node scripts/make-fixtures.mjs --only tfdata --out /tmp/x
//   node scripts/make-fixtures.mjs --only aws-db-destroyed,tfdata-moved
//   node scripts/make-fixtures.mjs --list     # case names, one a line
//
// Sources live in fixtures/terraform-src/<case>/before and .../after (each a
// complete root module; `after` missing means "same as before").
//
// terraform_data cases ("tfdata-*") need nothing but terraform: `before` is
// really applied (terraform_data lives only in state), then the configuration
// is swapped for `after` and planned.
//
// AWS cases ("aws-*") need the hashicorp/aws provider from a local filesystem
// mirror (there is no network). AWS cannot be reached, so the "before" state is
// built instead of applied: `before` is planned, the planned values become a
// version 4 state file (values that are unknown until apply, such as id and
// arn, are filled with plausible ones; values that come from references are
// settled by re-planning `before` against that state until terraform and the
// provider see no change), then `after` is planned with -refresh=false
// against that state. The plan is the one terraform and the provider compute.
//
// The mirror is looked for in $BLASTGATE_TF_PROVIDER_MIRROR (the directory
// holding registry.terraform.io/; "none" means: act as if there were none),
// then in a few standard plugin directories, then with `find`. Without it the AWS cases are
// skipped (the committed fixtures stay) and the script says so.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC_DIR = join(ROOT, 'fixtures', 'terraform-src');
const DEFAULT_OUT = join(ROOT, 'fixtures', 'terraform');
const SHARED_AWS = join(SRC_DIR, '_shared', 'aws');

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';

/**
 * kind: "tfdata" (terraform_data only) or "aws" (needs the provider mirror).
 * preplan: terraform sub-commands run after `after` is in place and before the plan.
 * planArgs: extra arguments of the final `terraform plan`.
 * env: extra environment of every terraform command of the case.
 * compact: write the plan JSON without indentation (large cases).
 */
export const CASES = [
  // ---- AWS provider -------------------------------------------------------
  { name: 'aws-db-destroyed', kind: 'aws' },
  { name: 'aws-db-replaced-engine', kind: 'aws' },
  { name: 'aws-ebs-az-move', kind: 'aws' },
  { name: 'aws-s3-bucket-renamed', kind: 'aws' },
  { name: 'aws-s3-bucket-moved', kind: 'aws' },
  { name: 'aws-guards-off', kind: 'aws' },
  { name: 'aws-tags-only', kind: 'aws' },
  { name: 'aws-vpc-replaced-many-dependents', kind: 'aws' },
  { name: 'aws-sg-replaced-dependents', kind: 'aws' },
  { name: 'aws-dev-db-destroyed', kind: 'aws' },
  { name: 'aws-kms-key-destroyed', kind: 'aws' },
  { name: 'aws-create-only', kind: 'aws' },
  { name: 'aws-module-removed', kind: 'aws' },
  { name: 'aws-count-shift', kind: 'aws' },
  { name: 'aws-cbd-replace', kind: 'aws' },
  { name: 'aws-many-unchanged-one-risky', kind: 'aws', compact: true },
  { name: 'aws-env-mixed-evidence', kind: 'aws' },
  { name: 'aws-env-two-modules', kind: 'aws' },
  { name: 'aws-env-retag', kind: 'aws' },
  { name: 'aws-data-lost-in-place', kind: 'aws' },
  { name: 'aws-instance-disk-destroyed', kind: 'aws' },
  { name: 'aws-db-moved-into-ignored', kind: 'aws' },
  { name: 'aws-db-moved-then-deleted', kind: 'aws' },
  // ---- terraform_data only ------------------------------------------------
  {
    name: 'tfdata-taint',
    kind: 'tfdata',
    preplan: [['taint', 'terraform_data.migration_runner']],
    planArgs: ['-replace=terraform_data.release_marker'],
  },
  { name: 'tfdata-replace-requested', kind: 'tfdata', planArgs: ['-replace=terraform_data.cache_warmer'] },
  { name: 'tfdata-triggers-replace', kind: 'tfdata' },
  { name: 'tfdata-cbd', kind: 'tfdata' },
  { name: 'tfdata-moved', kind: 'tfdata' },
  { name: 'tfdata-removed-forget', kind: 'tfdata' },
  { name: 'tfdata-removed-destroy', kind: 'tfdata' },
  { name: 'tfdata-for-each-key-removed', kind: 'tfdata' },
  { name: 'tfdata-module-count-foreach', kind: 'tfdata' },
  { name: 'tfdata-import', kind: 'tfdata' },
  { name: 'tfdata-sensitive', kind: 'tfdata', env: { TF_VAR_db_password: 's3cr3t-do-not-leak' } },
  { name: 'tfdata-destroy-diluted', kind: 'tfdata' },
  { name: 'tfdata-sensitive-short', kind: 'tfdata', env: { TF_VAR_db_password: 'pw1' } },
];

// ---------------------------------------------------------------------------
// command line

function parseArgs(argv) {
  const opts = { out: DEFAULT_OUT, only: null, keep: false, list: false, jobs: 2, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--out') opts.out = resolve(next());
    else if (a.startsWith('--out=')) opts.out = resolve(a.slice(6));
    else if (a === '--only') opts.only = next();
    else if (a.startsWith('--only=')) opts.only = a.slice(7);
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(next()) || 1);
    else if (a === '--keep') opts.keep = true;
    else if (a === '--list') opts.list = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: make-fixtures.mjs [--out DIR] [--only tfdata|aws|CASE,CASE...] [--jobs N] [--keep] [--list]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

export function selectCases(only) {
  if (!only) return CASES;
  const picked = new Set();
  for (const part of only.split(',').map((s) => s.trim()).filter(Boolean)) {
    const matches = CASES.filter((c) => c.kind === part || c.name === part);
    if (matches.length === 0) throw new Error(`no case or kind named ${part}`);
    for (const m of matches) picked.add(m);
  }
  return CASES.filter((c) => picked.has(c));
}

// ---------------------------------------------------------------------------
// process helpers

function run(cmd, args, { cwd, env, allowExit = [0] } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (!allowExit.includes(code)) {
        const tail = (stderr || stdout).trim().split('\n').slice(-40).join('\n');
        reject(new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${tail}`));
      } else resolvePromise({ code, stdout, stderr });
    });
  });
}

function hash(...parts) {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

// ---------------------------------------------------------------------------
// provider mirror discovery

const MIRROR_ENV = 'BLASTGATE_TF_PROVIDER_MIRROR';

function mirrorHasAws(dir) {
  const p = join(dir, 'registry.terraform.io', 'hashicorp', 'aws');
  try {
    return statSync(p).isDirectory() && readdirSync(p).length > 0;
  } catch {
    return false;
  }
}

async function findAwsMirror() {
  const fromEnv = process.env[MIRROR_ENV];
  if (fromEnv === 'none') return null;
  if (fromEnv) {
    if (mirrorHasAws(fromEnv)) return fromEnv;
    console.warn(`${MIRROR_ENV}=${fromEnv} holds no registry.terraform.io/hashicorp/aws`);
  }
  const home = homedir();
  const candidates = [
    join(home, '.terraform.d', 'plugins'),
    join(home, '.local', 'share', 'terraform', 'plugins'),
    '/usr/local/share/terraform/plugins',
    '/usr/share/terraform/plugins',
    ...(process.env.XDG_DATA_DIRS ?? '').split(':').filter(Boolean).map((d) => join(d, 'terraform', 'plugins')),
  ];
  for (const c of candidates) if (mirrorHasAws(c)) return c;
  // last resort: look for the provider binary (or its zip) anywhere
  try {
    const { stdout } = await run(
      'find',
      ['/', '(', '-path', '/proc', '-o', '-path', '/sys', '-o', '-path', '/dev', '-o', '-path', '/run', ')', '-prune', '-o',
        '-path', '*/registry.terraform.io/hashicorp/aws/*', '-name', 'terraform-provider-aws_*', '-print'],
      { allowExit: [0, 1] },
    );
    for (const line of stdout.split('\n')) {
      const i = line.indexOf('/registry.terraform.io/hashicorp/aws/');
      if (i > 0) return line.slice(0, i);
    }
  } catch {
    // find missing or failing: no mirror
  }
  return null;
}

// ---------------------------------------------------------------------------
// working directory handling

const KEEP_IN_WORKDIR = new Set(['.terraform', '.terraform.lock.hcl', 'terraform.tfstate', 'terraform.tfstate.backup']);

async function loadConfig(workDir, srcDir, extraDirs = []) {
  for (const entry of await readdir(workDir)) {
    if (!KEEP_IN_WORKDIR.has(entry)) await rm(join(workDir, entry), { recursive: true, force: true });
  }
  for (const d of [...extraDirs, srcDir]) await cp(d, workDir, { recursive: true });
}

/** Replace the working directory by "." and refuse any other machine path. */
function scrubPaths(text, workDir, extraPaths = []) {
  const t = text.split(workDir).join('.');
  const machinePaths = [ROOT, tmpdir() + '/', homedir() + '/', ...extraPaths].filter((p) => p && p.length > 1);
  for (const p of machinePaths) {
    if (t.includes(p)) throw new Error(`plan JSON holds a machine path (${p})`);
  }
  const leak = /"(\/tmp\/|\/work\/|\/root\/|\/home\/)[^"]*"/.exec(t);
  if (leak) throw new Error(`plan JSON holds a machine path: ${leak[0]}`);
  return t;
}

// ---------------------------------------------------------------------------
// AWS: building a state file from a plan

function childType(t, key) {
  if (!t) return null;
  if (t.block) {
    const b = t.block;
    if (b.attributes?.[key]) {
      const a = b.attributes[key];
      if (a.type) return { type: a.type };
      if (a.nested_type) return { nested: a.nested_type };
      return null;
    }
    if (b.block_types?.[key]) {
      const bt = b.block_types[key];
      return bt.nesting_mode === 'single' || bt.nesting_mode === 'group'
        ? { block: bt.block }
        : { blocks: bt.block, mode: bt.nesting_mode };
    }
    return null;
  }
  if (t.blocks) return { block: t.blocks };
  if (t.nested) {
    const n = t.nested;
    const inner = { block: { attributes: n.attributes } };
    if (n.nesting_mode === 'single') return childType(inner, key);
    return inner; // element of list/set/map of nested objects
  }
  if (t.type) {
    const ty = t.type;
    if (Array.isArray(ty)) {
      if (ty[0] === 'object') return ty[1][key] ? { type: ty[1][key] } : null;
      if (ty[0] === 'tuple') return ty[1][key] ? { type: ty[1][key] } : null;
      return { type: ty[1] }; // list/set/map element
    }
  }
  return null;
}

function shortHex(seed, n) {
  return hash(seed).slice(0, n);
}

const EC2_ID_PREFIX = {
  aws_vpc: 'vpc', aws_subnet: 'subnet', aws_security_group: 'sg', aws_route_table: 'rtb',
  aws_internet_gateway: 'igw', aws_nat_gateway: 'nat', aws_eip: 'eipalloc', aws_instance: 'i',
  aws_launch_template: 'lt', aws_ebs_volume: 'vol', aws_network_acl: 'acl',
  aws_route_table_association: 'rtbassoc', aws_vpc_endpoint: 'vpce', aws_flow_log: 'fl',
  aws_vpc_security_group_ingress_rule: 'sgr', aws_vpc_security_group_egress_rule: 'sgr',
  aws_network_interface: 'eni', aws_egress_only_internet_gateway: 'eigw',
};
const EC2_ARN_KIND = {
  aws_vpc: 'vpc', aws_subnet: 'subnet', aws_security_group: 'security-group', aws_route_table: 'route-table',
  aws_internet_gateway: 'internet-gateway', aws_nat_gateway: 'natgateway', aws_eip: 'elastic-ip',
  aws_instance: 'instance', aws_launch_template: 'launch-template', aws_ebs_volume: 'volume',
  aws_network_acl: 'network-acl', aws_vpc_endpoint: 'vpc-endpoint', aws_flow_log: 'vpc-flow-log',
  aws_vpc_security_group_ingress_rule: 'security-group-rule', aws_vpc_security_group_egress_rule: 'security-group-rule',
};

function uuidFrom(seed) {
  const h = hash(seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function resourceId(type, v, addr) {
  if (EC2_ID_PREFIX[type]) return `${EC2_ID_PREFIX[type]}-0${shortHex(addr, 16)}`;
  switch (type) {
    case 'aws_db_instance':
    case 'aws_rds_cluster':
      return `db-${hash(addr).replace(/[^a-z0-9]/g, '').slice(0, 26).toUpperCase()}`;
    case 'aws_s3_bucket':
      return v.bucket ?? `bucket-${shortHex(addr, 8)}`;
    case 'aws_sqs_queue':
      return `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${v.name ?? shortHex(addr, 8)}`;
    case 'aws_kms_key':
      return uuidFrom(addr);
    case 'aws_lb':
    case 'aws_lb_target_group':
    case 'aws_lb_listener':
      return arnFor(type, v, '', addr);
    default:
      if (typeof v.bucket === 'string') return v.bucket;
      if (typeof v.name === 'string') return v.name;
      if (typeof v.identifier === 'string') return v.identifier;
      return shortHex(addr, 20);
  }
}

function arnFor(type, v, id, addr) {
  const r = `arn:aws:%s:${REGION}:${ACCOUNT}:`;
  const arn = (svc, rest) => r.replace('%s', svc) + rest;
  if (EC2_ARN_KIND[type]) return arn('ec2', `${EC2_ARN_KIND[type]}/${id}`);
  switch (type) {
    case 'aws_db_instance': return arn('rds', `db:${v.identifier ?? id}`);
    case 'aws_db_subnet_group': return arn('rds', `subgrp:${v.name ?? id}`);
    case 'aws_db_parameter_group': return arn('rds', `pg:${v.name ?? id}`);
    case 'aws_s3_bucket': return `arn:aws:s3:::${v.bucket ?? id}`;
    case 'aws_dynamodb_table': return arn('dynamodb', `table/${v.name ?? id}`);
    case 'aws_sqs_queue': return arn('sqs', v.name ?? id);
    case 'aws_sns_topic': return arn('sns', v.name ?? id);
    case 'aws_ssm_parameter': return arn('ssm', `parameter/${String(v.name ?? id).replace(/^\//, '')}`);
    case 'aws_kms_key': return arn('kms', `key/${id}`);
    case 'aws_kms_alias': return arn('kms', v.name ?? id);
    case 'aws_lb': return arn('elasticloadbalancing', `loadbalancer/app/${v.name}/${shortHex(addr, 16)}`);
    case 'aws_lb_target_group': return arn('elasticloadbalancing', `targetgroup/${v.name}/${shortHex(addr, 16)}`);
    case 'aws_iam_role': return `arn:aws:iam::${ACCOUNT}:role/${v.name ?? id}`;
    case 'aws_iam_policy': return `arn:aws:iam::${ACCOUNT}:policy/${v.name ?? id}`;
    case 'aws_autoscaling_group': return arn('autoscaling', `autoScalingGroup:${uuidFrom(addr)}:autoScalingGroupName/${v.name ?? id}`);
    default: {
      const svc = type.replace(/^aws_/, '').split('_')[0];
      return arn(svc, `${type.replace(/^aws_/, '')}/${id}`);
    }
  }
}

/** Plausible value for a top-level attribute that is unknown until apply. */
function knownGuess(type, key, v, addr) {
  const engine = String(v.engine ?? '');
  const port = engine.startsWith('mysql') || engine.startsWith('mariadb') || engine.startsWith('aurora-mysql') ? 3306 : 5432;
  const host = `${v.identifier ?? shortHex(addr, 8)}.c${shortHex(addr + 'h', 10)}.${REGION}.rds.amazonaws.com`;
  switch (key) {
    case 'id': return resourceId(type, v, addr);
    case 'arn': return arnFor(type, v, v.id ?? resourceId(type, v, addr), addr);
    case 'tags_all': return v.tags ?? {};
    case 'owner_id': return ACCOUNT;
    case 'region': return REGION;
    case 'availability_zone': return `${REGION}a`;
    case 'resource_id': return v.id;
    case 'key_id': return type === 'aws_kms_key' ? v.id : undefined;
    case 'target_key_arn': return undefined;
    case 'url': return type === 'aws_sqs_queue' ? v.id : undefined;
    case 'name': return type === 'aws_sqs_queue' || type === 'aws_security_group' ? `terraform-${shortHex(addr, 26)}` : undefined;
    case 'bucket_domain_name': return `${v.bucket}.s3.amazonaws.com`;
    case 'bucket_regional_domain_name': return `${v.bucket}.s3.${REGION}.amazonaws.com`;
    case 'hosted_zone_id': return type === 'aws_s3_bucket' ? 'Z1BKCTXD74EZPE' : type === 'aws_db_instance' ? 'Z29XKXDKYMONMX' : undefined;
    case 'endpoint': return type === 'aws_db_instance' ? `${host}:${port}` : undefined;
    case 'address': return type === 'aws_db_instance' ? host : undefined;
    case 'port': return type === 'aws_db_instance' ? port : undefined;
    case 'status': return type === 'aws_db_instance' ? 'available' : undefined;
    case 'engine_version_actual': return v.engine_version ?? undefined;
    case 'storage_type': return type === 'aws_db_instance' ? 'gp2' : undefined;
    case 'license_model': return engine.startsWith('postgres') ? 'postgresql-license' : engine.startsWith('mysql') ? 'general-public-license' : undefined;
    case 'parameter_group_name': return type === 'aws_db_instance' && engine ? `default.${engine}${String(v.engine_version ?? '').split('.')[0]}` : undefined;
    case 'option_group_name': return type === 'aws_db_instance' && engine ? `default:${engine}-${String(v.engine_version ?? '').split('.')[0]}` : undefined;
    case 'db_subnet_group_name': return type === 'aws_db_instance' ? 'default' : undefined;
    case 'backup_window': return '03:00-03:30';
    case 'maintenance_window': return 'sun:04:00-sun:04:30';
    case 'backup_retention_period': return type === 'aws_db_instance' ? 7 : undefined;
    case 'ca_cert_identifier': return 'rds-ca-rsa2048-g1';
    case 'network_type': return 'IPV4';
    case 'engine_lifecycle_support': return type === 'aws_db_instance' ? 'open-source-rds-extended-support' : undefined;
    case 'database_insights_mode': return 'standard';
    case 'multi_az': return false;
    case 'latest_restorable_time': return '2025-11-25T23:55:00Z';
    case 'default_route_table_id': return `rtb-0${shortHex(addr + 'rtb', 16)}`;
    case 'main_route_table_id': return `rtb-0${shortHex(addr + 'rtb', 16)}`;
    case 'default_security_group_id': return `sg-0${shortHex(addr + 'sg', 16)}`;
    case 'default_network_acl_id': return `acl-0${shortHex(addr + 'acl', 16)}`;
    case 'dhcp_options_id': return `dopt-0${shortHex(addr + 'dopt', 16)}`;
    case 'instance_tenancy': return 'default';
    case 'private_ip': return `10.0.1.${parseInt(shortHex(addr, 2), 16) % 200 + 10}`;
    case 'private_dns': return `ip-10-0-1-${parseInt(shortHex(addr, 2), 16) % 200 + 10}.${REGION}.compute.internal`;
    case 'instance_state': return 'running';
    case 'primary_network_interface_id': return `eni-0${shortHex(addr + 'eni', 16)}`;
    case 'latest_version': return 1;
    case 'default_version': return 1;
    case 'dns_name': return type === 'aws_lb' ? `${v.name}-${parseInt(shortHex(addr, 8), 16)}.${REGION}.elb.amazonaws.com` : undefined;
    case 'zone_id': return type === 'aws_lb' ? 'Z32O12XQLNTSW2' : undefined;
    case 'arn_suffix': return type === 'aws_lb' ? `app/${v.name}/${shortHex(addr, 16)}` : undefined;
    case 'version': return type === 'aws_ssm_parameter' ? 1 : undefined;
    case 'tier': return type === 'aws_ssm_parameter' ? 'Standard' : undefined;
    case 'data_type': return type === 'aws_ssm_parameter' ? 'text' : undefined;
    case 'key_usage': return 'ENCRYPT_DECRYPT';
    case 'customer_master_key_spec': return 'SYMMETRIC_DEFAULT';
    case 'deletion_window_in_days': return undefined;
    case 'stream_arn': return '';
    case 'read_capacity':
    case 'write_capacity': return 0;
    default: return undefined;
  }
}

function synth(t) {
  if (!t) return null;
  if (t.blocks) return t.mode === 'map' ? {} : [];
  if (t.block) return null;
  if (t.nested) return t.nested.nesting_mode === 'single' ? null : t.nested.nesting_mode === 'map' ? {} : [];
  const ty = t.type;
  if (ty === 'string') return '';
  if (ty === 'number') return 0;
  if (ty === 'bool') return false;
  if (Array.isArray(ty)) {
    if (ty[0] === 'list' || ty[0] === 'set' || ty[0] === 'tuple') return [];
    if (ty[0] === 'map') return {};
    if (ty[0] === 'object') return null;
  }
  return null;
}

/** Replace the unknown parts of `after` (per `unknown`) with `prior` values or plausible ones. */
function fillUnknown(after, unknown, t, prior, guess) {
  if (unknown === true) {
    if (prior !== undefined && prior !== null) return prior;
    const g = guess?.();
    return g !== undefined ? g : synth(t);
  }
  if (Array.isArray(unknown) && Array.isArray(after)) {
    return after.map((el, i) => fillUnknown(el, unknown[i] ?? false, childType(t, 0), Array.isArray(prior) ? prior[i] : undefined));
  }
  if (unknown && typeof unknown === 'object' && after && typeof after === 'object' && !Array.isArray(after)) {
    const out = { ...after };
    for (const k of Object.keys(unknown)) {
      out[k] = fillUnknown(after[k], unknown[k], childType(t, k), prior?.[k]);
    }
    return out;
  }
  return after === undefined ? (prior ?? null) : after;
}

function completeValues(rc, schemaBlock, prior) {
  const { after, after_unknown: unknown } = rc.change;
  const v = { ...after };
  // First ids, then arns (which may use the id), then the rest.
  const order = Object.keys(unknown ?? {}).sort((a, b) => rank(a) - rank(b));
  function rank(k) {
    return k === 'id' ? 0 : k === 'arn' ? 1 : 2;
  }
  for (const k of order) {
    if (unknown[k] === false) continue;
    v[k] = fillUnknown(after[k], unknown[k], childType({ block: schemaBlock }, k), prior?.[k], () => knownGuess(rc.type, k, v, rc.address));
  }
  // Any schema attribute terraform left out of `after` (it should not) is null.
  for (const k of Object.keys(schemaBlock.attributes ?? {})) if (!(k in v)) v[k] = prior?.[k] ?? null;
  for (const k of Object.keys(schemaBlock.block_types ?? {})) if (!(k in v)) v[k] = prior?.[k] ?? synth(childType({ block: schemaBlock }, k));
  return v;
}

/** after_sensitive ({password: true, list: [false, true]}) to state paths. */
function sensitivePaths(marks, path = [], out = []) {
  if (marks === true) out.push(path);
  else if (Array.isArray(marks)) {
    marks.forEach((m, i) => sensitivePaths(m, [...path, { type: 'index', value: { value: i, type: 'number' } }], out));
  } else if (marks && typeof marks === 'object') {
    for (const k of Object.keys(marks).sort()) sensitivePaths(marks[k], [...path, { type: 'get_attr', value: k }], out);
  }
  return out;
}

function stateFromValues(caseName, tfVersion, entries) {
  // entries: [{ rc, values, schemaVersion, sensitive }]
  const groups = new Map();
  for (const { rc, values, schemaVersion, sensitive } of entries) {
    const key = `${rc.module_address ?? ''}|${rc.mode}|${rc.type}|${rc.name}`;
    if (!groups.has(key)) {
      const res = {
        ...(rc.module_address ? { module: rc.module_address } : {}),
        mode: rc.mode,
        type: rc.type,
        name: rc.name,
        provider: `provider["${rc.provider_name}"]`,
        instances: [],
      };
      groups.set(key, res);
    }
    const inst = {
      ...(rc.index !== undefined ? { index_key: rc.index } : {}),
      schema_version: schemaVersion,
      attributes: values,
      sensitive_attributes: sensitive,
    };
    groups.get(key).instances.push(inst);
  }
  return {
    version: 4,
    terraform_version: tfVersion,
    serial: 1,
    lineage: uuidFrom(`lineage:${caseName}`),
    outputs: {},
    resources: [...groups.values()],
    check_results: null,
  };
}

// ---------------------------------------------------------------------------
// one case

async function generateCase(c, ctx) {
  const started = Date.now();
  const caseSrc = join(SRC_DIR, c.name);
  const beforeDir = join(caseSrc, 'before');
  const afterDir = existsSync(join(caseSrc, 'after')) ? join(caseSrc, 'after') : beforeDir;
  const workDir = await mkdtemp(join(ctx.tmp, `${c.name}-`));
  const env = { ...ctx.env, ...(c.env ?? {}) };
  const tf = (args, opts = {}) => run('terraform', args, { cwd: workDir, env, ...opts });
  const extra = c.kind === 'aws' ? [SHARED_AWS] : [];
  const log = (msg) => ctx.verbose && console.log(`  [${c.name}] +${((Date.now() - started) / 1000).toFixed(1)}s ${msg}`);

  const init = () => tf(['init', '-input=false', '-no-color', '-lock=false']);
  const plan = (file, args = []) => tf(['plan', '-input=false', '-no-color', '-lock=false', `-out=${file}`, ...args]);
  const show = async (file) => JSON.parse((await tf(['show', '-json', '-no-color', file])).stdout);

  let awsProvider = null;
  if (existsSync(beforeDir)) {
    await loadConfig(workDir, beforeDir, extra);
    await init();
    if (c.kind === 'tfdata') {
      log('apply before');
      await tf(['apply', '-input=false', '-no-color', '-lock=false', '-auto-approve']);
    } else {
      log('plan before');
      await plan('before.tfplan');
      const beforePlan = await show('before.tfplan');
      const schemas = await ctx.awsSchemas(workDir, tf);
      const entries = [];
      for (const rc of beforePlan.resource_changes ?? []) {
        if (rc.mode !== 'managed' || !rc.change.actions.includes('create')) continue;
        const sch = schemas.provider_schemas[rc.provider_name]?.resource_schemas?.[rc.type];
        if (!sch) throw new Error(`no schema for ${rc.type} (${rc.provider_name})`);
        const values = completeValues(rc, sch.block, undefined);
        entries.push({ rc, values, schemaVersion: sch.version ?? 0, sensitive: sensitivePaths(rc.change.after_sensitive) });
      }
      let state = stateFromValues(c.name, ctx.tfVersion, entries);
      // Settle values that come from references: re-plan `before` against the
      // state until nothing changes.
      for (let round = 1; ; round++) {
        await writeFile(join(workDir, 'terraform.tfstate'), JSON.stringify(state, null, 2));
        await plan('settle.tfplan', ['-refresh=false']);
        const p = await show('settle.tfplan');
        const changing = (p.resource_changes ?? []).filter((rc) => !rc.change.actions.every((a) => a === 'no-op'));
        log(`settle round ${round}: ${changing.length} changing`);
        if (changing.length === 0) break;
        if (round >= 8) {
          throw new Error(`state for ${c.name} does not settle: ${changing.map((rc) => `${rc.address} ${rc.change.actions}`).join(', ')}`);
        }
        // keep the values terraform now knows; unknown parts keep the prior (state) value
        const byAddr = new Map(changing.map((rc) => [rc.address, rc]));
        const settled = [];
        for (const res of state.resources) {
          for (const inst of res.instances) {
            const addr = instanceAddress(res, inst);
            const rc = byAddr.get(addr);
            let values = inst.attributes;
            let sensitive = inst.sensitive_attributes;
            if (rc) {
              const sch = schemas.provider_schemas[rc.provider_name].resource_schemas[rc.type];
              values = completeValues(rc, sch.block, inst.attributes);
              sensitive = sensitivePaths(rc.change.after_sensitive);
            }
            settled.push({ rc: rcFromState(res, inst, addr), values, schemaVersion: inst.schema_version, sensitive });
          }
        }
        state = stateFromValues(c.name, ctx.tfVersion, settled);
      }
      awsProvider = (await tf(['version', '-json'])).stdout;
      await rm(join(workDir, 'before.tfplan'));
      await rm(join(workDir, 'settle.tfplan'));
    }
  }

  await loadConfig(workDir, afterDir, extra);
  await init();
  for (const cmd of c.preplan ?? []) {
    log(`terraform ${cmd.join(' ')}`);
    await tf([cmd[0], '-no-color', '-lock=false', ...cmd.slice(1)]);
  }
  const planArgs = [...(c.planArgs ?? [])];
  if (c.kind === 'aws') planArgs.push('-refresh=false');
  log(`plan after ${planArgs.join(' ')}`);
  await plan('after.tfplan', planArgs);
  const showOut = (await tf(['show', '-json', '-no-color', 'after.tfplan'])).stdout;
  const text = scrubPaths(showOut, workDir, ctx.mirror ? [ctx.mirror] : []);
  const planJson = JSON.parse(text);
  const body = c.compact ? JSON.stringify(planJson) : JSON.stringify(planJson, null, 2);
  await writeFile(join(ctx.out, `${c.name}.plan.json`), body + '\n');

  if (c.kind === 'aws' && !awsProvider) awsProvider = (await tf(['version', '-json'])).stdout;
  const providerVersions = awsProvider ? JSON.parse(awsProvider).provider_selections ?? {} : {};

  if (!ctx.keep) await rm(workDir, { recursive: true, force: true });
  else console.log(`  [${c.name}] kept ${workDir}`);

  const changes = (planJson.resource_changes ?? []).map((rc) => ({
    address: rc.address,
    actions: rc.change.actions,
    action_reason: rc.action_reason ?? null,
  }));
  return { name: c.name, changes, providerVersions, bytes: Buffer.byteLength(body) + 1, ms: Date.now() - started };
}

function instanceAddress(res, inst) {
  let a = `${res.module ? res.module + '.' : ''}${res.mode === 'data' ? 'data.' : ''}${res.type}.${res.name}`;
  if (inst.index_key !== undefined) a += typeof inst.index_key === 'number' ? `[${inst.index_key}]` : `[${JSON.stringify(inst.index_key)}]`;
  return a;
}

function rcFromState(res, inst, address) {
  return {
    address,
    module_address: res.module,
    mode: res.mode,
    type: res.type,
    name: res.name,
    index: inst.index_key,
    provider_name: res.provider.replace(/^provider\["(.*)"\]$/, '$1'),
  };
}

// ---------------------------------------------------------------------------
// main

async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

export async function main(argv = process.argv.slice(2)) {
  const opts = parseArgs(argv);
  if (opts.list) {
    for (const c of selectCases(opts.only)) console.log(`${c.name}\t${c.kind}`);
    return 0;
  }
  let cases = selectCases(opts.only);

  let versionJson;
  try {
    versionJson = JSON.parse((await run('terraform', ['version', '-json'])).stdout);
  } catch (e) {
    console.error(`terraform is not usable: ${e.message}`);
    return 2;
  }
  const tfVersion = versionJson.terraform_version;

  const tmp = await mkdtemp(join(tmpdir(), 'blastgate-fixtures-'));
  const pluginCache = join(tmp, 'plugin-cache');
  await mkdir(pluginCache, { recursive: true });

  let mirror = null;
  if (cases.some((c) => c.kind === 'aws')) {
    mirror = await findAwsMirror();
    if (!mirror) {
      const skipped = cases.filter((c) => c.kind === 'aws').map((c) => c.name);
      console.warn(
        `No filesystem mirror of the hashicorp/aws provider was found (set ${MIRROR_ENV} to a directory ` +
          `holding registry.terraform.io/hashicorp/aws/...). Skipping ${skipped.length} AWS case(s); ` +
          'their committed fixtures are left as they are.',
      );
      cases = cases.filter((c) => c.kind !== 'aws');
    } else {
      console.log('AWS provider: using a local filesystem mirror');
    }
  }

  const cliConfig = join(tmp, 'terraform.rc');
  const mirrorBlock = mirror
    ? `  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n`
    : '';
  await writeFile(
    cliConfig,
    `plugin_cache_dir = ${JSON.stringify(pluginCache)}\ndisable_checkpoint = true\n` +
      `provider_installation {\n${mirrorBlock}  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
  );

  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('TF_') && k !== 'TF_LOG') delete env[k];
  Object.assign(env, {
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    TF_PLUGIN_CACHE_DIR: pluginCache,
  });

  await mkdir(opts.out, { recursive: true });

  let schemaPromise = null;
  const ctx = {
    tmp,
    env,
    out: opts.out,
    keep: opts.keep,
    verbose: opts.verbose,
    tfVersion,
    mirror,
    awsSchemas: (workDir, tf) => {
      schemaPromise ??= tf(['providers', 'schema', '-json']).then((r) => JSON.parse(r.stdout));
      return schemaPromise;
    },
  };

  if (cases.some((c) => c.kind === 'aws')) {
    // Fill the plugin cache once before cases run in parallel (terraform's
    // cache is not safe for concurrent first installs); read the schemas.
    const warm = join(tmp, 'warm-up');
    await mkdir(warm);
    await cp(SHARED_AWS, warm, { recursive: true });
    const tf = (args) => run('terraform', args, { cwd: warm, env });
    await tf(['init', '-input=false', '-no-color', '-lock=false']);
    await ctx.awsSchemas(warm, tf);
  }

  console.log(`terraform ${tfVersion}: ${cases.length} case(s) into ${relative(process.cwd(), opts.out) || '.'}`);
  let failed = 0;
  const results = await pool(cases, opts.jobs, async (c) => {
    try {
      const r = await generateCase(c, ctx);
      const summary = r.changes.length > 12
        ? summarize(r.changes)
        : r.changes.map((x) => `${x.address} ${x.actions.join('+')}${x.action_reason ? ` (${x.action_reason})` : ''}`).join('; ');
      console.log(`ok   ${c.name} (${(r.ms / 1000).toFixed(1)} s, ${(r.bytes / 1024).toFixed(0)} KiB): ${summary}`);
      return r;
    } catch (e) {
      failed++;
      console.error(`FAIL ${c.name}: ${e.message}`);
      return null;
    }
  });

  // TERRAFORM_VERSION: every terraform version found among the plans in the
  // output directory (one, unless only some cases were regenerated).
  const versions = new Set();
  for (const f of await readdir(opts.out)) {
    if (!f.endsWith('.plan.json')) continue;
    const m = /"terraform_version":\s*"([^"]+)"/.exec(await readFile(join(opts.out, f), 'utf8'));
    if (m) versions.add(m[1]);
  }
  await writeFile(join(opts.out, 'TERRAFORM_VERSION'), `${[...versions].sort().join('\n') || tfVersion}\n`);
  const awsVersions = new Set(results.filter(Boolean).map((r) => r.providerVersions['registry.terraform.io/hashicorp/aws']).filter(Boolean));
  if (awsVersions.size > 0) {
    await writeFile(join(opts.out, 'AWS_PROVIDER_VERSION'), `${[...awsVersions].join('\n')}\n`);
  }

  if (!opts.keep) await rm(tmp, { recursive: true, force: true });
  if (failed) {
    console.error(`${failed} case(s) failed`);
    return 1;
  }
  return 0;
}

function summarize(changes) {
  const counts = new Map();
  for (const x of changes) {
    const k = x.actions.join('+') + (x.action_reason ? ` (${x.action_reason})` : '');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n}x ${k}`).join('; ');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
