import { InputError } from '../../errors.js';
import type { PlanInput, SourceRef } from '../../model.js';
import { PlanAssembly, type PlanList } from './assemble.js';
import { ElementReader } from './element.js';
import { looksLikeTerraformPlan } from './plan.js';
import type { JsonCursor } from './scan.js';

// Reads a plan from a JsonCursor one part at a time, in bounded memory: each element of resource_changes,
// deferred_changes and resource_drift, the variables and the configuration go to JSON.parse on their own;
// prior state gives only each resource's address and depends_on; planned_values and the rest are skipped.
//
// Elements of resource_changes are read by element.ts, which keeps most of them from being built at all.

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const QUOTE = 0x22;

const key = (name: string): Buffer => Buffer.from(name);
const VALUES = key('values');
const ROOT_MODULE = key('root_module');
const RESOURCES = key('resources');
const CHILD_MODULES = key('child_modules');
const ADDRESS = key('address');
const DEPENDS_ON = key('depends_on');

type Span = [from: number, to: number];

/** Skips a value and gives a stand-in of the same JSON kind, which is all the format checks look at. */
function standIn(cursor: JsonCursor): unknown {
  const first = cursor.peek();
  cursor.skipValue();
  if (first === OPEN_OBJECT) return {};
  if (first === OPEN_ARRAY) return [];
  if (first === QUOTE) return '';
  return first === 0x6e ? null : first === 0x74 || first === 0x66 ? first === 0x74 : 0;
}

function parse(cursor: JsonCursor): unknown {
  return JSON.parse(cursor.capture()) as unknown;
}

/** Walks an object's members, calling the handler of each key it has one for and skipping the others. */
function members(cursor: JsonCursor, handlers: [Buffer, () => void][]): void {
  if (cursor.peek() !== OPEN_OBJECT) {
    cursor.skipValue();
    return;
  }
  const names = handlers.map(([name]) => name);
  cursor.pick(names, (n) => handlers[n]?.[1]());
}

/** A prior-state resource as { address, depends_on }, or undefined without them: its values are skipped. */
function readStateResource(cursor: JsonCursor): unknown {
  if (cursor.peek() !== OPEN_OBJECT) {
    cursor.skipValue();
    return undefined;
  }
  cursor.pin(cursor.offset);
  let address: Span | undefined;
  let dependsOn: Span | undefined;
  members(cursor, [
    [ADDRESS, () => (address = cursor.span())],
    [DEPENDS_ON, () => (dependsOn = cursor.span())],
  ]);
  const resource =
    address && dependsOn
      ? { address: JSON.parse(cursor.text(address[0], address[1])) as unknown, depends_on: JSON.parse(cursor.text(dependsOn[0], dependsOn[1])) as unknown }
      : undefined;
  cursor.unpin();
  return resource;
}

/**
 * A state module's resources and its children's, to `sink` in file order. Terraform writes a module's resources
 * before its child modules, so that is priorStateResources' order; another order changes only the order of the
 * references map, not its content.
 */
function readStateModule(cursor: JsonCursor, sink: (resource: unknown) => void): void {
  members(cursor, [
    [RESOURCES, () => each(cursor, () => sink(readStateResource(cursor)))],
    [CHILD_MODULES, () => each(cursor, () => readStateModule(cursor, sink))],
  ]);
}

/** Calls `read` with the cursor at each element of an array; anything but an array is skipped. */
function each(cursor: JsonCursor, read: () => void): void {
  if (cursor.peek() !== OPEN_ARRAY) cursor.skipValue();
  else cursor.array(read);
}

/** Streams one of the three change lists into the assembly; the top-level stand-in is what the format checks see. */
function readList(cursor: JsonCursor, plan: PlanAssembly, list: PlanList): unknown {
  if (cursor.peek() !== OPEN_ARRAY) {
    const value = standIn(cursor);
    plan.list(list, value);
    return value;
  }
  plan.list(list, []);
  if (list === 'resource_changes') {
    const reader = new ElementReader(cursor, plan);
    cursor.array((i) => reader.read(i));
  } else if (list === 'deferred_changes') cursor.array((i) => plan.addDeferredChange(parse(cursor), i));
  else cursor.array((i) => plan.addDrift(parse(cursor), i));
  return [];
}

/** A plan that names a part twice is refused: readers that took the first, the last or both would disagree. */
export function duplicateKeyError(path: string, name: string): InputError {
  return new InputError(path, `has "${name}" twice at the top level; a plan names each part once`);
}

/** Remembers the top-level keys read so far and the first one seen twice. */
class KeySeen {
  private readonly seen = new Set<string>();
  duplicate: string | undefined;

  see(name: string): string {
    if (this.seen.has(name)) this.duplicate ??= name;
    this.seen.add(name);
    return name;
  }
}

/** The first top-level key the document has twice, read with the byte scanner (values skipped). */
export function duplicateTopLevelKey(cursor: JsonCursor): string | undefined {
  if (cursor.peek() !== OPEN_OBJECT) return undefined;
  const keys = new KeySeen();
  cursor.object(() => {
    keys.see(cursor.keyName());
    cursor.skipValue();
  });
  return keys.duplicate;
}

/**
 * Reads a plan document from the cursor; undefined when the document is valid JSON but not a plan (the caller
 * then reads it whole, as another format). JSON errors are JsonSyntaxError, plan errors InputError.
 */
export function streamTerraformPlan(cursor: JsonCursor, source: SourceRef): PlanInput | undefined {
  const plan = new PlanAssembly(source);
  // The top level as the format checks see it: small members parsed, big ones as stand-ins of their kind.
  const outline: Record<string, unknown> = {};
  if (cursor.peek() !== OPEN_OBJECT) {
    cursor.skipValue();
    cursor.finish();
    return undefined;
  }
  const keys = new KeySeen();
  cursor.object(() => {
    const name = keys.see(cursor.keyName());
    switch (name) {
      case 'resource_changes':
      case 'deferred_changes':
      case 'resource_drift':
        outline[name] = readList(cursor, plan, name);
        break;
      case 'prior_state':
        members(cursor, [[VALUES, () => members(cursor, [[ROOT_MODULE, () => readStateModule(cursor, (r) => plan.addStateResource(r))]])]]);
        break;
      case 'format_version':
      case 'terraform_version':
      case 'variables':
      case 'configuration':
        outline[name] = parse(cursor);
        break;
      default:
        outline[name] = standIn(cursor);
    }
  });
  cursor.finish();
  if (!looksLikeTerraformPlan(outline)) return undefined;
  if (keys.duplicate !== undefined) throw duplicateKeyError(source.path, keys.duplicate);
  plan.header(outline['format_version'], outline['terraform_version']);
  plan.setVariables(outline['variables']);
  plan.setConfiguration(outline['configuration']);
  return plan.finish();
}
