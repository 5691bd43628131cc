import type { EnvironmentSignal } from '../../model.js';
import { isRecord } from '../../util/record.js';
import type { Template } from './template.js';

// What a stack says about its environment: its names (PaymentsProd, Prod/Service), the account and region it
// deploys to, and its tags. The core weighs them; this only collects.

export interface StackIdentity {
  stackName: string;
  displayName?: string;
  account?: string;
  region?: string;
  tags?: Record<string, string>;
}

/** Tags of a resource: CloudFormation's [{Key, Value}] list, or the map some types (SSM, SAM) use. */
function resourceTags(tags: unknown): [string, string][] {
  if (Array.isArray(tags)) {
    return tags
      .filter(isRecord)
      .map((t) => [t['Key'], t['Value']])
      .filter((kv): kv is [string, string] => typeof kv[0] === 'string' && typeof kv[1] === 'string');
  }
  return isRecord(tags) ? Object.entries(tags).filter((kv): kv is [string, string] => typeof kv[1] === 'string') : [];
}

export function stackSignals(stack: StackIdentity, templates: readonly Template[]): EnvironmentSignal[] {
  const signals: EnvironmentSignal[] = [{ kind: 'stack', key: 'stackName', value: stack.stackName }];
  if (stack.displayName && stack.displayName !== stack.stackName) signals.push({ kind: 'stack', key: 'displayName', value: stack.displayName });
  if (stack.account) signals.push({ kind: 'stack', key: 'account', value: stack.account });
  if (stack.region) signals.push({ kind: 'stack', key: 'region', value: stack.region });

  // Stack tags propagate to every resource: each distinct tag once, keyed `${stack} ${tag key}` like the core's
  // `${address} ${tag key}`.
  const seen = new Set<string>();
  const tag = (key: string, value: string) => {
    if (seen.has(`${key}\n${value}`)) return;
    seen.add(`${key}\n${value}`);
    signals.push({ kind: 'tag', key: `${stack.stackName} ${key}`, value });
  };
  for (const [key, value] of Object.entries(stack.tags ?? {})) tag(key, value);
  for (const template of templates) {
    for (const r of Object.values(template.Resources)) {
      if (isRecord(r) && isRecord(r['Properties'])) for (const [key, value] of resourceTags(r['Properties']['Tags'])) tag(key, value);
    }
  }
  return signals;
}
