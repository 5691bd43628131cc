import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/action/main.js';
import type { ActionIO } from '../../src/action/types.js';
import { parseSticky as parseStickyAt } from '../../src/github/sticky.js';
import { READ_TOKEN, responseProblems, startGitHubServer, WRITE_TOKEN, type GitHubServer } from '../github-server/index.js';
import { runnerInputs } from '../action-metadata.js';
import { assertValidReport, bundleDir, hasNode24, node24, repoRoot } from '../helpers.js';

// The Action run as the runner runs it: INPUT_* variables from action.yml's defaults and the step's `with:`, a real
// webhook payload at GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing
// at a local server that checks every request against GitHub's OpenAPI description and keeps state between runs.
// The same scenarios run in this process (test/action.test.ts, the default tier) and against the bundle
// dist/index.js spawned (test/e2e, `npm run test:e2e`).

const OWNER = 'acme';
const REPO = 'infra';
const DB_PLAN = 'fixtures/terraform/aws-db-destroyed.plan.json';
const TAGS_PLAN = 'fixtures/terraform/aws-tags-only.plan.json';
const POLICY = 'version: 1\nreviewers: [alice]\n';
const COPILOT = { login: 'Copilot', id: 198982749, type: 'Bot' };
/** A user's token that may read the organisation's teams (the workflow token may not). */
const USER_TOKEN = 'ghp_gatekeeperUserToken000000000000000001';
const KMS_PLAN = 'fixtures/terraform/aws-kms-key-destroyed.plan.json';

type Payload = {
  action: string;
  number: number;
  pull_request: Record<string, unknown> & {
    number: number;
    user: { login: string; id: number; type: string };
    head: { sha: string; ref: string };
    base: { sha: string; ref: string; repo: unknown };
  };
  repository: Record<string, unknown> & { owner: { login: string }; name: string; full_name: string };
};

const template = JSON.parse(readFileSync(join(repoRoot, 'fixtures/github/webhooks/pull_request.opened.json'), 'utf8')) as Payload;
const reviewTemplate = JSON.parse(readFileSync(join(repoRoot, 'fixtures/github/webhooks/pull_request_review.submitted.json'), 'utf8')) as Record<string, unknown>;

let server: GitHubServer;
let work: string;
let nextNumber = 100;

let via: 'in-process' | 'bundle' = 'bundle';

/** A pull_request payload from @octokit/webhooks-examples, moved to our repository and given an author. */
function newPullRequest(user: { login: string; id: number; type: string }, opts: { body?: string; commitMessage?: string; policy?: string } = {}) {
  const number = nextNumber++;
  const payload = structuredClone(template);
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.user = user;
  payload.pull_request.body = opts.body ?? 'Drops the orders database that nothing uses any more.';
  payload.pull_request.head = { ...payload.pull_request.head, sha: `${String(number).padStart(4, '0')}${'a'.repeat(36)}`, ref: `change-${number}` };
  payload.repository = { ...payload.repository, name: REPO, full_name: `${OWNER}/${REPO}`, owner: { ...(payload.repository.owner as object), login: OWNER } as { login: string } };
  payload.pull_request.base = { ...payload.pull_request.base, repo: payload.repository };
  server.state.addUser(user as Parameters<GitHubServer['state']['addUser']>[0]);
  const pr = server.state.addPullRequestFromEvent(payload as never);
  if (opts.commitMessage) server.state.pushCommit(OWNER, REPO, number, { message: opts.commitMessage, author: user.login, sha: `${String(number).padStart(4, '0')}${'b'.repeat(36)}` });
  server.state.putFile(OWNER, REPO, '.github/blastgate.yml', opts.policy ?? POLICY, pr.base.sha);
  return { number, payload, pr: server.state.pullRequest(OWNER, REPO, number) };
}

