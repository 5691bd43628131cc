import { InputError } from '../../errors.js';
import type { Change, SourceRef } from '../../model.js';
import { actionShape, causesOf, replacePathStrings } from './actions.js';
import { stripIndexes } from './config.js';
import { cleanValues } from './values.js';
import { isRecord } from '../../util/record.js';

// One element of resource_changes, deferred_changes or resource_drift as a model Change.

type Json = Record<string, unknown>;


/** Terraform 1.0.0 wrote resource_drift entries without "address": rebuild it from its parts. */
function addressOf(rc: Json, type: string, name: string): string {
  const module = typeof rc['module_address'] === 'string' ? `${rc['module_address']}.` : '';
  const index = rc['index'];
  const key = typeof index === 'number' ? `[${index}]` : typeof index === 'string' ? `[${JSON.stringify(index)}]` : '';
  return `${module}${rc['mode'] === 'data' ? 'data.' : ''}${type}.${name}${key}`;
}

/** `where` names the element in errors. Unmarked copies of secrets are left to the caller (see secretRedactor). */
export function readChange(rc: unknown, where: string, source: SourceRef, deferred?: string): Change {
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
    before: cleanValues(change['before'], change['before_sensitive']),
    after: cleanValues(change['after'], change['after_sensitive'], change['after_unknown']),
    ...(shape.retention ? { retention: shape.retention } : {}),
    ...(previousAddress ? { previousAddress } : {}),
    ...(importing ? { importing } : {}),
    ...(deferred ? { deferred } : {}),
  };
}
