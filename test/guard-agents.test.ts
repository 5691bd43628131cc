import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENTS, type AgentName } from '../src/guard/agents.js';
import { makeRepo, payload } from './guard-helpers.js';
import { bundle } from './helpers.js';

// One payload per agent, of exactly the shape its hook documentation gives (fixtures/guard/README.md), sent through
// the built CLI as the agent would: stdin in, that agent's answer out.

let repo: string;
let audit: string;

beforeAll(() => {
  repo = makeRepo();
  audit = join(mkdtempSync(join(tmpdir(), 'blastgate-audit-')), 'guard.jsonl');
});

function guard(agent: AgentName, input: string, extra: string[] = []) {
  const result = spawnSync(process.execPath, [bundle, 'guard', '--agent', agent, '--audit', audit, ...extra], {
    input,
    encoding: 'utf8',
    cwd: repo,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(text: string): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>;
}

/** The deny each agent's documentation asks for, and the reason it carries. */
function denied(agent: AgentName, run: ReturnType<typeof guard>): string {
  switch (agent) {
    case 'claude':
    case 'codex': {
      expect(run.status).toBe(0);
      const out = json(run.stdout)['hookSpecificOutput'] as Record<string, string>;
      expect(out['hookEventName']).toBe('PreToolUse');
      expect(out['permissionDecision']).toBe('deny');
      return out['permissionDecisionReason'] ?? '';
    }
    case 'copilot': {
      expect(run.status).toBe(0);
      const out = json(run.stdout);
      expect(out['permissionDecision']).toBe('deny');
      return String(out['permissionDecisionReason']);
    }
    case 'cursor': {
      expect(run.status).toBe(0);
      const out = json(run.stdout);
      expect(out['permission']).toBe('deny');
      expect(out['agent_message']).toBe(out['user_message']);
      return String(out['agent_message']);
    }
    case 'gemini': {
      expect(run.status).toBe(0);
      const out = json(run.stdout);
      expect(out['decision']).toBe('deny');
      return String(out['reason']);
    }
    case 'kiro':
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      return run.stderr;
    case 'generic': {
      expect(run.status).toBe(2);
      const out = json(run.stdout);
      expect(out['decision']).toBe('deny');
      return String(out['reason']);
    }
  }
}

/** "No objection": the agent's own permission rules still apply. */
function allowed(agent: AgentName, run: ReturnType<typeof guard>): void {
  expect(run.status, run.stderr).toBe(0);
  if (agent === 'cursor') expect(json(run.stdout)).toEqual({ permission: 'allow' });
  else if (agent === 'gemini') expect(json(run.stdout)).toEqual({});
  else if (agent === 'generic') expect(json(run.stdout)['decision']).toBe('allow');
  else expect(run.stdout).toBe('');
}

describe('blastgate guard, one documented payload per agent', () => {
  it.each(AGENTS)('%s: the destroy in production is denied in its own format', (agent) => {
    const reason = denied(agent, guard(agent, payload(agent, repo)));
    expect(reason).toContain('terraform destroy');
    expect(reason).toContain('production');
  });

  it.each(AGENTS)('%s: a harmless command gets no objection', (agent) => {
    allowed(agent, guard(agent, payload(agent, repo, 'ls -la && git status')));
  });

  it.each(AGENTS)('%s: a payload that is not JSON is a deny it cannot miss (fail closed)', (agent) => {
    const run = guard(agent, 'not json');
    if (agent === 'cursor') expect(json(run.stdout)['permission']).toBe('deny');
    else if (agent === 'copilot') expect(json(run.stdout)['permissionDecision']).toBe('deny');
    else expect(run.status).toBe(2);
    expect(run.stderr).toContain('fail closed');
  });

  it('lets a tool call that runs no shell command through (Claude Code Write)', () => {
    const call = json(payload('claude', repo));
    call['tool_name'] = 'Write';
    call['tool_input'] = { file_path: join(repo, 'x.txt'), content: 'terraform destroy' };
    allowed('claude', guard('claude', JSON.stringify(call)));
  });

  it('denies a shell call without a command string', () => {
    const call = json(payload('gemini', repo));
    call['tool_input'] = {};
    expect(guard('gemini', JSON.stringify(call)).status).toBe(2);
  });

  it('denies when --config lies inside the working tree', () => {
    const run = guard('claude', payload('claude', repo, 'kubectl delete namespace dev-1'), ['--config', join(repo, '.github/blastgate.yml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('inside the working tree');
  });

  it('denies on a bad --agent in the generic form', () => {
    const run = spawnSync(process.execPath, [bundle, 'guard', '--agent', 'nobody'], { input: '{}', encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(json(run.stdout)['decision']).toBe('deny');
  });

  it('appends one JSON line per decision to the audit log', () => {
    const before = readFileSync(audit, 'utf8').trim().split('\n').length;
    guard('generic', payload('generic', repo, 'kubectl delete ns payments'));
    const lines = readFileSync(audit, 'utf8').trim().split('\n');
    expect(lines.length).toBe(before + 1);
    const last = json(lines.at(-1) ?? '{}');
    expect(last).toMatchObject({ agent: 'generic', command: 'kubectl delete ns payments', cwd: repo, decision: 'deny' });
    expect(Array.isArray(last['reasons'])).toBe(true);
    expect(Number.isNaN(Date.parse(String(last['time'])))).toBe(false);
  });

  it('prints its usage with --help', () => {
    const run = spawnSync(process.execPath, [bundle, 'guard', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('guard install --agent NAME');
  });
});