function eventFile(name: string, payload: unknown): string {
  const path = join(work, `${name}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

/** The payload as GitHub sends it now: the PR's current head. */
function currentPayload(number: number, base: Payload, action = 'synchronize'): Payload {
  const pr = server.state.pullRequest(OWNER, REPO, number);
  return { ...base, action, pull_request: { ...base.pull_request, head: { ...base.pull_request.head, sha: pr.head.sha } } };
}

function reviewPayload(number: number, base: Payload): unknown {
  return { ...reviewTemplate, action: 'submitted', pull_request: currentPayload(number, base).pull_request, repository: base.repository };
}

interface Run {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Workflow commands as the runner reads them from stdout (property values escaped as @actions/core does). */
const escapeProperty = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

async function inProcess(env: Record<string, string>, output: string, summary: string): Promise<Run> {
  const log: string[] = [];
  const outputs: Record<string, string> = {};
  const io: ActionIO = {
    info: (m) => log.push(m),
    warning: (m) => log.push(`::warning::${escapeData(m)}`),
    annotate: (a) => {
      const props = [`title=${escapeProperty(a.title)}`, ...(a.path ? [`file=${escapeProperty(a.path)}`] : []), ...(a.line ? [`line=${a.line}`] : [])];
      log.push(`::${a.level} ${props.join(',')}::${escapeData(a.message)}`);
    },
    setOutput: (name, value) => (outputs[name] = value),
    summary: async (markdown) => appendFileSync(summary, `${markdown}\n`),
    writeFile: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
  };
  // Writes unpaced: GitHub's pacing of writes is waiting, against a local server (the bundle suite keeps it).
  const exit = await execute(env, io, { pace: false });
  if (exit.status !== 0) log.push(`::error::${escapeData(exit.message)}`);
  writeFileSync(output, '');
  return { status: exit.status, stdout: log.join('\n'), outputs, summary: readFileSync(summary, 'utf8') };
}

/**
 * The Action with the runner's environment: in this process (execute, the bundle's own entry, with the runner's
 * side effects captured), or `node dist/index.js` spawned, asynchronously so that the in-process server can answer.
 */
function runAction(eventName: string, payload: unknown, inputs: Record<string, string>, node = process.execPath, extraEnv: Record<string, string> = {}): Promise<Run> {
  const id = Math.random().toString(36).slice(2);
  const output = join(work, `output-${id}`);
  const summary = join(work, `summary-${id}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile(eventName, payload),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: repoRoot,
    RUNNER_TEMP: join(work, id),
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    // As the runner does: action.yml's defaults (the workflow token for github.token), then the step's `with:`.
    ...runnerInputs(inputs, { 'github.token': WRITE_TOKEN }),
    ...extraEnv,
  };
  if (via === 'in-process' && node === process.execPath) return inProcess(env, output, summary);
  return new Promise((resolve, reject) => {
    const child = spawn(node, [join(bundleDir, 'index.js')], { cwd: repoRoot, env });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const outputs: Record<string, string> = {};
      const text = readFileSync(output, 'utf8');
      for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1] as string] = m[3] as string;
      resolve({ status, stdout, outputs, summary: readFileSync(summary, 'utf8') });
    });
  });
}

const parseSticky = (body: string, number: number) => parseStickyAt(body, { repo: `${OWNER}/${REPO}`, pr: number });
const sticky = (number: number) => server.state.comments(OWNER, REPO, number).filter((c) => c.body.startsWith('<!-- blastgate:sticky -->'));
const lastStatus = (sha: string) => server.state.statuses(sha).filter((s) => s.context === 'blastgate').at(-1);

/** One local GitHub for the file's tests, with the reviewers the scenarios use. */
function useServer(): void {
  beforeAll(async () => {
    server = await startGitHubServer({ tokens: { [USER_TOKEN]: { login: 'gatekeeper', id: 7777, type: 'User' } } });
    work = mkdtempSync(join(tmpdir(), 'blastgate-action-'));
    server.state.addUser({ login: 'alice', id: 5001, type: 'User' });
    server.state.addUser({ login: 'bob', id: 5002, type: 'User' });
    server.state.addUser({ login: 'carol', id: 5003, type: 'User' });
  });

  afterAll(async () => {
    await server.close();
  });
}

/** The committed bundle on each runtime it must run on: the machine's Node 20 and GitHub's Node 24. */
export function bundleSmoke(): void {
  via = 'bundle';
  useServer();
  const runtimes: [string, string][] = [
    ['Node 20 (this machine)', process.execPath],
    ["Node 24 (GitHub's runtime for actions)", node24],
  ];
  for (const [name, node] of runtimes) {
    it(`dist/index.js runs on ${name}: comment, label and a failed status for a production database deletion`, async () => {
      expect(node === process.execPath || hasNode24(), `${node} is missing: run npm ci --prefix test/node24`).toBe(true);
      const { number, payload, pr } = newPullRequest(COPILOT);
      const run = await runAction('pull_request', payload, { plan: DB_PLAN }, node);
      expect(run.status, run.stdout).toBe(1);
      expect(sticky(number)).toHaveLength(1);
      expect(server.state.labels(OWNER, REPO, number)).toContain('blastgate: second review');
      expect(lastStatus(pr.head.sha)?.state).toBe('failure');
      expect(run.outputs).toMatchObject({ verdict: 'review', 'ai-authored': 'true' });
    });
  }
}

