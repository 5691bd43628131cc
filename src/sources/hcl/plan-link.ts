import { destroysObject, type Change, type InputFinding, type Location, type PlanInput } from '../../model.js';
import { opaqueCallOf, resolveValue, type TerraformConfig } from './config.js';
import { counterparts, covers, declaredAt, droppedMoveList, subjectStake } from './moves.js';
import type { ConfigInput } from './read.js';

// The plan and the configuration side by side: where each planned resource is declared, what the PR's edits
// mean for the changes the plan makes, and whether the two describe the same configuration at all.

/**
 * Where a plan's configAddress is declared in the head: the resource block, or the call of the module from a
 * registry or a git URL that holds it (its content is not read). Undefined when the head does not declare it.
 */
export function locate(head: TerraformConfig, configAddress: string): Location | undefined {
  return head.resources.get(configAddress)?.location ?? opaqueCallOf(head, configAddress);
}

/** Sets `location` on every change of the plans that the head configuration declares. Mutates the changes. */
export function attachLocations(inputs: PlanInput[], config: ConfigInput): void {
  for (const input of inputs) {
    for (const change of input.changes) {
      const location = locate(config.head, change.configAddress);
      if (location) change.location = location;
    }
  }
}


function byConfigAddress(changes: Change[]): Map<string, Change[]> {
  const map = new Map<string, Change[]>();
  for (const c of changes) {
    const list = map.get(c.configAddress);
    if (list) list.push(c);
    else map.set(c.configAddress, [c]);
  }
  return map;
}

const instances = (list: Change[]) => (list.length === 1 ? (list[0] as Change).address : `${list.length} instances of ${(list[0] as Change).configAddress}`);

/** create_before_destroy the PR removed from resources this plan replaces destroy-before-create. */
function createBeforeDestroyRemoved(plan: PlanInput, config: ConfigInput): InputFinding[] {
  const before = counterparts(config.base, config.head);
  const findings: InputFinding[] = [];
  const replaced = byConfigAddress(plan.changes.filter((c) => c.action === 'replace' && c.replaceOrder !== 'create-before-destroy'));
  for (const [address, list] of replaced) {
    const was = before.get(address);
    const now = config.head.resources.get(address);
    if (!was || !now) continue;
    if (resolveValue(config.base, was.module, was.lifecycle.get('create_before_destroy')?.value)?.value !== true) continue;
    const attribute = now.lifecycle.get('create_before_destroy');
    if (resolveValue(config.head, now.module, attribute?.value)?.value === true) continue;
    findings.push({
      code: 'create-before-destroy-removed',
      stake: { kind: 'availability', type: now.type },
      address,
      location: attribute?.location ?? now.location,
      message:
        `${address}: create_before_destroy ${attribute ? `set to ${attribute.value.text}` : 'removed'} (base ${was.location.file}:${was.location.line}) ` +
        `and the plan replaces ${instances(list)} destroy-before-create: it is gone until the new one is up`,
    });
  }
  return findings;
}

/** A guard the PR removes from a resource this very plan destroys: the strongest signal there is. */
function guardRemovedAndDestroyed(plan: PlanInput, config: ConfigInput): InputFinding[] {
  const destroyed = byConfigAddress(plan.changes.filter(destroysObject));
  const findings: InputFinding[] = [];
  for (const f of config.findings ?? []) {
    if ((f.code !== 'prevent-destroy-removed' && f.code !== 'guard-disabled') || !f.address) continue;
    const list = destroyed.get(f.address);
    if (!list) continue;
    const guard = f.code === 'prevent-destroy-removed' ? 'removes its prevent_destroy' : 'switches off its guard';
    findings.push({
      code: f.code,
      stake: f.stake,
      ...(f.uncertain ? { uncertain: true } : {}),
      destroyedToo: true,
      address: f.address,
      ...(f.location ? { location: f.location } : {}),
      message: `the PR ${guard} and the plan ${list.some((c) => c.action === 'delete') ? 'destroys' : 'replaces'} ${instances(list)}: ${f.message}`,
    });
  }
  for (const move of droppedMoveList(config.base, config.head)) {
    const list = destroyed.get(move.fromConfig);
    if (!list) continue;
    const location = declaredAt(config.head, move.toConfig);
    findings.push({
      code: 'moved-block-removed',
      stake: subjectStake(config.head, move.toConfig),
      destroyedToo: true,
      address: move.fromConfig,
      ...(location ? { location } : {}),
      message: `the PR deletes the moved block from ${move.from} to ${move.to} and the plan destroys ${instances(list)} instead of moving it`,
    });
  }
  return findings;
}

const MAX_LISTED = 5;
function listed(addresses: string[]): string {
  const shown = addresses.slice(0, MAX_LISTED).join(', ');
  return addresses.length > MAX_LISTED ? `${shown} and ${addresses.length - MAX_LISTED} more` : shown;
}

/** The plan and the head configuration disagree: say so, never guess which one is right. */
function mismatch(plan: PlanInput, config: ConfigInput): InputFinding[] {
  const { head } = config;
  const unknown = (address: string) => [...head.opaque.keys()].some((p) => covers(p, address));
  // Only a resource outside count, for_each and repeated modules has exactly one instance, in every plan.
  const single = (address: string) => {
    const r = head.resources.get(address);
    return r !== undefined && !r.repeated && !head.modules.get(r.module)?.repeated;
  };
  const undeclared: string[] = [];
  const stillDeclared: string[] = [];
  for (const c of plan.changes) {
    if (unknown(c.configAddress)) continue;
    const declared = head.resources.has(c.configAddress);
    if (!declared && c.action !== 'delete' && c.action !== 'forget') undeclared.push(c.address);
    if (single(c.configAddress) && c.action === 'delete' && c.causes.includes('no-config')) stillDeclared.push(c.address);
  }
  const planned = new Set(plan.changes.map((c) => c.configAddress));
  const unplanned =
    plan.changes.length === 0
      ? []
      : [...head.resources.values()].filter((r) => r.mode === 'managed' && single(r.configAddress) && !planned.has(r.configAddress)).map((r) => r.configAddress);
  const parts = [
    undeclared.length > 0 ? `the plan has ${listed(undeclared)}, which the head configuration does not declare` : '',
    stillDeclared.length > 0 ? `the plan deletes ${listed(stillDeclared)} as removed from the configuration, but the head declares it` : '',
    unplanned.length > 0 ? `the head declares ${listed(unplanned)}, which the plan does not mention` : '',
  ].filter(Boolean);
  if (parts.length === 0) return [];
  return [
    {
      code: 'config-plan-mismatch',
      stake: { kind: 'code' },
      message: `the plan does not match the Terraform configuration of ${head.name} (made from another commit or directory, or with -target?): ${parts.join('; ')}. Findings that join the two may be wrong.`,
    },
  ];
}

/**
 * Findings that need both a plan and the configuration: create_before_destroy removed from what the plan replaces,
 * guards removed from what it destroys, and disagreement between the two. They belong to the plan's input.
 */
export function planConfigFindings(plan: PlanInput, config: ConfigInput): InputFinding[] {
  return [...mismatch(plan, config), ...createBeforeDestroyRemoved(plan, config), ...guardRemovedAndDestroyed(plan, config)];
}
