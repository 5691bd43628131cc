// hashicorp/azurerm: what each common resource type is and what destroying it costs.
import type { CatalogEntry } from './types.js';

// Most Azure resources are named by their name within a resource group.
const RG = ['name', 'resource_group_name'];

/** A function, so that the table is built (and compiled) only when a azurerm type is looked up. */
export const azurerm = (): Readonly<Record<string, CatalogEntry>> => ({
  // Database servers: deleting the server deletes every database on it.
  azurerm_mssql_server: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Azure SQL logical server (with its databases)', identity: RG },
  azurerm_sql_server: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Azure SQL server (legacy type)', identity: RG },
  azurerm_mssql_managed_instance: { class: 'data', dataLoss: 1, outage: 0.9, what: 'SQL Managed Instance', identity: RG },
  azurerm_postgresql_flexible_server: { class: 'data', dataLoss: 1, outage: 0.9, what: 'PostgreSQL flexible server', identity: RG },
  azurerm_postgresql_server: { class: 'data', dataLoss: 1, outage: 0.9, what: 'PostgreSQL single server', identity: RG },
  azurerm_mysql_flexible_server: { class: 'data', dataLoss: 1, outage: 0.9, what: 'MySQL flexible server', identity: RG },
  azurerm_mysql_server: { class: 'data', dataLoss: 1, outage: 0.9, what: 'MySQL single server', identity: RG },
  azurerm_mariadb_server: { class: 'data', dataLoss: 1, outage: 0.9, what: 'MariaDB server', identity: RG },
  azurerm_cosmosdb_account: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Cosmos DB account (with its databases)', identity: RG },
  azurerm_kusto_cluster: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Data Explorer cluster', identity: RG },
  azurerm_synapse_workspace: { class: 'data', dataLoss: 0.9, outage: 0.8, what: 'Synapse Analytics workspace', identity: RG },
  azurerm_databricks_workspace: { class: 'data', dataLoss: 0.8, outage: 0.8, what: 'Databricks workspace (notebooks, DBFS root)', identity: RG },
  // Databases and containers: their rows exist nowhere else.
  azurerm_mssql_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Azure SQL database', identity: ['name', 'server_id'] },
  azurerm_sql_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Azure SQL database (legacy type)', identity: ['name', 'server_name', 'resource_group_name'] },
  azurerm_mssql_managed_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'SQL Managed Instance database', identity: ['name', 'managed_instance_id'] },
  azurerm_postgresql_flexible_server_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'PostgreSQL flexible server database', identity: ['name', 'server_id'] },
  azurerm_postgresql_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'PostgreSQL database', identity: ['name', 'server_name', 'resource_group_name'] },
  azurerm_mysql_flexible_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'MySQL flexible server database', identity: ['name', 'server_name', 'resource_group_name'] },
  azurerm_mysql_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'MySQL database', identity: ['name', 'server_name', 'resource_group_name'] },
  azurerm_cosmosdb_sql_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Cosmos DB SQL database', identity: ['name', 'account_name', 'resource_group_name'] },
  azurerm_cosmosdb_sql_container: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Cosmos DB SQL container', identity: ['name', 'database_name', 'account_name', 'resource_group_name'] },
  azurerm_cosmosdb_mongo_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Cosmos DB MongoDB database', identity: ['name', 'account_name', 'resource_group_name'] },
  azurerm_cosmosdb_mongo_collection: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Cosmos DB MongoDB collection', identity: ['name', 'database_name', 'account_name', 'resource_group_name'] },
  azurerm_cosmosdb_table: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Cosmos DB table', identity: ['name', 'account_name', 'resource_group_name'] },
  azurerm_kusto_database: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Data Explorer database', identity: ['name', 'cluster_name', 'resource_group_name'] },
  // Caches: contents can be rebuilt, but a missing cache takes the application down with it.
  azurerm_redis_cache: { class: 'data', dataLoss: 0.6, outage: 0.9, what: 'Azure Cache for Redis', identity: RG },
  // Storage accounts and what they hold: the bytes are the only copy.
  azurerm_storage_account: { class: 'data', dataLoss: 1, outage: 0.9, what: 'storage account (blobs, files, queues, tables)', identity: RG },
  azurerm_storage_container: { class: 'data', dataLoss: 1, outage: 0.7, what: 'blob container', identity: ['name', 'storage_account_name', 'storage_account_id'] },
  azurerm_storage_share: { class: 'data', dataLoss: 1, outage: 0.7, what: 'Azure Files share', identity: ['name', 'storage_account_name', 'storage_account_id'] },
  azurerm_storage_table: { class: 'data', dataLoss: 1, outage: 0.7, what: 'storage table', identity: ['name', 'storage_account_name', 'storage_account_id'] },
  azurerm_storage_queue: { class: 'data', dataLoss: 0.8, outage: 0.6, what: 'storage queue', identity: ['name', 'storage_account_name', 'storage_account_id'] },
  azurerm_storage_data_lake_gen2_filesystem: { class: 'data', dataLoss: 1, outage: 0.7, what: 'Data Lake Gen2 file system', identity: ['name', 'storage_account_id'] },
  azurerm_managed_disk: { class: 'data', dataLoss: 1, outage: 0.7, what: 'managed disk', identity: RG },
  // Blobs whose content usually comes from the configuration: recreatable, later edits are lost.
  azurerm_storage_blob: { class: 'data', dataLoss: 0.5, outage: 0.4, what: 'storage blob', identity: ['name', 'storage_container_name', 'storage_account_name'] },
  // Snapshots, images and backup vaults: they are the way back.
  azurerm_snapshot: { class: 'data', dataLoss: 0.9, outage: 0.2, what: 'disk snapshot', identity: RG },
  azurerm_image: { class: 'data', dataLoss: 0.7, outage: 0.3, what: 'managed VM image', identity: RG },
  azurerm_shared_image_gallery: { class: 'data', dataLoss: 0.8, outage: 0.4, what: 'compute gallery', identity: RG },
  azurerm_shared_image: { class: 'data', dataLoss: 0.7, outage: 0.4, what: 'gallery image definition', identity: ['name', 'gallery_name', 'resource_group_name'] },
  azurerm_shared_image_version: { class: 'data', dataLoss: 0.7, outage: 0.4, what: 'gallery image version', identity: ['name', 'image_name', 'gallery_name', 'resource_group_name'] },
  azurerm_recovery_services_vault: { class: 'data', dataLoss: 1, outage: 0.3, what: 'Recovery Services vault (holds backups)', identity: RG },
  azurerm_data_protection_backup_vault: { class: 'data', dataLoss: 1, outage: 0.3, what: 'Data Protection backup vault', identity: RG },
  azurerm_backup_protected_vm: { class: 'data', dataLoss: 0.8, outage: 0.2, what: 'VM backup protection (its recovery points can be purged)' },
  // Messaging: messages in flight are lost, and producers and consumers break.
  azurerm_servicebus_namespace: { class: 'data', dataLoss: 0.9, outage: 0.9, what: 'Service Bus namespace', identity: RG },
  azurerm_servicebus_queue: { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'Service Bus queue', identity: ['name', 'namespace_id'] },
  azurerm_servicebus_topic: { class: 'data', dataLoss: 0.7, outage: 0.7, what: 'Service Bus topic', identity: ['name', 'namespace_id'] },
  azurerm_servicebus_subscription: { class: 'data', dataLoss: 0.8, outage: 0.6, what: 'Service Bus subscription (holds undelivered messages)', identity: ['name', 'topic_id'] },
  azurerm_eventhub_namespace: { class: 'data', dataLoss: 0.8, outage: 0.9, what: 'Event Hubs namespace', identity: RG },
  azurerm_eventhub: { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'event hub', identity: ['name', 'namespace_name', 'resource_group_name'] },
  // Logs and telemetry: history cannot be re-recorded (moderate: the service runs on without it).
  azurerm_log_analytics_workspace: { class: 'data', dataLoss: 0.8, outage: 0.5, what: 'Log Analytics workspace', identity: RG },
  azurerm_application_insights: { class: 'data', dataLoss: 0.7, outage: 0.4, what: 'Application Insights component', identity: RG },
  // Registries and search indexes: pushed images and built indexes are the only copy.
  azurerm_container_registry: { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'container registry', identity: RG },
  azurerm_search_service: { class: 'data', dataLoss: 0.9, outage: 0.8, what: 'AI Search service', identity: RG },
  // Key vaults and keys: destroying a key makes everything encrypted with it unreadable.
  azurerm_key_vault: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Key Vault', identity: RG },
  azurerm_key_vault_managed_hardware_security_module: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Key Vault Managed HSM', identity: RG },
  azurerm_key_vault_key: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Key Vault key', identity: ['name', 'key_vault_id'] },
  azurerm_key_vault_secret: { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'Key Vault secret', identity: ['name', 'key_vault_id'] },
  azurerm_key_vault_certificate: { class: 'data', dataLoss: 0.8, outage: 0.7, what: 'Key Vault certificate (its private key may be non-exportable)', identity: ['name', 'key_vault_id'], credential: true },
  // DNS zones: records made outside Terraform go with it, and a new zone may get new name servers.
  azurerm_dns_zone: { class: 'data', dataLoss: 1, outage: 0.9, what: 'public DNS zone', identity: RG },
  azurerm_private_dns_zone: { class: 'data', dataLoss: 0.9, outage: 0.8, what: 'private DNS zone (auto-registered records go with it)', identity: RG },

  // Containers of everything: deleting a resource group or subscription deletes what is in it.
  azurerm_resource_group: { class: 'foundation', dataLoss: 0.6, outage: 1, what: 'resource group (and everything in it)', identity: ['name'] },
  azurerm_subscription: { class: 'foundation', dataLoss: 1, outage: 1, what: 'subscription (cancelling it takes everything in it)', identity: ['subscription_name'] },
  azurerm_management_group: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'management group', identity: ['name'] },
  // Networks: everything inside must be rebuilt when they are replaced.
  azurerm_virtual_network: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'virtual network', identity: RG },
  azurerm_subnet: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'subnet', identity: ['name', 'virtual_network_name', 'resource_group_name'] },
  azurerm_network_interface: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'network interface', identity: RG },
  azurerm_nat_gateway: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'NAT gateway', identity: RG },
  azurerm_private_endpoint: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'private endpoint', identity: RG },
  azurerm_private_dns_zone_virtual_network_link: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'private DNS zone link to a network', identity: ['name', 'private_dns_zone_name', 'resource_group_name'] },
  // Firewalls and security rules: traffic is cut or opened while they change.
  azurerm_network_security_group: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'network security group', identity: RG },
  azurerm_network_security_rule: { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'network security rule', identity: ['name', 'network_security_group_name', 'resource_group_name'] },
  azurerm_firewall: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'Azure Firewall', identity: RG },
  azurerm_firewall_policy: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'firewall policy', identity: RG },
  azurerm_firewall_policy_rule_collection_group: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'firewall policy rule collection group', identity: ['name', 'firewall_policy_id'] },
  azurerm_storage_account_network_rules: { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'storage account network rules', identity: ['storage_account_id'] },
  azurerm_mssql_firewall_rule: { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'Azure SQL firewall rule', identity: ['name', 'server_id'] },
  azurerm_postgresql_flexible_server_firewall_rule: { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'PostgreSQL firewall rule', identity: ['name', 'server_id'] },
  // Routing and associations: traffic stops until they are back, nothing is lost.
  azurerm_route_table: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'route table', identity: RG },
  azurerm_route: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'route', identity: ['name', 'route_table_name', 'resource_group_name'] },
  azurerm_subnet_route_table_association: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'subnet route table association', identity: ['subnet_id'] },
  azurerm_subnet_network_security_group_association: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'subnet security group association', identity: ['subnet_id'] },
  azurerm_network_interface_security_group_association: { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'network interface security group association', identity: ['network_interface_id'] },
  azurerm_subnet_nat_gateway_association: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'subnet NAT gateway association', identity: ['subnet_id'] },
  azurerm_nat_gateway_public_ip_association: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'NAT gateway public IP association' },
  // Connectivity between networks and sites: every workload on the far side loses its path.
  azurerm_virtual_network_peering: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'virtual network peering', identity: ['name', 'virtual_network_name', 'resource_group_name'] },
  azurerm_virtual_network_gateway: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'VPN/ExpressRoute gateway', identity: RG },
  azurerm_virtual_network_gateway_connection: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'gateway connection', identity: RG },
  azurerm_local_network_gateway: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'local network gateway', identity: RG },
  azurerm_express_route_circuit: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'ExpressRoute circuit (the carrier must provision again)', identity: RG },
  azurerm_virtual_wan: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'Virtual WAN', identity: RG },
  azurerm_virtual_hub: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'Virtual WAN hub', identity: RG },
  azurerm_virtual_hub_connection: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'virtual hub connection', identity: ['name', 'virtual_hub_id'] },
  // Load balancers and gateways: a new one gets a new frontend that clients do not know yet.
  azurerm_lb: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'load balancer', identity: RG },
  azurerm_lb_backend_address_pool: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'load balancer backend pool', identity: ['name', 'loadbalancer_id'] },
  azurerm_lb_rule: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'load balancer rule', identity: ['name', 'loadbalancer_id'] },
  azurerm_lb_probe: { class: 'foundation', dataLoss: 0, outage: 0.5, what: 'load balancer health probe', identity: ['name', 'loadbalancer_id'] },
  azurerm_application_gateway: { class: 'foundation', dataLoss: 0, outage: 0.9, what: 'Application Gateway', identity: RG },
  // Platforms that workloads run on: every workload on them goes with them.
  azurerm_kubernetes_cluster: { class: 'foundation', dataLoss: 0.6, outage: 1, what: 'AKS Kubernetes cluster', identity: RG },
  azurerm_kubernetes_cluster_node_pool: { class: 'foundation', dataLoss: 0.1, outage: 0.7, what: 'AKS node pool', identity: ['name', 'kubernetes_cluster_id'] },
  azurerm_container_app_environment: { class: 'foundation', dataLoss: 0, outage: 0.8, what: 'Container Apps environment', identity: RG },
  azurerm_service_plan: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'App Service plan', identity: RG },
  azurerm_app_service_plan: { class: 'foundation', dataLoss: 0, outage: 0.7, what: 'App Service plan (legacy type)', identity: RG },
  azurerm_availability_set: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'availability set (its VMs must be recreated to move)', identity: RG },

  // Identities: role assignments follow the principal ID, which changes on replacement.
  azurerm_user_assigned_identity: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'user-assigned managed identity', identity: RG },
  azurerm_role_definition: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'custom role definition', identity: ['name', 'scope'] },
  azurerm_federated_identity_credential: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'federated identity credential', identity: ['name', 'parent_id'] },
  azurerm_key_vault_access_policy: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Key Vault access policy', identity: ['key_vault_id', 'object_id'] },
  // Grants: one among many, restored by the next apply.
  azurerm_role_assignment: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'role assignment', identity: ['scope', 'role_definition_name', 'principal_id'] },

  // DNS records and entry points: clients cannot find the service while they are gone.
  azurerm_dns_a_record: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'DNS A record', identity: ['name', 'zone_name', 'resource_group_name'] },
  azurerm_dns_aaaa_record: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'DNS AAAA record', identity: ['name', 'zone_name', 'resource_group_name'] },
  azurerm_dns_cname_record: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'DNS CNAME record', identity: ['name', 'zone_name', 'resource_group_name'] },
  azurerm_dns_txt_record: { class: 'edge', dataLoss: 0, outage: 0.5, what: 'DNS TXT record', identity: ['name', 'zone_name', 'resource_group_name'] },
  azurerm_dns_mx_record: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'DNS MX record', identity: ['name', 'zone_name', 'resource_group_name'] },
  azurerm_dns_ns_record: { class: 'edge', dataLoss: 0, outage: 0.7, what: 'DNS NS delegation record', identity: ['name', 'zone_name', 'resource_group_name'] },
  azurerm_private_dns_a_record: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'private DNS A record', identity: ['name', 'zone_name', 'resource_group_name'] },
  azurerm_private_dns_cname_record: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'private DNS CNAME record', identity: ['name', 'zone_name', 'resource_group_name'] },
  azurerm_cdn_profile: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'CDN profile', identity: RG },
  azurerm_cdn_endpoint: { class: 'edge', dataLoss: 0, outage: 0.7, what: 'CDN endpoint', identity: ['name', 'profile_name', 'resource_group_name'] },
  azurerm_cdn_frontdoor_profile: { class: 'edge', dataLoss: 0, outage: 0.7, what: 'Front Door profile', identity: RG },
  azurerm_cdn_frontdoor_endpoint: { class: 'edge', dataLoss: 0, outage: 0.7, what: 'Front Door endpoint (its hostname changes)', identity: ['name', 'cdn_frontdoor_profile_id'] },
  azurerm_frontdoor: { class: 'edge', dataLoss: 0, outage: 0.8, what: 'Front Door (classic)', identity: RG },
  azurerm_web_application_firewall_policy: { class: 'edge', dataLoss: 0, outage: 0.5, what: 'WAF policy', identity: RG },
  azurerm_app_service_custom_hostname_binding: { class: 'edge', dataLoss: 0, outage: 0.5, what: 'App Service custom hostname', identity: ['hostname', 'app_service_name', 'resource_group_name'] },
  azurerm_api_management: { class: 'edge', dataLoss: 0.5, outage: 0.9, what: 'API Management service (portal content and subscription keys go with it)', identity: RG },
  // Public addresses: a released address cannot be reclaimed, and allowlists elsewhere still name it.
  azurerm_public_ip: { class: 'edge', dataLoss: 0.3, outage: 0.7, what: 'public IP address', identity: RG },
  azurerm_public_ip_prefix: { class: 'edge', dataLoss: 0.3, outage: 0.7, what: 'public IP prefix', identity: RG },

  // Virtual machines: recreated from an image, but their OS disk is deleted with them.
  azurerm_linux_virtual_machine: { class: 'compute', dataLoss: 0.3, outage: 0.5, what: 'Linux virtual machine', identity: RG },
  azurerm_windows_virtual_machine: { class: 'compute', dataLoss: 0.3, outage: 0.5, what: 'Windows virtual machine', identity: RG },
  azurerm_virtual_machine: { class: 'compute', dataLoss: 0.3, outage: 0.5, what: 'virtual machine (legacy type)', identity: RG },
  // Scale sets, apps and containers: rebuilt from configuration, capacity is missing meanwhile.
  azurerm_linux_virtual_machine_scale_set: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'Linux VM scale set', identity: RG },
  azurerm_windows_virtual_machine_scale_set: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'Windows VM scale set', identity: RG },
  azurerm_orchestrated_virtual_machine_scale_set: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'orchestrated VM scale set', identity: RG },
  azurerm_linux_web_app: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'Linux web app', identity: RG },
  azurerm_windows_web_app: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'Windows web app', identity: RG },
  azurerm_app_service: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'App Service app (legacy type)', identity: RG },
  azurerm_linux_web_app_slot: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Linux web app deployment slot', identity: ['name', 'app_service_id'] },
  azurerm_linux_function_app: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'Linux function app', identity: RG },
  azurerm_windows_function_app: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'Windows function app', identity: RG },
  azurerm_function_app: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'function app (legacy type)', identity: RG },
  azurerm_container_app: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'container app', identity: RG },
  azurerm_container_group: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'container instance group', identity: RG },
  azurerm_logic_app_workflow: { class: 'compute', dataLoss: 0.2, outage: 0.4, what: 'Logic App workflow (run history goes with it)', identity: RG },
  azurerm_data_factory: { class: 'compute', dataLoss: 0.3, outage: 0.5, what: 'Data Factory', identity: RG },
  azurerm_automation_account: { class: 'compute', dataLoss: 0.3, outage: 0.4, what: 'Automation account (runbooks and job history)', identity: RG },
  // Attachments and extensions: recreated in seconds, the VM runs on without them.
  azurerm_virtual_machine_data_disk_attachment: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'data disk attachment (detaches a disk from a running VM)', identity: ['managed_disk_id', 'virtual_machine_id'] },
  azurerm_virtual_machine_extension: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'VM extension', identity: ['name', 'virtual_machine_id'] },
  azurerm_proximity_placement_group: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'proximity placement group', identity: RG },
  // Configuration of a store: the contents stay when it goes.
  azurerm_eventhub_consumer_group: { class: 'compute', dataLoss: 0.1, outage: 0.4, what: 'event hub consumer group (readers keep their own checkpoints)', identity: ['name', 'eventhub_name', 'namespace_name', 'resource_group_name'] },
  azurerm_storage_management_policy: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'storage lifecycle management policy', identity: ['storage_account_id'] },
  azurerm_postgresql_flexible_server_configuration: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'PostgreSQL server parameter', identity: ['name', 'server_id'] },
  azurerm_mssql_elasticpool: { class: 'compute', dataLoss: 0, outage: 0.6, what: 'Azure SQL elastic pool (must be empty to delete)', identity: ['name', 'server_name', 'resource_group_name'] },
  azurerm_backup_policy_vm: { class: 'compute', dataLoss: 0.2, outage: 0.3, what: 'VM backup policy', identity: ['name', 'recovery_vault_name', 'resource_group_name'] },
  // Monitoring: a gap in alerts or diagnostics, nothing the service runs on.
  azurerm_monitor_metric_alert: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'metric alert', identity: RG },
  azurerm_monitor_activity_log_alert: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'activity log alert', identity: RG },
  azurerm_monitor_scheduled_query_rules_alert_v2: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'log query alert', identity: RG },
  azurerm_monitor_action_group: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'monitor action group', identity: RG },
  azurerm_monitor_diagnostic_setting: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'diagnostic setting', identity: ['name', 'target_resource_id'] },
  azurerm_portal_dashboard: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'portal dashboard', identity: RG },
});
