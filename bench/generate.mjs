// A seeded generator of big, realistic `terraform show -json` plans, for the benchmark (bench/run.mjs).
// The shape is that of a large organisation's monorepo: teams (module calls), each running services
// (for_each over a service module) made of instances (count), roles, queues, parameters, databases and
// buckets with attribute maps of the size the AWS provider writes. planned_values, resource_changes and
// prior_state each hold every resource, as terraform writes them; the configuration holds the modules with their
// references. A few percent of the resources are deleted or replaced, a few updated or created, the rest unchanged.
// Every resource is made from its own seeded generator, so the three passes over the resources agree and
// nothing but the current resource is in memory: a 1 GB plan is written in bounded memory.
//
// Usage: node bench/generate.mjs SIZE_MB OUT.json [SEED] [UPDATE_SHARE]   (prints the manifest: counts to check
// results against; UPDATE_SHARE 0.15 makes a mass retag, 15% of the resources updated in place)

import { closeSync, openSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const GENERATOR_VERSION = 1;

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seeded(...parts) {
  let h = 2166136261;
  for (const p of parts) {
    h = Math.imul(h ^ p, 16777619);
    h ^= h >>> 13;
  }
  return mulberry32(h);
}

const int = (r, n) => Math.floor(r() * n);
const pick = (r, list) => list[int(r, list.length)];
const hex = (r, n) => Array.from({ length: n }, () => '0123456789abcdef'[int(r, 16)]).join('');
const WORDS = ['orders', 'billing', 'search', 'catalog', 'ledger', 'identity', 'payments', 'checkout', 'inventory', 'notify', 'reports', 'gateway'];
const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const arn = (service, resource) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;

/** The resources of one service instance: [type, name, count]. */
const SERVICE = [
  ['aws_instance', 'app', 3],
  ['aws_security_group_rule', 'ingress', 4],
  ['aws_iam_role', 'task', 1],
  ['aws_iam_role_policy_attachment', 'task', 2],
  ['aws_sqs_queue', 'events', 1],
  ['aws_cloudwatch_log_group', 'app', 1],
  ['aws_ssm_parameter', 'config', 3],
  ['aws_s3_bucket', 'assets', 1],
  ['aws_lambda_function', 'worker', 1],
  ['aws_db_instance', 'main', 1],
];
/** Attributes of a type that the plan marks sensitive. */
const SENSITIVE = { aws_db_instance: ['password'], aws_ssm_parameter: ['value'] };

function policy(r, action, resource) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: `Allow${hex(r, 6)}`, Effect: 'Allow', Action: action, Resource: resource, Principal: { Service: 'ecs-tasks.amazonaws.com' } }],
  });
}

