// A small parser for the shell commands coding agents run (POSIX sh plus the bash forms agents write): lists,
// pipes, subshells, groups, command and process substitution, quoting, redirections and here-documents.
// Compound commands (if/while/for/case, functions) are read for the commands inside them, since any of those may run.
// It is written here rather than taken from a package because it runs before every command an agent runs: the
// packages measured (tree-sitter-bash, bash-parser, shell-quote, mvdan-sh) either cost 40-100 ms to load or misread
// forms agents use (`2>&1`, `$'…'`, a newline as a separator), and a misread command is a way past the guard.

/** Marks a parameter reference inside Word.text: \u0001NAME\u0001 stands for $NAME, so literal `$` text stays apart. */
export const PARAM = '\u0001';

export interface Word {
  /** The value after quote removal; parameter references as PARAM+NAME+PARAM; other expansions as written. */
  text: string;
  /** The source text, for messages. */
  raw: string;
  /** Holds a command substitution, arithmetic, `${…}` with operators, or a glob: its value is not known before it runs. */
  opaque: boolean;
  /** Starts with an unquoted `~`. */
  tilde: boolean;
  /** Command and process substitutions inside the word: these run too. */
  subs: Script[];
}

export interface Redirect {
  op: string;
  target?: Word;
  /** The body of a here-document, and whether its delimiter was quoted (then no expansion happens in it). */
  heredoc?: { body: string; quoted: boolean };
}

export interface SimpleCommand {
  kind: 'simple';
  assignments: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
}

export interface CompoundCommand {
  kind: 'subshell' | 'group';
  body: Script;
  redirects: Redirect[];
}

export type Command = SimpleCommand | CompoundCommand;

export interface Pipeline {
  commands: Command[];
}

export interface AndOrList {
  pipelines: Pipeline[];
  /** Ends with `&`: runs beside what follows. */
  async: boolean;
}

export interface Script {
  items: AndOrList[];
}

export class ShellSyntaxError extends Error {}

