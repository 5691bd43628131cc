import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgentName } from '../src/guard/agents.js';
import { GUARD_DEADLINE_SECONDS } from '../src/guard/install.js';
import { makeRepo, payload } from './guard-helpers.js';
import { bundle } from './helpers.js';

// `guard install` round trip for every agent: what the user had is kept, a second run changes nothing, and the
// hook command written runs the guard and blocks in that agent's format, also when the guard cannot start.

const INSTALLABLE: AgentName[] = ['claude', 'codex', 'copilot', 'cursor', 'kiro', 'gemini'];

/** Each agent's configuration file as a user might already have it, with a hook of their own. */
const EXISTING: Record<string, { file: string; data: unknown }[]> = {
  claude: [{ file: '.claude/settings.json', data: { permissions: { deny: ['Bash(rm -rf:*)'] }, hooks: { PreToolUse: [{ matcher: 'Write', hooks: [{ type: 'command', command: 'prettier --check' }] }] } } }],
  codex: [{ file: '.codex/hooks.json', data: { hooks: { Stop: [{ hooks: [{ type: 'command', command: 'npm test' }] }] } } }],
  copilot: [{ file: '.github/hooks/blastgate.json', data: { version: 1, hooks: { sessionStart: [{ type: 'command', bash: 'echo hi' }] } } }],
  cursor: [{ file: '.cursor/hooks.json', data: { version: 1, hooks: { afterFileEdit: [{ command: 'npx prettier --write' }], beforeShellExecution: [{ command: './audit.sh' }] } } }],
  kiro: [{ file: '.kiro/agents/default.json', data: { name: 'default', tools: ['*'], hooks: { agentSpawn: [{ command: 'git status' }] } } }],
  gemini: [{ file: '.gemini/settings.json', data: { theme: 'Dracula', hooks: { AfterTool: [{ matcher: 'write_file', hooks: [{ type: 'command', command: 'lint.sh' }] }] } } }],
};

/** Where each agent's hook command sits in its configuration. */
function hookCommands(agent: AgentName, dir: string): { file: string; command: string; timeoutSeconds: number }[] {
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const mine = (list: any[]) => list.filter((e) => JSON.stringify(e).includes('blastgate')); // eslint-disable-line @typescript-eslint/no-explicit-any
  switch (agent) {
    case 'claude':
    case 'codex': {
      const file = agent === 'claude' ? '.claude/settings.json' : '.codex/hooks.json';
      return mine(read(file)['hooks']['PreToolUse']).map((e) => ({ file, command: e.hooks[0].command, timeoutSeconds: e.hooks[0].timeout }));
    }
    case 'gemini':
      return mine(read('.gemini/settings.json')['hooks']['BeforeTool']).map((e) => ({ file: '.gemini/settings.json', command: e.hooks[0].command, timeoutSeconds: e.hooks[0].timeout / 1000 }));
    case 'copilot':
      return mine(read('.github/hooks/blastgate.json')['hooks']['preToolUse']).map((e) => ({ file: '.github/hooks/blastgate.json', command: e.bash, timeoutSeconds: e.timeoutSec }));
    case 'cursor':
      return mine(read('.cursor/hooks.json')['hooks']['beforeShellExecution']).map((e) => ({ file: '.cursor/hooks.json', command: e.command, timeoutSeconds: e.timeout }));
    case 'kiro':
      return [
        ...mine(read('.kiro/hooks/blastgate.json')['hooks']).map((e) => ({ file: '.kiro/hooks/blastgate.json', command: e.action.command, timeoutSeconds: e.timeout })),
        ...mine(read('.kiro/agents/default.json')['hooks']['preToolUse']).map((e) => ({ file: '.kiro/agents/default.json', command: e.command, timeoutSeconds: e.timeout_ms / 1000 })),
      ];
    default:
      return [];
  }
}

function install(agent: string, dir: string, guardCommand: string) {
  return spawnSync(process.execPath, [bundle, 'guard', 'install', '--agent', agent, '--dir', dir, '--command', guardCommand], { encoding: 'utf8' });
}

