import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG_TABLES, catalogEntries, catalogSize, classifyByName, isCatalogued, lookup } from '../src/catalog/index.js';
import { withDisks } from '../src/catalog/machines.js';
import { NAME_RULES, UNRECOGNISED } from '../src/catalog/names.js';
import type { ResourceClass } from '../src/model.js';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/terraform/', import.meta.url));

/** Every managed resource type in resource_changes or resource_drift of the corpus plans. */
function corpusManagedTypes(): Set<string> {
  const types = new Set<string>();
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.json'))) {
    const plan = JSON.parse(readFileSync(CORPUS + file, 'utf8')) as Record<string, unknown>;
    for (const key of ['resource_changes', 'resource_drift']) {
      const list = plan[key];
      if (!Array.isArray(list)) continue;
      for (const rc of list as { mode?: string; type?: string }[]) {
        if (rc.mode === 'managed' && typeof rc.type === 'string') types.add(rc.type);
      }
    }
  }
  return types;
}

describe('catalog tables', () => {
  it('lists well over a hundred resource types across the providers', () => {
    expect(catalogSize()).toBeGreaterThanOrEqual(300);
    expect(catalogEntries()).toHaveLength(catalogSize());
    expect(Object.keys(CATALOG_TABLES.aws ?? {}).length).toBeGreaterThan(100);
    for (const family of ['azurerm', 'google', 'kubernetes', 'helpers', 'others']) {
      expect(Object.keys(CATALOG_TABLES[family] ?? {}).length, family).toBeGreaterThan(20);
    }
  });

  it('lists no type twice across the tables', () => {
    const total = Object.values(CATALOG_TABLES).reduce((n, table) => n + Object.keys(table).length, 0);
    expect(total).toBe(catalogSize());
  });

  it('keeps each provider family in its own table', () => {
    const prefixes: Record<string, RegExp> = {
      aws: /^aws_/,
      azurerm: /^azurerm_/,
      google: /^google_/,
      kubernetes: /^kubernetes_/,
      helpers: /^(?:null|terraform|random|time|tls|local|archive|cloudinit|test|tfcoremock|corner)_|^terraform_data$/,
      others: /^(?:github|datadog|cloudflare|helm|kubectl|vault|azuread)_/,
      vendors: /^(?:timescale|ec|mongodbatlas|scaleway|digitalocean|aiven|neon|planetscale|supabase|cockroach|snowflake|upstash|confluent|linode|heroku|vultr|hcloud|oci|alicloud|yandex)_/,
      cloudformation: /^(?:AWS|Alexa|Custom)::/,
    };
    for (const [family, table] of Object.entries(CATALOG_TABLES)) {
      const pattern = prefixes[family];
      expect(pattern, family).toBeDefined();
      for (const type of Object.keys(table)) expect(type, family).toMatch(pattern!);
    }
  });

  it('gives every entry weights within 0..1, a description and well-formed identity paths', () => {
    const classes: ResourceClass[] = ['data', 'foundation', 'identity', 'edge', 'compute', 'ephemeral'];
    for (const [type, entry] of catalogEntries()) {
      expect(classes, type).toContain(entry.class);
      for (const weight of [entry.dataLoss, entry.outage]) {
        expect(Number.isFinite(weight), type).toBe(true);
        expect(weight, type).toBeGreaterThanOrEqual(0);
        expect(weight, type).toBeLessThanOrEqual(1);
      }
      expect(entry.what.trim(), type).not.toBe('');
      if (entry.identity !== undefined) {
        expect(entry.identity.length, type).toBeGreaterThan(0);
        for (const path of entry.identity) expect(path, type).toMatch(/^[a-z_][a-z0-9_]*(?:\.(?:[a-z_][a-z0-9_]*|\d+))*$/i);
      }
      if (entry.credential !== undefined) expect(entry.credential, type).toBe(true);
    }
  });

  it('keeps helper resources cheap and data stores costly', () => {
    for (const [type, entry] of catalogEntries()) {
      if (entry.class === 'ephemeral') {
        expect(entry.dataLoss, type).toBe(0);
        expect(entry.outage, type).toBeLessThanOrEqual(entry.credential ? 0.3 : 0.1);
      }
      if (entry.class === 'data') expect(Math.max(entry.dataLoss, entry.outage), type).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('freezes entries so no consumer can change the catalog', () => {
    const { entry } = lookup('aws_s3_bucket');
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry.identity)).toBe(true);
    expect(Object.isFrozen(lookup('acme_widget').entry)).toBe(true);
  });
});

describe('well-known types', () => {
  const expected: [string, ResourceClass][] = [
    ['aws_db_instance', 'data'],
    ['aws_rds_cluster', 'data'],
    ['aws_dynamodb_table', 'data'],
    ['aws_s3_bucket', 'data'],
    ['aws_ebs_volume', 'data'],
    ['aws_efs_file_system', 'data'],
    ['aws_elasticache_cluster', 'data'],
    ['aws_elasticache_replication_group', 'data'],
    ['aws_kms_key', 'data'],
    ['aws_route53_zone', 'data'],
    ['aws_eks_cluster', 'foundation'],
    ['aws_vpc', 'foundation'],
    ['aws_subnet', 'foundation'],
    ['aws_security_group', 'foundation'],
    ['aws_iam_role', 'identity'],
    ['aws_lambda_function', 'compute'],
    ['aws_instance', 'compute'],
    ['azurerm_mssql_database', 'data'],
    ['azurerm_storage_account', 'data'],
    ['azurerm_key_vault', 'data'],
    ['azurerm_kubernetes_cluster', 'foundation'],
    ['azurerm_virtual_network', 'foundation'],
    ['google_sql_database_instance', 'data'],
    ['google_storage_bucket', 'data'],
    ['google_container_cluster', 'foundation'],
    ['google_kms_crypto_key', 'data'],
    ['google_dns_managed_zone', 'data'],
    ['kubernetes_persistent_volume_claim', 'data'],
    ['kubernetes_namespace', 'foundation'],
    ['kubernetes_deployment', 'compute'],
    ['null_resource', 'ephemeral'],
    ['terraform_data', 'ephemeral'],
    ['random_password', 'ephemeral'],
    ['tls_private_key', 'ephemeral'],
  ];

  it.each(expected)('%s is %s', (type, cls) => {
    const match = lookup(type);
    expect(match.matched).toBe('exact');
    expect(match.entry.class).toBe(cls);
  });

  it('scores stores that cannot come back as critical', () => {
    for (const type of ['aws_db_instance', 'aws_rds_cluster', 'aws_dynamodb_table', 'aws_s3_bucket', 'aws_kms_key', 'google_kms_crypto_key', 'azurerm_key_vault_key']) {
      expect(lookup(type).entry.dataLoss, type).toBe(1);
    }
    // A cache is cheap to refill but expensive to lose.
    const cache = lookup('aws_elasticache_replication_group').entry;
    expect(cache.outage).toBeGreaterThan(cache.dataLoss);
  });

  it('gives Kubernetes clusters a full outage and the state of their workloads', () => {
    for (const type of ['aws_eks_cluster', 'azurerm_kubernetes_cluster', 'google_container_cluster']) {
      expect(lookup(type).entry).toMatchObject({ outage: 1, dataLoss: 0.6 });
    }
  });

  it('keeps routine replacements low', () => {
    expect(lookup('aws_ecs_task_definition').entry.outage).toBeLessThanOrEqual(0.1);
    expect(lookup('aws_iam_role_policy_attachment').entry.outage).toBeLessThanOrEqual(0.3);
    expect(lookup('google_project_iam_member').entry.outage).toBeLessThanOrEqual(0.3);
    expect(Math.max(lookup('aws_s3_bucket_public_access_block').entry.outage, lookup('aws_s3_bucket_policy').entry.outage)).toBeLessThan(0.5);
  });

  it('marks generated secrets and keys as credentials', () => {
    for (const type of ['random_password', 'random_string', 'tls_private_key', 'aws_iam_access_key', 'google_service_account_key']) {
      expect(lookup(type).entry.credential, type).toBe(true);
    }
    for (const type of ['random_id', 'random_pet', 'null_resource', 'terraform_data', 'aws_s3_bucket']) {
      expect(lookup(type).entry.credential, type).toBeUndefined();
    }
  });

  it('names the attributes that identify the real object', () => {
    expect(lookup('aws_s3_bucket').entry.identity).toEqual(['bucket']);
    expect(lookup('aws_db_instance').entry.identity).toEqual(['identifier']);
    expect(lookup('aws_rds_cluster').entry.identity).toEqual(['cluster_identifier']);
    expect(lookup('aws_dynamodb_table').entry.identity).toEqual(['name']);
    expect(lookup('aws_iam_role').entry.identity).toEqual(['name']);
    expect(lookup('google_storage_bucket').entry.identity).toEqual(['name']);
    expect(lookup('azurerm_storage_account').entry.identity).toEqual(['name', 'resource_group_name']);
    expect(lookup('kubernetes_deployment').entry.identity).toEqual(['metadata.0.name', 'metadata.0.namespace']);
    expect(lookup('kubernetes_namespace').entry.identity).toEqual(['metadata.0.name']);
    expect(lookup('aws_ebs_volume').entry.identity).toBeUndefined();
  });

  it('lists the old aws_alb names as the aws_lb types they are', () => {
    for (const [old, current] of [
      ['aws_alb', 'aws_lb'],
      ['aws_alb_listener', 'aws_lb_listener'],
      ['aws_alb_listener_rule', 'aws_lb_listener_rule'],
      ['aws_alb_target_group', 'aws_lb_target_group'],
      ['aws_alb_target_group_attachment', 'aws_lb_target_group_attachment'],
      ['aws_alb_listener_certificate', 'aws_lb_listener_certificate'],
    ] as const) {
      expect(isCatalogued(old), old).toBe(true);
      expect(lookup(old).entry, old).toEqual(lookup(current).entry);
    }
  });
});

describe('unknown types', () => {
  it('classes them from the words in their name', () => {
    const cases: [string, ResourceClass][] = [
      ['acme_widget_database', 'data'],
      ['acme_backup_vault', 'data'],
      ['acme_message_queue', 'data'],
      ['acme_object_storage_bucket', 'data'],
      ['acme_encryption_key', 'data'],
      ['acme_dns_zone', 'data'],
      ['acme_route_table', 'foundation'],
      ['acme_private_network', 'foundation'],
      ['acme_kubernetes_cluster', 'foundation'],
      ['acme_service_account', 'identity'],
      ['acme_user', 'identity'],
      ['acme_bucket_policy', 'identity'],
      ['acme_project_iam_member', 'identity'],
      ['acme_dns_record', 'edge'],
      ['acme_cdn_distribution', 'edge'],
      ['acme_load_balancer', 'foundation'],
      ['aws_future_function', 'compute'],
      ['google_future_virtual_machine', 'compute'],
      ['acme_volume_attachment', 'compute'],
      ['acme_uptime_monitor', 'compute'],
      ['random_widget', 'ephemeral'],
      ['time_widget', 'ephemeral'],
      ['null_widget', 'ephemeral'],
    ];
    for (const [type, cls] of cases) {
      const match = lookup(type);
      expect(match.matched, type).toBe('name');
      expect(match.entry.class, type).toBe(cls);
    }
  });

  it('gives a name that says nothing a conservative, possibly stateful default', () => {
    const { entry, matched } = lookup('acme_widget');
    expect(matched).toBe('name');
    expect(entry).toBe(UNRECOGNISED);
    expect(entry.dataLoss).toBeGreaterThan(0);
    expect(Math.max(entry.dataLoss, entry.outage)).toBeGreaterThanOrEqual(0.6);
  });

  it('marks credential-like names as credentials', () => {
    expect(classifyByName('acme_api_key').credential).toBe(true);
    expect(classifyByName('tls_widget').credential).toBe(true);
    expect(classifyByName('random_widget').credential).toBeUndefined();
  });

  it('a provider the catalog does not know: workload and machine names are unrecognised (possibly stateful), stores are stores', () => {
    expect(lookup('acme_function').entry).toBe(UNRECOGNISED);
    expect(lookup('acme_virtual_machine').entry).toBe(UNRECOGNISED);
    expect(lookup('acme_database_service').entry.class).toBe('data');
    expect(lookup('acme_rdb_instance').entry.class).toBe('data');
  });

  it('store-like words beat workload-like and machine-like words', () => {
    for (const type of ['aws_future_db_service', 'google_future_database_instance', 'azurerm_future_timescale_deployment', 'aws_future_rdb_instance']) {
      expect(lookup(type).entry.class, type).toBe('data');
    }
  });

  it('matches whole words, not fragments', () => {
    // "dbx" and "tablet" are not "db" and "table".
    expect(classifyByName('acme_dbx_tablet')).toBe(UNRECOGNISED);
  });

  it('keeps its rules within 0..1 as well', () => {
    for (const rule of [...NAME_RULES.map((r) => r.entry), UNRECOGNISED]) {
      expect(rule.dataLoss).toBeGreaterThanOrEqual(0);
      expect(rule.dataLoss).toBeLessThanOrEqual(1);
      expect(rule.outage).toBeGreaterThanOrEqual(0);
      expect(rule.outage).toBeLessThanOrEqual(1);
    }
  });
});

describe('corpus coverage', () => {
  it.skipIf(!existsSync(CORPUS))('has an exact entry for every managed type in the corpus plans', () => {
    const types = corpusManagedTypes();
    expect(types.size).toBeGreaterThan(50);
    const missing = [...types].filter((type) => lookup(type).matched !== 'exact').sort();
    expect(missing).toEqual([]);
  });
});

describe('vendor databases and VMs with disks (types named like workloads or machines)', () => {
  it.each([
    'timescale_service', 'ec_deployment', 'mongodbatlas_cluster', 'mongodbatlas_advanced_cluster', 'scaleway_rdb_instance',
    'digitalocean_database_cluster', 'aiven_pg', 'neon_project', 'planetscale_database', 'supabase_project', 'snowflake_database',
  ])('%s is a database: destroying it in production is critical', (type) => {
    const { entry, matched } = lookup(type);
    expect(matched).toBe('exact');
    expect(entry.class).toBe('data');
    expect(entry.dataLoss).toBeGreaterThanOrEqual(0.9);
  });

  it('a VM whose own disks hold data weighs as data; one without does not', () => {
    const vm = lookup('aws_instance').entry;
    expect(withDisks('aws_instance', { root_block_device: [{ volume_size: 500, delete_on_termination: true }] }, vm)).toMatchObject({ class: 'data' });
    expect(withDisks('aws_instance', { root_block_device: [{ volume_size: 8, delete_on_termination: true }] }, vm)).toBe(vm);
    expect(withDisks('aws_instance', { root_block_device: [{ volume_size: 500, delete_on_termination: false }] }, vm)).toBe(vm);
    const gce = lookup('google_compute_instance').entry;
    expect(withDisks('google_compute_instance', { boot_disk: [{ auto_delete: true, initialize_params: [{ size: 200 }] }] }, gce).class).toBe('data');
    expect(withDisks('google_compute_instance', { boot_disk: [{ initialize_params: [{ size: 10 }] }], attached_disk: [{ source: 'd' }] }, gce).class).toBe('data');
    const azure = lookup('azurerm_linux_virtual_machine').entry;
    expect(withDisks('azurerm_linux_virtual_machine', { os_disk: [{ disk_size_gb: 256 }] }, azure).class).toBe('data');
    expect(withDisks('azurerm_linux_virtual_machine', { os_disk: [{ disk_size_gb: null }] }, azure)).toBe(azure);
  });
});
