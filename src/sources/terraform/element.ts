import type { PlanAssembly } from './assemble.js';
import type { JsonCursor, MemberNotes } from './scan.js';
import { TAG_ATTRIBUTES } from '../../model.js';

// One resource_changes element read from its bytes. Most elements of a big plan are plain no-ops, kept cut down
// (unchanged.ts): their text goes to JSON.parse without what the cut drops, so that before and after, the bulk
// of a plan, are validated by the scanner but never built. What stays: the element's own small members,
// after's tag attributes, and, when the sensitivity masks mark something, the marked attributes (for their secrets).
// Any other element, or one whose shape is unusual, is parsed whole.

type Span = [from: number, to: number];

const OPEN_OBJECT = 0x7b;
const NULL = 0x6e;
const TRUE = Buffer.from('true');
const key = (name: string): Buffer => Buffer.from(name);
const CHANGE = [key('change')];
/** The members of `change` the shortcut looks at, in the order of ChangeShape's handling. */
const CHANGE_MEMBERS = ['actions', 'before', 'after', 'after_unknown', 'before_sensitive', 'after_sensitive'].map(key);
const TAG_KEYS = TAG_ATTRIBUTES.map(key);

/** An object member of `change`, and its members: per member, its key's quotes and its value's end (MemberNotes). */
interface Side {
  span: Span;
  members: number[];
}

/** Where the members of an element's `change` are. */
interface ChangeShape {
  actions?: Span;
  before?: Span;
  /** Set when before is an object. */
  beforeSide?: Side;
  after?: Side;
  unknown?: Side;
  beforeMask?: Span;
  afterMask?: Span;
  /** A member twice, a key with escapes, or after or after_unknown not an object: left to JSON.parse. */
  irregular: boolean;
}

/** The next object, noting its members; undefined when a key has escapes. */
function walkObject(cursor: JsonCursor): Side | undefined {
  cursor.peek();
  const from = cursor.offset;
  const notes: MemberNotes = { offsets: [], escaped: false };
  cursor.skipValue(notes);
  return notes.escaped ? undefined : { span: [from, cursor.offset], members: notes.offsets };
}

/** The next object; when it repeats `earlier`'s bytes, by comparing instead of walking. */
function walkOrRepeat(cursor: JsonCursor, earlier: Side | undefined): Side | undefined {
  cursor.peek();
  const from = cursor.offset;
  if (earlier && cursor.skipRepeat(...earlier.span)) {
    const shift = from - earlier.span[0];
    return { span: [from, cursor.offset], members: earlier.members.map((at) => at + shift) };
  }
  return walkObject(cursor);
}

function readChangeShape(cursor: JsonCursor): ChangeShape {
  const shape: ChangeShape = { irregular: false };
  let seen = 0;
  cursor.pick(CHANGE_MEMBERS, (n) => {
    shape.irregular ||= (seen & (1 << n)) !== 0;
    seen |= 1 << n;
    const isObject = cursor.peek() === OPEN_OBJECT;
    if (n === 0) shape.actions = cursor.span();
    else if (n === 1 && isObject) {
      // An unchanged resource's before and after are the same bytes: the second is compared to the first.
      shape.beforeSide = walkOrRepeat(cursor, shape.after);
      shape.irregular ||= !shape.beforeSide;
      shape.before = shape.beforeSide?.span;
    } else if (n === 1) shape.before = cursor.span();
    else if ((n === 2 || n === 3) && isObject) {
      const side = n === 2 ? walkOrRepeat(cursor, shape.beforeSide) : walkObject(cursor);
      shape.irregular ||= !side;
      if (n === 2) shape.after = side;
      else shape.unknown = side;
    } else if (n === 2 || n === 3) {
      // A missing after is no no-op; a null after_unknown is as good as none.
      shape.irregular ||= n === 2 || cursor.peek() !== NULL;
      cursor.skipValue();
    } else if (n === 4) shape.beforeMask = cursor.span();
    else shape.afterMask = cursor.span();
  });
  return shape;
}

/** Attribute names as bytes: a plan has few distinct ones. */
const NAMES = new Map<string, Buffer>();

/** The top-level keys a sensitivity mask marks (with `true` somewhere below); undefined if it marks everything. */
function markedKeys(mask: unknown): Buffer[] | undefined {
  if (mask === true) return undefined;
  if (typeof mask !== 'object' || mask === null || Array.isArray(mask)) return [];
  return Object.entries(mask)
    .filter(([, m]) => m === true || JSON.stringify(m).includes('true'))
    .map(([k]) => {
      let name = NAMES.get(k);
      if (!name) NAMES.set(k, (name = key(k)));
      return name;
    });
}

