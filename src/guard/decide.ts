import { isAbsolute, join, normalize } from 'node:path';
import type { GuardAnswer } from '../policy/types.js';
import { guardWords } from '../report/guard.js';
import { classify, namesClassifiedTool, type Operation } from './classify.js';
import { environmentOf, type CommandEnvironment } from './environment.js';
import { configurationReviewed, loadGuardPolicy, repositoryRoot, type GuardPolicySource } from './policy.js';
import { basename, type Invocation, resolveCommand, type Resolved } from './resolve.js';
import { parseShell, ShellSyntaxError } from './shell.js';

// The guard's decision on one command line: parse, resolve, classify, find each operation's environment, apply the
// policy (and score a saved plan), then the strictest answer wins. Pure apart from reading the policy, the
// configuration's files and running `terraform show` for a saved plan.

export interface OperationAnswer {
  command: string;
  class: Operation['class'] | 'unreadable';
  what: string;
  environment?: CommandEnvironment;
  decision: GuardAnswer;
  reason: string;
}

export interface GuardDecision {
  decision: GuardAnswer;
  reason: string;
  operations: OperationAnswer[];
  policy: string;
}

export interface GuardRequest {
  command: string;
  cwd: string | undefined;
  /** The agent's environment, which the command inherits (TF_WORKSPACE, AWS_PROFILE, TF_CLI_ARGS). */
  env: NodeJS.ProcessEnv;
  config?: string;
  /** The shell the command is for; anything but a POSIX shell cannot be read. */
  shell?: 'posix' | 'powershell';
}

const RANK: Record<GuardAnswer, number> = { allow: 0, ask: 1, deny: 2 };

/** Programs that run nothing else and touch no infrastructure: with only these, no policy needs reading. */
const PLAIN = new Set(
  'ls cat head tail grep egrep fgrep rg ag find fd sed awk echo printf pwd wc sort uniq cut tr diff cmp comm git true false test [ [[ which type file stat du df date sleep jq yq less more tree realpath dirname basename mkdir touch cp mv rm rmdir chmod chown ln tee xxd od printenv uname whoami id hostname ps kill tar gzip gunzip unzip zip base64 sha256sum md5sum shasum tsc eslint prettier vitest jest pytest go cargo rustc python python3 pip pip3 node deno bun npm pnpm yarn uv ruff black mypy curl wget open code'.split(
    ' ',
  ),
);
/** npm-like runners: their script names are where wrappers hide, so only these subcommands are plain. */
const PLAIN_SCRIPT_RUNS = new Set(['test', 't', 'install', 'i', 'ci', 'ls', 'list', 'view', 'outdated', 'audit', 'version', 'add', 'remove', 'build', 'lint', 'typecheck', 'format']);

function plain(inv: Invocation): boolean {
  const name = basename(inv.argv[0]?.value ?? '');
  if (!PLAIN.has(name)) return false;
  if (['npm', 'pnpm', 'yarn', 'bun'].includes(name)) {
    const words = inv.argv.slice(1).filter((a) => !a.value.startsWith('-'));
    const script = words[0]?.value === 'run' ? words[1]?.value : words[0]?.value;
    return script === undefined || PLAIN_SCRIPT_RUNS.has(script);
  }
  if (name === 'python' || name === 'python3' || name === 'node' || name === 'bun' || name === 'deno') {
    // A script file could be a wrapper the policy lists.
    return !inv.argv.slice(1).some((a) => !a.value.startsWith('-'));
  }
  return true;
}

function strictest(answers: GuardAnswer[]): GuardAnswer {
  return answers.reduce<GuardAnswer>((a, b) => (RANK[b] > RANK[a] ? b : a), 'allow');
}

/** Files the invocation's redirections write: an absolute path, or undefined when the path is not known. */
function writtenFiles(inv: Invocation): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  for (const r of inv.redirects) {
    if (!/^(>|>>|>\||&>|&>>|<>|>&)$/.test(r.op) || !r.target) continue;
    const t = r.target;
    if (!t.known) out.push(undefined);
    else if (t.value !== '/dev/null' && !/^\d+$|^-$/.test(t.value)) {
      out.push(isAbsolute(t.value) ? normalize(t.value) : inv.cwd === undefined ? undefined : normalize(join(inv.cwd, t.value)));
    }
  }
  return out;
}

