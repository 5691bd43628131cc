import { readFileSync } from 'node:fs';
import { GUARD_USAGE, parseGuardArgs } from '../cli/guard-args.js';
import { InputError } from '../errors.js';
import { failClosedAnswer, hookAnswer, readHookCall, PayloadError, type AgentName, type HookAnswer } from './agents.js';
import { appendAudit, defaultAuditPath } from './audit.js';
import { GUARD_DEADLINE_SECONDS } from './install.js';

// The guard's edge: stdin in, the agent's answer out, one audit line, and a deadline after which it denies.

function write(answer: HookAnswer): number {
  if (answer.stdout) process.stdout.write(answer.stdout);
  if (answer.stderr) process.stderr.write(answer.stderr);
  return answer.exitCode;
}

async function guard(agent: AgentName, config: string | undefined, audit: string | undefined): Promise<number> {
  const auditPath = audit ?? defaultAuditPath();
  let command: string | undefined;
  let cwd: string | undefined;
  const record = (decision: 'allow' | 'ask' | 'deny', reasons: string[], extra: object = {}) => {
    const problem = appendAudit(auditPath, { agent, command, cwd, decision, reasons, ...extra });
    if (problem) process.stderr.write(`blastgate: ${problem}\n`);
  };
  // A hook the agent kills for taking too long lets the command through in most agents: answer first.
  const deadline = setTimeout(() => {
    const problem = `no decision within ${GUARD_DEADLINE_SECONDS} s`;
    record('deny', [problem]);
    process.exit(write(failClosedAnswer(agent, problem)));
  }, GUARD_DEADLINE_SECONDS * 1000);
  deadline.unref();
  try {
    const call = readHookCall(agent, readFileSync(0, 'utf8'));
    command = call.command;
    cwd = call.cwd ?? process.cwd();
    if (call.command === undefined) return write(hookAnswer(agent, { decision: 'allow', reason: `${call.tool} runs no shell command.`, operations: [], policy: 'not needed' }));
    const { decide } = await import('./decide.js');
    const result = await decide({ command: call.command, cwd, env: process.env, shell: call.shell, ...(config !== undefined ? { config } : {}) });
    record(result.decision, [result.reason], { operations: result.operations, policy: result.policy });
    return write(hookAnswer(agent, result));
  } catch (error) {
    const problem =
      error instanceof PayloadError ? error.message : error instanceof InputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    record('deny', [problem]);
    return write(failClosedAnswer(agent, problem));
  } finally {
    clearTimeout(deadline);
  }
}

/** `blastgate guard …`: returns the exit code. */
export async function runGuard(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseGuardArgs(argv);
  } catch (error) {
    const agentAt = argv.indexOf('--agent');
    const agent = (argv[agentAt + 1] ?? 'generic') as AgentName;
    if (error instanceof InputError && !argv.includes('install')) {
      // A hook call with bad arguments still answers: deny, in the agent's format if it can be told.
      return write(failClosedAnswer(['claude', 'codex', 'copilot', 'cursor', 'kiro', 'gemini'].includes(agent) ? agent : 'generic', error.message));
    }
    process.stderr.write(`blastgate: ${error instanceof Error ? error.message : String(error)} (blastgate guard --help shows the usage)\n`);
    return 2;
  }
  if (args.command === 'guard-help') {
    process.stdout.write(`${GUARD_USAGE}\n`);
    return 0;
  }
  if (args.command === 'guard-install') {
    try {
      const { installGuard } = await import('./install.js');
      const result = installGuard(args.agent, args.dir, args.guardCommand);
      process.stdout.write(`blastgate guard: hook for ${args.agent} written to ${result.files.join(', ')}\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`blastgate: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  return guard(args.agent, args.config, args.audit);
}
