import { lookup } from '../../catalog/index.js';
import type { Change, FindingCode, PlanInput, InputFinding } from '../../model.js';
import { isRecord } from '../../util/record.js';

// A construct renamed or moved in a CDK app gets a new logical ID: CloudFormation creates a new resource and
// deletes the old one. Terraform renames are found by identifying attributes (analysis/renames.ts); here the
// tell is a removed and an added resource of one type whose properties are the same, references aside: a
// reference may differ where what it points at was renamed too (removed and added), or between stacks.

const LOGICAL_ID_RENAME: FindingCode = 'logical-id-rename';

/** Says whether a logical ID of the resource's own stack was added or removed: only those references may differ. */
type Churned = (id: string) => boolean;

const reference = (id: string, churned: Churned) => (churned(id) ? '(renamed)' : id);

/** A property value with each reference that may differ (Ref, Fn::GetAtt, ${…} in Fn::Sub) blanked out. */
function comparable(value: unknown, churned: Churned): unknown {
  if (Array.isArray(value)) return value.map((v) => comparable(v, churned));
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const [key] = keys;
  if (keys.length === 1 && key === 'Ref' && typeof value['Ref'] === 'string') return { Ref: reference(value['Ref'], churned) };
  if (keys.length === 1 && key === 'Fn::GetAtt') {
    const [id, ...attribute] = typeof value[key] === 'string' ? value[key].split('.') : Array.isArray(value[key]) ? value[key] : [];
    return { 'Fn::GetAtt': [typeof id === 'string' ? reference(id, churned) : id, ...attribute] };
  }
  if (keys.length === 1 && key === 'Fn::Sub') {
    const sub = value[key];
    const blank = (text: unknown) =>
      typeof text === 'string' ? text.replace(/\$\{([^}!.][^}.]*)([^}]*)\}/g, (_m, id: string, rest: string) => `\${${reference(id, churned)}${rest}}`) : text;
    return { 'Fn::Sub': Array.isArray(sub) ? [blank(sub[0]), comparable(sub[1], churned)] : blank(sub) };
  }
  return Object.fromEntries(keys.sort().map((k) => [k, comparable(value[k], churned)]));
}

const stackOf = (c: Change) => c.address.slice(0, c.address.length - c.name.length - 1);

function fingerprint(c: Change, side: 'before' | 'after', churned: Churned): string {
  return `${c.type}\n${JSON.stringify(comparable(c[side] ?? {}, churned))}`;
}

/** Routine logical-ID churn (Lambda versions, API deployments) recreates nothing anyone misses. */
function matters(type: string): boolean {
  const { entry } = lookup(type);
  return entry.dataLoss > 0 || entry.outage > 0.3;
}

/** Segments two construct paths share from the start and from the end: the closer, the likelier the pair. */
function closeness(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  while (n < Math.min(x.length, y.length) && x[n] === y[n]) n++;
  let m = 0;
  while (m < Math.min(x.length, y.length) - n && x[x.length - 1 - m] === y[y.length - 1 - m]) m++;
  return n + m;
}

interface LogicalIdRename {
  from: Change;
  to: Change;
}

/** Pairs removed and added resources one to one: within a stack first, then across stacks (a construct moved). */
function findLogicalIdRenames(inputs: readonly PlanInput[]): LogicalIdRename[] {
  const all = inputs.flatMap((i) => i.changes);
  const moved = new Set(all.filter((c) => c.action === 'create' || c.action === 'delete' || c.action === 'orphan').map((c) => c.address));
  const inStack = (c: Change): Churned => (id) => moved.has(`${stackOf(c)}/${id}`);
  const anywhere: Churned = () => true;
  const added = all.filter((c) => c.action === 'create' && matters(c.type));
  const taken = new Set<Change>();
  const renames: LogicalIdRename[] = [];
  for (const removed of all.filter((c) => (c.action === 'delete' || c.action === 'orphan') && matters(c.type))) {
    const free = added.filter((c) => !taken.has(c));
    const here = fingerprint(removed, 'before', inStack(removed));
    const elsewhere = fingerprint(removed, 'before', anywhere);
    const best =
      free
        .filter((c) => stackOf(c) === stackOf(removed) && fingerprint(c, 'after', inStack(c)) === here)
        .sort((a, b) => closeness(b.constructPath, removed.constructPath) - closeness(a.constructPath, removed.constructPath))[0] ??
      free.find((c) => stackOf(c) !== stackOf(removed) && fingerprint(c, 'after', anywhere) === elsewhere);
    if (!best) continue;
    taken.add(best);
    renames.push({ from: removed, to: best });
  }
  return renames;
}

function fix(rename: LogicalIdRename): string {
  const { from, to } = rename;
  const what =
    from.action === 'orphan'
      ? `Its DeletionPolicy keeps the old ${from.type} (it leaves the stack), but the stack now uses a new, empty one`
      : `CloudFormation creates a new ${from.type} and deletes the old one with everything in it`;
  const remedy =
    stackOf(from) === stackOf(to)
      ? `keep the old logical ID with \`(construct.node.defaultChild as CfnResource).overrideLogicalId('${from.name}')\`, or move the resource with \`cdk refactor\``
      : 'move the resource between the stacks with `cdk refactor`';
  return `${from.address} looks renamed to ${to.address}${to.constructPath ? ` (${to.constructPath})` : ''}: same type, same properties. ${what}. Fix: ${remedy}.`;
}

/** Marks each rename's removal with its cause and gives its input a finding with the fix. */
export function withLogicalIdRenames(inputs: readonly PlanInput[]): PlanInput[] {
  const renames = new Map(findLogicalIdRenames(inputs).map((r) => [r.from, r]));
  if (renames.size === 0) return [...inputs];
  return inputs.map((input) => {
    const found: InputFinding[] = [];
    const changes = input.changes.map((c) => {
      const rename = renames.get(c);
      if (!rename) return c;
      found.push({ code: LOGICAL_ID_RENAME, stake: { kind: 'code' }, address: c.address, message: fix(rename) });
      return { ...c, causes: ['logical-id-change' as const] };
    });
    return found.length === 0 ? input : { ...input, changes, findings: [...(input.findings ?? []), ...found] };
  });
}