/** The members of a side whose key is one of `names` (keys have no escapes: their bytes are their names). */
function select(cursor: JsonCursor, side: Side, names: readonly Buffer[]): Span[] {
  const out: Span[] = [];
  const { members } = side;
  for (let m = 0; m < members.length; m += 3) {
    const keyFrom = members[m] as number;
    const length = (members[m + 1] as number) - keyFrom - 1;
    for (const name of names) {
      if (name.length === length && cursor.startsWith(keyFrom + 1, name)) {
        out.push([keyFrom, members[m + 2] as number]);
        break;
      }
    }
  }
  return out;
}

/** Text assembled from pinned bytes and a few literals, decoded once. */
class TextBuilder {
  private buf = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  constructor(private readonly cursor: JsonCursor) {}

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(bigger, 0, 0, this.length);
    this.buf = bigger;
  }

  bytes(from: number, to: number): void {
    this.room(to - from);
    this.length += this.cursor.copy(from, to, this.buf, this.length);
  }

  literal(text: string): void {
    this.room(text.length);
    this.length += this.buf.write(text, this.length, 'latin1');
  }

  object(members: Span[]): void {
    this.literal('{');
    members.forEach(([a, b], i) => {
      if (i > 0) this.literal(',');
      this.bytes(a, b);
    });
    this.literal('}');
  }

  take(): string {
    const text = this.buf.toString('utf8', 0, this.length);
    this.length = 0;
    return text;
  }
}

const NO_OP = Buffer.from('["no-op"]');

function isNoOp(cursor: JsonCursor, [from, to]: Span): boolean {
  if (to - from === NO_OP.length && cursor.startsWith(from, NO_OP)) return true;
  const actions = JSON.parse(cursor.text(from, to)) as unknown;
  return Array.isArray(actions) && actions.length === 1 && actions[0] === 'no-op';
}

/** The element's text cut down as a plain no-op is kept, or undefined when the shortcut does not apply. */
function cutText(cursor: JsonCursor, out: TextBuilder, [from, to]: Span, shape: ChangeShape): string | undefined {
  const { actions, before, beforeSide, after, unknown } = shape;
  if (shape.irregular || !actions || !after || !isNoOp(cursor, actions)) return undefined;
  const marked = (mask: Span | undefined) =>
    mask && cursor.includes(mask[0], mask[1], TRUE) ? markedKeys(JSON.parse(cursor.text(mask[0], mask[1]))) : [];
  const beforeMarked = marked(shape.beforeMask);
  const afterMarked = marked(shape.afterMask);
  if (!beforeMarked || !afterMarked) return undefined;

  // Marked attributes stay, for the secrets they hold; the assembly's cut then drops them from the Change.
  const cuts: [Span, (() => void) | string][] = [
    [after.span, () => out.object(select(cursor, after, afterMarked.length > 0 ? [...TAG_KEYS, ...afterMarked] : TAG_KEYS))],
  ];
  if (unknown) cuts.push([unknown.span, () => out.object(select(cursor, unknown, TAG_KEYS))]);
  if (before) cuts.push([before, beforeSide && beforeMarked.length > 0 ? () => out.object(select(cursor, beforeSide, beforeMarked)) : 'null']);
  // Masks that mark nothing change nothing: not worth parsing.
  for (const [mask, marks] of [[shape.beforeMask, beforeMarked], [shape.afterMask, afterMarked]] as const) {
    if (mask && marks.length === 0) cuts.push([mask, 'false']);
  }
  cuts.sort((x, y) => x[0][0] - y[0][0]);
  let at = from;
  for (const [[a, b], replacement] of cuts) {
    out.bytes(at, a);
    if (typeof replacement === 'string') out.literal(replacement);
    else replacement();
    at = b;
  }
  out.bytes(at, to);
  return out.take();
}

/** Reads resource_changes elements from a cursor into an assembly, reusing one text buffer for the cut-down texts. */
export class ElementReader {
  private readonly out: TextBuilder;

  constructor(
    private readonly cursor: JsonCursor,
    private readonly plan: PlanAssembly,
  ) {
    this.out = new TextBuilder(cursor);
  }

  /** Reads the element at the cursor. */
  read(index: number): void {
    const { cursor, plan } = this;
    const first = cursor.peek();
    const from = cursor.offset;
    cursor.pin(from);
    let shape: ChangeShape | undefined;
    let changes = 0;
    if (first === OPEN_OBJECT) {
      cursor.pick(CHANGE, () => {
        changes++;
        if (cursor.peek() === OPEN_OBJECT) shape = readChangeShape(cursor);
        else cursor.skipValue();
      });
    } else cursor.skipValue();
    const span: Span = [from, cursor.offset];
    const cut = shape && changes === 1 ? cutText(cursor, this.out, span, shape) : undefined;
    if (cut === undefined || !plan.addResourceChange(JSON.parse(cut), index, 'plain-no-op-only')) {
      plan.addResourceChange(JSON.parse(cursor.text(span[0], span[1])), index, 'cut');
    }
    cursor.unpin();
  }
}
