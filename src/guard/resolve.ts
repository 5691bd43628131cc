import { homedir } from 'node:os';
import { isAbsolute, join, normalize } from 'node:path';
import { PARAM, parseShell, ShellSyntaxError, type Command, type Redirect, type Script, type SimpleCommand, type Word } from './shell.js';

// From the parsed command to what actually runs: each program invocation with its arguments as far as they are
// known, the directory it runs in (`cd`, `-C`), its environment (`VAR=x cmd`, `export`, `env`), and through the
// wrappers agents put in front (`bash -c '…'`, `env`, `sudo`, `time`, `timeout`, `xargs`, `npx`, `eval`, `ssh`).

/** One argument: its value, and whether that value is certain (no substitution or unknown variable in it). */
export interface Arg {
  value: string;
  known: boolean;
}

export interface Invocation {
  argv: Arg[];
  /** Variables this command's environment gains from the command line (the agent's own environment is apart). */
  env: Map<string, Arg>;
  /** Absolute directory it runs in; undefined when the command line makes it unknowable. */
  cwd: string | undefined;
  /** Output files and here-documents. */
  redirects: { op: string; target?: Arg; heredoc?: Redirect['heredoc'] }[];
  /** Execution order; several invocations share one when they run side by side (a pipeline). */
  seq: number;
  /** Runs beside what comes after it (`&`). */
  async: boolean;
  /** Reads its standard input from the command before it in a pipe. */
  pipedStdin: boolean;
  /** The wrappers it was found behind, outermost first. */
  via: string[];
  /** A terraform workspace selected earlier in the same command line, per directory. */
  workspace?: string;
}

/** Text that is a script the guard could not read (a shell fed from a pipe, a `bash -c` of an unknown string). */
export interface Unreadable {
  text: string;
  why: string;
}

export interface Resolved {
  invocations: Invocation[];
  unreadable: Unreadable[];
}

interface State {
  cwd: string | undefined;
  vars: Map<string, Arg>;
  exported: Map<string, Arg>;
  workspaces: Map<string, string>;
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'busybox']);
const MAX_DEPTH = 8;

function copy(state: State): State {
  return { cwd: state.cwd, vars: new Map(state.vars), exported: new Map(state.exported), workspaces: new Map(state.workspaces) };
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Prints arguments as a person would type them again. */
export function display(argv: Arg[]): string {
  const text = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a.value) ? a.value : `'${a.value.replace(/'/g, "'\\''")}'`)).join(' ');
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

class Resolver {
  private seq = 0;
  readonly invocations: Invocation[] = [];
  readonly unreadable: Unreadable[] = [];

  walk(script: Script, state: State, depth: number, async = false): void {
    if (depth > MAX_DEPTH) {
      this.unreadable.push({ text: '', why: 'scripts nested too deep to follow' });
      return;
    }
    for (const item of script.items) {
      for (const pipeline of item.pipelines) {
        this.seq++;
        const many = pipeline.commands.length > 1;
        pipeline.commands.forEach((command, index) => {
          this.command(command, many ? copy(state) : state, depth, item.async || async, index > 0);
        });
      }
    }
  }

  private command(command: Command, state: State, depth: number, async: boolean, piped: boolean): void {
    if (command.kind === 'simple') this.simple(command, state, depth, async, piped);
    else this.walk(command.body, command.kind === 'subshell' ? copy(state) : state, depth + 1, async);
    for (const r of command.redirects) {
      if (r.target) this.substitutions(r.target, state, depth);
    }
  }

  private substitutions(word: Word, state: State, depth: number): void {
    for (const sub of word.subs) this.walk(sub, copy(state), depth + 1);
  }

