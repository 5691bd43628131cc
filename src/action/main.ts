import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { createGitHub, type ClientOptions } from '../github/client.js';
import { detectProvenance } from '../provenance/detect.js';
import { parseInputs } from './inputs.js';
import { runAction } from './run.js';
import type { ActionContext, ActionIO } from './types.js';

// The Action's edge: the runner's environment in, outputs, summary and exit status out.

type Env = Record<string, string | undefined>;

function context(env: Env): ActionContext {
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (!eventPath) throw new InputError('GITHUB_EVENT_PATH', 'is not set: Blastgate runs as a step of a GitHub Actions workflow');
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(eventPath, `cannot read the event payload (${(error as Error).message})`);
  }
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!owner || !repo) throw new InputError('GITHUB_REPOSITORY', 'is not set as owner/repo');
  const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  return {
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    event,
    owner,
    repo,
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    runUrl: `${server}/${owner}/${repo}/actions/runs/${env['GITHUB_RUN_ID'] ?? ''}`,
    tempDir: env['RUNNER_TEMP'] ?? process.cwd(),
    sha: env['GITHUB_SHA'] ?? '',
    now: () => new Date(),
  };
}

/** How the step ended: 0 when the gate is open (or advisory), 1 with the one line that says why not. */
export interface Exit {
  status: 0 | 1;
  message: string;
}

/**
 * One run of the Action over the runner's environment (`env`: GITHUB_*, RUNNER_TEMP, INPUT_*), with side effects
 * through `io`. Never throws: an error, an API outage that outlasted the retries, or bad input closes the gate.
 */
export async function execute(env: Env, io: ActionIO, client: Pick<ClientOptions, 'pace'> = {}): Promise<Exit> {
  try {
    const inputs = parseInputs((name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim());
    const gh = createGitHub(inputs.token, (m) => io.info(m), { ...client, baseUrl: env['GITHUB_API_URL'] || 'https://api.github.com' });
    const result = await runAction(gh, context(env), inputs, io, (event, commits, policy) => detectProvenance(event, commits, policy.provenance));
    io.info(result.message);
    if (result.gate !== 'open' && inputs.enforce) return { status: 1, message: `Blastgate: gate ${result.gate}: ${result.message}` };
    return { status: 0, message: result.message };
  } catch (error) {
    const message = error instanceof InputError ? error.message : `${error instanceof Error ? error.message : String(error)}`;
    return { status: 1, message: `Blastgate: the gate stays closed: ${message}` };
  }
}

const io: ActionIO = {
  info: (m) => core.info(m),
  annotate: (a) => {
    const properties = { title: a.title, ...(a.path ? { file: a.path } : {}), ...(a.line ? { startLine: a.line } : {}) };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  },
  warning: (m) => core.warning(m),
  setOutput: (name, value) => core.setOutput(name, value),
  summary: async (markdown) => {
    await core.summary.addRaw(markdown, true).write();
  },
  writeFile: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  },
};

export async function main(): Promise<void> {
  const exit = await execute(process.env, io);
  if (exit.status !== 0) core.setFailed(exit.message);
}
