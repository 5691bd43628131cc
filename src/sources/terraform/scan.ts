// A JSON reader that walks bytes, never the whole document as one string: plans can exceed V8's maximum string
// length. It validates everything it passes over, skipped parts included, so bad bytes anywhere are an error at
// their byte offset, as JSON.parse would refuse them; the parts the caller wants are cut out and given to JSON.parse.

/** Fills `buffer` from `offset` with up to `length` bytes of the input starting at byte `position`; 0 at the end. */
export type ReadBytes = (buffer: Buffer, offset: number, length: number, position: number) => number;

export class JsonSyntaxError extends Error {
  constructor(
    /** Byte offset of the offending byte, or of the end of the input when it stops early. */
    readonly offset: number,
    /** The input ends inside a value. */
    readonly truncated: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');

// skipValue's states. From NUMBER_END on, a number may end there.
const VALUE = 0;
const VALUE_OR_CLOSE = 1;
const KEY = 2;
const KEY_OR_CLOSE = 3;
const COLON_STATE = 4;
const AFTER = 5;
const STRING = 6;
const ESCAPE = 7;
const UNICODE = 8;
const LITERAL = 9;
const NUMBER_SIGN = 10;
const NUMBER_DOT = 11;
const NUMBER_E = 12;
const NUMBER_EXP_SIGN = 13;
const NUMBER_END = 14;
const NUMBER_ZERO = 14;
const NUMBER_INT = 15;
const NUMBER_FRAC = 16;
const NUMBER_EXP = 17;
const DONE = 18;

const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** Bytes allowed after a backslash: " \ / b f n r t u */
const ESCAPES = new Set([QUOTE, BACKSLASH, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74, 0x75]);

function describeByte(c: number): string {
  return c >= 0x21 && c <= 0x7e ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}

/** Where skipValue notes the members of the object it skips. */
export interface MemberNotes {
  /** Per member, three input offsets: the key's opening and closing quotes, and the end of the value. */
  offsets: number[];
  /** A key had escapes: its bytes are not its name. */
  escaped: boolean;
}

/**
 * A cursor over JSON bytes, read on demand into one buffer. The caller steers (object, array, skipValue, text);
 * a pinned offset keeps the bytes from there on in the buffer, so a value's text can be cut out after it was walked.
 */
export class JsonCursor {
  private buf: Buffer;
  /** Index of the next unread byte in buf. */
  private pos = 0;
  /** Bytes of buf that hold input. */
  private end = 0;
  /** Input offset of buf[0]. */
  private base = 0;
  /** Input offset from which bytes must stay in the buffer, or -1. */
  private pinned = -1;
  private atEnd = false;
  private keyFrom = 0;
  private keyTo = 0;
  private keyEscaped = false;
  /** The key being read must stay in the buffer until its value starts. */
  private holdingKey = false;
  /** Container kinds of skipValue, one byte per level. */
  private stack = new Uint8Array(64);

  constructor(
    private readonly read: ReadBytes,
    bufferSize = 1 << 21,
  ) {
    this.buf = Buffer.allocUnsafe(bufferSize);
  }

  /** Input offset of the next unread byte. */
  get offset(): number {
    return this.base + this.pos;
  }

  /** Keeps the bytes from input offset `at` on in the buffer until unpin (at most one pin at a time). */
  pin(at: number): void {
    this.pinned = at;
  }

  unpin(): void {
    this.pinned = -1;
  }

  /** The input between two offsets inside the pinned region, as text. */
  text(from: number, to: number): string {
    return this.buf.toString('utf8', from - this.base, to - this.base);
  }

  /** True when the pinned bytes between two offsets contain `needle`. */
  includes(from: number, to: number, needle: Buffer): boolean {
    const { buf } = this;
    const last = to - this.base - needle.length;
    for (let i = from - this.base; i <= last; i++) {
      let k = 0;
      while (k < needle.length && buf[i + k] === needle[k]) k++;
      if (k === needle.length) return true;
    }
    return false;
  }

  /** True when the pinned bytes from `from` on are `bytes`. */
  startsWith(from: number, bytes: Buffer): boolean {
    const at = from - this.base;
    let k = 0;
    while (k < bytes.length && this.buf[at + k] === bytes[k]) k++;
    return k === bytes.length;
  }

  /** Copies the pinned bytes between two offsets into `target` at `at`; the number copied. */
  copy(from: number, to: number, target: Buffer, at: number): number {
    return this.buf.copy(target, at, from - this.base, to - this.base);
  }

  /** Reads more input, keeping the pinned bytes (or the unread ones); false at the end of the input. */
  private more(): boolean {
    if (this.atEnd) return false;
    let keep = this.pinned >= 0 ? Math.min(this.pinned - this.base, this.pos) : this.pos;
    if (this.holdingKey) keep = Math.min(keep, this.keyFrom - this.base);
    if (keep > 0) {
      this.buf.copyWithin(0, keep, this.end);
      this.base += keep;
      this.end -= keep;
      this.pos -= keep;
    }
    if (this.end === this.buf.length) {
      // A pinned value larger than the buffer: grow, so that the value stays whole.
      const bigger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(bigger, 0, 0, this.end);
      this.buf = bigger;
    }
    const n = this.read(this.buf, this.end, this.buf.length - this.end, this.base + this.end);
    if (n === 0) {
      this.atEnd = true;
      return false;
    }
    this.end += n;
    return true;
  }

  private unexpected(): never {
    if (this.pos >= this.end) throw new JsonSyntaxError(this.offset, true, `the input stops at byte ${this.offset}`);
    const c = this.buf[this.pos] as number;
    throw new JsonSyntaxError(this.offset, false, `unexpected ${describeByte(c)} at byte ${this.offset}`);
  }

  /** Skips whitespace; the next byte without consuming it, or -1 at the end of the input. */
  peek(): number {
    for (;;) {
      const { buf, end } = this;
      let i = this.pos;
      while (i < end && isSpace(buf[i] as number)) i++;
      this.pos = i;
      if (i < end) return buf[i] as number;
      if (!this.more()) return -1;
    }
  }

  /** Like peek, but the end of the input is an error. */
  private next(): number {
    const c = this.peek();
    if (c < 0) this.unexpected();
    return c;
  }

  private expect(c: number): void {
    if (this.next() !== c) this.unexpected();
    this.pos++;
  }

  /** Skips a string from its opening quote, checking escapes and control characters; true if it had escapes. */
  private skipString(): boolean {
    this.pos++;
    let escaped = false;
    for (;;) {
      const { buf, end } = this;
      let i = this.pos;
      let c = 0;
      while (i < end && (c = buf[i] as number) !== QUOTE && c !== BACKSLASH && c >= 0x20) i++;
      this.pos = i;
      if (i === end) {
        if (!this.more()) this.unexpected();
        continue;
      }
      if (c === QUOTE) {
        this.pos++;
        return escaped;
      }
      if (c < 0x20) this.unexpected();
      escaped = true;
      this.pos++;
      const e = this.byte();
      if (!ESCAPES.has(e)) this.unexpected();
      this.pos++;
      if (e === 0x75) {
        for (let k = 0; k < 4; k++) {
          if (!isHex(this.byte())) this.unexpected();
          this.pos++;
        }
      }
    }
  }

  /** The byte at pos, reading more if needed; the end of the input is an error. */
  private byte(): number {
    if (this.pos >= this.end && !this.more()) this.unexpected();
    return this.buf[this.pos] as number;
  }

  /**
   * Skips the next value whole, validating it, without building anything. One loop over the bytes with the state
   * in locals: most of a big plan goes through here, so it must run at memory speed. Each state first tries the
   * bytes compact JSON has there, whitespace last.
   */
  skipValue(notes?: MemberNotes): void {
    let { buf, end } = this;
    let i = this.pos;
    let state = VALUE;
    let depth = 0;
    let stack = this.stack;
    let keyString = false;
    // For `notes`: where the current member's key starts.
    let keyAt = -1;
    let literal: Buffer = TRUE;
    let literalAt = 0;
    let hexLeft = 0;
    for (;;) {
      if (i >= end) {
        this.pos = i;
        if (!this.more()) {
          // Only a number can end with the input, and only at the top level.
          if (depth === 0 && state >= NUMBER_END) return;
          this.unexpected();
        }
        ({ buf, end } = this);
        i = this.pos;
      }
      let c = buf[i] as number;
      switch (state) {
        case STRING:
          while (c !== QUOTE && c !== BACKSLASH && c >= 0x20 && ++i < end) c = buf[i] as number;
          if (i >= end) continue;
          i++;
          if (c === QUOTE) {
            state = keyString ? COLON_STATE : depth > 0 ? AFTER : DONE;
            if (state === DONE) break;
            if (notes && keyString && depth === 1) notes.offsets.push(keyAt, this.base + i - 1);
            continue;
          }
          if (c === BACKSLASH) {
            if (notes && keyString && depth === 1) notes.escaped = true;
            state = ESCAPE;
            continue;
          }
          i--;
          break;
        case COLON_STATE:
          if (c === COLON) {
            i++;
            state = VALUE;
            continue;
          }
          if (!isSpace(c)) break;
          i++;
          continue;
        case AFTER: {
          const open = stack[depth - 1];
          i++;
          if (notes && depth === 1 && (c === COMMA || c === CLOSE_OBJECT)) notes.offsets.push(this.base + i - 1);
          if (c === COMMA) {
            state = open === OPEN_OBJECT ? KEY : VALUE;
            continue;
          }
          if ((c === CLOSE_OBJECT && open === OPEN_OBJECT) || (c === CLOSE_ARRAY && open === OPEN_ARRAY)) {
            if (--depth > 0) continue;
            state = DONE;
            break;
          }
          if (isSpace(c)) continue;
          i--;
          break;
        }
        case KEY_OR_CLOSE:
        case KEY:
          i++;
          if (c === QUOTE) {
            if (depth === 1) keyAt = this.base + i - 1;
            keyString = true;
            state = STRING;
            continue;
          }
          if (c === CLOSE_OBJECT && state === KEY_OR_CLOSE) {
            state = --depth > 0 ? AFTER : DONE;
            if (state === DONE) break;
            continue;
          }
          if (isSpace(c)) continue;
          i--;
          break;
        case VALUE_OR_CLOSE:
        case VALUE:
          i++;
          if (c === QUOTE) {
            keyString = false;
            state = STRING;
            continue;
          }
          if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
            if (depth === stack.length) {
              const deeper = new Uint8Array(depth * 2);
              deeper.set(stack);
              this.stack = stack = deeper;
            }
            stack[depth++] = c;
            state = c === OPEN_OBJECT ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
            continue;
          }
          if (isDigit(c)) {
            state = c === ZERO ? NUMBER_ZERO : NUMBER_INT;
            continue;
          }
          if (c === MINUS) {
            state = NUMBER_SIGN;
            continue;
          }
          if (c === CLOSE_ARRAY && state === VALUE_OR_CLOSE) {
            state = --depth > 0 ? AFTER : DONE;
            if (state === DONE) break;
            continue;
          }
          if (c === 0x74 || c === 0x66 || c === 0x6e) {
            literal = c === 0x74 ? TRUE : c === 0x66 ? FALSE : NULL;
            literalAt = 1;
            state = LITERAL;
            continue;
          }
          if (isSpace(c)) continue;
          i--;
          break;
        case ESCAPE:
          if (!ESCAPES.has(c)) break;
          i++;
          if (c === 0x75) {
            hexLeft = 4;
            state = UNICODE;
          } else state = STRING;
          continue;
        case UNICODE:
          if (!isHex(c)) break;
          i++;
          if (--hexLeft === 0) state = STRING;
          continue;
        case LITERAL:
          if (c !== literal[literalAt]) break;
          i++;
          if (++literalAt < literal.length) continue;
          state = depth > 0 ? AFTER : DONE;
          if (state === DONE) break;
          continue;
        case NUMBER_SIGN:
          if (!isDigit(c)) break;
          i++;
          state = c === ZERO ? NUMBER_ZERO : NUMBER_INT;
          continue;
        case NUMBER_DOT:
        case NUMBER_EXP_SIGN:
          if (!isDigit(c)) break;
          i++;
          state = state === NUMBER_DOT ? NUMBER_FRAC : NUMBER_EXP;
          continue;
        case NUMBER_E:
          if (c === PLUS || c === MINUS) state = NUMBER_EXP_SIGN;
          else if (isDigit(c)) state = NUMBER_EXP;
          else break;
          i++;
          continue;
        default:
          // NUMBER_ZERO, NUMBER_INT, NUMBER_FRAC, NUMBER_EXP: more digits, a fraction, an exponent, or the end.
          if (state !== NUMBER_ZERO && isDigit(c)) {
            while (++i < end && isDigit(buf[i] as number));
            continue;
          }
          if (c === DOT && state <= NUMBER_INT) {
            i++;
            state = NUMBER_DOT;
            continue;
          }
          if ((c === 0x65 || c === 0x45) && state <= NUMBER_FRAC) {
            i++;
            state = NUMBER_E;
            continue;
          }
          state = depth > 0 ? AFTER : DONE;
          if (state === DONE) break;
          continue;
      }
      // Out of the switch: the value is complete, or c is wrong.
      this.pos = i;
      if (state === DONE) return;
      this.unexpected();
    }
  }

  /**
   * Walks an object: for each member, `onMember` is called with the cursor at the value, and must consume it
   * (skipValue, text of a span, or a nested walk). keyName tells the member's key.
   */
  object(onMember: () => void): void {
    this.expect(OPEN_OBJECT);
    if (this.next() === CLOSE_OBJECT) {
      this.pos++;
      return;
    }
    for (;;) {
      if (this.next() !== QUOTE) this.unexpected();
      this.keyFrom = this.offset;
      this.holdingKey = true;
      this.keyEscaped = this.skipString();
      this.keyTo = this.offset;
      this.expect(COLON);
      // With the value's first byte in the buffer, the key's bytes stay there until onMember reads past it.
      this.next();
      this.holdingKey = false;
      onMember();
      const c = this.next();
      this.pos++;
      if (c === CLOSE_OBJECT) return;
      if (c !== COMMA) {
        this.pos--;
        this.unexpected();
      }
    }
  }

  /** Walks an array: `onElement` is called with the cursor at each element, and must consume it. */
  array(onElement: (index: number) => void): void {
    this.expect(OPEN_ARRAY);
    if (this.next() === CLOSE_ARRAY) {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      onElement(index);
      const c = this.next();
      this.pos++;
      if (c === CLOSE_ARRAY) return;
      if (c !== COMMA) {
        this.pos--;
        this.unexpected();
      }
    }
  }

  /** The current member's key. Read it at the start of onMember, before consuming the value. */
  keyName(): string {
    const raw = this.text(this.keyFrom, this.keyTo);
    return this.keyEscaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }

  /** Index in `names` of the current member's key, or -1; compares bytes, decoding only keys with escapes. */
  private keyIndex(names: readonly Buffer[]): number {
    const length = this.keyTo - this.keyFrom - 2;
    const from = this.keyFrom + 1 - this.base;
    const { buf } = this;
    for (let n = 0; n < names.length; n++) {
      const name = names[n] as Buffer;
      if (this.keyEscaped) {
        if (this.keyName() === name.toString()) return n;
        continue;
      }
      if (name.length !== length) continue;
      let k = 0;
      while (k < length && buf[from + k] === name[k]) k++;
      if (k === length) return n;
    }
    return -1;
  }

  /**
   * Walks an object, giving only the members whose key is one of `names` to `onMatch` (with the name's index; it
   * must consume the value) and skipping the others: the fast way to pick a few members.
   */
  pick(names: readonly Buffer[], onMatch: (index: number) => void): void {
    this.object(() => {
      const n = this.keyIndex(names);
      if (n < 0) this.skipValue();
      else onMatch(n);
    });
  }

  /**
   * Inside a pinned region: skips the next value if its bytes repeat those of an object earlier in it (an unchanged
   * resource's before is its after again): a copy of validated bytes is valid, and comparing is far faster than
   * walking. False, having consumed nothing, when the bytes differ.
   */
  skipRepeat(from: number, to: number): boolean {
    const length = to - from;
    if (this.next() !== OPEN_OBJECT) return false;
    while (this.end - this.pos < length) if (!this.more()) return false;
    const at = this.pos;
    if (this.buf.compare(this.buf, from - this.base, to - this.base, at, at + length) !== 0) return false;
    this.pos += length;
    return true;
  }

  /** Skips the next value; its input offsets, for text() while they are pinned. */
  span(): [from: number, to: number] {
    this.next();
    const from = this.offset;
    this.skipValue();
    return [from, this.offset];
  }

  /** The next value as text for JSON.parse (validated on the way). */
  capture(): string {
    this.next();
    const outer = this.pinned;
    const start = this.offset;
    if (outer < 0) this.pinned = start;
    this.skipValue();
    const text = this.text(start, this.offset);
    this.pinned = outer;
    return text;
  }

  /** After the top-level value: only whitespace may follow. */
  finish(): void {
    if (this.peek() >= 0) this.unexpected();
  }
}
