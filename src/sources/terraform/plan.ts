import { InputError } from '../../errors.js';
import type { Change, EnvironmentSignal, PlanInput, SourceRef } from '../../model.js';
import { actionShape, causesOf, replacePathStrings } from './actions.js';
import { readConfiguration, stripIndexes } from './config.js';
import { cleanValues, collectSensitive } from './values.js';

// Reads `terraform show -json` / `tofu show -json` output, format_version 0.1 to 1.x.
// Fields that later formats added (action_reason, replace_paths, previous_address, importing, deferred_changes)
// are optional here; nothing else is assumed.

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const SUPPORTED_MAJOR = 1;

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

/** Terraform 1.0.0 wrote resource_drift entries without "address": rebuild it from its parts. */
function addressOf(rc: Json, type: string, name: string): string {
  const module = typeof rc['module_address'] === 'string' ? `${rc['module_address']}.` : '';
  const index = rc['index'];
  const key = typeof index === 'number' ? `[${index}]` : typeof index === 'string' ? `[${JSON.stringify(index)}]` : '';
  return `${module}${rc['mode'] === 'data' ? 'data.' : ''}${type}.${name}${key}`;
}

function readChange(rc: unknown, where: string, source: SourceRef, secrets: ReadonlySet<string>, deferred?: string): Change {
  if (!isRecord(rc)) throw new InputError(source.path, `${where} is not an object`);
  const { type, name } = rc;
  if (typeof type !== 'string' || typeof name !== 'string') {
    throw new InputError(source.path, `${where} lacks a string type or name`);
  }
  const address = typeof rc['address'] === 'string' ? rc['address'] : addressOf(rc, type, name);
  const change = rc['change'];
  if (!isRecord(change)) throw new InputError(source.path, `${address}: no "change" object`);
  const shape = actionShape(change['actions']);
  if (!shape) {
    throw new InputError(source.path, `${address}: unknown action ${JSON.stringify(change['actions'])}`);
  }
  const mode = rc['mode'] === 'data' ? 'data' : 'managed';
  const moduleAddress = typeof rc['module_address'] === 'string' ? stripIndexes(rc['module_address']) : '';
  const configAddress = `${moduleAddress ? `${moduleAddress}.` : ''}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  const replacePaths = replacePathStrings(change['replace_paths']);
  const importing = isRecord(change['importing']);
  const previousAddress =
    typeof rc['previous_address'] === 'string' && rc['previous_address'] !== address ? rc['previous_address'] : undefined;

  // A moved or imported resource with nothing else to do is a move or an import, not a no-op.
  let action = shape.action;
  if (importing && (action === 'no-op' || action === 'update')) action = 'import';
  else if (previousAddress && action === 'no-op') action = 'move';

  const index = rc['index'];
  return {
    address,
    configAddress,
    type,
    provider: typeof rc['provider_name'] === 'string' ? rc['provider_name'] : '',
    mode,
    module: moduleAddress,
    name,
    ...(typeof index === 'string' || typeof index === 'number' ? { index } : {}),
    source,
    action,
    ...(shape.replaceOrder ? { replaceOrder: shape.replaceOrder } : {}),
    causes: causesOf(rc['action_reason'], replacePaths, action),
    replacePaths,
    before: cleanValues(change['before'], change['before_sensitive'], undefined, secrets),
    after: cleanValues(change['after'], change['after_sensitive'], change['after_unknown'], secrets),
    ...(shape.retention ? { retention: shape.retention } : {}),
    ...(previousAddress ? { previousAddress } : {}),
    ...(importing ? { importing } : {}),
    ...(deferred ? { deferred } : {}),
  };
}

function readList(doc: Json, key: string, source: SourceRef): unknown[] {
  const list = doc[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new InputError(source.path, `"${key}" is not an array`);
  return list;
}

/** Every value the plan marks sensitive somewhere: attributes of any change, and sensitive root variables. */
function sensitiveValues(doc: Json, changes: unknown[], sensitiveVariables: Set<string>): Set<string> {
  const secrets = new Set<string>();
  for (const rc of changes) {
    const change = isRecord(rc) ? rc['change'] : undefined;
    if (!isRecord(change)) continue;
    collectSensitive(change['before'], change['before_sensitive'], secrets);
    collectSensitive(change['after'], change['after_sensitive'], secrets);
  }
  const variables = doc['variables'];
  if (isRecord(variables)) {
    for (const name of sensitiveVariables) {
      const v = variables[name];
      collectSensitive(isRecord(v) ? v['value'] : undefined, true, secrets);
    }
  }
  return secrets;
}

/** Turns a parsed plan document into the normalized model. Pure: the caller reads the file. */
export function readTerraformPlan(doc: unknown, source: SourceRef): PlanInput {
  if (!isRecord(doc) || !looksLikeTerraformPlan(doc)) {
    throw new InputError(source.path, 'not a Terraform plan (expected the output of `terraform show -json PLANFILE`)');
  }
  const formatVersion = typeof doc['format_version'] === 'string' ? doc['format_version'] : undefined;
  if (formatVersion !== undefined) {
    const major = Number(formatVersion.split('.')[0]);
    if (!Number.isInteger(major) || major > SUPPORTED_MAJOR) {
      throw new InputError(source.path, `unsupported plan format_version "${formatVersion}" (supported: 0.1 to 1.x)`);
    }
  }

  const resourceChanges = readList(doc, 'resource_changes', source);
  const deferred = readList(doc, 'deferred_changes', source).map((d, i) => {
    if (!isRecord(d)) throw new InputError(source.path, `deferred_changes[${i}] is not an object`);
    return { rc: d['resource_change'], reason: typeof d['reason'] === 'string' ? d['reason'] : 'unknown' };
  });
  const driftChanges = readList(doc, 'resource_drift', source);
  const config = readConfiguration(doc['configuration'], doc['prior_state']);
  const secrets = sensitiveValues(doc, [...resourceChanges, ...deferred.map((d) => d.rc), ...driftChanges], config.sensitiveVariables);

  const changes = resourceChanges.map((rc, i) => readChange(rc, `resource_changes[${i}]`, source, secrets));
  deferred.forEach(({ rc, reason }, i) => {
    changes.push(readChange(rc, `deferred_changes[${i}].resource_change`, source, secrets, reason));
  });
  const drift = driftChanges.map((rc, i) => readChange(rc, `resource_drift[${i}]`, source, secrets));
  const signals: EnvironmentSignal[] = [];
  const variables = doc['variables'];
  if (isRecord(variables)) {
    for (const [key, v] of Object.entries(variables)) {
      // A sensitive variable's value is in the plan JSON in plain text: it never leaves the reader.
      if (config.sensitiveVariables.has(key) || !isRecord(v) || typeof v['value'] !== 'string' || secrets.has(v['value'])) continue;
      signals.push({ kind: 'variable', key, value: v['value'] });
    }
  }

  return {
    source,
    ...(formatVersion !== undefined ? { formatVersion } : {}),
    ...(typeof doc['terraform_version'] === 'string' ? { toolVersion: doc['terraform_version'] } : {}),
    changes,
    drift,
    references: config.references,
    signals,
  };
}
