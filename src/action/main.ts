import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { createGitHub } from '../github/client.js';
import { detectProvenance } from '../provenance/detect.js';
import { parseInputs } from './inputs.js';
import { runAction, type ActionContext, type ActionIO } from './run.js';

// The Action's edge: the runner's environment in, outputs, summary and exit status out.

function context(): ActionContext {
  const env = process.env;
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
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const gh = createGitHub(inputs.token, (m) => core.info(m));
    const result = await runAction(gh, context(), inputs, io, (event, commits, policy) => detectProvenance(event, commits, policy.provenance));
    core.info(result.message);
    if (result.gate !== 'open' && inputs.enforce) core.setFailed(`Blastgate: gate ${result.gate}: ${result.message}`);
  } catch (error) {
    // Fail closed: an error, an API outage that outlasted the retries, or bad input never passes the gate.
    const message = error instanceof InputError ? error.message : `${error instanceof Error ? error.message : String(error)}`;
    core.setFailed(`Blastgate: the gate stays closed: ${message}`);
  }
}