function snapshot(dir: string, files: string[]): string {
  return files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n---\n');
}

describe('blastgate guard install', () => {
  const guardCommand = `${process.execPath} ${bundle}`;

  it.each(INSTALLABLE)('%s: merges, is idempotent, and the hook it writes denies the production destroy', (agent) => {
    const repo = makeRepo();
    for (const { file, data } of EXISTING[agent] ?? []) {
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      writeFileSync(join(repo, file), JSON.stringify(data, null, 2));
    }
    const first = install(agent, repo, guardCommand);
    expect(first.status, first.stderr).toBe(0);
    const hooks = hookCommands(agent, repo);
    expect(hooks.length).toBeGreaterThan(0);
    const files = [...new Set(hooks.map((h) => h.file))];
    const once = snapshot(repo, files);
    expect(install(agent, repo, guardCommand).status).toBe(0);
    expect(snapshot(repo, files)).toBe(once);
    expect(hookCommands(agent, repo)).toHaveLength(hooks.length);

    // Everything the user had is still there.
    for (const { file, data } of EXISTING[agent] ?? []) {
      const now = readFileSync(join(repo, file), 'utf8');
      for (const leaf of JSON.stringify(data).match(/"[^"]+"/g) ?? []) expect(now).toContain(leaf);
    }

    for (const hook of hooks) {
      expect(hook.timeoutSeconds).toBeGreaterThan(GUARD_DEADLINE_SECONDS);
      // The agent runs the hook command in a shell with the payload on stdin.
      const run = spawnSync('sh', ['-c', hook.command], { input: payload(agent, repo), encoding: 'utf8', cwd: repo, env: { PATH: process.env['PATH'] ?? '', HOME: mkdtempSync(join(tmpdir(), 'home-')) } });
      if (agent === 'cursor') expect(JSON.parse(run.stdout)).toMatchObject({ permission: 'deny' });
      else if (agent === 'copilot') expect(JSON.parse(run.stdout)).toMatchObject({ permissionDecision: 'deny' });
      else if (agent === 'kiro') expect(run.status).toBe(2);
      else if (agent === 'gemini') expect(JSON.parse(run.stdout)).toMatchObject({ decision: 'deny' });
      else expect(JSON.parse(run.stdout)).toMatchObject({ hookSpecificOutput: { permissionDecision: 'deny' } });
    }
  });

  it.each(INSTALLABLE)('%s: a guard that cannot start still blocks', (agent) => {
    const repo = makeRepo();
    if (agent === 'kiro') {
      mkdirSync(join(repo, '.kiro/agents'), { recursive: true });
      writeFileSync(join(repo, '.kiro/agents/default.json'), '{}');
    }
    expect(install(agent, repo, '/nonexistent/blastgate').status).toBe(0);
    for (const hook of hookCommands(agent, repo)) {
      const run = spawnSync('sh', ['-c', hook.command], { input: payload(agent, repo, 'ls'), encoding: 'utf8', cwd: repo });
      if (agent === 'cursor') expect(JSON.parse(run.stdout)).toMatchObject({ permission: 'deny' });
      else if (agent === 'copilot') expect(JSON.parse(run.stdout)).toMatchObject({ permissionDecision: 'deny' });
      else {
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('could not run (exit 127)');
      }
    }
  });

  it('leaves a file it cannot read as JSON untouched and says so', () => {
    const repo = makeRepo();
    mkdirSync(join(repo, '.gemini'), { recursive: true });
    const text = '{\n  // my settings\n  "theme": "Dracula"\n}\n';
    writeFileSync(join(repo, '.gemini/settings.json'), text);
    const run = install('gemini', repo, 'blastgate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.gemini/settings.json');
    expect(readFileSync(join(repo, '.gemini/settings.json'), 'utf8')).toBe(text);
  });

  it('needs an agent with a hook configuration', () => {
    const run = install('generic', makeRepo(), 'blastgate');
    expect(run.status).toBe(2);
  });
});