export function actionScenarios(mode: 'in-process' | 'bundle'): void {
  via = mode;

  useServer();

  describe('the Action on an AI-authored PR that destroys a production database', () => {
    let number: number;
    let base: Payload;

    it('first run: comment, label, review request and a failed status; the step fails', async () => {
      ({ number, payload: base } = newPullRequest(COPILOT));
      const run = await runAction('pull_request', base, { plan: DB_PLAN });
      expect(run.status, run.stdout).toBe(1);
      const pr = server.state.pullRequest(OWNER, REPO, number);
      const comments = sticky(number);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.user).toBe('github-actions[bot]');
      expect(comments[0]?.body).toContain('Blastgate: second review required');
      expect(parseSticky(comments[0]?.body ?? '', number)?.state).toMatchObject({ headSha: pr.head.sha, verdict: 'review', aiAuthored: true });
      expect(server.state.labels(OWNER, REPO, number)).toContain('blastgate: second review');
      expect(pr.requestedReviewers).toContain('alice');
      expect(lastStatus(pr.head.sha)).toMatchObject({ state: 'failure', context: 'blastgate' });
      expect(run.outputs).toMatchObject({ verdict: 'review', 'ai-authored': 'true', gate: 'closed', 'destroy-count': '1', 'replace-count': '0' });
      expect(run.outputs['comment-url']).toMatch(new RegExp(`/pull/${number}#issuecomment-\\d+$`));
      expect(Number(run.outputs['score'])).toBeGreaterThanOrEqual(80);
      assertValidReport(JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8')));
      expect(run.summary).toContain('Gate: closed');
    });

    it('a new push updates the same comment, never a second one', async () => {
      server.state.pushCommit(OWNER, REPO, number, { message: 'Retry the migration', author: 'Copilot' });
      const head = server.state.pullRequest(OWNER, REPO, number).head.sha;
      const run = await runAction('pull_request', currentPayload(number, base), { plan: DB_PLAN });
      expect(run.status).toBe(1);
      expect(sticky(number)).toHaveLength(1);
      expect(parseSticky(sticky(number)[0]?.body ?? '', number)?.state?.headSha).toBe(head);
      expect(lastStatus(head)?.state).toBe('failure');
    });

    it('self-approval and a bot approval do not count', async () => {
      server.state.addReview(OWNER, REPO, number, { user: 'Copilot', state: 'APPROVED' });
      const run = await runAction('pull_request_review', reviewPayload(number, base), { plan: '' });
      expect(run.status).toBe(1);
      expect(sticky(number)[0]?.body).toMatch(/Not counted: Copilot \((a bot|the PR author)\)/);
    });

    it('a critical change needs two human approvals; with both on the head commit the gate opens and the label goes', async () => {
      server.state.addReview(OWNER, REPO, number, { user: 'bob', state: 'APPROVED' });
      const one = await runAction('pull_request_review', reviewPayload(number, base), { plan: '' });
      expect(one.status).toBe(1);
      expect(sticky(number)[0]?.body).toContain('needs 1 more approval');
      expect(sticky(number)[0]?.body).toMatch(/\| `aws_db_instance\.orders` \| critical \| 2 approvals \| 1 approval \|/);
      server.state.addReview(OWNER, REPO, number, { user: 'alice', state: 'APPROVED' });
      const run = await runAction('pull_request_review', reviewPayload(number, base), { plan: '' });
      expect(run.status, run.stdout).toBe(0);
      const head = server.state.pullRequest(OWNER, REPO, number).head.sha;
      expect(lastStatus(head)?.state).toBe('success');
      expect(server.state.labels(OWNER, REPO, number)).not.toContain('blastgate: second review');
      expect(sticky(number)).toHaveLength(1);
      expect(sticky(number)[0]?.body).toContain('**Gate: open** — approved on');
      expect(sticky(number)[0]?.body).toContain('**bob**');
      expect(sticky(number)[0]?.body).toContain('**alice**');
      expect(run.outputs).toMatchObject({ verdict: 'review', gate: 'open', 'destroy-count': '1', 'replace-count': '0' });
    });

    it('a push after the approval closes the gate again until the new head is approved', async () => {
      server.state.pushCommit(OWNER, REPO, number, { message: 'One more change', author: 'Copilot' });
      const run = await runAction('pull_request', currentPayload(number, base), { plan: DB_PLAN });
      expect(run.status).toBe(1);
      expect(sticky(number)[0]?.body).toContain('approved an older commit');
      expect(server.state.labels(OWNER, REPO, number)).toContain('blastgate: second review');
    });

    it('a review on a head no plan ran for keeps the gate closed and says a plan run is needed', async () => {
      server.state.pushCommit(OWNER, REPO, number, { message: 'Unplanned change', author: 'Copilot' });
      server.state.addReview(OWNER, REPO, number, { user: 'alice', state: 'APPROVED' });
      const run = await runAction('pull_request_review', reviewPayload(number, base), { plan: '' });
      expect(run.status).toBe(1);
      const head = server.state.pullRequest(OWNER, REPO, number).head.sha;
      expect(lastStatus(head)).toMatchObject({ state: 'failure' });
      expect(lastStatus(head)?.description).toContain('run the plan workflow');
    });
  });

  describe('safeguards past the first review', () => {
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const delayed = 'version: 1\nrequirements:\n  critical:\n    approvals: 1\n    delay: 24h\n';

    it('a scheduled run opens the PR whose delay has passed and leaves the one whose delay has not', async () => {
      const ready = newPullRequest(COPILOT, { policy: delayed });
      const waiting = newPullRequest(COPILOT, { policy: delayed });
      for (const pr of [ready, waiting]) expect((await runAction('pull_request', pr.payload, { plan: DB_PLAN })).status).toBe(1);
      server.state.addReview(OWNER, REPO, ready.number, { user: 'bob', state: 'APPROVED', submittedAt: hoursAgo(25) });
      server.state.addReview(OWNER, REPO, waiting.number, { user: 'bob', state: 'APPROVED', submittedAt: hoursAgo(1) });
      const run = await runAction('schedule', { schedule: '*/30 * * * *' }, {});
      expect(run.status, run.stdout).toBe(0);
      expect(lastStatus(ready.pr.head.sha)?.state).toBe('success');
      expect(server.state.labels(OWNER, REPO, ready.number)).not.toContain('blastgate: second review');
      const pending = lastStatus(waiting.pr.head.sha);
      expect(pending?.state).toBe('pending');
      expect(pending?.description).toMatch(/opens at \d{4}-\d\d-\d\dT/);
      expect(server.state.labels(OWNER, REPO, waiting.number)).toContain('blastgate: second review');
      expect(sticky(waiting.number)[0]?.body).toContain('**Gate: pending**');
    });

    it('a PR whose label was removed by hand is still found by its pending status', async () => {
      const { number, payload, pr } = newPullRequest(COPILOT, { policy: delayed });
      await runAction('pull_request', payload, { plan: DB_PLAN });
      server.state.addReview(OWNER, REPO, number, { user: 'bob', state: 'APPROVED', submittedAt: hoursAgo(2) });
      await runAction('pull_request_review', reviewPayload(number, payload), { plan: '' });
      expect(lastStatus(pr.head.sha)?.state).toBe('pending');
      server.state.removeLabel(server.state.pullRequest(OWNER, REPO, number), 'blastgate: second review');
      await runAction('schedule', { schedule: '*/30 * * * *' }, {});
      expect(server.state.labels(OWNER, REPO, number)).toContain('blastgate: second review');
      expect(lastStatus(pr.head.sha)?.state).toBe('pending');
    });

    it('a push after the approval restarts the delay', async () => {
      const { number, payload } = newPullRequest(COPILOT, { policy: delayed });
      await runAction('pull_request', payload, { plan: DB_PLAN });
      server.state.addReview(OWNER, REPO, number, { user: 'bob', state: 'APPROVED', submittedAt: hoursAgo(30) });
      server.state.pushCommit(OWNER, REPO, number, { message: 'Tweak', author: 'Copilot' });
      expect((await runAction('pull_request', currentPayload(number, payload), { plan: DB_PLAN })).status).toBe(1);
      server.state.addReview(OWNER, REPO, number, { user: 'bob', state: 'APPROVED' });
      const run = await runAction('pull_request_review', reviewPayload(number, payload), { plan: '' });
      expect(run.status).toBe(1);
      expect(lastStatus(server.state.pullRequest(OWNER, REPO, number).head.sha)?.state).toBe('pending');
    });

    it('break-glass: two members of the named team open a fail verdict, recorded in the comment and the status', async () => {
      server.state.addTeam({ org: OWNER, slug: 'sre-leads', members: { alice: 'member', bob: 'member' } });
      const { number, payload, pr } = newPullRequest(COPILOT, { policy: 'version: 1\nbreakGlass:\n  team: sre-leads\n' });
      expect((await runAction('pull_request', payload, { plan: KMS_PLAN, 'github-token': USER_TOKEN })).outputs['verdict']).toBe('fail');
      server.state.addReview(OWNER, REPO, number, { user: 'carol', state: 'APPROVED' });
      server.state.addReview(OWNER, REPO, number, { user: 'alice', state: 'APPROVED' });
      expect((await runAction('pull_request_review', reviewPayload(number, payload), { plan: '', 'github-token': USER_TOKEN })).status).toBe(1);
      server.state.addReview(OWNER, REPO, number, { user: 'bob', state: 'APPROVED' });
      const run = await runAction('pull_request_review', reviewPayload(number, payload), { plan: '', 'github-token': USER_TOKEN });
      expect(run.status, run.stdout).toBe(0);
      expect(lastStatus(pr.head.sha)?.description).toMatch(/^Break-glass: opened by alice, bob of sre-leads/);
      expect(sticky(number)[0]?.body).toContain('**Gate: open by break-glass**');
      expect(run.outputs['verdict']).toBe('fail');
    });

    it('a team the token cannot read fails closed with a clear message', async () => {
      server.state.addTeam({ org: OWNER, slug: 'dba', members: { bob: 'member' } });
      const { number, payload } = newPullRequest(COPILOT, { policy: 'version: 1\nrequirements:\n  critical:\n    teams: [dba]\n' });
      await runAction('pull_request', payload, { plan: DB_PLAN });
      server.state.addReview(OWNER, REPO, number, { user: 'bob', state: 'APPROVED' });
      const run = await runAction('pull_request_review', reviewPayload(number, payload), { plan: '' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('cannot read the membership of team acme/dba');
    });
  });

  describe('apply-time verification (mode: verify)', () => {
    const KEY = 'fingerprint-secret-of-the-workflow';
    const REPLACED_PLAN = 'fixtures/terraform/aws-db-replaced-engine.plan.json';

    /** A PR whose gate opened with two approvals, merged; returns the merge commit. */
    async function approvedAndMerged(plan: string): Promise<{ sha: string; number: number }> {
      const { number, payload } = newPullRequest(COPILOT);
      await runAction('pull_request', payload, { plan, 'fingerprint-key': KEY });
      server.state.addReview(OWNER, REPO, number, { user: 'alice', state: 'APPROVED' });
      server.state.addReview(OWNER, REPO, number, { user: 'bob', state: 'APPROVED' });
      expect((await runAction('pull_request_review', reviewPayload(number, payload), { plan: '', 'fingerprint-key': KEY })).status).toBe(0);
      return { sha: server.state.mergePullRequest(OWNER, REPO, number).sha, number };
    }

    const verify = (sha: string, plan: string, key = KEY) =>
      runAction('push', { after: sha, ref: 'refs/heads/master' }, { plan, mode: 'verify', 'fingerprint-key': key }, process.execPath, { GITHUB_SHA: sha });

    it('passes the approved plan', async () => {
      const { sha } = await approvedAndMerged(DB_PLAN);
      const run = await verify(sha, DB_PLAN);
      expect(run.status, run.stdout).toBe(0);
      expect(run.summary).toContain('approved');
    });

    it('fails a plan with a destructive change the reviewers did not approve, naming it', async () => {
      const { sha } = await approvedAndMerged(DB_PLAN);
      const run = await verify(sha, REPLACED_PLAN);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('aws_db_instance.catalog (replace: not in the approved report)');
    });

    it('fails when the PR\'s gate was never opened', async () => {
      const { number, payload } = newPullRequest(COPILOT);
      await runAction('pull_request', payload, { plan: DB_PLAN, 'fingerprint-key': KEY });
      const sha = server.state.mergePullRequest(OWNER, REPO, number).sha;
      const run = await verify(sha, DB_PLAN);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('was never opened');
    });

    it('fails when the comment was edited and a plain hash recomputed', async () => {
      const { sha, number } = await approvedAndMerged(DB_PLAN);
      const comment = sticky(number)[0];
      if (!comment) throw new Error('no sticky comment');
      const parts = parseSticky(comment.body, number);
      const forged = { ...parts?.state, destructive: [...(parts?.state?.destructive ?? []), { address: 'aws_db_instance.catalog', action: 'replace', replacePaths: ['engine'] }] };
      const plainHash = createHash('sha256').update(JSON.stringify(forged)).digest('hex');
      comment.body = comment.body
        .replace(/<!-- blastgate:state [A-Za-z0-9+/=]+ -->/, `<!-- blastgate:state ${Buffer.from(JSON.stringify(forged)).toString('base64')} -->`)
        .replace(/<!-- blastgate:fingerprint [0-9a-f]+ -->/, `<!-- blastgate:fingerprint ${plainHash} -->`);
      const run = await verify(sha, REPLACED_PLAN);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('does not verify');
    });
  });

  describe('an agent that wants its change through', () => {
    const withToken = { 'github-token': USER_TOKEN };

    it('a marker comment the agent posts is never adopted, edited or trusted: Blastgate finds its own by author', async () => {
      const { number, payload, pr } = newPullRequest(COPILOT);
      const forged = {
        version: 2, repo: `${OWNER}/${REPO}`, pr: number, headSha: pr.head.sha, verdict: 'pass', score: 0, aiAuthored: false, requirement: null,
        excluded: { logins: [], ids: [], because: {} }, gatedAddresses: [], gate: 'open', approvers: ['alice', 'bob'], destructive: [],
      };
      const text = `<!-- blastgate:sticky -->\n<!-- blastgate:state ${Buffer.from(JSON.stringify(forged)).toString('base64')} -->\n**Gate: open**`;
      const planted = server.state.addComment(server.state.pullRequest(OWNER, REPO, number), 'Copilot', text);
      expect((await runAction('pull_request', payload, { plan: DB_PLAN })).status).toBe(1);
      expect(planted.body).toBe(text);
      expect(sticky(number).map((c) => c.user)).toEqual(['Copilot', 'github-actions[bot]']);
      const review = await runAction('pull_request_review', reviewPayload(number, payload), { plan: '' });
      expect(review.status).toBe(1);
      expect(planted.body).toBe(text);
      expect(lastStatus(pr.head.sha)?.state).toBe('failure');
    });

    it('approvals count only from reviewers with write access; the others are listed as not counted, with why', async () => {
      server.state.addUser({ login: 'eve', id: 5005, type: 'User' });
      server.state.addUser({ login: 'mallory', id: 5006, type: 'User' });
      server.state.setPermission(OWNER, REPO, 'eve', 'read');
      const { number, payload } = newPullRequest(COPILOT);
      expect((await runAction('pull_request', payload, { plan: DB_PLAN })).status).toBe(1);
      server.state.addReview(OWNER, REPO, number, { user: 'eve', state: 'APPROVED', authorAssociation: 'MEMBER' });
      server.state.addReview(OWNER, REPO, number, { user: 'mallory', state: 'APPROVED', authorAssociation: 'CONTRIBUTOR' });
      const run = await runAction('pull_request_review', reviewPayload(number, payload), { plan: '' });
      expect(run.status).toBe(1);
      const body = sticky(number)[0]?.body ?? '';
      expect(body).toContain('needs 2 more approvals');
      expect(body).toContain('eve (no write access: permission read)');
      expect(body).toContain('mallory (no write access: association CONTRIBUTOR)');
      expect(lastStatus(server.state.pullRequest(OWNER, REPO, number).head.sha)?.state).toBe('failure');
    });

    it('per-severity rules are never merged: two platform approvals do not open a critical change reserved for dba', async () => {
      server.state.addUser({ login: 'dave', id: 5004, type: 'User' });
      server.state.addTeam({ org: OWNER, slug: 'platform-ops', members: { alice: 'member', bob: 'member' } });
      server.state.addTeam({ org: OWNER, slug: 'dba-leads', members: { carol: 'member', dave: 'member' } });
      const policy = 'version: 1\nrequirements:\n  high:\n    teams: [platform-ops]\n  critical:\n    approvals: 2\n    teams: [dba-leads]\n';
      const { number, payload } = newPullRequest(COPILOT, { policy });
      // A high finding (the workflow edited) beside the critical database deletion.
      server.state.pushCommit(OWNER, REPO, number, { message: 'Drop orders, simplify CI', author: 'Copilot', files: [{ filename: '.github/workflows/deploy.yml', status: 'modified' }] });
      expect((await runAction('pull_request', currentPayload(number, payload), { plan: DB_PLAN, ...withToken })).status).toBe(1);
      server.state.addReview(OWNER, REPO, number, { user: 'alice', state: 'APPROVED' });
      server.state.addReview(OWNER, REPO, number, { user: 'bob', state: 'APPROVED' });
      const platformOnly = await runAction('pull_request_review', reviewPayload(number, payload), { plan: '', ...withToken });
      expect(platformOnly.status).toBe(1);
      expect(sticky(number)[0]?.body).toMatch(/\| `aws_db_instance\.orders` \| critical \| 2 approvals from team dba-leads \| 2 approvals \|/);
      expect(lastStatus(server.state.pullRequest(OWNER, REPO, number).head.sha)?.state).toBe('failure');
      server.state.addReview(OWNER, REPO, number, { user: 'carol', state: 'APPROVED' });
      server.state.addReview(OWNER, REPO, number, { user: 'dave', state: 'APPROVED' });
      const both = await runAction('pull_request_review', reviewPayload(number, payload), { plan: '', ...withToken });
      expect(both.status, both.stdout).toBe(0);
    });
  });

  describe('the Action elsewhere', () => {
    it('a co-author and the person an agent acted for cannot approve', async () => {
      const { number, payload } = newPullRequest(COPILOT, { commitMessage: 'Drop the orders database\n\nCo-authored-by: carol <5003+carol@users.noreply.github.com>' });
      expect((await runAction('pull_request', currentPayload(number, payload), { plan: DB_PLAN })).status).toBe(1);
      server.state.addReview(OWNER, REPO, number, { user: 'carol', state: 'APPROVED' });
      const run = await runAction('pull_request_review', reviewPayload(number, payload), { plan: '' });
      expect(run.status).toBe(1);
      expect(sticky(number)[0]?.body).toMatch(/Not counted: carol \(a commit author or co-author\)/);
    });

    it('a human-authored PR gets a warning, no label, and a green status', async () => {
      const { number, payload, pr } = newPullRequest({ login: 'alice', id: 5001, type: 'User' });
      const run = await runAction('pull_request', payload, { plan: DB_PLAN });
      expect(run.status, run.stdout).toBe(0);
      expect(run.outputs).toMatchObject({ verdict: 'warn', 'ai-authored': 'false' });
      expect(server.state.labels(OWNER, REPO, number)).not.toContain('blastgate: second review');
      expect(lastStatus(pr.head.sha)?.state).toBe('success');
      expect(sticky(number)[0]?.body).toContain('Blastgate: warning');
    });

    it('an ai-generated label makes a human PR AI-authored: labels can close the gate, never open it', async () => {
      const { number, payload } = newPullRequest({ login: 'bob', id: 5002, type: 'User' });
      server.state.addLabels(server.state.pullRequest(OWNER, REPO, number), ['ai-generated']);
      const run = await runAction('pull_request', currentPayload(number, payload, 'labeled'), { plan: DB_PLAN });
      expect(run.status).toBe(1);
      expect(run.outputs).toMatchObject({ verdict: 'review', 'ai-authored': 'true' });
    });

    it('an AI-authored PR that edits the workflows needs review even when the plan is harmless', async () => {
      const { number, payload } = newPullRequest(COPILOT);
      server.state.pushCommit(OWNER, REPO, number, { message: 'Simplify CI', author: 'Copilot', files: [{ filename: '.github/workflows/blastgate.yml', status: 'modified' }] });
      const run = await runAction('pull_request', currentPayload(number, payload), { plan: TAGS_PLAN });
      expect(run.status).toBe(1);
      expect(run.outputs['verdict']).toBe('review');
      expect(sticky(number)[0]?.body).toContain('policy-or-workflow-edited');
    });

    it('with tf-base/tf-head, a guard removed in HCL is gated and annotated on its line', async () => {
      const { payload } = newPullRequest(COPILOT);
      const run = await runAction('pull_request', payload, {
        plan: TAGS_PLAN,
        'tf-base': 'fixtures/hcl/prevent-destroy/base',
        'tf-head': 'fixtures/hcl/prevent-destroy/head',
      });
      expect(run.status).toBe(1);
      expect(run.outputs['verdict']).toBe('review');
      expect(run.stdout).toMatch(/^::error title=[^,]*,file=fixtures\/hcl\/prevent-destroy\/head\/main\.tf,line=23::/m);
    });

    it('a harmless AI-authored plan passes', async () => {
      const { payload, pr } = newPullRequest(COPILOT);
      const run = await runAction('pull_request', payload, { plan: TAGS_PLAN });
      expect(run.status).toBe(0);
      expect(run.outputs['verdict']).toBe('pass');
      expect(lastStatus(pr.head.sha)?.state).toBe('success');
    });

    it('a plan input that matches no file closes the gate', async () => {
      const { number, payload, pr } = newPullRequest(COPILOT);
      const run = await runAction('pull_request', payload, { plan: 'plans/*.json' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('plans/*.json');
      expect(lastStatus(pr.head.sha)?.state).toBe('failure');
      expect(sticky(number)[0]?.body).toContain('No plan');
    });

    it('enforce: false is advisory: same comment and label, the status succeeds and says so', async () => {
      const { number, payload, pr } = newPullRequest(COPILOT);
      const run = await runAction('pull_request', payload, { plan: DB_PLAN, enforce: 'false' });
      expect(run.status).toBe(0);
      expect(lastStatus(pr.head.sha)).toMatchObject({ state: 'success' });
      expect(lastStatus(pr.head.sha)?.description).toMatch(/^Advisory/);
      expect(server.state.labels(OWNER, REPO, number)).toContain('blastgate: second review');
    });

    it('a read-only token (a fork PR) degrades to the job summary and the exit code, and says so', async () => {
      const { number, payload, pr } = newPullRequest(COPILOT);
      const run = await runAction('pull_request', payload, { plan: DB_PLAN, 'github-token': READ_TOKEN });
      expect(run.status).toBe(1);
      expect(sticky(number)).toHaveLength(0);
      expect(lastStatus(pr.head.sha)).toBeUndefined();
      expect(run.summary).toContain('could not write');
      expect(run.stdout).toContain('may not write');
    });

    it('502 and rate-limit answers are retried', async () => {
      const { number, payload } = newPullRequest(COPILOT);
      server.faults.next(1, { status: 502, method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}' });
      server.faults.secondaryRateLimit({ retryAfter: 1, status: 403, times: 1 });
      const run = await runAction('pull_request', payload, { plan: DB_PLAN });
      expect(run.status, run.stdout).toBe(1);
      expect(sticky(number)).toHaveLength(1);
    });

    it('a persistent API failure fails closed', async () => {
      const { pr, payload } = newPullRequest(COPILOT);
      server.faults.always({ status: 502 });
      try {
        const run = await runAction('pull_request', payload, { plan: TAGS_PLAN });
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('the gate stays closed');
      } finally {
        server.faults.clear();
      }
      expect(lastStatus(pr.head.sha)).toBeUndefined();
    });

    it('merge_group posts success for the group commit', async () => {
      // The queue's commit: a commit the repository has (the server, like GitHub, refuses a status for an unknown one).
      const sha = newPullRequest(COPILOT).pr.head.sha;
      const run = await runAction('merge_group', { action: 'checks_requested', merge_group: { head_sha: sha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-1', base_ref: 'refs/heads/main' } }, {});
      expect(run.status, run.stdout).toBe(0);
      expect(lastStatus(sha)?.state).toBe('success');
    });

    it.skipIf(via === 'in-process' || !hasNode24())('runs on Node 24, GitHub\'s runtime for actions', async () => {
      const { payload, pr } = newPullRequest(COPILOT);
      const run = await runAction('pull_request', payload, { plan: DB_PLAN }, node24);
      expect(run.status, run.stdout).toBe(1);
      expect(lastStatus(pr.head.sha)?.state).toBe('failure');
    });

    it('every request the Action made was valid, and every answer matched GitHub\'s schema', () => {
      const invalid = server.requests.filter((r) => r.response.status === 422 || r.response.status === 400);
      expect(invalid.map((r) => `${r.method} ${r.path}: ${JSON.stringify(r.body)} -> ${JSON.stringify(r.response.body)}`)).toEqual([]);
      for (const r of server.requests) {
        if (r.operationId && r.response.status < 300) expect(responseProblems(r.operationId, r.response.status, r.response.body)).toEqual([]);
      }
    });
  });
}