/** Commands that may stand beside a saved plan's apply: they write no file (unless by a redirection checked apart). */
const HARMLESS_NEIGHBOURS = new Set('echo printf pwd ls cat head tail wc grep date sleep true false test [ which type env printenv'.split(' '));
const TERRAFORM_HARMLESS = new Set(['init', 'validate', 'fmt', 'version', 'show', 'output', 'providers', 'workspace']);

/** Could this other invocation write the plan file before (or while) the apply reads it? */
function mayWritePlan(other: Invocation, planPath: string, classified: Operation | undefined): boolean {
  if (writtenFiles(other).some((path) => path === undefined || path === planPath)) return true;
  const name = basename(other.argv[0]?.value ?? '');
  if (HARMLESS_NEIGHBOURS.has(name)) return false;
  if (classified?.terraform) {
    const words = other.argv.slice(1).map((a) => a.value).filter((v) => !v.startsWith('-'));
    return !TERRAFORM_HARMLESS.has(words[0] ?? '');
  }
  return true;
}

interface Context {
  request: GuardRequest;
  source: GuardPolicySource;
  root: string | undefined;
  resolved: Resolved;
  operations: (Operation | undefined)[];
}

async function savedPlanAnswer(op: Operation, index: number, ctx: Context): Promise<OperationAnswer> {
  const tf = op.terraform;
  const tool = tf?.binary ?? 'terraform';
  const base = { command: op.command, class: op.class, what: op.what };
  const deny = (reason: string): OperationAnswer => ({ ...base, decision: 'deny', reason });
  const plan = tf?.planFile;
  if (!tf || !plan?.known || tf.dir === undefined) return deny(guardWords.planPathUnknown(tool));
  if (tf.unknownArgs) return deny(guardWords.argsUnknown(tool));
  const planPath = isAbsolute(plan.value) ? normalize(plan.value) : normalize(join(tf.dir, plan.value));
  const apply = op.invocation;
  for (const [i, other] of ctx.resolved.invocations.entries()) {
    if (i === index) continue;
    const before = other.seq < apply.seq || other.seq === apply.seq || other.async;
    if (before && mayWritePlan(other, planPath, ctx.operations[i])) {
      return deny(guardWords.planWrittenInCommand(tool, plan.value, ctx.operations[i]?.command ?? (other.argv.map((a) => a.value).join(' ') || 'a redirection')));
    }
  }
  const { scoreSavedPlan } = await import('./saved-plan.js');
  const env: NodeJS.ProcessEnv = { ...ctx.request.env };
  for (const [k, v] of apply.env) env[k] = v.value;
  const scored = await scoreSavedPlan({
    binary: tool,
    dir: tf.dir,
    planFile: plan.value,
    env,
    ...(tf.workspace !== undefined ? { workspace: tf.workspace } : {}),
    timeoutMs: ctx.source.policy.guard.planTimeoutSeconds * 1000,
    policy: ctx.source.policy,
  });
  if (!scored.ok) return deny(guardWords.planUnreadable(tool, scored.problem));
  if (scored.report.decision.gate !== 'open') return deny(guardWords.planGated(plan.value, scored.report));
  const production = scored.report.environments.some((e) => e.production);
  const rule = ctx.source.policy.guard.rules['saved-plan'];
  const decision = production ? rule.production : rule.nonProduction;
  const environment = scored.report.environments[0];
  return {
    ...base,
    ...(environment ? { environment: { production, name: environment.name, because: environment.because } } : {}),
    decision,
    reason: guardWords.planOpen(plan.value, scored.report),
  };
}

