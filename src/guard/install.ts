import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import type { AgentName } from './agents.js';

// `blastgate guard install`: writes or merges each agent's hook configuration into a repository. Idempotent (the
// guard's own entry is found by its command and replaced), and every other hook and setting is kept as it was.

/** Seconds the agent waits for the hook: above the guard's own deadline, so the guard answers (denies) first. */
export const HOOK_TIMEOUT_SECONDS = 120;
/** The guard gives up and denies after this long (scoring a saved plan runs `terraform show`). */
export const GUARD_DEADLINE_SECONDS = 90;

const MARK = 'blastgate guard';

/**
 * The hook command: runs the guard, and blocks when the guard itself cannot run (not installed: 127; crashed: 1),
 * because Claude Code, Codex, Gemini CLI and Kiro let a command through on any exit code but 0 and 2, and Cursor
 * and Copilot read their answer from stdout.
 */
export function hookCommand(agent: AgentName, guard: string): string {
  const call = `${guard} guard --agent ${agent}`;
  const problem = 'blastgate guard could not run (exit %s), so the command is blocked: install blastgate or fix the hook';
  if (agent === 'cursor' || agent === 'copilot') {
    const body = JSON.stringify(agent === 'cursor' ? { permission: 'deny', user_message: problem, agent_message: problem } : { permissionDecision: 'deny', permissionDecisionReason: problem });
    const args = agent === 'cursor' ? '"$s" "$s"' : '"$s"';
    return `${call}; s=$?; if [ $s -ne 0 ]; then printf '${body}\\n' ${args}; fi; exit 0`;
  }
  return `${call}; s=$?; if [ $s -ne 0 ] && [ $s -ne 2 ]; then printf '${problem}\\n' "$s" >&2; exit 2; fi; exit $s`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readJson(path: string, shown: string): Record<string, unknown> {
  if (!existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  if (text.trim() === '') return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(shown, `is not plain JSON (${(error as Error).message}); merge the hook by hand, nothing was changed`);
  }
  if (!isRecord(data)) throw new InputError(shown, 'is not a JSON object; nothing was changed');
  return data;
}

function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(temp, path);
}

function mentionsGuard(entry: unknown): boolean {
  return JSON.stringify(entry).includes(MARK);
}

function objectAt(parent: Record<string, unknown>, key: string, file: string): Record<string, unknown> {
  const value = parent[key];
  if (value === undefined) {
    const created: Record<string, unknown> = {};
    parent[key] = created;
    return created;
  }
  if (!isRecord(value)) throw new InputError(file, `"${key}" is not an object; nothing was changed`);
  return value;
}

function arrayAt(parent: Record<string, unknown>, key: string, file: string): unknown[] {
  const value = parent[key];
  if (value === undefined) {
    const created: unknown[] = [];
    parent[key] = created;
    return created;
  }
  if (!Array.isArray(value)) throw new InputError(file, `"${key}" is not a list; nothing was changed`);
  return value;
}

/** Replaces the guard's entry in a list of hooks (or adds it at the end), keeping every other entry. */
function upsert(list: unknown[], entry: unknown): void {
  const kept = list.filter((e) => !mentionsGuard(e));
  list.length = 0;
  list.push(...kept, entry);
}

export interface InstallResult {
  files: string[];
}

function merge(dir: string, file: string, change: (data: Record<string, unknown>, shown: string) => void, written: string[]): void {
  const path = join(dir, file);
  const data = readJson(path, file);
  change(data, file);
  writeJson(path, data);
  written.push(relative(dir, path));
}

/** Writes or merges the hook configuration of `agent` into the repository at `dir`. */
export function installGuard(agent: AgentName, dir: string, guard = 'blastgate'): InstallResult {
  if (!existsSync(dir)) throw new InputError(dir, 'no such directory');
  const command = hookCommand(agent, guard);
  const written: string[] = [];
  switch (agent) {
    case 'claude':
      merge(dir, '.claude/settings.json', (data, shown) => {
        const list = arrayAt(objectAt(data, 'hooks', shown), 'PreToolUse', shown);
        upsert(list, { matcher: 'Bash', hooks: [{ type: 'command', command, timeout: HOOK_TIMEOUT_SECONDS, onFailure: 'block' }] });
      }, written);
      break;
    case 'codex':
      merge(dir, '.codex/hooks.json', (data, shown) => {
        const list = arrayAt(objectAt(data, 'hooks', shown), 'PreToolUse', shown);
        upsert(list, { matcher: 'Bash', hooks: [{ type: 'command', command, timeout: HOOK_TIMEOUT_SECONDS, statusMessage: 'blastgate guard' }] });
      }, written);
      break;
    case 'gemini':
      merge(dir, '.gemini/settings.json', (data, shown) => {
        const list = arrayAt(objectAt(data, 'hooks', shown), 'BeforeTool', shown);
        upsert(list, { matcher: 'run_shell_command', hooks: [{ name: 'blastgate-guard', type: 'command', command, timeout: HOOK_TIMEOUT_SECONDS * 1000 }] });
      }, written);
      break;
    case 'copilot':
      merge(dir, '.github/hooks/blastgate.json', (data, shown) => {
        data['version'] ??= 1;
        const list = arrayAt(objectAt(data, 'hooks', shown), 'preToolUse', shown);
        upsert(list, { type: 'command', bash: command, timeoutSec: HOOK_TIMEOUT_SECONDS });
      }, written);
      break;
    case 'cursor':
      merge(dir, '.cursor/hooks.json', (data, shown) => {
        data['version'] ??= 1;
        const list = arrayAt(objectAt(data, 'hooks', shown), 'beforeShellExecution', shown);
        upsert(list, { command, timeout: HOOK_TIMEOUT_SECONDS });
      }, written);
      break;
    case 'kiro': {
      // Kiro's standalone hook files (IDE, and the CLI from v3) and every agent configuration the CLI reads.
      merge(dir, '.kiro/hooks/blastgate.json', (data, shown) => {
        data['version'] ??= 'v1';
        const list = arrayAt(data, 'hooks', shown);
        upsert(list, {
          name: 'blastgate guard',
          trigger: 'PreToolUse',
          matcher: 'execute_bash|shell|execute_cmd',
          action: { type: 'command', command },
          timeout: HOOK_TIMEOUT_SECONDS,
          enabled: true,
        });
      }, written);
      const agents = join(dir, '.kiro', 'agents');
      if (existsSync(agents)) {
        for (const file of readdirSync(agents).filter((f) => f.endsWith('.json')).sort()) {
          merge(dir, join('.kiro', 'agents', file), (data, shown) => {
            const list = arrayAt(objectAt(data, 'hooks', shown), 'preToolUse', shown);
            upsert(list, { matcher: 'execute_bash', command, timeout_ms: HOOK_TIMEOUT_SECONDS * 1000 });
          }, written);
        }
      }
      break;
    }
    case 'generic':
      throw new InputError('usage', 'guard install needs an agent with a hook configuration (claude, codex, copilot, cursor, kiro, gemini)');
  }
  return { files: written };
}
