import { disabledBetween } from '../../catalog/guards.js';
import type { InputFinding, Stake } from '../../model.js';
import { resolveValue, type PlacedResource, type TerraformConfig } from './config.js';
import { counterparts, covers, followMoves, movesOf, removalsOf } from './moves.js';
import type { Attribute, Block, Literal } from './syntax.js';

// Protections switched off in the source: lifecycle { prevent_destroy } and the providers' own guards
// (deletion_protection, skip_final_snapshot, force_destroy, ...), as facts: what is at stake is weighed by analysis.

/** The base protected it with prevent_destroy = true; the head does not (or no longer declares it). */
export function preventDestroyRemoved(base: TerraformConfig, head: TerraformConfig): InputFinding[] {
  const moves = movesOf(head);
  const removals = removalsOf(head);
  const findings: InputFinding[] = [];
  for (const was of base.resources.values()) {
    if (resolveValue(base, was.module, was.lifecycle.get('prevent_destroy')?.value)?.value !== true) continue;
    const address = followMoves(moves, was.configAddress);
    const now = head.resources.get(address);
    const stake: Stake = { kind: 'protection', types: [was.type] };
    if (!now) {
      // A removed block says what happens to it (its own finding); in a module now fetched from elsewhere, nobody knows.
      if (removals.some((r) => covers(r.fromConfig, address) || covers(r.fromConfig, was.configAddress))) continue;
      if ([...head.opaque.keys()].some((p) => covers(p, address))) continue;
      findings.push({
        code: 'prevent-destroy-removed',
        stake,
        address: was.configAddress,
        message: `${was.configAddress} had lifecycle { prevent_destroy = true } (base ${was.location.file}:${was.location.line}) and its block is gone from the configuration: nothing stops Terraform from destroying it now`,
      });
      continue;
    }
    const attribute = now.lifecycle.get('prevent_destroy');
    const value = resolveValue(head, now.module, attribute?.value);
    if (value?.value === true) continue;
    const how = !attribute ? 'removed' : value ? `set to ${JSON.stringify(value.value)}` : `set to \`${attribute.value.text}\`, which Terraform does not accept`;
    findings.push({
      code: 'prevent-destroy-removed',
      stake,
      address,
      location: attribute?.location ?? now.location,
      message: `${address}: lifecycle { prevent_destroy = true } ${how}: nothing stops a later plan from destroying it`,
    });
  }
  return findings;
}

interface Setting {
  path: string;
  attribute: Attribute;
}

/** Every argument in a block and its nested blocks, by dotted path (`features.resource_group.prevent_...`). */
function settings(block: Block, prefix = ''): Setting[] {
  return [
    ...[...block.attributes.values()].map((attribute) => ({ path: `${prefix}${attribute.name}`, attribute })),
    ...block.blocks.filter((b) => b.type !== 'dynamic').flatMap((b) => settings(b, `${prefix}${b.type}.`)),
  ];
}

/**
 * What a boolean guard deleted from the source means: `off` when the provider's default is false (aws, azurerm:
 * deletion_protection, force_destroy, skip_final_snapshot all default to false), `uncertain` where defaults
 * differ by resource (google's deletion_protection is true on some), `ignore` for provider settings whose
 * defaults changed between provider versions. A deleted number or string guard keeps its (protecting) default.
 */
type WhenDeleted = 'off' | 'uncertain' | 'ignore';

interface Compared {
  address: string;
  base: { config: TerraformConfig; module: string; settings: Setting[] };
  head: { config: TerraformConfig; module: string; settings: Setting[] };
  stake: Stake;
  deleted: WhenDeleted;
  /** The resource type, for guards whose provider default differs by type. */
  type?: string;
}

const show = (v: unknown) => JSON.stringify(v);

