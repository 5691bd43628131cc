// hashicorp/google (and google-beta, which uses the same type names): what each common resource type is.
import type { CatalogEntry } from './types.js';

/** A function, so that the table is built (and compiled) only when a google type is looked up. */
export const google = (): Readonly<Record<string, CatalogEntry>> => ({
  // Databases: their rows exist nowhere else, and everything that queries them stops.
  google_sql_database_instance: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Cloud SQL instance (with its databases and backups)', identity: ['name', 'project'] },
  google_sql_database: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Cloud SQL database', identity: ['name', 'instance', 'project'] },
  google_spanner_instance: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Spanner instance', identity: ['name', 'project'] },
  google_spanner_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Spanner database', identity: ['name', 'instance', 'project'] },
  google_bigtable_instance: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Bigtable instance', identity: ['name', 'project'] },
  google_bigtable_table: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Bigtable table', identity: ['name', 'instance_name', 'project'] },
  google_bigquery_dataset: { class: 'data', dataLoss: 1, outage: 0.7, what: 'BigQuery dataset', identity: ['dataset_id', 'project'] },
  google_bigquery_table: { class: 'data', dataLoss: 1, outage: 0.7, what: 'BigQuery table', identity: ['dataset_id', 'table_id', 'project'] },
  google_firestore_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Firestore database', identity: ['name', 'project'] },
  google_alloydb_cluster: { class: 'data', dataLoss: 1, outage: 0.9, what: 'AlloyDB cluster', identity: ['cluster_id', 'location', 'project'] },
  // Instances inside a database cluster, and documents from configuration: the data mostly lives elsewhere.
  google_alloydb_instance: { class: 'data', dataLoss: 0.5, outage: 0.8, what: 'AlloyDB instance', identity: ['instance_id', 'cluster'] },
  google_firestore_document: { class: 'data', dataLoss: 0.5, outage: 0.3, what: 'Firestore document managed from configuration (later edits are lost)' },
  // Caches: contents can be rebuilt, but a missing cache takes the application down with it.
  google_redis_instance: { class: 'data', dataLoss: 0.6, outage: 0.9, what: 'Memorystore for Redis instance', identity: ['name', 'region', 'project'] },
  google_memcache_instance: { class: 'data', dataLoss: 0.3, outage: 0.8, what: 'Memorystore for Memcached instance', identity: ['name', 'region', 'project'] },
  // Object, block and file storage: the bytes are the only copy.
  google_storage_bucket: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Cloud Storage bucket', identity: ['name'] },
  google_filestore_instance: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Filestore instance', identity: ['name', 'location', 'project'] },
  google_compute_disk: { class: 'data', dataLoss: 1, outage: 0.7, what: 'persistent disk', identity: ['name', 'zone', 'project'] },
  google_compute_region_disk: { class: 'data', dataLoss: 1, outage: 0.7, what: 'regional persistent disk', identity: ['name', 'region', 'project'] },
  // Objects whose content usually comes from the configuration: recreatable, later edits are lost.
  google_storage_bucket_object: { class: 'data', dataLoss: 0.5, outage: 0.4, what: 'Cloud Storage object', identity: ['bucket', 'name'] },
  // Snapshots and images: they are the way back.
  google_compute_snapshot: { class: 'data', dataLoss: 0.9, outage: 0.2, what: 'disk snapshot', identity: ['name', 'project'] },
  google_compute_image: { class: 'data', dataLoss: 0.7, outage: 0.3, what: 'machine image', identity: ['name', 'project'] },
  // Messaging: unacknowledged messages are lost, and producers and consumers break.
  google_pubsub_topic: { class: 'data', dataLoss: 0.7, outage: 0.7, what: 'Pub/Sub topic', identity: ['name', 'project'] },
  google_pubsub_subscription: { class: 'data', dataLoss: 0.8, outage: 0.6, what: 'Pub/Sub subscription (holds unacknowledged messages)', identity: ['name', 'project'] },
  google_cloud_tasks_queue: { class: 'data', dataLoss: 0.7, outage: 0.5, what: 'Cloud Tasks queue (its name cannot be reused for days)', identity: ['name', 'location', 'project'] },
  // Logs: history cannot be re-recorded (moderate: the service runs on without it).
  google_logging_project_bucket_config: { class: 'data', dataLoss: 0.8, outage: 0.3, what: 'log bucket', identity: ['bucket_id', 'location', 'project'] },
  // Code and image repositories: pushed artifacts and history are the only copy.
  google_artifact_registry_repository: { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'Artifact Registry repository', identity: ['repository_id', 'location', 'project'] },
  google_container_registry: { class: 'data', dataLoss: 0.8, outage: 0.6, what: 'Container Registry storage', identity: ['project'] },
  google_sourcerepo_repository: { class: 'data', dataLoss: 1, outage: 0.6, what: 'Cloud Source Repositories repository', identity: ['name', 'project'] },
  // Secrets: values rotated or added outside Terraform exist nowhere else.
  google_secret_manager_secret: { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'Secret Manager secret', identity: ['secret_id', 'project'] },
  // Encryption keys: destroying one makes everything encrypted with it unreadable.
  google_kms_crypto_key: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Cloud KMS key (destroy schedules every version for destruction)', identity: ['name', 'key_ring'] },
  google_kms_crypto_key_version: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Cloud KMS key version' },
  google_kms_key_ring: { class: 'data', dataLoss: 0.6, outage: 0.8, what: 'Cloud KMS key ring (cannot be deleted; a replacement needs a new name and new keys)', identity: ['name', 'location', 'project'] },
  // DNS zones: records made outside Terraform go with it, and a new zone gets new name servers.
  google_dns_managed_zone: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Cloud DNS managed zone', identity: ['name', 'project'] },

  // Projects and folders: containers of everything; deleting a project shuts down all it holds.
  google_project: { class: 'foundation', dataLoss: 0.8, outage: 1, what: 'project (and everything in it)', identity: ['project_id'] },
  google_folder: { class: 'foundation', dataLoss: 0.1, outage: 0.7, what: 'resource folder (must be empty to delete)', identity: ['display_name', 'parent'] },
  google_project_service: { class: 'foundation', dataLoss: 0.3, outage: 0.9, what: 'enabled API (disabling it stops every resource of that service)', identity: ['service', 'project'] },
  google_app_engine_application: { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'App Engine application (cannot be deleted, only forgotten)', identity: ['project'] },
  // Networks: everything inside must be rebuilt when they are replaced.
  google_compute_network: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'VPC network', identity: ['name', 'project'] },
  google_compute_subnetwork: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'VPC subnetwork', identity: ['name', 'region', 'project'] },
  google_compute_shared_vpc_host_project: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'Shared VPC host project', identity: ['project'] },
  google_compute_shared_vpc_service_project: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'Shared VPC service project attachment', identity: ['host_project', 'service_project'] },
  google_service_networking_connection: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'private services access connection (Cloud SQL, Memorystore private IPs)', identity: ['network', 'service'] },
  google_dns_policy: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'Cloud DNS server policy', identity: ['name', 'project'] },
  // Firewalls: traffic is cut or opened while they change.
  google_compute_firewall: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'VPC firewall rule', identity: ['name', 'project'] },
  google_compute_firewall_policy: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'hierarchical firewall policy' },
  google_compute_network_firewall_policy: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'network firewall policy', identity: ['name', 'project'] },
  // Routing and NAT: traffic stops until they are back, and NAT addresses may change.
  google_compute_router: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'Cloud Router', identity: ['name', 'region', 'project'] },
  google_compute_router_nat: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'Cloud NAT', identity: ['name', 'router', 'region', 'project'] },
  google_compute_route: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'static route', identity: ['name', 'project'] },
  // Connectivity between networks and sites: every workload on the far side loses its path.
  google_compute_network_peering: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'VPC network peering', identity: ['name', 'network'] },
  google_compute_vpn_gateway: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'classic VPN gateway', identity: ['name', 'region', 'project'] },
  google_compute_ha_vpn_gateway: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'HA VPN gateway', identity: ['name', 'region', 'project'] },
  google_compute_vpn_tunnel: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'VPN tunnel', identity: ['name', 'region', 'project'] },
  google_compute_interconnect_attachment: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'Interconnect VLAN attachment', identity: ['name', 'region', 'project'] },
  // Load-balancer backends: replacing them drains every request path that routes to them.
  google_compute_backend_service: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'backend service', identity: ['name', 'project'] },
  google_compute_region_backend_service: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'regional backend service', identity: ['name', 'region', 'project'] },
  // Kubernetes clusters: every workload on them goes, and with it state the cluster keeps (volumes, secrets).
  google_container_cluster: { class: 'foundation', dataLoss: 0.6, outage: 1, what: 'GKE Kubernetes cluster', identity: ['name', 'location', 'project'] },
  google_container_node_pool: { class: 'foundation', dataLoss: 0.1, outage: 0.7, what: 'GKE node pool', identity: ['name', 'cluster', 'location', 'project'] },
  google_gke_hub_membership: { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'GKE fleet membership', identity: ['membership_id', 'project'] },
  google_composer_environment: { class: 'foundation', dataLoss: 0.5, outage: 0.8, what: 'Cloud Composer environment (its DAG bucket and database)', identity: ['name', 'region', 'project'] },

  // Service accounts and pools: bindings follow the unique ID, which a recreated one does not keep.
  google_service_account: { class: 'identity', dataLoss: 0.1, outage: 0.7, what: 'service account', identity: ['account_id', 'project'] },
  google_iam_workload_identity_pool: { class: 'identity', dataLoss: 0, outage: 0.7, what: 'workload identity pool (its ID cannot be reused for 30 days)', identity: ['workload_identity_pool_id', 'project'] },
  google_iam_workload_identity_pool_provider: { class: 'identity', dataLoss: 0, outage: 0.7, what: 'workload identity pool provider', identity: ['workload_identity_pool_id', 'workload_identity_pool_provider_id', 'project'] },
  google_project_iam_custom_role: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'custom IAM role', identity: ['role_id', 'project'] },
  google_organization_iam_custom_role: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'organization custom IAM role', identity: ['role_id', 'org_id'] },
  google_org_policy_policy: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'organization policy', identity: ['name', 'parent'] },
  google_organization_policy: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'organization policy (legacy type)', identity: ['org_id', 'constraint'] },
  google_project_organization_policy: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'project organization policy (legacy type)', identity: ['project', 'constraint'] },
  google_sql_user: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Cloud SQL user', identity: ['name', 'instance', 'project'] },
  google_secret_manager_secret_version: { class: 'identity', dataLoss: 0.3, outage: 0.5, what: 'Secret Manager secret version' },
  // Certificates: a new one must provision (managed ones take up to an hour) before traffic is served.
  google_compute_ssl_certificate: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'SSL certificate', identity: ['name', 'project'] },
  google_compute_managed_ssl_certificate: { class: 'identity', dataLoss: 0, outage: 0.7, what: 'Google-managed SSL certificate', identity: ['name', 'project'] },
  google_certificate_manager_certificate: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'Certificate Manager certificate', identity: ['name', 'project'] },
  // Keys handed to others: replacing one issues new key material every holder must pick up.
  google_service_account_key: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'service account key', credential: true },
  // Authoritative IAM policies: replacing one rewrites every binding on the resource; a mistake locks people out.
  google_project_iam_policy: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'authoritative project IAM policy', identity: ['project'] },
  google_folder_iam_policy: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'authoritative folder IAM policy', identity: ['folder'] },
  google_organization_iam_policy: { class: 'identity', dataLoss: 0, outage: 0.7, what: 'authoritative organization IAM policy', identity: ['org_id'] },
  google_service_account_iam_policy: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'authoritative service account IAM policy', identity: ['service_account_id'] },
  google_storage_bucket_iam_policy: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'authoritative bucket IAM policy', identity: ['bucket'] },
  // Role bindings: authoritative for one role, so a few principals lose access meanwhile.
  google_project_iam_binding: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'project IAM binding for one role', identity: ['project', 'role'] },
  google_folder_iam_binding: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'folder IAM binding for one role', identity: ['folder', 'role'] },
  google_organization_iam_binding: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'organization IAM binding for one role', identity: ['org_id', 'role'] },
  google_service_account_iam_binding: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'service account IAM binding', identity: ['service_account_id', 'role'] },
  google_storage_bucket_iam_binding: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'bucket IAM binding', identity: ['bucket', 'role'] },
  google_kms_crypto_key_iam_binding: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'KMS key IAM binding', identity: ['crypto_key_id', 'role'] },
  // Members: one grant among many, restored by the next apply.
  google_project_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'project IAM member' },
  google_folder_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'folder IAM member' },
  google_organization_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'organization IAM member' },
  google_service_account_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'service account IAM member' },
  google_storage_bucket_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'bucket IAM member' },
  google_kms_crypto_key_iam_member: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'KMS key IAM member' },
  google_pubsub_topic_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'Pub/Sub topic IAM member' },
  google_pubsub_subscription_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'Pub/Sub subscription IAM member' },
  google_secret_manager_secret_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'secret IAM member' },
  google_bigquery_dataset_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'BigQuery dataset IAM member' },
  google_cloud_run_service_iam_member: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Cloud Run service IAM member' },
  google_cloud_run_v2_service_iam_member: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Cloud Run service IAM member' },
  google_cloudfunctions_function_iam_member: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Cloud Function IAM member' },
  google_billing_account_iam_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'billing account IAM member' },
  google_project_iam_audit_config: { class: 'identity', dataLoss: 0, outage: 0.2, what: 'project audit log config' },

  // DNS records and entry points: clients cannot find the service while they are gone.
  google_dns_record_set: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'DNS record set', identity: ['name', 'type', 'managed_zone', 'project'] },
  google_compute_global_forwarding_rule: { class: 'edge', dataLoss: 0, outage: 0.8, what: 'global forwarding rule (load balancer frontend)', identity: ['name', 'project'] },
  google_compute_forwarding_rule: { class: 'edge', dataLoss: 0, outage: 0.8, what: 'regional forwarding rule (load balancer frontend)', identity: ['name', 'region', 'project'] },
  google_compute_target_https_proxy: { class: 'edge', dataLoss: 0, outage: 0.7, what: 'target HTTPS proxy', identity: ['name', 'project'] },
  google_compute_target_http_proxy: { class: 'edge', dataLoss: 0, outage: 0.7, what: 'target HTTP proxy', identity: ['name', 'project'] },
  google_compute_url_map: { class: 'edge', dataLoss: 0, outage: 0.7, what: 'URL map', identity: ['name', 'project'] },
  google_compute_backend_bucket: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'backend bucket', identity: ['name', 'project'] },
  google_compute_security_policy: { class: 'edge', dataLoss: 0, outage: 0.5, what: 'Cloud Armor security policy', identity: ['name', 'project'] },
  google_compute_ssl_policy: { class: 'edge', dataLoss: 0, outage: 0.4, what: 'SSL policy', identity: ['name', 'project'] },
  google_api_gateway_gateway: { class: 'edge', dataLoss: 0, outage: 0.7, what: 'API Gateway gateway (its hostname changes)', identity: ['gateway_id', 'region', 'project'] },
  google_endpoints_service: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'Cloud Endpoints service', identity: ['service_name'] },
  google_cloud_run_domain_mapping: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'Cloud Run domain mapping', identity: ['name', 'location', 'project'] },
  // Reserved addresses: a released address cannot be reclaimed, and allowlists or peerings still name it.
  google_compute_global_address: { class: 'edge', dataLoss: 0.3, outage: 0.7, what: 'reserved global IP address or range', identity: ['name', 'project'] },
  google_compute_address: { class: 'edge', dataLoss: 0.3, outage: 0.7, what: 'reserved regional IP address', identity: ['name', 'region', 'project'] },

  // Machines: recreated from an image, but their boot disk is deleted with them.
  google_compute_instance: { class: 'compute', dataLoss: 0.3, outage: 0.5, what: 'Compute Engine VM instance', identity: ['name', 'zone', 'project'] },
  google_dataproc_cluster: { class: 'compute', dataLoss: 0.4, outage: 0.6, what: 'Dataproc cluster (HDFS data goes with it)', identity: ['name', 'region', 'project'] },
  // Fleets and services: rebuilt from configuration, capacity is missing while they are replaced.
  google_compute_instance_group_manager: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'managed instance group', identity: ['name', 'zone', 'project'] },
  google_compute_region_instance_group_manager: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'regional managed instance group', identity: ['name', 'region', 'project'] },
  google_compute_instance_group: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'unmanaged instance group', identity: ['name', 'zone', 'project'] },
  google_cloud_run_service: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'Cloud Run service', identity: ['name', 'location', 'project'] },
  google_cloud_run_v2_service: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'Cloud Run service', identity: ['name', 'location', 'project'] },
  google_cloud_run_v2_job: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Cloud Run job', identity: ['name', 'location', 'project'] },
  google_cloudfunctions_function: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'Cloud Function (1st gen)', identity: ['name', 'region', 'project'] },
  google_cloudfunctions2_function: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'Cloud Function (2nd gen)', identity: ['name', 'location', 'project'] },
  google_dataflow_job: { class: 'compute', dataLoss: 0.2, outage: 0.5, what: 'Dataflow job (in-flight elements are drained or dropped)', identity: ['name', 'region', 'project'] },
  google_workflows_workflow: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Workflows workflow', identity: ['name', 'region', 'project'] },
  google_cloud_scheduler_job: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Cloud Scheduler job', identity: ['name', 'region', 'project'] },
  // Templates, schedules and attachments: new versions are the normal way to change them.
  google_compute_instance_template: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'instance template', identity: ['name', 'project'] },
  google_compute_region_instance_template: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'regional instance template', identity: ['name', 'region', 'project'] },
  google_compute_autoscaler: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'autoscaler', identity: ['name', 'zone', 'project'] },
  google_compute_region_autoscaler: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'regional autoscaler', identity: ['name', 'region', 'project'] },
  google_compute_health_check: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'health check', identity: ['name', 'project'] },
  google_compute_resource_policy: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'resource policy (snapshot schedule)', identity: ['name', 'region', 'project'] },
  google_compute_disk_resource_policy_attachment: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'disk resource policy attachment', identity: ['name', 'disk'] },
  google_compute_attached_disk: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'disk attachment (detaches a disk from a running VM)', identity: ['disk', 'instance'] },
  google_datastore_index: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'Datastore index' },
  google_bigquery_data_transfer_config: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'BigQuery scheduled transfer', identity: ['display_name', 'project'] },
  google_pubsub_schema: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Pub/Sub schema', identity: ['name', 'project'] },
  // Bucket sub-resources and log routing: configuration of a store; the contents stay when they go.
  google_storage_bucket_acl: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'bucket ACL', identity: ['bucket'] },
  google_storage_notification: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'bucket notification' },
  google_logging_project_sink: { class: 'compute', dataLoss: 0.1, outage: 0.4, what: 'log sink (a new writer identity needs new grants)', identity: ['name', 'project'] },
  google_logging_metric: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'log-based metric', identity: ['name', 'project'] },
  // Monitoring: a gap in alerts, nothing the service runs on.
  google_monitoring_alert_policy: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'alert policy', identity: ['display_name', 'project'] },
  google_monitoring_notification_channel: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'notification channel', identity: ['display_name', 'project'] },
  google_monitoring_uptime_check_config: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'uptime check', identity: ['display_name', 'project'] },
  google_monitoring_dashboard: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'monitoring dashboard' },
});
