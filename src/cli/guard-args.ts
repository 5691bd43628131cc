import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { AGENTS, type AgentName } from '../guard/agents.js';

// `blastgate guard` and `blastgate guard install`: options and their descriptions in one place (help reads them).

export const GUARD_OPTIONS = {
  agent: { type: 'string', value: 'claude|codex|copilot|cursor|kiro|gemini|generic', description: 'whose hook payload arrives on stdin and whose answer format to write (default generic)' },
  config: { type: 'string', value: 'FILE', description: 'a policy file outside the working tree (default: .github/blastgate.yml on the remote default branch, else the defaults)' },
  audit: { type: 'string', value: 'FILE', description: 'append one JSON line per decision here (default: guard-audit.jsonl under the user state directory)' },
  dir: { type: 'string', value: 'REPO', description: 'install: the repository to write the hook configuration into (default .)' },
  command: { type: 'string', value: 'CMD', description: 'install: how the hook starts blastgate (default blastgate; e.g. "npx --no-install blastgate")' },
} as const;

export const GUARD_USAGE = `Usage:
  blastgate guard [--agent ${GUARD_OPTIONS.agent.value}] [--config FILE] [--audit FILE]
  blastgate guard install --agent NAME [--dir REPO] [--command CMD]

guard reads a coding agent's pre-tool hook payload on stdin and answers in that agent's format whether the shell
command may run. --agent generic reads {"command": ..., "cwd": ...} and writes {"decision", "reason", "operations"}.
Exit codes (generic): 0 allow or ask, 2 deny (and any error: fail closed). install exit codes: 0 written, 2 bad input.

Options:
${Object.entries(GUARD_OPTIONS)
  .map(([name, o]) => `  --${`${name} ${o.value}`.padEnd(26)} ${o.description}`)
  .join('\n')}`;

export type GuardArgs =
  | { command: 'guard'; agent: AgentName; config?: string; audit?: string }
  | { command: 'guard-install'; agent: AgentName; dir: string; guardCommand: string }
  | { command: 'guard-help' };

function agentOf(value: string | undefined): AgentName {
  if (value === undefined) return 'generic';
  if (!(AGENTS as readonly string[]).includes(value)) throw new InputError('usage', `--agent must be one of ${AGENTS.join(', ')}, not "${value}"`);
  return value as AgentName;
}

/** Arguments after `guard`. */
export function parseGuardArgs(argv: string[]): GuardArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        agent: { type: 'string' },
        config: { type: 'string' },
        audit: { type: 'string' },
        dir: { type: 'string' },
        command: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new InputError('usage', (error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'guard-help' };
  const agent = agentOf(values.agent);
  if (positionals[0] === 'install') {
    if (values.agent === undefined) throw new InputError('usage', `guard install needs --agent (${AGENTS.filter((a) => a !== 'generic').join(', ')})`);
    if (values.config !== undefined || values.audit !== undefined) throw new InputError('usage', '--config and --audit go with guard, not guard install');
    return { command: 'guard-install', agent, dir: values.dir ?? '.', guardCommand: values.command ?? 'blastgate' };
  }
  if (positionals.length > 0) throw new InputError('usage', `unknown guard command "${positionals[0] ?? ''}" (try: blastgate guard install --agent claude)`);
  if (values.dir !== undefined || values.command !== undefined) throw new InputError('usage', '--dir and --command go with guard install');
  return { command: 'guard', agent, ...(values.config !== undefined ? { config: values.config } : {}), ...(values.audit !== undefined ? { audit: values.audit } : {}) };
}
