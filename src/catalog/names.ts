// The fallback for resource types the catalog does not list: classed from the words in their name.
// Failing safe matters more than a false alarm, so stores win over everything else once the more specific
// rules (grants, policies, attachments, records, settings) have had their say, and a name that says nothing
// is treated as possibly stateful.
import type { ResourceClass } from '../model.js';
import type { CatalogEntry } from './types.js';

/** One rule of the fallback: the first rule whose pattern matches the type name decides its entry. */
export interface NameRule {
  /** Tested against the whole type name; words in a type name are separated by underscores. */
  pattern: RegExp;
  entry: CatalogEntry;
  /** Only for providers the catalog knows: a name that only sounds like a workload says too little elsewhere. */
  knownProvidersOnly?: boolean;
}

/** Any of the words (or underscore phrases), singular or plural, anywhere in the name. */
function words(...list: string[]): RegExp {
  return new RegExp(`(?:^|_)(?:${list.join('|')})s?(?:_|$)`);
}

/** Any of the words as the end of the name: what the resource is, rather than what it belongs to. */
function ending(...list: string[]): RegExp {
  return new RegExp(`(?:^|_)(?:${list.join('|')})s?$`);
}

function rule(pattern: RegExp, cls: ResourceClass, dataLoss: number, outage: number, like: string, credential = false): NameRule {
  const entry: CatalogEntry = { class: cls, dataLoss, outage, what: `unrecognised type, named like ${like}` };
  if (credential) entry.credential = true;
  return { pattern, entry };
}

const knownProvidersOnly = (r: NameRule): NameRule => ({ ...r, knownProvidersOnly: true });

