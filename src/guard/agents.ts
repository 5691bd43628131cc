import { isAbsolute, join } from 'node:path';
import type { GuardAnswer } from '../policy/types.js';
import { guardWords } from '../report/guard.js';
import type { GuardDecision } from './decide.js';

// Each coding agent's pre-tool hook, as its documentation describes it: what arrives on stdin, and how the hook
// answers (stdout JSON and/or the exit code). "allow" is answered as "no objection": the agent's own permission rules
// still apply, so the guard never approves a command the agent would otherwise have asked a person about.

export const AGENTS = ['claude', 'codex', 'copilot', 'cursor', 'kiro', 'gemini', 'generic'] as const;
export type AgentName = (typeof AGENTS)[number];

/** Agents whose hooks can hand the decision to a person; elsewhere an "ask" becomes a deny. */
export const SUPPORTS_ASK: Record<AgentName, boolean> = {
  claude: true,
  cursor: true,
  generic: true,
  codex: false,
  copilot: false,
  kiro: false,
  gemini: false,
};

export const AGENT_TITLES: Record<AgentName, string> = {
  claude: 'Claude Code',
  codex: 'Codex',
  copilot: 'GitHub Copilot',
  cursor: 'Cursor',
  kiro: 'Kiro',
  gemini: 'Gemini CLI',
  generic: 'the generic hook',
};

export class PayloadError extends Error {}

export interface HookCall {
  /** The shell command, or undefined when the call is for a tool that runs no shell command. */
  command: string | undefined;
  cwd: string | undefined;
  shell: 'posix' | 'powershell';
  tool: string;
}

/** Tool names under which each agent runs shell commands. */
const SHELL_TOOLS = new Set(['bash', 'shell', 'local_shell', 'exec_command', 'unified_exec', 'run_shell_command', 'execute_bash', 'execute_cmd', 'powershell', 'terminal']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function toolCall(tool: string, input: unknown, cwd: string | undefined): HookCall {
  const args = typeof input === 'string' ? parseArgsString(input) : input;
  const command = isRecord(args) ? text(args['command']) : undefined;
  const isShell = SHELL_TOOLS.has(tool.toLowerCase());
  if (command === undefined && isShell) throw new PayloadError(`the ${tool} call has no command string`);
  let dir = cwd;
  const sub = isRecord(args) ? (text(args['dir_path']) ?? text(args['directory']) ?? text(args['working_dir'])) : undefined;
  if (sub && dir !== undefined) dir = isAbsolute(sub) ? sub : join(dir, sub);
  return { command, cwd: dir, shell: tool.toLowerCase() === 'powershell' ? 'powershell' : 'posix', tool };
}

function parseArgsString(input: string): unknown {
  try {
    return JSON.parse(input) as unknown;
  } catch {
    throw new PayloadError('toolArgs is not JSON');
  }
}

/** Reads the hook's stdin. Throws PayloadError for anything that is not the documented shape. */
export function readHookCall(agent: AgentName, stdin: string): HookCall {
  let payload: unknown;
  try {
    payload = JSON.parse(stdin);
  } catch {
    throw new PayloadError(stdin.trim() === '' ? 'no hook payload on stdin' : 'the hook payload on stdin is not JSON');
  }
  if (!isRecord(payload)) throw new PayloadError('the hook payload is not a JSON object');
  const cwd = text(payload['cwd']);
  switch (agent) {
    case 'generic':
    case 'cursor': {
      const command = text(payload['command']);
      if (command === undefined) throw new PayloadError('the payload has no "command" string');
      const roots = Array.isArray(payload['workspace_roots']) ? payload['workspace_roots'].filter((r): r is string => typeof r === 'string') : [];
      return { command, cwd: cwd || roots[0], shell: 'posix', tool: agent === 'cursor' ? 'beforeShellExecution' : 'command' };
    }
    case 'copilot': {
      // camelCase events give toolName/toolArgs (a JSON string); the VS Code-compatible PascalCase ones give tool_name/tool_input.
      const tool = text(payload['toolName']) ?? text(payload['tool_name']);
      if (tool === undefined) throw new PayloadError('the payload has no toolName');
      return toolCall(tool, payload['toolArgs'] ?? payload['tool_input'], cwd);
    }
    default: {
      const tool = text(payload['tool_name']);
      if (tool === undefined) throw new PayloadError('the payload has no tool_name');
      return toolCall(tool, payload['tool_input'], cwd);
    }
  }
}

export interface HookAnswer {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** The agent's documented answer for a decision. */
export function hookAnswer(agent: AgentName, result: GuardDecision): HookAnswer {
  let decision: GuardAnswer = result.decision;
  let reason = `Blastgate: ${result.reason}`;
  if (decision === 'ask' && !SUPPORTS_ASK[agent]) {
    decision = 'deny';
    reason = `${reason} ${guardWords.askUnsupported(AGENT_TITLES[agent])}`;
  }
  const preToolUse = (d: GuardAnswer) => json({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: d, permissionDecisionReason: reason } });
  switch (agent) {
    case 'generic':
      return {
        stdout: json({ decision, reason: result.reason, operations: result.operations, policy: result.policy }),
        stderr: decision === 'deny' ? `${reason}\n` : '',
        exitCode: decision === 'deny' ? 2 : 0,
      };
    case 'claude':
      return { stdout: decision === 'allow' ? '' : preToolUse(decision), stderr: '', exitCode: 0 };
    case 'codex':
      return { stdout: decision === 'allow' ? '' : preToolUse('deny'), stderr: '', exitCode: 0 };
    case 'gemini':
      return { stdout: decision === 'allow' ? '{}\n' : json({ decision: 'deny', reason }), stderr: '', exitCode: 0 };
    case 'copilot':
      return { stdout: decision === 'allow' ? '' : json({ permissionDecision: 'deny', permissionDecisionReason: reason }), stderr: '', exitCode: 0 };
    case 'cursor':
      return {
        stdout: json(decision === 'allow' ? { permission: 'allow' } : { permission: decision, user_message: reason, agent_message: reason }),
        stderr: '',
        exitCode: 0,
      };
    case 'kiro':
      return { stdout: '', stderr: decision === 'deny' ? `${reason}\n` : '', exitCode: decision === 'deny' ? 2 : 0 };
  }
}

/** The answer when no decision could be made: a deny, in the form each agent cannot miss. */
export function failClosedAnswer(agent: AgentName, problem: string): HookAnswer {
  const reason = `Blastgate: ${guardWords.failClosed(problem)}`;
  switch (agent) {
    case 'generic':
      return { stdout: json({ decision: 'deny', reason, operations: [] }), stderr: `${reason}\n`, exitCode: 2 };
    case 'copilot':
      return { stdout: json({ permissionDecision: 'deny', permissionDecisionReason: reason }), stderr: `${reason}\n`, exitCode: 0 };
    case 'cursor':
      return { stdout: json({ permission: 'deny', user_message: reason, agent_message: reason }), stderr: `${reason}\n`, exitCode: 0 };
    default:
      // Claude Code, Codex, Gemini CLI and Kiro all block on exit 2 and show stderr to the model.
      return { stdout: '', stderr: `${reason}\n`, exitCode: 2 };
  }
}
