import type { InputFinding, Location, Stake } from '../../model.js';
import { formatAddress, parseAddress, within } from '../../util/terraform-address.js';
import { resolveValue, type PlacedResource, type TerraformConfig } from './config.js';

// moved and removed blocks: which objects a configuration renames, destroys or forgets, and what the PR
// changed about them. Addresses here are absolute (module-qualified) and, unless said, without instance keys.

export interface Move {
  /** As written, made absolute: keeps instance keys, for identity and messages. */
  from: string;
  to: string;
  /** Without instance keys, for matching configuration addresses. */
  fromConfig: string;
  toConfig: string;
  location: Location;
}

export interface Removal {
  from: string;
  fromConfig: string;
  /** destroy = false: forget; absent or true: destroy; anything else Terraform would refuse, so destroy. */
  forget: boolean;
  destroyText?: string;
  location: Location;
}

function withoutKeys(address: string): string {
  const parsed = parseAddress(address);
  return parsed ? formatAddress(parsed, false) : address;
}

export function movesOf(config: TerraformConfig): Move[] {
  return [...config.modules.values()].flatMap((node) =>
    node.config.moved.map((m) => {
      const from = within(node.path, m.from);
      const to = within(node.path, m.to);
      return { from, to, fromConfig: withoutKeys(from), toConfig: withoutKeys(to), location: m.location };
    }),
  );
}

export function removalsOf(config: TerraformConfig): Removal[] {
  return [...config.modules.values()].flatMap((node) =>
    node.config.removed.map((r) => {
      const from = within(node.path, r.from);
      const forget = r.destroy?.literal === true && r.destroy.value === false;
      return { from, fromConfig: withoutKeys(from), forget, ...(r.destroy ? { destroyText: r.destroy.text } : {}), location: r.location };
    }),
  );
}

/** Whether `address` is `target` or lies inside it (a module address covers everything in the module). */
export function covers(target: string, address: string): boolean {
  return address === target || address.startsWith(`${target}.`);
}

/** The address and the modules it lies in, innermost first: `module.a.module.b.x.y`, `module.a.module.b`, `module.a`. */
function enclosing(address: string): string[] {
  const out = [address];
  const parts = address.split('.');
  for (let end = parts.length - 2; end >= 2; end -= 2) {
    if (parts[end - 2] === 'module') out.push(parts.slice(0, end).join('.'));
  }
  return out;
}

const indexes = new WeakMap<Move[], Map<string, Move>>();

/** Where an address of the base configuration lives in the head one, following moved blocks (and chains of them). */
export function followMoves(moves: Move[], address: string): string {
  let index = indexes.get(moves);
  if (!index) indexes.set(moves, (index = new Map(moves.filter((m) => m.fromConfig !== m.toConfig).map((m) => [m.fromConfig, m]))));
  let current = address;
  for (let hop = 0; hop < 16; hop++) {
    const move = enclosing(current)
      .map((a) => index.get(a))
      .find(Boolean);
    if (!move) break;
    current = move.toConfig + current.slice(move.fromConfig.length);
  }
  return current;
}

const memo = new WeakMap<TerraformConfig, WeakMap<TerraformConfig, Map<string, PlacedResource>>>();

/** Base resources by the head address they live at: the counterpart of each head resource, if it had one. */
export function counterparts(base: TerraformConfig, head: TerraformConfig): Map<string, PlacedResource> {
  let byHead = memo.get(base);
  if (!byHead) memo.set(base, (byHead = new WeakMap()));
  let map = byHead.get(head);
  if (!map) {
    const moves = movesOf(head);
    map = new Map();
    for (const resource of base.resources.values()) map.set(followMoves(moves, resource.configAddress), resource);
    byHead.set(head, map);
  }
  return map;
}

/** Declared in this configuration: a resource, a module, or something inside a module whose content is unknown. */
export function declares(config: TerraformConfig, address: string): boolean {
  return config.resources.has(address) || config.modules.has(address) || [...config.opaque.keys()].some((p) => covers(p, address));
}

/** Where an address is declared in a configuration: the resource block, or the module call. */
export function declaredAt(config: TerraformConfig, address: string): Location | undefined {
  return config.resources.get(address)?.location ?? config.modules.get(address)?.call?.location ?? config.opaque.get(address)?.location;
}

/** What losing a resource or a module puts at stake, as far as the configuration tells: the types it holds. */
export function subjectStake(config: TerraformConfig, address: string): Stake {
  const resource = config.resources.get(address);
  if (resource) return { kind: 'protection', types: [resource.type] };
  const parsed = parseAddress(address);
  if (parsed?.resource) return { kind: 'protection', types: [parsed.resource.type] };
  const unknown = [...config.opaque.keys()].some((p) => covers(address, p) || covers(p, address));
  const inside = [...config.resources.values()].filter((r) => covers(address, r.configAddress)).map((r) => r.type);
  return { kind: 'protection', types: inside, ...(unknown ? { contentsUnknown: true } : {}) };
}

const where = (l: Location) => `${l.file}:${l.line}`;

/** moved blocks of the base that the head dropped while their target is still declared. */
export function droppedMoveList(base: TerraformConfig, head: TerraformConfig): Move[] {
  const kept = new Set(movesOf(head).map((m) => `${m.from}->${m.to}`));
  return movesOf(base).filter((m) => !kept.has(`${m.from}->${m.to}`) && declares(head, m.toConfig) && !declares(head, m.fromConfig));
}

export function droppedMoves(base: TerraformConfig, head: TerraformConfig): InputFinding[] {
  return droppedMoveList(base, head).map((m) => {
    const location = declaredAt(head, m.toConfig);
    return {
      code: 'moved-block-removed',
      stake: subjectStake(head, m.toConfig),
      address: m.toConfig,
      ...(location ? { location } : {}),
      message:
        `the moved block from ${m.from} to ${m.to} (base ${where(m.location)}) is deleted while ${m.toConfig} is still declared: ` +
        `any state that still holds ${m.from} (a workspace or environment that has not applied the move) now plans to destroy it and create ${m.to} afresh`,
    };
  });
}

/** removed blocks the PR adds (or turns from forget into destroy). */
export function addedRemovals(base: TerraformConfig, head: TerraformConfig): InputFinding[] {
  const before = new Map(removalsOf(base).map((r) => [r.from, r]));
  return removalsOf(head)
    .filter((r) => before.get(r.from)?.forget !== r.forget)
    .map((r): InputFinding => {
      if (r.forget) {
        return {
          code: 'removed-block-forget',
          stake: { kind: 'code' },
          address: r.fromConfig,
          location: r.location,
          message: `removed block for ${r.from} with destroy = false: Terraform forgets it and leaves the real object in place (harmless; it is no longer managed here)`,
        };
      }
      const guarded = [...base.resources.values()].filter(
        (b) => covers(r.fromConfig, b.configAddress) && resolveValue(base, b.module, b.lifecycle.get('prevent_destroy')?.value)?.value === true,
      );
      const how = r.destroyText === undefined ? 'without lifecycle { destroy = false }' : `with destroy = ${r.destroyText}`;
      return {
        code: 'removed-block-destroy',
        stake: subjectStake(base, r.fromConfig),
        address: r.fromConfig,
        location: r.location,
        message:
          `removed block for ${r.from} ${how}: Terraform destroys the real object` +
          (guarded.length > 0 ? ` (the base protected ${guarded.map((g) => g.configAddress).join(', ')} with prevent_destroy = true)` : '') +
          '; destroy = false would keep it and only forget it',
      };
    });
}
