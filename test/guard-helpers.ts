import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AgentName } from '../src/guard/agents.js';
import { repoRoot } from './helpers.js';

// A repository as an agent finds it: a clone whose remote default branch holds the reviewed policy and
// configuration, with Terraform folders for production, development and an unnamed app.

export function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

export const REVIEWED_POLICY = `guard:
  wrappers:
    - command: make destroy
    - command: ./scripts/recreate-env.sh
`;

/** Makes a bare "origin" and a clone of it; returns the clone's path. */
export function makeRepo(files: Record<string, string> = {}): string {
  const base = mkdtempSync(join(tmpdir(), 'blastgate-guard-'));
  const origin = join(base, 'origin.git');
  const seed = join(base, 'seed');
  spawnSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  spawnSync('git', ['init', '-q', '-b', 'main', seed]);
  const all: Record<string, string> = {
    '.github/blastgate.yml': REVIEWED_POLICY,
    'infra/prod/main.tf': 'resource "aws_db_instance" "orders" {\n  identifier = "orders"\n}\n',
    'infra/dev/main.tf': 'resource "aws_db_instance" "orders" {\n  identifier = "orders"\n}\n',
    'infra/app/variables.tf': 'variable "environment" {\n  type    = string\n  default = "staging"\n}\n',
    'Makefile': 'destroy:\n\tterraform destroy\n',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) write(seed, file, text);
  git(seed, 'add', '-A');
  git(seed, 'commit', '-qm', 'seed');
  git(seed, 'remote', 'add', 'origin', origin);
  git(seed, 'push', '-q', 'origin', 'main');
  const clone = join(base, 'work');
  spawnSync('git', ['clone', '-q', origin, clone]);
  return clone;
}
/** The agent's fixture payload for this repository, with its command replaced when given. */
export function payload(agent: AgentName, cwd: string, command?: string): string {
  const data = JSON.parse(readFileSync(join(repoRoot, 'fixtures/guard', `${agent}.json`), 'utf8')) as Record<string, unknown>;
  data['cwd'] = cwd;
  if (Array.isArray(data['workspace_roots'])) data['workspace_roots'] = [cwd];
  if (command !== undefined) {
    if (typeof data['command'] === 'string') data['command'] = command;
    else if (typeof data['toolArgs'] === 'string') data['toolArgs'] = JSON.stringify({ ...(JSON.parse(data['toolArgs']) as object), command });
    else (data['tool_input'] as Record<string, unknown>)['command'] = command;
  }
  return JSON.stringify(data);
}