async function answerFor(op: Operation, index: number, ctx: Context): Promise<OperationAnswer> {
  if (op.class === 'saved-plan') return savedPlanAnswer(op, index, ctx);
  const base = { command: op.command, class: op.class, what: op.what };
  if (op.class === 'read') return { ...base, decision: 'allow', reason: `${op.what}: reads or plans only.` };
  const tool = op.terraform?.binary ?? 'terraform';
  if (op.class === 'apply' && op.terraform) {
    const rule = ctx.source.policy.guard.rules.apply;
    if (rule.production === 'deny' && rule.nonProduction === 'deny') return { ...base, decision: 'deny', reason: guardWords.applyWithoutPlan(tool, op.what) };
  }
  const environment = environmentOf(op, ctx.source.policy.environments, ctx.root, (dir) => configurationReviewed(ctx.root, ctx.source.defaultRef, dir));
  const rule = ctx.source.policy.guard.rules[op.class];
  const decision = environment.production ? rule.production : rule.nonProduction;
  const reason =
    op.class === 'apply' && op.terraform && decision === 'deny'
      ? guardWords.applyWithoutPlan(tool, op.what)
      : guardWords.environmentRule(op.what, environment.name, environment.production, environment.because, decision);
  return { ...base, environment, decision, reason };
}

function unreadableAnswer(text: string, why: string, tool: string | undefined): OperationAnswer {
  if (tool === undefined) return { command: text.slice(0, 200), class: 'unreadable', what: why, decision: 'allow', reason: `${why}; it names no tool the guard watches.` };
  return { command: text.slice(0, 200), class: 'unreadable', what: why, decision: 'deny', reason: guardWords.unreadable(why, tool) };
}

function combine(answers: OperationAnswer[], policy: string): GuardDecision {
  const decision = strictest(answers.map((a) => a.decision));
  const deciding = answers.filter((a) => a.decision === decision && a.class !== 'read');
  const reason = decision === 'allow' && deciding.length === 0 ? guardWords.nothingToScore : deciding.map((a) => a.reason).join(' ');
  return { decision, reason: reason || guardWords.nothingToScore, operations: answers, policy };
}

/** Decides on one command line. Throws only on a policy that cannot be read (the caller denies then). */
export async function decide(request: GuardRequest): Promise<GuardDecision> {
  const root = repositoryRoot(request.cwd);
  const policyOnce = (() => {
    let loaded: Promise<GuardPolicySource> | undefined;
    return () => (loaded ??= loadGuardPolicy(request.config, request.cwd));
  })();

  if (request.shell === 'powershell') {
    const source = await policyOnce();
    const tool = namesClassifiedTool(request.command, source.policy.guard.wrappers);
    if (tool === undefined) return combine([unreadableAnswer(request.command, 'a PowerShell command', undefined)], source.origin);
    return combine([{ command: request.command.slice(0, 200), class: 'unreadable', what: 'a PowerShell command', decision: 'deny', reason: guardWords.notShell('PowerShell') }], source.origin);
  }

  let resolved: Resolved;
  try {
    resolved = resolveCommand(parseShell(request.command), request.cwd);
  } catch (error) {
    if (!(error instanceof ShellSyntaxError)) throw error;
    const source = await policyOnce();
    const tool = namesClassifiedTool(request.command, source.policy.guard.wrappers);
    return combine([unreadableAnswer(request.command, `it is not valid shell: ${error.message}`, tool)], source.origin);
  }

  const classifyAll = (wrappers: Parameters<typeof classify>[1]['wrappers']) =>
    resolved.invocations.map((inv) => classify(inv, { agentEnv: request.env, wrappers, repoRoot: root, text: request.command }));
  let operations = classifyAll([]);
  const needsPolicy =
    resolved.unreadable.length > 0 ||
    operations.some((op) => op !== undefined && op.class !== 'read') ||
    resolved.invocations.some((inv, i) => operations[i] === undefined && !plain(inv));
  if (!needsPolicy) {
    const answers = operations.filter((op): op is Operation => op !== undefined).map((op) => ({ command: op.command, class: op.class, what: op.what, decision: 'allow' as const, reason: `${op.what}: reads or plans only.` }));
    return combine(answers, 'not needed (nothing to rule on)');
  }
  const source = await policyOnce();
  if (source.policy.guard.wrappers.length > 0) operations = classifyAll(source.policy.guard.wrappers);
  const ctx: Context = { request, source, root, resolved, operations };
  const answers: OperationAnswer[] = [];
  for (const [i, op] of operations.entries()) {
    if (op) answers.push(await answerFor(op, i, ctx));
  }
  for (const u of resolved.unreadable) {
    answers.push(unreadableAnswer(u.text || request.command, u.why, namesClassifiedTool(u.text || request.command, source.policy.guard.wrappers)));
  }
  return combine(answers, source.origin);
}