/** Attribute maps as the AWS provider writes them (names, nesting and size). */
const ATTRIBUTES = {
  aws_instance: (r, c) => ({
    ami: `ami-${hex(r, 17)}`,
    arn: arn('ec2', `instance/i-${hex(r, 17)}`),
    associate_public_ip_address: false,
    availability_zone: `${REGION}${pick(r, ['a', 'b', 'c'])}`,
    capacity_reservation_specification: [{ capacity_reservation_preference: 'open', capacity_reservation_target: [] }],
    cpu_core_count: 2,
    cpu_options: [{ amd_sev_snp: '', core_count: 2, threads_per_core: 2 }],
    cpu_threads_per_core: 2,
    credit_specification: [],
    disable_api_stop: false,
    disable_api_termination: false,
    ebs_block_device: [],
    ebs_optimized: true,
    enclave_options: [{ enabled: false }],
    ephemeral_block_device: [],
    get_password_data: false,
    hibernation: false,
    host_id: '',
    iam_instance_profile: `${c.service}-app`,
    id: `i-${hex(r, 17)}`,
    instance_initiated_shutdown_behavior: 'stop',
    instance_state: 'running',
    instance_type: pick(r, ['m6i.large', 'm6i.xlarge', 'c6i.large', 'r6i.large']),
    ipv6_address_count: 0,
    ipv6_addresses: [],
    key_name: '',
    launch_template: [],
    maintenance_options: [{ auto_recovery: 'default' }],
    metadata_options: [{ http_endpoint: 'enabled', http_protocol_ipv6: 'disabled', http_put_response_hop_limit: 2, http_tokens: 'required', instance_metadata_tags: 'disabled' }],
    monitoring: true,
    network_interface: [],
    outpost_arn: '',
    password_data: '',
    placement_group: '',
    primary_network_interface_id: `eni-${hex(r, 17)}`,
    private_dns: `ip-10-${int(r, 255)}-${int(r, 255)}-${int(r, 255)}.${REGION}.compute.internal`,
    private_ip: `10.${int(r, 255)}.${int(r, 255)}.${int(r, 255)}`,
    public_dns: '',
    public_ip: '',
    root_block_device: [
      { delete_on_termination: true, device_name: '/dev/xvda', encrypted: true, iops: 3000, kms_key_id: arn('kms', `key/${hex(r, 32)}`), tags: {}, throughput: 125, volume_id: `vol-${hex(r, 17)}`, volume_size: 50, volume_type: 'gp3' },
    ],
    secondary_private_ips: [],
    security_groups: [],
    source_dest_check: true,
    subnet_id: `subnet-${hex(r, 17)}`,
    tags: c.tags,
    tags_all: c.tagsAll,
    tenancy: 'default',
    timeouts: null,
    user_data: hex(r, 40),
    user_data_base64: null,
    user_data_replace_on_change: false,
    volume_tags: null,
    vpc_security_group_ids: [`sg-${hex(r, 17)}`, `sg-${hex(r, 17)}`],
  }),
  aws_security_group_rule: (r) => ({
    cidr_blocks: [`10.${int(r, 255)}.0.0/16`],
    description: 'Managed by Terraform',
    from_port: pick(r, [443, 8080, 5432, 6379]),
    id: `sgrule-${int(r, 4e9)}`,
    ipv6_cidr_blocks: null,
    prefix_list_ids: null,
    protocol: 'tcp',
    security_group_id: `sg-${hex(r, 17)}`,
    security_group_rule_id: `sgr-${hex(r, 17)}`,
    self: false,
    source_security_group_id: null,
    timeouts: null,
    to_port: 443,
    type: 'ingress',
  }),
  aws_iam_role: (r, c) => ({
    arn: arn('iam', `role/${c.service}-task`).replace(`:${REGION}`, ''),
    assume_role_policy: policy(r, 'sts:AssumeRole', '*'),
    create_date: '2024-03-14T09:12:44Z',
    description: `Task role of ${c.service}`,
    force_detach_policies: false,
    id: `${c.service}-task`,
    inline_policy: [],
    managed_policy_arns: [`arn:aws:iam::${ACCOUNT}:policy/${c.service}-read`, `arn:aws:iam::${ACCOUNT}:policy/${c.service}-write`],
    max_session_duration: 3600,
    name: `${c.service}-task`,
    name_prefix: '',
    path: '/',
    permissions_boundary: '',
    tags: c.tags,
    tags_all: c.tagsAll,
    unique_id: `AROA${hex(r, 17).toUpperCase()}`,
  }),
  aws_iam_role_policy_attachment: (r, c) => ({
    id: `${c.service}-task-${int(r, 1e12)}`,
    policy_arn: `arn:aws:iam::${ACCOUNT}:policy/${c.service}-${pick(r, ['read', 'write'])}`,
    role: `${c.service}-task`,
  }),
  aws_sqs_queue: (r, c) => ({
    arn: arn('sqs', `${c.service}-events`),
    content_based_deduplication: false,
    deduplication_scope: '',
    delay_seconds: 0,
    fifo_queue: false,
    fifo_throughput_limit: '',
    id: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${c.service}-events`,
    kms_data_key_reuse_period_seconds: 300,
    kms_master_key_id: '',
    max_message_size: 262144,
    message_retention_seconds: 345600,
    name: `${c.service}-events`,
    name_prefix: '',
    policy: policy(r, ['sqs:SendMessage', 'sqs:ReceiveMessage'], arn('sqs', `${c.service}-events`)),
    receive_wait_time_seconds: 20,
    redrive_allow_policy: '',
    redrive_policy: JSON.stringify({ deadLetterTargetArn: arn('sqs', `${c.service}-dlq`), maxReceiveCount: 5 }),
    sqs_managed_sse_enabled: true,
    tags: c.tags,
    tags_all: c.tagsAll,
    url: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${c.service}-events`,
    visibility_timeout_seconds: 60,
  }),
  aws_cloudwatch_log_group: (r, c) => ({
    arn: arn('logs', `log-group:/ecs/${c.service}`),
    id: `/ecs/${c.service}`,
    kms_key_id: '',
    log_group_class: 'STANDARD',
    name: `/ecs/${c.service}`,
    name_prefix: '',
    retention_in_days: pick(r, [14, 30, 90]),
    skip_destroy: false,
    tags: c.tags,
    tags_all: c.tagsAll,
  }),
  aws_ssm_parameter: (r, c) => ({
    allowed_pattern: '',
    arn: arn('ssm', `parameter/${c.service}/config/${hex(r, 6)}`),
    data_type: 'text',
    description: `Configuration of ${c.service}`,
    id: `/${c.service}/config/${hex(r, 6)}`,
    insecure_value: null,
    key_id: 'alias/aws/ssm',
    name: `/${c.service}/config/${hex(r, 6)}`,
    overwrite: null,
    tags: c.tags,
    tags_all: c.tagsAll,
    tier: 'Standard',
    type: 'SecureString',
    value: `${hex(r, 24)}`,
    version: 1 + int(r, 9),
  }),
  aws_s3_bucket: (r, c) => ({
    acceleration_status: '',
    acl: null,
    arn: `arn:aws:s3:::${c.service}-assets-${hex(r, 8)}`,
    bucket: `${c.service}-assets-${hex(r, 8)}`,
    bucket_domain_name: `${c.service}-assets.s3.amazonaws.com`,
    bucket_prefix: '',
    bucket_regional_domain_name: `${c.service}-assets.s3.${REGION}.amazonaws.com`,
    cors_rule: [],
    force_destroy: false,
    grant: [{ id: hex(r, 64), permissions: ['FULL_CONTROL'], type: 'CanonicalUser', uri: '' }],
    hosted_zone_id: 'Z1BKCTXD74EZPE',
    id: `${c.service}-assets-${hex(r, 8)}`,
    lifecycle_rule: [],
    logging: [],
    object_lock_configuration: [],
    object_lock_enabled: false,
    policy: '',
    region: REGION,
    replication_configuration: [],
    request_payer: 'BucketOwner',
    server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }],
    tags: c.tags,
    tags_all: c.tagsAll,
    timeouts: null,
    versioning: [{ enabled: true, mfa_delete: false }],
    website: [],
  }),
  aws_lambda_function: (r, c) => ({
    architectures: ['arm64'],
    arn: arn('lambda', `function:${c.service}-worker`),
    code_sha256: hex(r, 44),
    dead_letter_config: [],
    description: `Worker of ${c.service}`,
    environment: [{ variables: { QUEUE_URL: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${c.service}-events`, LOG_LEVEL: 'info', SERVICE: c.service } }],
    ephemeral_storage: [{ size: 512 }],
    filename: null,
    function_name: `${c.service}-worker`,
    handler: 'index.handler',
    id: `${c.service}-worker`,
    image_uri: '',
    invoke_arn: `arn:aws:apigateway:${REGION}:lambda:path/2015-03-31/functions/${arn('lambda', `function:${c.service}-worker`)}/invocations`,
    kms_key_arn: '',
    last_modified: '2024-05-02T10:11:12.000+0000',
    layers: [],
    logging_config: [{ application_log_level: '', log_format: 'Text', log_group: `/aws/lambda/${c.service}-worker`, system_log_level: '' }],
    memory_size: pick(r, [256, 512, 1024]),
    package_type: 'Zip',
    publish: false,
    qualified_arn: `${arn('lambda', `function:${c.service}-worker`)}:$LATEST`,
    reserved_concurrent_executions: -1,
    role: arn('iam', `role/${c.service}-task`),
    runtime: 'nodejs20.x',
    s3_bucket: `${c.service}-artifacts`,
    s3_key: `worker/${hex(r, 12)}.zip`,
    source_code_hash: hex(r, 44),
    source_code_size: int(r, 5e6),
    tags: c.tags,
    tags_all: c.tagsAll,
    timeout: 30,
    tracing_config: [{ mode: 'PassThrough' }],
    version: '$LATEST',
    vpc_config: [],
  }),
  aws_db_instance: (r, c) => ({
    address: `${c.service}.${hex(r, 12)}.${REGION}.rds.amazonaws.com`,
    allocated_storage: pick(r, [20, 100, 500]),
    apply_immediately: false,
    arn: arn('rds', `db:${c.service}`),
    auto_minor_version_upgrade: true,
    availability_zone: `${REGION}a`,
    backup_retention_period: 7,
    backup_window: '03:00-03:30',
    ca_cert_identifier: 'rds-ca-rsa2048-g1',
    copy_tags_to_snapshot: true,
    db_name: c.service.replace(/-/g, '_'),
    db_subnet_group_name: `${c.team}-db`,
    deletion_protection: false,
    endpoint: `${c.service}.${hex(r, 12)}.${REGION}.rds.amazonaws.com:5432`,
    engine: 'postgres',
    engine_version: '16.4',
    final_snapshot_identifier: null,
    hosted_zone_id: 'Z29XKXDKYMONMX',
    id: `db-${hex(r, 26).toUpperCase()}`,
    identifier: c.service,
    instance_class: pick(r, ['db.t4g.medium', 'db.r6g.large']),
    iops: 0,
    kms_key_id: arn('kms', `key/${hex(r, 32)}`),
    maintenance_window: 'sun:04:00-sun:05:00',
    multi_az: true,
    parameter_group_name: 'default.postgres16',
    password: hex(r, 20),
    performance_insights_enabled: false,
    port: 5432,
    publicly_accessible: false,
    skip_final_snapshot: true,
    storage_encrypted: true,
    storage_type: 'gp3',
    tags: c.tags,
    tags_all: c.tagsAll,
    username: 'app',
    vpc_security_group_ids: [`sg-${hex(r, 17)}`],
  }),
};

/** How each resource of the service module refers to others, for the configuration section. */
const REFERENCES = {
  aws_instance: { iam_instance_profile: ['aws_iam_role.task.name'], subnet_id: ['var.subnet_ids'], vpc_security_group_ids: ['var.security_group_id'] },
  aws_security_group_rule: { security_group_id: ['var.security_group_id'], cidr_blocks: ['var.cidr'] },
  aws_iam_role: { name: ['var.name'] },
  aws_iam_role_policy_attachment: { role: ['aws_iam_role.task.name', 'aws_iam_role.task'] },
  aws_sqs_queue: { name: ['var.name'] },
  aws_cloudwatch_log_group: { name: ['var.name'] },
  aws_ssm_parameter: { value: ['aws_db_instance.main.address', 'aws_db_instance.main'] },
  aws_s3_bucket: { bucket: ['var.name'] },
  aws_lambda_function: { role: ['aws_iam_role.task.arn', 'aws_iam_role.task'], environment: ['aws_sqs_queue.events.url', 'aws_sqs_queue.events'] },
  aws_db_instance: { vpc_security_group_ids: ['var.security_group_id'], db_subnet_group_name: ['var.db_subnet_group'] },
};

/** The mask terraform writes beside values: containers mirrored, `true` at sensitive leaves. */
function maskOf(value, sensitive = []) {
  if (Array.isArray(value)) return value.map((v) => maskOf(v));
  if (value === null || typeof value !== 'object') return undefined;
  const mask = {};
  for (const [k, v] of Object.entries(value)) {
    if (sensitive.includes(k)) mask[k] = true;
    else if (v !== null && typeof v === 'object') mask[k] = maskOf(v);
  }
  return mask;
}

/** The plan's layout for a number of services: teams of 20 services, each service the SERVICE resources. */
function layout(services) {
  return { services, teams: Math.ceil(services / 20) };
}

function serviceName(s) {
  return `${WORDS[s % WORDS.length]}-${String(s).padStart(5, '0')}`;
}

function teamOf(s) {
  return `team_${String(Math.floor(s / 20)).padStart(4, '0')}`;
}

/** What happens to one resource instance, from its own generator: mostly nothing; `updates` is the share retagged. */
function actionOf(r, type, updates) {
  const x = r();
  if (x < 0.02) return 'delete';
  if (x < 0.03) return type === 'aws_instance' ? 'replace' : 'delete';
  if (x < 0.03 + updates) return 'update';
  if (x < 0.05 + updates) return 'create';
  return 'no-op';
}

/** Every resource instance of the plan, one at a time. */
function* instances(seed, services, updates) {
  for (let s = 0; s < services; s++) {
    const service = serviceName(s);
    const team = teamOf(s);
    const module = `module.${team}.module.service["${service}"]`;
    const tags = { Environment: 'prod', Team: team, Service: service, CostCenter: `cc-${1000 + (s % 97)}` };
    const tagsAll = { ...tags, ManagedBy: 'terraform', Repository: 'github.com/example/infrastructure' };
    for (const [k, [type, name, count]] of SERVICE.entries()) {
      for (let i = 0; i < count; i++) {
        const r = seeded(seed, s, k, i);
        const action = actionOf(r, type, updates);
        const values = ATTRIBUTES[type](r, { service, team, tags, tagsAll });
        const index = count > 1 ? i : undefined;
        const address = `${module}.${type}.${name}${index === undefined ? '' : `[${index}]`}`;
        yield { s, team, service, module, type, name, index, address, action, values, r };
      }
    }
  }
}

/** The values after the change: an update changes a tag and a setting, a replacement its AMI. */
function afterValues(inst) {
  if (inst.action === 'update') return { ...inst.values, tags: { ...inst.values.tags, Revision: 'r2' }, tags_all: { ...inst.values.tags_all, Revision: 'r2' } };
  if (inst.action === 'replace') return { ...inst.values, ami: `ami-${hex(inst.r, 17)}`, id: null, arn: null };
  return inst.values;
}

const PROVIDER = 'registry.terraform.io/hashicorp/aws';

function resourceHead(inst) {
  return {
    address: inst.address,
    module_address: inst.module,
    mode: 'managed',
    type: inst.type,
    name: inst.name,
    ...(inst.index === undefined ? {} : { index: inst.index }),
    provider_name: PROVIDER,
  };
}

function plannedValue(inst) {
  const after = afterValues(inst);
  return { ...resourceHead(inst), schema_version: 0, values: after, sensitive_values: maskOf(after, SENSITIVE[inst.type]) };
}

function stateValue(inst) {
  const dependsOn = Object.values(REFERENCES[inst.type])
    .flat()
    .filter((ref) => !ref.startsWith('var.') && ref.split('.').length === 2)
    .map((ref) => `${inst.module.replace(/\["[^"]*"\]/, '')}.${ref}`);
  return {
    ...resourceHead(inst),
    schema_version: 0,
    values: inst.values,
    sensitive_values: maskOf(inst.values, SENSITIVE[inst.type]),
    ...(dependsOn.length > 0 ? { depends_on: dependsOn } : {}),
  };
}

const ACTIONS = { 'no-op': ['no-op'], create: ['create'], update: ['update'], delete: ['delete'], replace: ['delete', 'create'] };

function resourceChange(inst) {
  const sensitive = SENSITIVE[inst.type];
  const before = inst.action === 'create' ? null : inst.values;
  const after = inst.action === 'delete' ? null : afterValues(inst);
  // As terraform writes them: nothing unknown in an unchanged resource, containers mirrored in a changed one.
  const unknown = inst.action === 'create' || inst.action === 'replace' ? { ...maskOf(after), id: true, arn: true } : after && inst.action !== 'no-op' ? maskOf(after) : {};
  return {
    ...resourceHead(inst),
    change: {
      actions: ACTIONS[inst.action],
      before,
      after,
      after_unknown: unknown,
      before_sensitive: before ? maskOf(before, sensitive) : false,
      after_sensitive: after ? maskOf(after, sensitive) : false,
      ...(inst.action === 'replace' ? { replace_paths: [['ami']] } : {}),
    },
    ...(inst.action === 'delete' ? { action_reason: 'delete_because_no_resource_config' } : {}),
    ...(inst.action === 'replace' ? { action_reason: 'replace_because_cannot_update' } : {}),
  };
}

/** The configuration: one call per team, each calling the service module for_each service. */
function configuration({ teams }) {
  const serviceResources = SERVICE.map(([type, name, count]) => ({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_config_key: 'aws',
    expressions: Object.fromEntries(Object.entries(REFERENCES[type]).map(([attribute, references]) => [attribute, { references }])),
    schema_version: 0,
    ...(count > 1 ? { count_expression: { constant_value: count } } : {}),
  }));
  const serviceModule = {
    resources: serviceResources,
    outputs: { queue_url: { expression: { references: ['aws_sqs_queue.events.url', 'aws_sqs_queue.events'] } }, db_address: { expression: { references: ['aws_db_instance.main.address', 'aws_db_instance.main'] } } },
    variables: { name: {}, subnet_ids: {}, security_group_id: {}, cidr: {}, db_subnet_group: {} },
  };
  const moduleCalls = {};
  for (let t = 0; t < teams; t++) {
    moduleCalls[`team_${String(t).padStart(4, '0')}`] = {
      source: './modules/team',
      expressions: { vpc_id: { references: ['module.network.vpc_id', 'module.network'] } },
      module: {
        module_calls: {
          service: {
            source: '../service',
            expressions: { name: { references: ['each.key'] }, subnet_ids: { references: ['var.subnet_ids'] }, security_group_id: { references: ['aws_security_group.team.id', 'aws_security_group.team'] } },
            for_each_expression: { references: ['var.services'] },
            module: serviceModule,
          },
        },
        resources: [{ address: 'aws_security_group.team', mode: 'managed', type: 'aws_security_group', name: 'team', provider_config_key: 'aws', expressions: { vpc_id: { references: ['var.vpc_id'] } }, schema_version: 1 }],
        variables: { vpc_id: {}, services: {}, subnet_ids: {} },
      },
    };
  }
  return {
    provider_config: { aws: { name: 'aws', full_name: PROVIDER, version_constraint: '~> 5.0', expressions: { region: { constant_value: REGION } } } },
    root_module: {
      module_calls: moduleCalls,
      variables: { environment: { default: 'prod' }, db_master_password: { sensitive: true } },
    },
  };
}

/** Writes through a buffer: the plan is never one string. */
class Writer {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.parts = [];
    this.size = 0;
    this.written = 0;
  }
  write(text) {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > 1 << 22) this.flush();
  }
  flush() {
    const chunk = Buffer.from(this.parts.join(''));
    writeSync(this.fd, chunk);
    this.written += chunk.length;
    this.parts = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
    return this.written;
  }
}

/** Writes one list of the plan, element by element. */
function writeList(out, key, items, last = false) {
  out.write(`"${key}":[`);
  let first = true;
  for (const item of items) {
    if (item === undefined) continue;
    out.write(first ? JSON.stringify(item) : `,${JSON.stringify(item)}`);
    first = false;
  }
  out.write(last ? ']' : '],');
}

/** planned_values or prior_state's values: the module tree with each instance's resources. */
function writeModuleTree(out, seed, { services }, updates, toValue) {
  out.write('{"root_module":{"child_modules":[');
  let currentTeam;
  let currentService;
  let first = true;
  let firstResource = true;
  for (const inst of instances(seed, services, updates)) {
    const value = toValue(inst);
    if (inst.team !== currentTeam || first) {
      if (!first) out.write(']}]}');
      out.write(`${first ? '' : ','}{"address":"module.${inst.team}","child_modules":[`);
      currentTeam = inst.team;
      first = false;
      out.write(`{"address":${JSON.stringify(inst.module)},"resources":[`);
      firstResource = true;
      currentService = inst.service;
    } else if (inst.service !== currentService) {
      out.write(`]},{"address":${JSON.stringify(inst.module)},"resources":[`);
      firstResource = true;
      currentService = inst.service;
    }
    if (value) {
      out.write(firstResource ? JSON.stringify(value) : `,${JSON.stringify(value)}`);
      firstResource = false;
    }
  }
  if (!first) out.write(']}]}');
  out.write(']}}');
}

/**
 * Generates a plan of about `targetBytes` at `path`; returns its manifest. `updates` is the share of resources updated
 * in place (a tag added): 3% by default, 15% for a mass retag.
 */
export function generatePlan(path, targetBytes, seed = 42, { updates = 0.03 } = {}) {
  // About 100 kB per service (its resources three times over, in planned_values, resource_changes and prior_state).
  const services = Math.max(1, Math.round(targetBytes / 100_500));
  const shape = layout(services);
  const counts = { 'no-op': 0, create: 0, update: 0, delete: 0, replace: 0 };
  for (const inst of instances(seed, services, updates)) counts[inst.action]++;
  const out = new Writer(path);
  out.write('{"format_version":"1.2","terraform_version":"1.9.8",');
  out.write(`"variables":{"environment":{"value":"prod"},"region":{"value":"${REGION}"},"db_master_password":{"value":"${hex(mulberry32(seed), 24)}"}},`);
  out.write('"planned_values":');
  writeModuleTree(out, seed, shape, updates, (inst) => (inst.action === 'delete' ? undefined : plannedValue(inst)));
  out.write(',');
  writeList(out, 'resource_changes', (function* () {
    for (const inst of instances(seed, services, updates)) yield resourceChange(inst);
  })());
  out.write('"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":');
  writeModuleTree(out, seed, shape, updates, (inst) => (inst.action === 'create' ? undefined : stateValue(inst)));
  out.write('},');
  out.write(`"configuration":${JSON.stringify(configuration(shape))},`);
  out.write('"timestamp":"2025-01-01T00:00:00Z","applyable":true,"complete":true,"errored":false}');
  const bytes = out.close();
  return { generator: GENERATOR_VERSION, seed, updates, bytes, services, teams: shape.teams, resourceChanges: Object.values(counts).reduce((a, b) => a + b, 0), actions: counts, deletesAndReplacements: counts.delete + counts.replace };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [sizeMb, out, seed, updates] = process.argv.slice(2);
  if (!sizeMb || !out) {
    console.error('usage: node bench/generate.mjs SIZE_MB OUT.json [SEED] [UPDATE_SHARE]');
    process.exit(2);
  }
  console.log(JSON.stringify(generatePlan(out, Number(sizeMb) * 1024 * 1024, seed ? Number(seed) : undefined, updates ? { updates: Number(updates) } : {})));
}
