// hashicorp/kubernetes: what each common resource type is (both the plain and the `_v1` type names).
import type { CatalogEntry } from './types.js';

// Namespaced objects are named by metadata.name within metadata.namespace; cluster-scoped ones by name alone.
const NS = ['metadata.0.name', 'metadata.0.namespace'];
const CLUSTER = ['metadata.0.name'];

/** A function, so that the table is built (and compiled) only when a kubernetes type is looked up. */
export const kubernetes = (): Readonly<Record<string, CatalogEntry>> => ({
  // Volume claims: with the usual Delete reclaim policy the disk behind the claim is deleted too.
  kubernetes_persistent_volume_claim: { class: 'data', dataLoss: 0.9, outage: 0.6, what: 'persistent volume claim', identity: NS },
  kubernetes_persistent_volume_claim_v1: { class: 'data', dataLoss: 0.9, outage: 0.6, what: 'persistent volume claim', identity: NS },
  kubernetes_persistent_volume: { class: 'data', dataLoss: 0.8, outage: 0.6, what: 'persistent volume (the disk may go, depending on its reclaim policy)', identity: CLUSTER },
  kubernetes_persistent_volume_v1: { class: 'data', dataLoss: 0.8, outage: 0.6, what: 'persistent volume (the disk may go, depending on its reclaim policy)', identity: CLUSTER },

  // Namespaces: deleting one deletes everything in it, volume claims included.
  kubernetes_namespace: { class: 'foundation', dataLoss: 0.6, outage: 1, what: 'namespace (and everything in it)', identity: CLUSTER },
  kubernetes_namespace_v1: { class: 'foundation', dataLoss: 0.6, outage: 1, what: 'namespace (and everything in it)', identity: CLUSTER },
  // Arbitrary manifests: the kind is unknown here (often a CRD whose deletion cascades), so middle-high weights.
  kubernetes_manifest: { class: 'foundation', dataLoss: 0.4, outage: 0.6, what: 'Kubernetes object from a raw manifest', identity: ['manifest.metadata.name', 'manifest.metadata.namespace'] },
  // Cluster-wide plumbing: every pod that relies on it is affected at once.
  kubernetes_network_policy: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'network policy', identity: NS },
  kubernetes_network_policy_v1: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'network policy', identity: NS },
  kubernetes_api_service: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'aggregated API service', identity: CLUSTER },
  kubernetes_api_service_v1: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'aggregated API service', identity: CLUSTER },
  kubernetes_csi_driver_v1: { class: 'foundation', dataLoss: 0, outage: 0.6, what: 'CSI driver registration', identity: CLUSTER },

  // Service accounts and RBAC: pods and people lose access until it is back.
  kubernetes_service_account: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'service account', identity: NS },
  kubernetes_service_account_v1: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'service account', identity: NS },
  kubernetes_default_service_account: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'default service account (adopted)', identity: NS },
  kubernetes_default_service_account_v1: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'default service account (adopted)', identity: NS },
  kubernetes_cluster_role: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'cluster role', identity: CLUSTER },
  kubernetes_cluster_role_v1: { class: 'identity', dataLoss: 0, outage: 0.5, what: 'cluster role', identity: CLUSTER },
  kubernetes_role: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'role', identity: NS },
  kubernetes_role_v1: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'role', identity: NS },
  // Bindings: one grant among many, restored by the next apply.
  kubernetes_cluster_role_binding: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'cluster role binding', identity: CLUSTER },
  kubernetes_cluster_role_binding_v1: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'cluster role binding', identity: CLUSTER },
  kubernetes_role_binding: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'role binding', identity: NS },
  kubernetes_role_binding_v1: { class: 'identity', dataLoss: 0, outage: 0.3, what: 'role binding', identity: NS },
  // Secrets: their content usually comes from the configuration, so a recreation restores it; consumers fail meanwhile.
  kubernetes_secret: { class: 'identity', dataLoss: 0.3, outage: 0.5, what: 'secret', identity: NS },
  kubernetes_secret_v1: { class: 'identity', dataLoss: 0.3, outage: 0.5, what: 'secret', identity: NS },
  // Issued credentials: replacing one issues new material every holder must pick up.
  kubernetes_certificate_signing_request_v1: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'certificate signing request', identity: CLUSTER, credential: true },
  kubernetes_token_request_v1: { class: 'identity', dataLoss: 0, outage: 0.4, what: 'service account token', identity: NS, credential: true },

  // Ingresses: the external address may change and routes disappear while they are replaced.
  kubernetes_ingress: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'ingress', identity: NS },
  kubernetes_ingress_v1: { class: 'edge', dataLoss: 0, outage: 0.6, what: 'ingress', identity: NS },
  kubernetes_ingress_class_v1: { class: 'edge', dataLoss: 0, outage: 0.5, what: 'ingress class', identity: CLUSTER },

  // Workloads: rebuilt from their spec; pods are missing while they are replaced.
  kubernetes_deployment: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'deployment', identity: NS },
  kubernetes_deployment_v1: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'deployment', identity: NS },
  kubernetes_daemonset: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'daemon set', identity: NS },
  kubernetes_daemon_set_v1: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'daemon set', identity: NS },
  kubernetes_replication_controller: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'replication controller', identity: NS },
  kubernetes_replication_controller_v1: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'replication controller', identity: NS },
  kubernetes_pod: { class: 'compute', dataLoss: 0.1, outage: 0.4, what: 'pod (its emptyDir volumes go with it)', identity: NS },
  kubernetes_pod_v1: { class: 'compute', dataLoss: 0.1, outage: 0.4, what: 'pod (its emptyDir volumes go with it)', identity: NS },
  // Stateful sets: their volume claims are kept on delete, but the pods holding state go down.
  kubernetes_stateful_set: { class: 'compute', dataLoss: 0.2, outage: 0.6, what: 'stateful set', identity: NS },
  kubernetes_stateful_set_v1: { class: 'compute', dataLoss: 0.2, outage: 0.6, what: 'stateful set', identity: NS },
  // Services: in-cluster names resolve again on recreation (a LoadBalancer one may get a new address).
  kubernetes_service: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'service', identity: NS },
  kubernetes_service_v1: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'service', identity: NS },
  kubernetes_endpoints: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'endpoints', identity: NS },
  kubernetes_endpoints_v1: { class: 'compute', dataLoss: 0, outage: 0.4, what: 'endpoints', identity: NS },
  // Batch work: a missed run or two, re-run from the spec.
  kubernetes_job: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'job', identity: NS },
  kubernetes_job_v1: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'job', identity: NS },
  kubernetes_cron_job: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'cron job', identity: NS },
  kubernetes_cron_job_v1: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'cron job', identity: NS },
  // Configuration: its content comes from the configuration; pods that mount it fail to start meanwhile.
  kubernetes_config_map: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'config map', identity: NS },
  kubernetes_config_map_v1: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'config map', identity: NS },
  kubernetes_config_map_v1_data: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'keys in an existing config map', identity: NS },
  kubernetes_storage_class: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'storage class (existing volumes keep theirs)', identity: CLUSTER },
  kubernetes_storage_class_v1: { class: 'compute', dataLoss: 0, outage: 0.3, what: 'storage class (existing volumes keep theirs)', identity: CLUSTER },
  kubernetes_mutating_webhook_configuration_v1: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'mutating admission webhook', identity: CLUSTER },
  kubernetes_validating_webhook_configuration_v1: { class: 'compute', dataLoss: 0, outage: 0.5, what: 'validating admission webhook', identity: CLUSTER },
  // Scaling and scheduling policy: workloads run on without it for a while.
  kubernetes_horizontal_pod_autoscaler: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'horizontal pod autoscaler', identity: NS },
  kubernetes_horizontal_pod_autoscaler_v2: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'horizontal pod autoscaler', identity: NS },
  kubernetes_pod_disruption_budget_v1: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'pod disruption budget', identity: NS },
  kubernetes_priority_class_v1: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'priority class', identity: CLUSTER },
  kubernetes_resource_quota: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'resource quota', identity: NS },
  kubernetes_resource_quota_v1: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'resource quota', identity: NS },
  kubernetes_limit_range: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'limit range', identity: NS },
  kubernetes_limit_range_v1: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'limit range', identity: NS },
  // Patches to objects Terraform does not own: removing them reverts a label or variable.
  kubernetes_labels: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'labels on an existing object' },
  kubernetes_annotations: { class: 'compute', dataLoss: 0, outage: 0.1, what: 'annotations on an existing object' },
  kubernetes_env: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'environment variables on an existing workload' },
  kubernetes_node_taint: { class: 'compute', dataLoss: 0, outage: 0.2, what: 'taints on an existing node' },
});
