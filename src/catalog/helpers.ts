// Helper providers (null, random, time, tls, local, archive, cloudinit, the built-in terraform_data) and the
// stand-in resources of Terraform's own test fixtures. The http and external providers offer data sources only.
import type { CatalogEntry } from './types.js';

/** A function, so that the table is built (and compiled) only when a helpers type is looked up. */
export const helpers = (): Readonly<Record<string, CatalogEntry>> => ({
  // Pure bookkeeping: nothing exists outside the state, so a replacement only re-runs triggers.
  null_resource: { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'null resource (triggers and provisioners)' },
  terraform_data: { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'built-in terraform_data (triggers and stored values)' },
  time_sleep: { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'delay between operations' },
  time_static: { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'timestamp stored in state' },
  time_offset: { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'timestamp offset stored in state' },
  // Rotation clocks: replacing one is what makes the credentials hanging off it rotate.
  time_rotating: { class: 'ephemeral', dataLoss: 0, outage: 0.1, what: 'rotation timestamp' },
  // Random values used as names: a new value renames what is built from it (its dependents show that).
  random_id: { class: 'ephemeral', dataLoss: 0, outage: 0.1, what: 'random identifier' },
  random_pet: { class: 'ephemeral', dataLoss: 0, outage: 0.1, what: 'random pet name' },
  random_integer: { class: 'ephemeral', dataLoss: 0, outage: 0.1, what: 'random integer' },
  random_uuid: { class: 'ephemeral', dataLoss: 0, outage: 0.1, what: 'random UUID' },
  random_shuffle: { class: 'ephemeral', dataLoss: 0, outage: 0.1, what: 'random permutation' },
  // Random values used as secrets: a new value rotates a credential that others hold.
  random_password: { class: 'ephemeral', dataLoss: 0, outage: 0.3, what: 'generated password', credential: true },
  random_string: { class: 'ephemeral', dataLoss: 0, outage: 0.3, what: 'random string (often a password)', credential: true },
  random_bytes: { class: 'ephemeral', dataLoss: 0, outage: 0.3, what: 'random bytes (often a key)', credential: true },
  // Key material and certificates generated in state: replacing them re-keys everything that trusts them.
  tls_private_key: { class: 'ephemeral', dataLoss: 0, outage: 0.3, what: 'generated private key', credential: true },
  tls_self_signed_cert: { class: 'ephemeral', dataLoss: 0, outage: 0.3, what: 'self-signed certificate', credential: true },
  tls_locally_signed_cert: { class: 'ephemeral', dataLoss: 0, outage: 0.3, what: 'locally signed certificate', credential: true },
  tls_cert_request: { class: 'ephemeral', dataLoss: 0, outage: 0.1, what: 'certificate signing request' },
  // Files on the machine running Terraform: rewritten from configuration on the next apply.
  local_file: { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'local file', identity: ['filename'] },
  local_sensitive_file: { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'local file with sensitive content', identity: ['filename'] },
  archive_file: { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'zip archive built locally', identity: ['output_path'] },
  cloudinit_config: { class: 'ephemeral', dataLoss: 0, outage: 0.05, what: 'rendered cloud-init document' },

  // Stand-ins from Terraform's own tests (test, tfcoremock, corner providers): modest weights, like plain compute.
  test_instance: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'test stand-in instance' },
  test_resource: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'test stand-in resource' },
  test_object: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'test stand-in object' },
  test_thing: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'test stand-in thing' },
  tfcoremock_simple_resource: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'tfcoremock simple resource' },
  tfcoremock_complex_resource: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'tfcoremock complex resource' },
  tfcoremock_list: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'tfcoremock list resource' },
  tfcoremock_map: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'tfcoremock map resource' },
  tfcoremock_set: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'tfcoremock set resource' },
  tfcoremock_object: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'tfcoremock object resource' },
  corner_user_identity: { class: 'compute', dataLoss: 0.1, outage: 0.2, what: 'corner-case test stand-in resource' },
});