  private arg(word: Word, state: State): Arg {
    let known = !word.opaque;
    let value = word.text.replace(new RegExp(`${PARAM}([A-Za-z0-9_]+)${PARAM}`, 'g'), (_, name: string) => {
      const v = state.vars.get(name) ?? state.exported.get(name);
      if (!v) {
        known = false;
        return `$${name}`;
      }
      known &&= v.known;
      return v.value;
    });
    if (word.tilde && (value === '~' || value.startsWith('~/'))) value = homedir() + value.slice(1);
    return { value, known };
  }

  private simple(command: SimpleCommand, state: State, depth: number, async: boolean, piped: boolean): void {
    for (const a of command.assignments) this.substitutions(a.value, state, depth);
    for (const w of command.words) this.substitutions(w, state, depth);
    const argv = command.words.map((w) => this.arg(w, state));
    const assigned = new Map(command.assignments.map((a) => [a.name, this.arg(a.value, state)] as const));
    if (argv.length === 0) {
      for (const [name, value] of assigned) {
        if (state.exported.has(name)) state.exported.set(name, value);
        else state.vars.set(name, value);
      }
      return;
    }
    const redirects = command.redirects.map((r) => ({ op: r.op, ...(r.target ? { target: this.arg(r.target, state) } : {}), ...(r.heredoc ? { heredoc: r.heredoc } : {}) }));
    const env = new Map(state.exported);
    for (const [name, value] of assigned) env.set(name, value);
    this.run({ argv, env, cwd: state.cwd, redirects, seq: this.seq, async, pipedStdin: piped, via: [] }, state, depth);
  }

  /** Follows builtins that change the shell and wrappers that run another command; records what finally runs. */
  private run(inv: Invocation, state: State, depth: number): void {
    const [first, ...rest] = inv.argv;
    if (!first) return;
    const name = first.known ? basename(first.value) : first.value;
    switch (name) {
      case 'cd':
      case 'pushd': {
        const target = rest.find((a) => !a.value.startsWith('-') || a.value === '-');
        state.cwd = target === undefined ? homedir() : target.known && target.value !== '-' ? resolvePath(state.cwd, target.value) : undefined;
        return;
      }
      case 'popd':
        state.cwd = undefined;
        return;
      case 'export':
      case 'declare':
      case 'typeset':
      case 'readonly':
        for (const a of rest) {
          const eq = a.value.indexOf('=');
          if (eq > 0) state.exported.set(a.value.slice(0, eq), { value: a.value.slice(eq + 1), known: a.known });
          else if (!a.value.startsWith('-') && state.vars.has(a.value)) state.exported.set(a.value, state.vars.get(a.value) as Arg);
        }
        return;
      case 'unset':
        for (const a of rest) {
          state.vars.delete(a.value);
          state.exported.delete(a.value);
        }
        return;
      default:
        break;
    }
    if (SHELLS.has(name)) {
      this.shell(inv, rest, state, depth);
      return;
    }
    const unwrapped = unwrap(name, rest, inv);
    if (unwrapped && 'script' in unwrapped) {
      this.script(unwrapped.script, inv, state, depth, name);
      return;
    }
    if (unwrapped) {
      this.run(unwrapped, state, depth);
      return;
    }
    if ((name === 'terraform' || name === 'tofu') && inv.cwd !== undefined) {
      const chdir = rest.find((a) => a.value.startsWith('-chdir='));
      const dir = chdir ? (chdir.known ? resolvePath(inv.cwd, chdir.value.slice(7)) : undefined) : inv.cwd;
      const sub = rest.filter((a) => !a.value.startsWith('-'));
      if (dir !== undefined) {
        const selected = state.workspaces.get(dir);
        if (selected !== undefined) inv.workspace = selected;
        if (sub[0]?.value === 'workspace' && (sub[1]?.value === 'select' || sub[1]?.value === 'new') && sub[2]) {
          state.workspaces.set(dir, sub[2].known ? sub[2].value : '(unknown)');
        }
      }
    }
    this.invocations.push(inv);
    for (const r of inv.redirects) {
      if (r.op.startsWith('<<') && r.heredoc && SCRIPT_READERS.has(name)) this.heredocScript(r.heredoc, inv, state, depth);
    }
  }