export const NAME_RULES: readonly NameRule[] = [
  // Helper providers: nothing exists outside the state, except values used as credentials.
  rule(/^(?:tls_|random_(?:password|string|bytes|secret|key))/, 'ephemeral', 0, 0.3, 'a generated credential', true),
  rule(/^(?:null|random|time|local|terraform|archive|cloudinit|http|external)_/, 'ephemeral', 0, 0.05, 'a helper value'),
  // Stand-ins from Terraform's own tests.
  rule(/^(?:test|tfcoremock|corner)_/, 'compute', 0.1, 0.2, 'a test stand-in'),
  // Grants and memberships: one among many, restored by the next apply.
  rule(ending('iam_member', 'iam_binding', 'role_assignment', 'role_binding', 'policy_attachment', 'membership', 'member', 'grant', 'access_entry', 'collaborator'), 'identity', 0, 0.3, 'a grant'),
  // Policies and ACLs on something else: access changes, the thing itself stays.
  rule(ending('iam_policy', 'policy', 'policies', 'permission', 'acl', 'access_policy'), 'identity', 0, 0.4, 'an access policy'),
  // Links between two resources: recreated in seconds, traffic or I/O stops meanwhile.
  rule(ending('attachment', 'association'), 'compute', 0, 0.4, 'an attachment'),
  // DNS records: clients cannot find the service while they are gone.
  rule(ending('record', 'record_set', 'recordset'), 'edge', 0, 0.6, 'a DNS record'),
  // Routing and firewall rules: traffic stops until they are back, nothing is lost.
  rule(words('route_table', 'routing_table', 'firewall_rule', 'security_rule', 'security_group_rule', 'ingress_rule', 'egress_rule', 'network_acl', 'nacl'), 'foundation', 0, 0.6, 'a routing or firewall rule'),
  // Settings, tags and monitoring attached to something else: configuration, rewritten by the next apply.
  rule(
    ending('lifecycle_configuration', 'lifecycle_rule', 'public_access_block', 'versioning', 'logging', 'cors_configuration', 'cors', 'notification', 'ownership_controls', 'encryption_configuration', 'tag', 'label', 'setting', 'alarm', 'monitor', 'dashboard', 'alert', 'alert_rule', 'metric', 'metric_filter', 'diagnostic_setting', 'subscription_filter', 'log_subscription'),
    'compute', 0, 0.2, 'a setting or monitor',
  ),
  // Encryption keys: destroying one makes everything encrypted with it unreadable.
  rule(words('kms', 'crypto_key', 'key_ring', 'keyring', 'encryption_key', 'hsm', 'key_vault', 'keyvault', 'cmk'), 'data', 1, 0.9, 'an encryption key'),
  // Credentials handed to others: replacing one issues a new secret every holder must pick up.
  rule(words('access_key', 'api_key', 'ssh_key', 'key_pair', 'service_account_key', 'client_secret', 'password', 'token'), 'identity', 0, 0.5, 'a credential', true),
  // Caches: contents can be rebuilt, but a missing cache takes the application down with it.
  rule(words('cache', 'redis', 'memcache', 'memcached', 'valkey'), 'data', 0.6, 0.9, 'a cache'),
  // Stores: data that cannot come back (databases, tables, buckets, volumes, queues, keys, zones, repositories).
  rule(
    words(
      'database', 'db', 'sql', 'mysql', 'postgres', 'postgresql', 'mssql', 'mariadb', 'mongo', 'mongodb', 'cosmosdb', 'dynamodb', 'rds', 'aurora',
      'redshift', 'spanner', 'bigtable', 'bigquery', 'firestore', 'datastore', 'cassandra', 'keyspace', 'ledger', 'warehouse', 'lake', 'datalake',
      'data_lake', 'dataset', 'table', 'collection', 'index', 'search', 'elasticsearch', 'opensearch', 'graph', 'bucket', 'storage', 'blob',
      'object', 'volume', 'disk', 'snapshot', 'backup', 'vault', 'archive', 'glacier', 'file_system', 'filesystem', 'file_share', 'share', 'nfs',
      'efs', 'fsx', 'queue', 'stream', 'topic', 'kafka', 'eventhub', 'event_hub', 'servicebus', 'kinesis', 'pubsub', 'broker', 'key', 'secret',
      'certificate_authority', 'ca', 'zone', 'repository', 'repo', 'registry', 'image', 'log_group', 'log_bucket', 'logs', 'journal',
      'rdb', 'dbaas', 'mdb', 'pg', 'postgresql_cluster', 'timescale', 'clickhouse', 'cockroach', 'couchbase', 'influxdb', 'neo4j', 'scylla',
      'snowflake', 'atlas', 'mongodbatlas', 'elastic', 'kafka_cluster', 'redpanda', 'tidb', 'yugabyte', 'singlestore', 'planetscale', 'supabase', 'neon',
    ),
    'data', 0.8, 0.7, 'a data store',
  ),
  // Identities that others bind to by ID: a recreated one does not keep its grants.
  rule(words('service_account', 'user_account', 'managed_identity', 'service_principal'), 'identity', 0.1, 0.6, 'a service identity'),
  // Containers of everything: deleting one deletes or stops what is in it.
  rule(words('project', 'folder', 'organization', 'account', 'subscription', 'tenant', 'resource_group', 'namespace', 'workspace', 'environment'), 'foundation', 0.6, 1, 'a container of other resources'),
  // Clusters: every workload on them goes, with state the cluster keeps.
  rule(words('cluster', 'kubernetes', 'k8s', 'eks', 'aks', 'gke'), 'foundation', 0.5, 0.9, 'a cluster'),
  // Networks and their plumbing: everything inside must be rebuilt when they are replaced.
  rule(
    words(
      'vpc', 'vnet', 'virtual_network', 'network', 'subnet', 'subnetwork', 'gateway', 'nat', 'peering', 'route', 'router', 'firewall', 'security_group',
      'transit', 'interconnect', 'vpn', 'tunnel', 'load_balancer', 'loadbalancer', 'lb', 'alb', 'elb', 'nlb', 'target_group', 'node_pool', 'node_group',
      'nodepool', 'mesh', 'private_link', 'private_endpoint', 'parameter_group', 'option_group',
    ),
    'foundation', 0.1, 0.8, 'a network or platform piece',
  ),
  // Fleets of machines: rebuilt from templates, capacity is missing meanwhile.
  knownProvidersOnly(rule(words('instance_group', 'autoscaling_group', 'scaling_group', 'scale_set', 'placement_group'), 'compute', 0.1, 0.5, 'a fleet of machines')),
  // Identities and access: people and services lose access until it is back.
  rule(
    words('iam', 'role', 'policy', 'identity', 'user', 'group', 'principal', 'certificate', 'cert', 'oidc', 'saml', 'sso', 'permission', 'credential', 'login', 'auth', 'access', 'team', 'profile'),
    'identity', 0.1, 0.5, 'an identity or permission',
  ),
  // Public addresses: a released address cannot be reclaimed, and allowlists elsewhere still name it.
  rule(words('eip', 'public_ip', 'static_ip', 'address', 'ip', 'ip_address'), 'edge', 0.3, 0.7, 'a reserved address'),
  // Names and entry points: clients cannot find the service while they are gone.
  rule(
    words('dns', 'record', 'cdn', 'distribution', 'frontdoor', 'front_door', 'domain', 'waf', 'api_gateway', 'apigateway', 'api', 'ingress', 'endpoint', 'proxy', 'url_map', 'forwarding_rule', 'cloudfront', 'route53', 'hostname', 'edge'),
    'edge', 0, 0.6, 'an entry point',
  ),
  // Machines: recreated from an image, but data on their own disks may go with them.
  knownProvidersOnly(rule(words('instance', 'vm', 'virtual_machine', 'machine', 'server', 'node', 'host', 'droplet'), 'compute', 0.3, 0.5, 'a machine')),
  // Workloads, templates and schedules: rebuilt from configuration.
  knownProvidersOnly(rule(
    words(
      'function', 'lambda', 'task', 'deployment', 'job', 'container', 'pod', 'service', 'app', 'application', 'web_app', 'worker', 'script', 'workflow',
      'pipeline', 'build', 'schedule', 'scheduler', 'trigger', 'rule', 'template', 'autoscaling', 'scaling', 'daemonset', 'daemon_set', 'stateful_set',
      'statefulset', 'replica_set', 'cron', 'cronjob', 'runner', 'notebook', 'config', 'configuration',
    ),
    'compute', 0.1, 0.4, 'a workload',
  )),
];

/** What a name that matches no rule gets: possibly stateful, because failing safe matters more than a false alarm. */
export const UNRECOGNISED: CatalogEntry = { class: 'data', dataLoss: 0.5, outage: 0.6, what: 'unrecognised resource type (treated as possibly stateful)' };

for (const r of NAME_RULES) Object.freeze(r.entry);
Object.freeze(UNRECOGNISED);

/**
 * Classes a resource type from the words in its name; never fails. Store-like words win over workload-like ones
 * (the store rules come first); for a provider the catalog does not know, workload and machine names count for
 * nothing and the type is unrecognised.
 */
export function classifyByName(type: string, knownProvider = true): CatalogEntry {
  const name = type.toLowerCase();
  for (const r of NAME_RULES) if ((knownProvider || !r.knownProvidersOnly) && r.pattern.test(name)) return r.entry;
  return UNRECOGNISED;
}
