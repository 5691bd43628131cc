// Virtual machines whose own disks hold data. A VM is rebuilt from its image, but a big root disk, or a data disk
// destroyed with the machine, takes data with it: such a VM weighs as a data store. Read from the VM's attributes
// as they were (a delete's `before`).
import type { CatalogEntry } from './types.js';

/** A root or boot disk at least this big holds more than an operating system. */
export const PERSISTENT_ROOT_GB = 100;

type Values = Record<string, unknown>;

const first = (v: unknown): Values | undefined => {
  const item = Array.isArray(v) ? (v[0] as unknown) : v;
  return typeof item === 'object' && item !== null ? (item as Values) : undefined;
};
const list = (v: unknown): Values[] => (Array.isArray(v) ? v.filter((x): x is Values => typeof x === 'object' && x !== null) : []);
const size = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** What of the VM's disks goes with it, said for people; undefined when nothing does. */
const DISKS: Record<string, (values: Values) => string | undefined> = {
  aws_instance: (v) => {
    const root = first(v['root_block_device']);
    const attached = list(v['ebs_block_device']).filter((d) => d['delete_on_termination'] !== false);
    if (attached.length > 0) return `${attached.length} EBS volume${attached.length === 1 ? '' : 's'} deleted on termination`;
    if (root && root['delete_on_termination'] !== false && size(root['volume_size']) >= PERSISTENT_ROOT_GB) return `a ${size(root['volume_size'])} GB root volume`;
    return undefined;
  },
  google_compute_instance: (v) => {
    if (list(v['attached_disk']).length > 0) return 'attached persistent disks';
    const boot = first(v['boot_disk']);
    const gb = size(first(boot?.['initialize_params'])?.['size']);
    return boot && boot['auto_delete'] !== false && gb >= PERSISTENT_ROOT_GB ? `a ${gb} GB boot disk deleted with it` : undefined;
  },
  azurerm_linux_virtual_machine: (v) => azureOsDisk(first(v['os_disk'])),
  azurerm_windows_virtual_machine: (v) => azureOsDisk(first(v['os_disk'])),
  azurerm_virtual_machine: (v) => {
    if (v['delete_data_disks_on_termination'] === true && list(v['storage_data_disk']).length > 0) return 'data disks deleted on termination';
    const os = first(v['storage_os_disk']);
    return v['delete_os_disk_on_termination'] === true && size(os?.['disk_size_gb']) >= PERSISTENT_ROOT_GB ? `a ${size(os?.['disk_size_gb'])} GB OS disk` : undefined;
  },
};

function azureOsDisk(os: Values | undefined): string | undefined {
  return size(os?.['disk_size_gb']) >= PERSISTENT_ROOT_GB ? `a ${size(os?.['disk_size_gb'])} GB OS disk` : undefined;
}

/** An RDS instance in a cluster holds none of the data (the cluster's storage does): it weighs as a cluster instance. */
const CLUSTER_INSTANCE: CatalogEntry = { class: 'data', dataLoss: 0.5, outage: 0.7, what: 'instance in an Aurora/RDS cluster (the data is the cluster\'s)' };

/**
 * The entry a resource weighs as, given its attributes: a VM whose own disks hold data as a data store, a
 * CloudFormation DBInstance in a cluster as a cluster instance; otherwise `entry`.
 */
export function withDisks(type: string, values: Values | null, entry: CatalogEntry): CatalogEntry {
  if (type === 'AWS::RDS::DBInstance' && values && values['DBClusterIdentifier'] !== undefined && values['DBClusterIdentifier'] !== null) {
    return { ...CLUSTER_INSTANCE, ...(entry.identity ? { identity: entry.identity } : {}) };
  }
  const disks = values ? DISKS[type]?.(values) : undefined;
  if (!disks) return entry;
  return { ...entry, class: 'data', dataLoss: Math.max(entry.dataLoss, 0.8), what: `${entry.what} with ${disks}` };
}