const OPERATOR_START = new Set(['|', '&', ';', '<', '>', '(', ')', '\n']);
const BLANK = new Set([' ', '\t', '\r']);
/** Reserved words that open a part of a compound command: what follows them is a command again. */
const OPENERS = new Set(['if', 'then', 'elif', 'else', 'while', 'until', 'do', '!']);
const CLOSERS = new Set(['fi', 'done', 'esac']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface PendingHeredoc {
  delimiter: string;
  quoted: boolean;
  stripTabs: boolean;
  redirect: Redirect;
}

class Parser {
  private pos = 0;
  private pending: PendingHeredoc[] = [];

  constructor(private readonly src: string) {}

  parse(): Script {
    const script = this.script(undefined);
    if (this.pos < this.src.length) throw new ShellSyntaxError(`unexpected "${this.src[this.pos] ?? ''}"`);
    if (this.pending.length > 0) throw new ShellSyntaxError('here-document is not closed');
    return script;
  }

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  private startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  /** Skips blanks, line continuations and comments (not newlines). */
  private blanks(): void {
    for (;;) {
      const c = this.peek();
      if (BLANK.has(c)) this.pos++;
      else if (c === '\\' && this.peek(1) === '\n') this.pos += 2;
      else if (c === '#') {
        while (this.pos < this.src.length && this.peek() !== '\n') this.pos++;
      } else return;
    }
  }

  /** Consumes a newline and reads the bodies of here-documents that were waiting for it. */
  private newline(): void {
    this.pos++;
    const waiting = this.pending;
    this.pending = [];
    for (const doc of waiting) {
      const lines: string[] = [];
      for (;;) {
        if (this.pos >= this.src.length) throw new ShellSyntaxError(`here-document "${doc.delimiter}" is not closed`);
        const end = this.src.indexOf('\n', this.pos);
        const line = this.src.slice(this.pos, end === -1 ? this.src.length : end);
        this.pos = end === -1 ? this.src.length : end + 1;
        const compared = doc.stripTabs ? line.replace(/^\t+/, '') : line;
        if (compared === doc.delimiter) break;
        lines.push(compared);
      }
      doc.redirect.heredoc = { body: lines.join('\n'), quoted: doc.quoted };
    }
  }

  /** Newlines (and blanks, comments) between parts of a list. */
  private linebreaks(): void {
    for (;;) {
      this.blanks();
      if (this.peek() === '\n') this.newline();
      else return;
    }
  }

  /** A list of and-or lists, up to `close` (`)` or `}` or a case item's `;;`), or to the end. */
  private script(close: ')' | '}' | ';;' | undefined): Script {
    const items: AndOrList[] = [];
    for (;;) {
      this.linebreaks();
      while (this.peek() === ';' && this.peek(1) !== ';') {
        this.pos++;
        this.linebreaks();
      }
      if (this.pos >= this.src.length) return { items };
      if (close === ')' && this.peek() === ')') return { items };
      if (close === ';;' && (this.startsWith(';;') || this.startsWith(';&') || this.atWord('esac'))) return { items };
      if (close === '}' && this.atWord('}')) return { items };
      if (close === undefined && this.peek() === ')') throw new ShellSyntaxError('unexpected ")"');
      const list = this.andOr(close);
      if (list.pipelines.length === 0) {
        if (this.pos >= this.src.length) return { items };
        throw new ShellSyntaxError(`unexpected "${this.peek()}"`);
      }
      this.blanks();
      if (this.peek() === '&' && this.peek(1) !== '&' && this.peek(1) !== '>') {
        this.pos++;
        list.async = true;
      } else if (this.peek() === ';' && this.peek(1) !== ';' && this.peek(1) !== '&') {
        this.pos++;
      } else if (this.peek() === '\n') {
        this.newline();
      }
      items.push(list);
    }
  }

  /** Is the next thing the reserved word `word`, standing alone? */
  private atWord(word: string): boolean {
    this.blanks();
    if (!this.startsWith(word)) return false;
    const after = this.peek(word.length);
    return after === '' || BLANK.has(after) || OPERATOR_START.has(after);
  }

  private andOr(close: ')' | '}' | ';;' | undefined): AndOrList {
    const pipelines: Pipeline[] = [];
    for (;;) {
      const pipeline = this.pipeline(close);
      if (!pipeline) break;
      pipelines.push(pipeline);
      this.blanks();
      if (this.startsWith('&&') || this.startsWith('||')) {
        this.pos += 2;
        this.linebreaks();
        continue;
      }
      break;
    }
    return { pipelines, async: false };
  }

  private pipeline(close: ')' | '}' | ';;' | undefined): Pipeline | undefined {
    const commands: Command[] = [];
    for (;;) {
      const command = this.command(close);
      if (!command) {
        if (commands.length > 0) throw new ShellSyntaxError('a pipe with nothing after it');
        return undefined;
      }
      commands.push(command);
      this.blanks();
      if (this.peek() === '|' && this.peek(1) !== '|') {
        this.pos += this.peek(1) === '&' ? 2 : 1;
        this.linebreaks();
        continue;
      }
      return { commands };
    }
  }

  private command(close: ')' | '}' | ';;' | undefined): Command | undefined {
    this.blanks();
    const c = this.peek();
    if (c === '' || c === '\n' || c === ';' || c === '&' || c === '|' || c === ')') return undefined;
    if (close === '}' && this.atWord('}')) return undefined;
    if (close === ';;' && this.atWord('esac')) return undefined;
    if (this.startsWith('((')) {
      this.skipBalanced('((', '))');
      return this.compound('group', { items: [] });
    }
    if (c === '(') {
      this.pos++;
      const body = this.script(')');
      if (this.peek() !== ')') throw new ShellSyntaxError('"(" is not closed');
      this.pos++;
      return this.compound('subshell', body);
    }
    if (this.atWord('{')) {
      this.pos++;
      const body = this.script('}');
      if (!this.atWord('}')) throw new ShellSyntaxError('"{" is not closed');
      this.pos++;
      return this.compound('group', body);
    }
    for (const word of OPENERS) {
      if (this.atWord(word)) {
        this.pos += word.length;
        this.linebreaks();
        return this.command(close) ?? this.compound('group', { items: [] });
      }
    }
    for (const word of CLOSERS) {
      if (this.atWord(word)) {
        this.pos += word.length;
        return this.compound('group', { items: [] });
      }
    }
    if (this.atWord('for') || this.atWord('select')) return this.forHead();
    if (this.atWord('case')) return this.caseCommand();
    if (this.atWord('function')) {
      this.pos += 'function'.length;
      this.blanks();
      this.word();
      this.blanks();
      if (this.startsWith('()')) this.pos += 2;
      this.linebreaks();
      return this.command(close);
    }
    if (this.atWord('[[')) return this.testCommand();
    return this.simple();
  }

  private compound(kind: 'subshell' | 'group', body: Script): CompoundCommand {
    return { kind, body, redirects: this.trailingRedirects() };
  }

  private trailingRedirects(): Redirect[] {
    const redirects: Redirect[] = [];
    for (;;) {
      this.blanks();
      const redirect = this.redirect();
      if (!redirect) return redirects;
      redirects.push(redirect);
    }
  }

  /** `for NAME [in WORDS]` / `for ((…))`: the head runs nothing; the body (after `do`) is read as commands. */
  private forHead(): Command {
    this.pos += this.startsWith('for') ? 3 : 6;
    this.blanks();
    if (this.startsWith('((')) {
      this.skipBalanced('((', '))');
    } else {
      this.word();
      this.blanks();
      if (this.atWord('in')) {
        this.pos += 2;
        for (;;) {
          this.blanks();
          const c = this.peek();
          if (c === '' || c === ';' || c === '\n') break;
          this.word();
        }
      }
    }
    return this.compound('group', { items: [] });
  }

  /** `case WORD in PATTERN) LIST ;; … esac`: the lists are read as commands. */
  private caseCommand(): Command {
    this.pos += 4;
    this.blanks();
    this.word();
    this.linebreaks();
    if (!this.atWord('in')) throw new ShellSyntaxError('case without "in"');
    this.pos += 2;
    const items: AndOrList[] = [];
    for (;;) {
      this.linebreaks();
      if (this.atWord('esac')) {
        this.pos += 4;
        break;
      }
      if (this.pos >= this.src.length) throw new ShellSyntaxError('case is not closed with esac');
      if (this.peek() === '(') this.pos++;
      for (;;) {
        this.blanks();
        if (this.peek() === ')') {
          this.pos++;
          break;
        }
        if (this.peek() === '|') {
          this.pos++;
          continue;
        }
        if (this.pos >= this.src.length) throw new ShellSyntaxError('case pattern is not closed');
        this.word();
      }
      items.push(...this.script(';;').items);
      if (this.startsWith(';;&')) this.pos += 3;
      else if (this.startsWith(';;') || this.startsWith(';&')) this.pos += 2;
    }
    return this.compound('group', { items });
  }

  /** `[[ … ]]` tests: operators inside are words; nothing runs but substitutions. */
  private testCommand(): SimpleCommand {
    this.pos += 2;
    const words: Word[] = [{ text: '[[', raw: '[[', opaque: false, tilde: false, subs: [] }];
    for (;;) {
      this.blanks();
      if (this.pos >= this.src.length) throw new ShellSyntaxError('"[[" is not closed');
      if (this.atWord(']]')) {
        this.pos += 2;
        break;
      }
      const c = this.peek();
      if (OPERATOR_START.has(c) && c !== '<' && c !== '>') {
        const op = this.startsWith('&&') || this.startsWith('||') ? this.src.slice(this.pos, this.pos + 2) : c;
        this.pos += op.length;
        if (op === '\n') continue;
        words.push({ text: op, raw: op, opaque: false, tilde: false, subs: [] });
      } else if (c === '<' || c === '>') {
        this.pos++;
        words.push({ text: c, raw: c, opaque: false, tilde: false, subs: [] });
      } else {
        words.push(this.word());
      }
    }
    return { kind: 'simple', assignments: [], words, redirects: this.trailingRedirects() };
  }

  private simple(): Command | undefined {
    const command: SimpleCommand = { kind: 'simple', assignments: [], words: [], redirects: [] };
    for (;;) {
      this.blanks();
      const c = this.peek();
      if (c === '' || c === '\n' || c === ';' || c === '|' || c === ')') break;
      if (c === '&' && this.peek(1) !== '>') break;
      const redirect = this.redirect();
      if (redirect) {
        command.redirects.push(redirect);
        continue;
      }
      if (c === '(' && command.words.length === 1 && command.assignments.length === 0) {
        // NAME () COMMAND: a function definition; its body is read as commands that may run.
        this.pos++;
        this.blanks();
        if (this.peek() !== ')') throw new ShellSyntaxError('unexpected "("');
        this.pos++;
        this.linebreaks();
        const body = this.command(undefined);
        return { kind: 'group', body: { items: body ? [{ pipelines: [{ commands: [body] }], async: false }] : [] }, redirects: [] };
      }
      if (c === '(' || (c === '<' && this.peek(1) !== '(') || (c === '>' && this.peek(1) !== '(')) {
        throw new ShellSyntaxError(`unexpected "${c}"`);
      }
      const start = this.pos;
      const word = this.word();
      const eq = word.raw.indexOf('=');
      if (command.words.length === 0 && eq > 0 && NAME.test(word.raw.slice(0, eq))) {
        const valueSource = this.src.slice(start + eq + 1, this.pos);
        command.assignments.push({ name: word.raw.slice(0, eq), value: valueSource === '' ? emptyWord() : new Parser(valueSource).wordOnly() });
        continue;
      }
      command.words.push(word);
    }
    if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) return undefined;
    return command;
  }

  /** Parses the whole source as one word (an assignment's value). */
  wordOnly(): Word {
    return this.word();
  }

  /** A redirection at the cursor, if there is one: `[n]>file`, `2>&1`, `<<EOF`, `&>file`, `<<<word`. */
  private redirect(): Redirect | undefined {
    const rest = this.src.slice(this.pos, this.pos + 12);
    const m = /^(\d*|\{[A-Za-z_][A-Za-z0-9_]*\})(<<<|<<-|<<|<>|<&|>>|>&|>\||&>>|&>|<(?!\()|>(?!\())/.exec(rest);
    if (!m) return undefined;
    if (m[1] && m[2]?.startsWith('&')) return undefined;
    const op = m[2] ?? '';
    this.pos += m[0].length;
    this.blanks();
    if (this.pos >= this.src.length || OPERATOR_START.has(this.peek())) throw new ShellSyntaxError(`redirection "${op}" without a target`);
    const redirect: Redirect = { op };
    if (op === '<<' || op === '<<-') {
      const start = this.pos;
      const delimiter = this.word();
      const raw = this.src.slice(start, this.pos);
      this.pending.push({ delimiter: delimiter.text, quoted: /['"\\]/.test(raw), stripTabs: op === '<<-', redirect });
      return redirect;
    }
    redirect.target = this.word();
    return redirect;
  }

  /** Skips from `open` to its matching `close`, counting nested parentheses (arithmetic). */
  private skipBalanced(open: string, close: string): void {
    this.pos += open.length;
    let depth = 0;
    while (this.pos < this.src.length) {
      if (depth === 0 && this.startsWith(close)) {
        this.pos += close.length;
        return;
      }
      const c = this.peek();
      if (c === '(') depth++;
      else if (c === ')') depth--;
      this.pos++;
    }
    throw new ShellSyntaxError(`"${open}" is not closed`);
  }

  /** One word: quoting removed, expansions kept, substitutions parsed. */
  private word(): Word {
    const start = this.pos;
    const word: Word = { text: '', raw: '', opaque: false, tilde: false, subs: [] };
    if (this.peek() === '~') word.tilde = true;
    if ((this.peek() === '<' || this.peek() === '>') && this.peek(1) === '(') {
      this.pos += 2;
      word.subs.push(this.substitution());
      word.opaque = true;
      word.text = this.src.slice(start, this.pos);
      word.raw = word.text;
      return word;
    }
    while (this.pos < this.src.length) {
      const c = this.peek();
      if (BLANK.has(c) || OPERATOR_START.has(c)) break;
      if (c === '\\') {
        if (this.peek(1) === '\n') {
          this.pos += 2;
          continue;
        }
        word.text += this.peek(1);
        this.pos += 2;
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.pos + 1);
        if (end === -1) throw new ShellSyntaxError("a ' quote is not closed");
        word.text += this.src.slice(this.pos + 1, end);
        this.pos = end + 1;
      } else if (c === '"') {
        this.pos++;
        this.doubleQuoted(word);
      } else if (c === '$' && this.peek(1) === "'") {
        this.pos += 2;
        word.text += this.ansiC();
      } else if (c === '$' && this.peek(1) === '"') {
        this.pos += 2;
        this.doubleQuoted(word);
      } else if (c === '$') {
        this.dollar(word);
      } else if (c === '`') {
        this.backquote(word);
      } else {
        if (c === '*' || c === '?' || c === '[') word.opaque = true;
        word.text += c;
        this.pos++;
      }
    }
    word.raw = this.src.slice(start, this.pos);
    return word;
  }

  private doubleQuoted(word: Word): void {
    for (;;) {
      if (this.pos >= this.src.length) throw new ShellSyntaxError('a " quote is not closed');
      const c = this.peek();
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\' && '$`"\\\n'.includes(this.peek(1))) {
        if (this.peek(1) !== '\n') word.text += this.peek(1);
        this.pos += 2;
      } else if (c === '$') {
        this.dollar(word);
      } else if (c === '`') {
        this.backquote(word);
      } else {
        word.text += c;
        this.pos++;
      }
    }
  }

  private dollar(word: Word): void {
    const next = this.peek(1);
    if (this.startsWith('$((')) {
      const start = this.pos;
      this.pos++;
      this.skipBalanced('((', '))');
      word.text += this.src.slice(start, this.pos);
      word.opaque = true;
    } else if (next === '(') {
      const start = this.pos;
      this.pos += 2;
      word.subs.push(this.substitution());
      word.text += this.src.slice(start, this.pos);
      word.opaque = true;
    } else if (next === '{') {
      const end = this.closingBrace(this.pos + 2);
      const inner = this.src.slice(this.pos + 2, end);
      if (NAME.test(inner)) word.text += `${PARAM}${inner}${PARAM}`;
      else {
        word.text += this.src.slice(this.pos, end + 1);
        word.opaque = true;
      }
      this.pos = end + 1;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.pos + 1, this.pos + 200));
      if (m) {
        word.text += `${PARAM}${m[0]}${PARAM}`;
        this.pos += 1 + m[0].length;
      } else if (next !== '' && '@*#?$!-0123456789'.includes(next)) {
        word.text += `$${next}`;
        word.opaque = true;
        this.pos += 2;
      } else {
        word.text += '$';
        this.pos++;
      }
    }
  }

  private closingBrace(from: number): number {
    let depth = 1;
    for (let i = from; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i;
    }
    throw new ShellSyntaxError('"${" is not closed');
  }

  /** The script inside `$(…)` or `<(…)`; the cursor is after the opening parenthesis and ends after the closing one. */
  private substitution(): Script {
    const body = this.script(')');
    if (this.peek() !== ')') throw new ShellSyntaxError('"$(" is not closed');
    this.pos++;
    return body;
  }

  private backquote(word: Word): void {
    let inner = '';
    let i = this.pos + 1;
    for (; i < this.src.length && this.src[i] !== '`'; i++) {
      if (this.src[i] === '\\' && '$`\\'.includes(this.src[i + 1] ?? '')) i++;
      inner += this.src[i];
    }
    if (i >= this.src.length) throw new ShellSyntaxError('a ` quote is not closed');
    word.subs.push(parseShell(inner));
    word.text += this.src.slice(this.pos, i + 1);
    word.opaque = true;
    this.pos = i + 1;
  }

  private ansiC(): string {
    let out = '';
    for (;;) {
      if (this.pos >= this.src.length) throw new ShellSyntaxError("a $' quote is not closed");
      const c = this.peek();
      this.pos++;
      if (c === "'") return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.peek();
      this.pos++;
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v' };
      if (simple[e] !== undefined) out += simple[e];
      else if (e === 'x') {
        const m = /^[0-9a-fA-F]{1,2}/.exec(this.src.slice(this.pos, this.pos + 2));
        out += m ? String.fromCharCode(parseInt(m[0], 16)) : 'x';
        this.pos += m ? m[0].length : 0;
      } else if (/[0-7]/.test(e)) {
        const m = /^[0-7]{0,2}/.exec(this.src.slice(this.pos, this.pos + 2)) ?? [''];
        out += String.fromCharCode(parseInt(e + m[0], 8));
        this.pos += m[0].length;
      } else out += e;
    }
  }
}

function emptyWord(): Word {
  return { text: '', raw: '', opaque: false, tilde: false, subs: [] };
}

/** Parses a command line; throws ShellSyntaxError when it is not valid shell. */
export function parseShell(source: string): Script {
  return new Parser(source).parse();
}

/** A word's value with parameter references shown as `$NAME`. */
export function displayText(word: Word): string {
  return word.text.replace(new RegExp(`${PARAM}([A-Za-z0-9_]+)${PARAM}`, 'g'), '$$$1');
}
