import { InputError } from '../../errors.js';
import type { PlanInput, SourceRef } from '../../model.js';
import { PlanAssembly } from './assemble.js';
import { priorStateResources } from './config.js';
import { isRecord } from '../../util/record.js';

// Reads `terraform show -json` / `tofu show -json` output, format_version 0.1 to 1.x.
// Fields that later formats added (action_reason, replace_paths, previous_address, importing, deferred_changes)
// are optional here; nothing else is assumed. Big plans are read by stream.ts, which feeds the same assembly.



/** True when the document has the shape of a plan (format_version may be missing in hand-trimmed plans). */
export function looksLikeTerraformPlan(doc: unknown): boolean {
  if (!isRecord(doc)) return false;
  return (
    Array.isArray(doc['resource_changes']) ||
    isRecord(doc['planned_values']) ||
    Array.isArray(doc['resource_drift']) ||
    (typeof doc['format_version'] === 'string' && isRecord(doc['configuration']))
  );
}

/** Turns a parsed plan document into the normalized model. Pure: the caller reads the file. */
export function readTerraformPlan(doc: unknown, source: SourceRef): PlanInput {
  if (!isRecord(doc) || !looksLikeTerraformPlan(doc)) {
    throw new InputError(source.path, 'not a Terraform plan (expected the output of `terraform show -json PLANFILE`)');
  }
  const plan = new PlanAssembly(source);
  plan.header(doc['format_version'], doc['terraform_version']);
  plan.list('resource_changes', doc['resource_changes']).forEach((rc, i) => plan.addResourceChange(rc, i));
  plan.list('deferred_changes', doc['deferred_changes']).forEach((d, i) => plan.addDeferredChange(d, i));
  plan.list('resource_drift', doc['resource_drift']).forEach((rc, i) => plan.addDrift(rc, i));
  plan.setVariables(doc['variables']);
  plan.setConfiguration(doc['configuration']);
  for (const resource of priorStateResources(doc['prior_state'])) plan.addStateResource(resource);
  return plan.finish();
}
