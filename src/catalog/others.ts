// Common non-cloud providers: github, datadog, cloudflare, helm, kubectl, vault and azuread.
import type { CatalogEntry } from './types.js';

/** A function, so that the table is built (and compiled) only when a others type is looked up. */
export const others = (): Readonly<Record<string, CatalogEntry>> => ({
  // GitHub repositories and branches: issues, pull requests, wikis and unmerged commits cannot come back.
  github_repository: { class: 'data', dataLoss: 1, outage: 0.8, what: 'GitHub repository (issues, pull requests and history)', identity: ['name'] },
  github_branch: { class: 'data', dataLoss: 0.7, outage: 0.4, what: 'Git branch (unmerged commits go with it)', identity: ['repository', 'branch'] },
  // GitHub environments: secrets set on them outside Terraform go with them.
  github_repository_environment: { class: 'identity', dataLoss: 0.4, outage: 0.4, what: 'deployment environment (with its secrets and rules)', identity: ['repository', 'environment'] },
  // GitHub teams and membership: people lose access until it is back.
  github_team: { class: 'identity', dataLoss: 0.1, outage: 0.5, what: 'GitHub team', identity: ['name'] },
  github_membership: { class: 'identity', dataLoss: 0.2, outage: 0.4, what: 'organization membership (private forks go with it)', identity: ['username'] },
  github_team_membership: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'team membership', identity: ['team_id', 'username'] },
  github_team_members: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'authoritative team member list', identity: ['team_id'] },
  github_team_repository: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'team access to a repository', identity: ['team_id', 'repository'] },
  github_repository_collaborator: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'repository collaborator', identity: ['repository', 'username'] },
  github_repository_collaborators: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'authoritative repository collaborator list', identity: ['repository'] },
  github_actions_repository_permissions: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'Actions permissions of a repository', identity: ['repository'] },
  // GitHub protections: they are guards; while they are gone, anyone can push or merge.
  github_branch_protection: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'branch protection rule', identity: ['repository_id', 'pattern'] },
  github_branch_protection_v3: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'branch protection (v3 API)', identity: ['repository', 'branch'] },
  github_repository_ruleset: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'repository ruleset', identity: ['repository', 'name'] },
  // GitHub secrets and keys: the value comes from configuration; workflows and deploys fail meanwhile.
  github_actions_secret: { class: 'identity', dataLoss: 0.1, outage: 0.4, what: 'Actions repository secret', identity: ['repository', 'secret_name'] },
  github_actions_environment_secret: { class: 'identity', dataLoss: 0.1, outage: 0.4, what: 'Actions environment secret', identity: ['repository', 'environment', 'secret_name'] },
  github_actions_organization_secret: { class: 'identity', dataLoss: 0.1, outage: 0.5, what: 'Actions organization secret', identity: ['secret_name'] },
  github_repository_deploy_key: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'repository deploy key', identity: ['repository', 'title'] },
  github_user_ssh_key: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'user SSH key', identity: ['title'] },
  // GitHub configuration: rewritten from the configuration; history stays in Git.
  github_branch_default: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'default branch setting', identity: ['repository'] },
  github_repository_file: { class: 'compute', dataLoss: 0.1, outage: 0.3, what: 'file committed to a repository', identity: ['repository', 'file', 'branch'] },
  github_actions_variable: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Actions variable', identity: ['repository', 'variable_name'] },
  github_repository_webhook: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'repository webhook', identity: ['repository', 'configuration.0.url'] },
  github_organization_webhook: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'organization webhook', identity: ['configuration.0.url'] },
  github_organization_settings: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'organization settings' },
  github_issue_label: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'issue label', identity: ['repository', 'name'] },
  github_issue_labels: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'authoritative issue label list', identity: ['repository'] },
  github_repository_topics: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'repository topics', identity: ['repository'] },
  github_repository_autolink_reference: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'repository autolink', identity: ['repository', 'key_prefix'] },

  // Datadog log indexes: indexed logs go with them.
  datadog_logs_index: { class: 'data', dataLoss: 0.5, outage: 0.5, what: 'Datadog log index', identity: ['name'] },
  // Datadog access: keys handed to agents and integrations; replacing one breaks every holder.
  datadog_api_key: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'Datadog API key', identity: ['name'], credential: true },
  datadog_application_key: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Datadog application key', identity: ['name'], credential: true },
  datadog_user: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Datadog user', identity: ['email'] },
  datadog_role: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Datadog role', identity: ['name'] },
  datadog_team: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'Datadog team', identity: ['handle'] },
  // Datadog integrations: telemetry from a whole cloud account stops while they are gone.
  datadog_integration_aws: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'Datadog AWS integration', identity: ['account_id'] },
  datadog_integration_aws_account: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'Datadog AWS account integration', identity: ['aws_account_id'] },
  datadog_integration_gcp: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'Datadog Google Cloud integration', identity: ['project_id'] },
  datadog_integration_azure: { class: 'compute', dataLoss: 0.1, outage: 0.5, what: 'Datadog Azure integration', identity: ['tenant_name', 'client_id'] },
  // Datadog monitors, dashboards and pipelines: a gap in alerting or views, recreated from configuration.
  datadog_monitor: { class: 'compute', dataLoss: 0.1, outage: 0.3, what: 'Datadog monitor (its alert history goes with it)', identity: ['name'] },
  datadog_synthetics_test: { class: 'compute', dataLoss: 0.1, outage: 0.3, what: 'Datadog synthetic test', identity: ['name'] },
  datadog_service_level_objective: { class: 'compute', dataLoss: 0.2, outage: 0.2, what: 'Datadog SLO (its history goes with it)', identity: ['name'] },
  datadog_security_monitoring_rule: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Datadog security detection rule', identity: ['name'] },
  datadog_logs_custom_pipeline: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Datadog log pipeline', identity: ['name'] },
  datadog_logs_archive: { class: 'compute', dataLoss: 0.1, outage: 0.4, what: 'Datadog log archive (archived objects stay in the bucket)', identity: ['name'] },
  datadog_logs_metric: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Datadog log-based metric', identity: ['name'] },
  datadog_dashboard: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Datadog dashboard', identity: ['title'] },
  datadog_dashboard_json: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Datadog dashboard (JSON)' },
  datadog_downtime: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Datadog downtime (legacy)' },
  datadog_downtime_schedule: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Datadog downtime schedule' },
  datadog_slo_correction: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Datadog SLO correction' },
  datadog_metric_metadata: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'Datadog metric metadata', identity: ['metric'] },
  datadog_webhook: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Datadog webhook', identity: ['name'] },
  datadog_integration_slack_channel: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Datadog Slack channel', identity: ['account_name', 'channel_name'] },
  datadog_integration_pagerduty_service_object: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'Datadog PagerDuty service', identity: ['service_name'] },

  // Cloudflare zones: records made outside Terraform go with it, and a new zone gets new name servers.
  cloudflare_zone: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Cloudflare DNS zone', identity: ['zone', 'name'] },
  // Cloudflare storage: the bytes are the only copy.
  cloudflare_r2_bucket: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Cloudflare R2 bucket', identity: ['account_id', 'name'] },
  cloudflare_d1_database: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Cloudflare D1 database', identity: ['account_id', 'name'] },
  cloudflare_workers_kv_namespace: { class: 'data', dataLoss: 1, outage: 0.6, what: 'Workers KV namespace', identity: ['account_id', 'title'] },
  // Cloudflare records and entry points: clients cannot find the service while they are gone.
  cloudflare_record: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'Cloudflare DNS record', identity: ['zone_id', 'name', 'type'] },
  cloudflare_dns_record: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'Cloudflare DNS record', identity: ['zone_id', 'name', 'type'] },
  cloudflare_load_balancer: { class: 'edge', dataLoss: 0, outage: 0.7, what: 'Cloudflare load balancer', identity: ['zone_id', 'name'] },
  cloudflare_load_balancer_pool: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'Cloudflare origin pool', identity: ['account_id', 'name'] },
  cloudflare_pages_project: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'Cloudflare Pages project', identity: ['account_id', 'name'] },
  cloudflare_worker_route: { class: 'edge', dataLoss: 0, outage: 0.5, what: 'Workers route (legacy type)', identity: ['zone_id', 'pattern'] },
  cloudflare_workers_route: { class: 'edge', dataLoss: 0, outage: 0.5, what: 'Workers route', identity: ['zone_id', 'pattern'] },
  cloudflare_certificate_pack: { class: 'edge', dataLoss: 0, outage: 0.5, what: 'Cloudflare edge certificate pack' },
  // Cloudflare tunnels: the connector's secret changes, so every cloudflared must be re-enrolled.
  cloudflare_tunnel: { class: 'edge', dataLoss: 0, outage: 0.8, what: 'Cloudflare Tunnel (legacy type)', identity: ['account_id', 'name'], credential: true },
  cloudflare_zero_trust_tunnel_cloudflared: { class: 'edge', dataLoss: 0, outage: 0.8, what: 'Cloudflare Tunnel', identity: ['account_id', 'name'], credential: true },
  // Cloudflare rules and settings: traffic is unfiltered or misrouted while they change.
  cloudflare_ruleset: { class: 'edge', dataLoss: 0, outage: 0.5, what: 'Cloudflare ruleset (WAF, transforms, redirects)', identity: ['zone_id', 'account_id', 'phase', 'name'] },
  cloudflare_page_rule: { class: 'edge', dataLoss: 0, outage: 0.4, what: 'Cloudflare page rule', identity: ['zone_id', 'target'] },
  cloudflare_firewall_rule: { class: 'edge', dataLoss: 0, outage: 0.4, what: 'Cloudflare firewall rule (legacy)' },
  cloudflare_zone_settings_override: { class: 'edge', dataLoss: 0, outage: 0.4, what: 'Cloudflare zone settings', identity: ['zone_id'] },
  cloudflare_zone_setting: { class: 'edge', dataLoss: 0, outage: 0.3, what: 'Cloudflare zone setting', identity: ['zone_id', 'setting_id'] },
  // Cloudflare access and tokens: people and machines lose access; tokens are new secrets.
  cloudflare_access_application: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'Cloudflare Access application', identity: ['zone_id', 'account_id', 'name'] },
  cloudflare_access_policy: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Cloudflare Access policy', identity: ['account_id', 'name'] },
  cloudflare_api_token: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'Cloudflare API token', identity: ['name'], credential: true },
  cloudflare_origin_ca_certificate: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Cloudflare origin CA certificate', credential: true },
  // Cloudflare compute: code comes from the configuration.
  cloudflare_worker_script: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'Workers script (legacy type)', identity: ['account_id', 'name'] },
  cloudflare_workers_script: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'Workers script', identity: ['account_id', 'script_name'] },
  cloudflare_load_balancer_monitor: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'Cloudflare health monitor' },

  // Helm releases and raw manifests: uninstalling removes everything in the chart (often stateful), at once.
  helm_release: { class: 'foundation', dataLoss: 0.4, outage: 0.7, what: 'Helm release (every object in the chart)', identity: ['name', 'namespace'] },
  kubectl_manifest: { class: 'foundation', dataLoss: 0.4, outage: 0.6, what: 'Kubernetes object from a raw manifest (kubectl provider)' },

  // Vault mounts and namespaces: unmounting a secrets engine deletes every secret stored in it.
  vault_mount: { class: 'data', dataLoss: 1, outage: 0.8, what: 'Vault secrets engine mount (and all its secrets)', identity: ['path'] },
  vault_namespace: { class: 'foundation', dataLoss: 0.9, outage: 0.9, what: 'Vault namespace (and everything in it)', identity: ['path'] },
  // Vault PKI roots: the CA key cannot come back, and every issued certificate loses its chain.
  vault_pki_secret_backend_root_cert: { class: 'data', dataLoss: 1, outage: 0.9, what: 'Vault PKI root certificate and key', identity: ['backend'], credential: true },
  // Vault secrets written from configuration: recreatable, but older versions go.
  vault_kv_secret_v2: { class: 'data', dataLoss: 0.5, outage: 0.5, what: 'Vault KV v2 secret', identity: ['mount', 'name'] },
  vault_kv_secret: { class: 'data', dataLoss: 0.5, outage: 0.5, what: 'Vault KV v1 secret', identity: ['path'] },
  vault_generic_secret: { class: 'data', dataLoss: 0.5, outage: 0.5, what: 'Vault generic secret', identity: ['path'] },
  // Vault auth methods and engines: disabling one revokes every token and lease it issued.
  vault_auth_backend: { class: 'identity', dataLoss: 0.3, outage: 0.8, what: 'Vault auth method (revokes its tokens)', identity: ['path'] },
  vault_jwt_auth_backend: { class: 'identity', dataLoss: 0.3, outage: 0.8, what: 'Vault JWT/OIDC auth method', identity: ['path'] },
  vault_aws_secret_backend: { class: 'identity', dataLoss: 0.2, outage: 0.7, what: 'Vault AWS secrets engine (revokes its leases)', identity: ['path'] },
  vault_database_secret_backend_connection: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'Vault database connection', identity: ['backend', 'name'] },
  // Vault policies and roles: clients lose access until they are back.
  vault_policy: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Vault policy', identity: ['name'] },
  vault_approle_auth_backend_role: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Vault AppRole role', identity: ['backend', 'role_name'] },
  vault_kubernetes_auth_backend_role: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Vault Kubernetes auth role', identity: ['backend', 'role_name'] },
  vault_jwt_auth_backend_role: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Vault JWT/OIDC auth role', identity: ['backend', 'role_name'] },
  vault_database_secret_backend_role: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Vault database role', identity: ['backend', 'name'] },
  vault_pki_secret_backend_role: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Vault PKI role', identity: ['backend', 'name'] },
  vault_identity_entity: { class: 'identity', dataLoss: 0.1, outage: 0.4, what: 'Vault identity entity', identity: ['name'] },
  vault_identity_group: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Vault identity group', identity: ['name'] },
  // Vault-issued credentials: replacing one issues a new secret every holder must pick up.
  vault_token: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'Vault token', credential: true },
  vault_approle_auth_backend_role_secret_id: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'Vault AppRole secret ID', credential: true },
  // Vault audit devices: requests go unrecorded while they are gone.
  vault_audit: { class: 'compute', dataLoss: 0.2, outage: 0.4, what: 'Vault audit device', identity: ['path'] },

  // Entra ID applications and principals: client IDs change, so every consumer must be reconfigured.
  azuread_application: { class: 'identity', dataLoss: 0.2, outage: 0.7, what: 'Entra ID application registration', identity: ['display_name'] },
  azuread_service_principal: { class: 'identity', dataLoss: 0, outage: 0.7, what: 'Entra ID service principal', identity: ['client_id'] },
  azuread_user: { class: 'identity', dataLoss: 0.3, outage: 0.5, what: 'Entra ID user (mailbox and files hang off it)', identity: ['user_principal_name'] },
  azuread_group: { class: 'identity', dataLoss: 0.1, outage: 0.5, what: 'Entra ID group', identity: ['display_name'] },
  azuread_conditional_access_policy: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'conditional access policy', identity: ['display_name'] },
  azuread_application_federated_identity_credential: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'federated identity credential', identity: ['application_id', 'display_name'] },
  // Entra ID grants: one among many, restored by the next apply.
  azuread_group_member: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'Entra ID group member', identity: ['group_object_id', 'member_object_id'] },
  azuread_app_role_assignment: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'app role assignment' },
  // Entra ID secrets: replacing one issues a new secret every holder must pick up.
  azuread_application_password: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'application client secret', credential: true },
  azuread_service_principal_password: { class: 'identity', dataLoss: 0, outage: 0.6, what: 'service principal client secret', credential: true },
});