/** Guards on (literally, or through variables and locals the configuration fixes) in the base and off in the head. */
function switchedOffBetween(c: Compared): InputFinding[] {
  const findings: InputFinding[] = [];
  const headByPath = new Map(c.head.settings.map((s) => [s.path, s]));
  for (const was of c.base.settings) {
    const name = was.path.split('.').at(-1) as string;
    const before = resolveValue(c.base.config, c.base.module, was.attribute.value);
    if (!before) continue;
    const now = headByPath.get(was.path);
    if (!now && (c.deleted === 'ignore' || typeof before.value !== 'boolean')) continue;
    // Absent or null is the provider's default, protective or not as the provider has it.
    const after = now ? resolveValue(c.head.config, c.head.module, now.attribute.value) : { value: null as Literal };
    if (after) {
      const removed = c.deleted === 'uncertain' ? "removed (the provider's default applies; for some of its resources it keeps the guard on)" : "removed (the provider's default, false, applies)";
      for (const guard of disabledBetween({ [name]: before.value }, { [name]: after.value }, c.type)) {
        findings.push({
          code: 'guard-disabled',
          stake: c.stake,
          ...(!now && c.deleted === 'uncertain' ? { uncertain: true } : {}),
          address: c.address,
          ...(now ? { location: now.attribute.location } : {}),
          message: `${c.address}: ${was.path} ${show(before.value)} → ${now ? show(after.value) : removed} (${guard.meaning})`,
        });
      }
    } else if (now && disabledBetween({ [name]: before.value }, { [name]: false }, c.type).length > 0) {
      findings.push({
        code: 'guard-disabled',
        stake: c.stake,
        uncertain: true,
        address: c.address,
        location: now.attribute.location,
        message: `${c.address}: ${was.path} ${show(before.value)} → \`${now.attribute.value.text}\`, which only Terraform can evaluate: it may switch the guard off`,
      });
    }
  }
  // A guard the base left to a protective provider default, set in the head to a value that switches it off.
  const basePaths = new Set(c.base.settings.map((s) => s.path));
  for (const now of c.head.settings) {
    if (basePaths.has(now.path)) continue;
    const name = now.path.split('.').at(-1) as string;
    const after = resolveValue(c.head.config, c.head.module, now.attribute.value);
    if (!after) continue;
    for (const guard of disabledBetween({}, { [name]: after.value }, c.type)) {
      findings.push({
        code: 'guard-disabled',
        stake: c.stake,
        address: c.address,
        location: now.attribute.location,
        message: `${c.address}: ${now.path} (the provider's default, ${show(guard.from)}) → ${show(after.value)} (${guard.meaning})`,
      });
    }
  }
  return findings;
}

function resourceSide(config: TerraformConfig, r: PlacedResource) {
  return { config, module: r.module, settings: [...r.attributes.values()].map((attribute) => ({ path: attribute.name, attribute })) };
}

/** deletion_protection, skip_final_snapshot, force_destroy, ... on resources; provider-wide guards such as azurerm's prevent_deletion_if_contains_resources. */
export function guardsSwitchedOff(base: TerraformConfig, head: TerraformConfig): InputFinding[] {
  const findings: InputFinding[] = [];
  const before = counterparts(base, head);
  for (const now of head.resources.values()) {
    const was = before.get(now.configAddress);
    if (!was || now.mode !== 'managed') continue;
    findings.push(
      ...switchedOffBetween({
        address: now.configAddress,
        base: resourceSide(base, was),
        head: resourceSide(head, now),
        stake: { kind: 'protection', types: [now.type] },
        deleted: now.type.startsWith('google') ? 'uncertain' : 'off',
        type: now.type,
      }),
    );
  }
  for (const [path, node] of head.modules) {
    for (const provider of node.config.providers) {
      const was = base.modules.get(path)?.config.providers.find((p) => p.name === provider.name && p.alias === provider.alias);
      if (!was) continue;
      const address = `${path ? `${path}.` : ''}provider.${provider.name}${provider.alias ? `.${provider.alias}` : ''}`;
      findings.push(
        ...switchedOffBetween({
          address,
          base: { config: base, module: path, settings: settings(was.block) },
          head: { config: head, module: path, settings: settings(provider.block) },
          stake: { kind: 'provider' },
          deleted: 'ignore',
        }),
      );
    }
  }
  return findings;
}