  /** `bash -c '…'`, `bash file`, `bash` reading a script from a pipe or a here-document. */
  private shell(inv: Invocation, args: Arg[], state: State, depth: number): void {
    const via = [...inv.via, args.length > 0 ? `${basename(inv.argv[0]?.value ?? 'sh')} ${args[0]?.value ?? ''}`.trim() : basename(inv.argv[0]?.value ?? 'sh')];
    let i = 0;
    let command = false;
    for (; i < args.length; i++) {
      const a = args[i] as Arg;
      if (a.value === '--' || a.value === '-') {
        i++;
        break;
      }
      if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value)) command = true;
      else if (a.value === '-o' || a.value === '+o' || a.value === '-O' || a.value === '+O') i++;
      else if (!a.value.startsWith('-') && !a.value.startsWith('+')) break;
    }
    if (command) {
      const text = args[i];
      if (!text) return;
      if (!text.known) {
        this.unreadable.push({ text: text.value, why: `${via.at(-1) ?? 'sh -c'} runs a string whose value is only known when it runs` });
        return;
      }
      this.parsed(text.value, { ...inv, via }, copy(state), depth);
      return;
    }
    const file = args[i];
    if (file) {
      this.run({ ...inv, argv: args.slice(i), via }, copy(state), depth);
      return;
    }
    const heredoc = inv.redirects.find((r) => r.heredoc);
    if (heredoc?.heredoc) {
      this.heredocScript(heredoc.heredoc, { ...inv, via }, state, depth);
      return;
    }
    if (inv.pipedStdin || inv.redirects.some((r) => r.op === '<' || r.op === '<<<')) {
      const herestring = inv.redirects.find((r) => r.op === '<<<')?.target;
      if (herestring?.known) {
        this.parsed(herestring.value, { ...inv, via }, copy(state), depth);
        return;
      }
      this.unreadable.push({ text: '', why: `${via.at(-1) ?? 'sh'} reads a script from its input, which the guard cannot see` });
      return;
    }
    this.invocations.push(inv);
  }

  private heredocScript(heredoc: NonNullable<Redirect['heredoc']>, inv: Invocation, state: State, depth: number): void {
    if (!heredoc.quoted && /[$`]/.test(heredoc.body)) {
      this.unreadable.push({ text: heredoc.body, why: 'a here-document with substitutions in it' });
      return;
    }
    const name = basename(inv.argv[0]?.value ?? '');
    if (SHELLS.has(name) || name === 'ssh') this.parsed(heredoc.body, inv, copy(state), depth);
  }

  private script(args: Arg[], inv: Invocation, state: State, depth: number, via: string): void {
    if (args.length === 0) return;
    if (args.some((a) => !a.known)) {
      this.unreadable.push({ text: args.map((a) => a.value).join(' '), why: `${via} runs a string whose value is only known when it runs` });
      return;
    }
    this.parsed(
      args.map((a) => a.value).join(' '),
      { ...inv, via: [...inv.via, via] },
      via === 'ssh' ? { ...copy(state), cwd: undefined } : copy(state),
      depth,
    );
  }

  private parsed(text: string, inv: Invocation, state: State, depth: number): void {
    let script: Script;
    try {
      script = parseShell(text);
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      this.unreadable.push({ text, why: `${inv.via.at(-1) ?? 'a nested script'} is not valid shell (${error.message})` });
      return;
    }
    const child = new Resolver();
    child.seq = this.seq;
    for (const [name, value] of inv.env) state.exported.set(name, value);
    child.walk(script, state, depth + 1, inv.async);
    for (const found of child.invocations) this.invocations.push({ ...found, seq: inv.seq, via: [...inv.via, ...found.via], async: found.async || inv.async });
    this.unreadable.push(...child.unreadable);
  }
}

/** Programs that read a script on standard input when given a here-document. */
const SCRIPT_READERS = new Set([...SHELLS, 'ssh']);

function resolvePath(cwd: string | undefined, path: string): string | undefined {
  if (isAbsolute(path)) return normalize(path);
  return cwd === undefined ? undefined : normalize(join(cwd, path));
}

function afterSeparator(args: Arg[]): Arg[] {
  const i = args.findIndex((a) => a.value === '--');
  return i === -1 ? args : args.slice(i + 1);
}

/** Options of a wrapper that take a value, so the command starts after them. */
const WRAPPERS: Record<string, { valued: string[]; positional?: number }> = {
  sudo: { valued: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-T', '-U', '--user', '--group', '--chdir'] },
  doas: { valued: ['-u', '-C'] },
  time: { valued: ['-f', '-o', '--format', '--output'] },
  nohup: { valued: [] },
  command: { valued: [] },
  builtin: { valued: [] },
  exec: { valued: ['-a'] },
  nice: { valued: ['-n', '--adjustment'] },
  ionice: { valued: ['-c', '-n', '-t'] },
  stdbuf: { valued: ['-i', '-o', '-e'] },
  setsid: { valued: [] },
  chronic: { valued: [] },
  unbuffer: { valued: [] },
  timeout: { valued: ['-s', '-k', '--signal', '--kill-after'], positional: 1 },
  xargs: { valued: ['-I', '-L', '-n', '-P', '-d', '-E', '-s', '-a', '--arg-file', '--delimiter', '--max-args', '--max-procs', '--replace'] },
  npx: { valued: ['-p', '--package', '-c', '--call'] },
  pnpx: { valued: [] },
  bunx: { valued: ['-p', '--package'] },
  'aws-vault': { valued: ['-d', '--duration', '-t', '--mfa-token', '--region', '--backend'] },
  doppler: { valued: ['-p', '--project', '-c', '--config'] },
  op: { valued: ['--env-file'] },
  dotenv: { valued: ['-e', '-v', '-c'] },
  direnv: { valued: [] },
  flock: { valued: ['-w', '--timeout', '-E'] },
};

/** A wrapper's inner command as its own invocation; 'script' when the rest is a string to parse; undefined if no wrapper. */
function unwrap(name: string, rest: Arg[], inv: Invocation): Invocation | { script: Arg[] } | undefined {
  const via = [...inv.via, name];
  const inner = (argv: Arg[], changes: Partial<Invocation> = {}): Invocation | undefined =>
    argv.length > 0 ? { ...inv, argv, via, ...changes } : undefined;
  if (name === 'env') {
    const env = new Map(inv.env);
    let cwd = inv.cwd;
    let i = 0;
    for (; i < rest.length; i++) {
      const a = rest[i] as Arg;
      if (a.value === '-u' || a.value === '--unset') {
        env.delete(rest[i + 1]?.value ?? '');
        i++;
      } else if (a.value === '-C' || a.value === '--chdir') {
        const dir = rest[++i];
        cwd = dir?.known ? resolvePath(cwd, dir.value) : undefined;
      } else if (a.value === '-S' || a.value === '--split-string') {
        return { script: rest.slice(i + 1) };
      } else if (a.value.startsWith('-')) {
        continue;
      } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a.value)) {
        const eq = a.value.indexOf('=');
        env.set(a.value.slice(0, eq), { value: a.value.slice(eq + 1), known: a.known });
      } else break;
    }
    return inner(rest.slice(i), { env, cwd }) ?? undefined;
  }
  if (name === 'eval') return { script: rest };
  if (name === 'watch') {
    let i = 0;
    for (; i < rest.length && (rest[i] as Arg).value.startsWith('-'); i++) {
      if (/^(-n|--interval|-q|--equexit)$/.test((rest[i] as Arg).value)) i++;
    }
    return { script: rest.slice(i) };
  }
  if (name === 'ssh') {
    // ssh [options] HOST [COMMAND…]: the command runs on the remote host, still with the same effect on infrastructure.
    let i = 0;
    for (; i < rest.length; i++) {
      const a = (rest[i] as Arg).value;
      if (/^-[bcDEeFIiJLlmOopQRSWw]$/.test(a)) i++;
      else if (!a.startsWith('-')) break;
    }
    return rest.length > i + 1 ? { script: rest.slice(i + 1) } : undefined;
  }
  if (name === 'kubectl' || name === 'docker' || name === 'podman') {
    const sub = rest.find((a) => !a.value.startsWith('-'))?.value;
    if (sub !== 'exec') return undefined;
    const sep = rest.findIndex((a) => a.value === '--');
    if (name === 'kubectl') return sep === -1 ? undefined : inner(rest.slice(sep + 1));
    // docker exec [options] CONTAINER COMMAND…
    let i = rest.findIndex((a) => a.value === 'exec') + 1;
    for (; i < rest.length; i++) {
      const a = (rest[i] as Arg).value;
      if (/^(-e|--env|-u|--user|-w|--workdir|--env-file)$/.test(a)) i++;
      else if (!a.startsWith('-')) break;
    }
    return inner(rest.slice(i + 1));
  }
  if (name === 'npm' || name === 'pnpm' || name === 'yarn' || name === 'bun') {
    const sub = rest.findIndex((a) => !a.value.startsWith('-'));
    if (rest[sub]?.value === 'exec' || rest[sub]?.value === 'dlx' || (name === 'bun' && rest[sub]?.value === 'x')) return inner(afterSeparator(rest.slice(sub + 1)).filter((a) => !a.value.startsWith('--yes')));
    return undefined;
  }
  const spec = WRAPPERS[name];
  if (!spec) return undefined;
  if (name === 'command' && rest.some((a) => a.value === '-v' || a.value === '-V')) return inner([]);
  const flockCommand = rest.findIndex((a) => a.value === '-c' || a.value === '--command');
  if (name === 'flock' && flockCommand !== -1) return { script: rest.slice(flockCommand + 1, flockCommand + 2) };
  let i = 0;
  let positional = spec.positional ?? 0;
  let env = inv.env;
  let cwd = inv.cwd;
  for (; i < rest.length; i++) {
    const a = (rest[i] as Arg).value;
    if (a === '--') {
      i++;
      break;
    }
    if (spec.valued.includes(a)) {
      if ((name === 'sudo' && (a === '-D' || a === '--chdir')) || (name === 'direnv' && a === 'exec')) {
        const dir = rest[i + 1];
        cwd = dir?.known ? resolvePath(cwd, dir.value) : undefined;
      }
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    if (name === 'aws-vault' && a === 'exec') {
      const profile = rest[i + 1];
      if (profile) env = new Map([...env, ['AWS_PROFILE', profile]]);
      i++;
      continue;
    }
    if ((name === 'doppler' || name === 'op') && a === 'run') continue;
    if (name === 'direnv' && a === 'exec') {
      const dir = rest[i + 1];
      cwd = dir?.known ? resolvePath(cwd, dir.value) : undefined;
      i++;
      continue;
    }
    if (name === 'flock' && positional === 0) {
      positional = -1;
      continue;
    }
    if (positional > 0) {
      positional--;
      continue;
    }
    break;
  }
  const argv = rest.slice(i);
  if (name === 'xargs') return inner(argv.length > 0 ? [...argv, { value: '(arguments from input)', known: false }] : [{ value: 'echo', known: true }], { env, cwd });
  return inner(argv, { env, cwd });
}

/** Every program the command line runs, as far as it can be known without running it. */
export function resolveCommand(script: Script, cwd: string | undefined): Resolved {
  const resolver = new Resolver();
  resolver.walk(script, { cwd, vars: new Map(), exported: new Map(), workspaces: new Map() }, 0);
  return { invocations: resolver.invocations, unreadable: resolver.unreadable };
}
