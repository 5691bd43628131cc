import { strFromU8, unzipSync } from 'fflate';
// The test GitHub itself, driven over real HTTP (Node's fetch; Octokit where
// the point is how GitHub's own client reacts to its answers).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { description } from './description.js';
import { READ_TOKEN, WRITE_TOKEN, responseProblems, startGitHubServer, type GitHubServer, type PullRequestEvent } from './index.js';

const USER_TOKEN = 'ghp_reviewerPersonalAccessToken00000000';

interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

let gh: GitHubServer;

beforeEach(async () => {
  gh = await startGitHubServer({ tokens: { [USER_TOKEN]: { login: 'alice', id: 7001, type: 'User' } } });
});

afterEach(async () => {
  await gh.close();
});

async function call(method: string, path: string, options: { token?: string | null; body?: unknown; raw?: string } = {}): Promise<Answer> {
  const token = options.token === undefined ? WRITE_TOKEN : options.token;
  const res = await fetch(gh.url + path, {
    method,
    headers: { accept: 'application/vnd.github+json', ...(token ? { authorization: `token ${token}` } : {}), 'content-type': 'application/json' },
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as unknown) : undefined };
}

/** The answer matches the response schema GitHub publishes for the operation (and status). */
function expectDescribed(answer: Answer): void {
  const op = gh.requests.at(-1)?.operationId;
  expect(op).toBeTruthy();
  expect(responseProblems(op!, answer.status, answer.json)).toEqual([]);
}

function seedPr(extra: Partial<Parameters<GitHubServer['state']['addPullRequest']>[0]> = {}) {
  return gh.state.addPullRequest({ owner: 'acme', repo: 'infra', title: 'Drop the legacy database', user: 'Copilot', ...extra });
}

const body = (a: Answer) => a.json as Record<string, unknown>;
const items = (a: Answer) => a.json as Record<string, unknown>[];

describe('the extracted description', () => {
  it('is what scripts/extract-github-openapi.mjs makes from @octokit/openapi', () => {
    const script = fileURLToPath(new URL('../../scripts/extract-github-openapi.mjs', import.meta.url));
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('gives every operation a documentation URL and the statuses it answers with', () => {
    for (const op of description().operations) {
      expect(op.documentationUrl).toMatch(/^https:\/\/docs\.github\.com\//);
      // 2xx, or a redirect (an artifact's download answers 302 to its archive).
      expect(Object.keys(op.responses).some((s) => s.startsWith('2') || s === '302')).toBe(true);
    }
  });
});

describe('request validation', () => {
  it('accepts a valid request and answers 422 with GitHub’s error shape to an invalid one', async () => {
    const pr = seedPr();
    const good = await call('POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { body: { state: 'failure', context: 'blastgate', description: 'Needs a second reviewer' } });
    expect(good.status).toBe(201);
    expectDescribed(good);

    const bad = await call('POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { body: { state: 'green', context: 'blastgate' } });
    expect(bad.status).toBe(422);
    expect(bad.json).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'Status', code: 'invalid', field: 'state', message: 'state is not included in the list' }],
      documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status',
      status: '422',
    });
    expectDescribed(bad);
    expect(gh.state.statuses(pr.head.sha).map((s) => s.state)).toEqual(['failure']);
  });

  it('names a missing required field', async () => {
    const pr = seedPr();
    const answer = await call('POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { body: { context: 'blastgate' } });
    expect(answer.status).toBe(422);
    expect(body(answer)['errors']).toEqual([{ resource: 'Status', code: 'missing_field', field: 'state' }]);
  });

  it('refuses labels that are not strings', async () => {
    seedPr();
    const number = await call('POST', '/repos/acme/infra/issues/1/labels', { body: { labels: 5 } });
    expect(number.status).toBe(422);
    expect(body(number)['errors']).toEqual([{ resource: 'Label', code: 'invalid', field: 'labels', message: 'labels must be array' }]);
    const item = await call('POST', '/repos/acme/infra/issues/1/labels', { body: { labels: [7] } });
    expect(item.status).toBe(422);
    expect(gh.state.labels('acme', 'infra', 1)).toEqual([]);
  });

  it('answers 422 to a comment body over 65536 characters, which the description does not say', async () => {
    seedPr();
    const tooLong = await call('POST', '/repos/acme/infra/issues/1/comments', { body: { body: 'x'.repeat(65537) } });
    expect(tooLong.status).toBe(422);
    expect(body(tooLong)['errors']).toEqual([
      { resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
    ]);
    expectDescribed(tooLong);
    expect((await call('POST', '/repos/acme/infra/issues/1/comments', { body: { body: 'x'.repeat(65536) } })).status).toBe(201);
    const [comment] = gh.state.comments('acme', 'infra', 1);
    const edit = await call('PATCH', `/repos/acme/infra/issues/comments/${comment!.id}`, { body: { body: 'y'.repeat(65537) } });
    expect(edit.status).toBe(422);
  });

  it('answers 422 to a status description over 140 characters', async () => {
    const pr = seedPr();
    const answer = await call('POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { body: { state: 'success', description: 'd'.repeat(141) } });
    expect(answer.status).toBe(422);
    expect(body(answer)['errors']).toEqual([{ resource: 'Status', code: 'custom', field: 'description', message: 'description is too long (maximum is 140 characters)' }]);
  });

  it('checks query parameters and answers 400 to a body that is not JSON', async () => {
    seedPr();
    const query = await call('GET', '/repos/acme/infra/pulls?state=merged');
    expect(query.status).toBe(422);
    expect(body(query)['errors']).toEqual([{ resource: 'PullRequest', code: 'invalid', field: 'state', message: 'state is not included in the list' }]);
    const notJson = await call('POST', '/repos/acme/infra/issues/1/comments', { raw: '{"body": ' });
    expect(notJson.status).toBe(400);
    expect(body(notJson)['message']).toBe('Problems parsing JSON');
  });

  it('answers 404 to an unknown route, a wrong method, a non-numeric number and an unknown repository', async () => {
    seedPr();
    for (const [method, path] of [
      ['GET', '/repos/acme/infra/pulls/1/nonsense'],
      ['PUT', '/repos/acme/infra/pulls/1'],
      ['GET', '/repos/acme/infra/pulls/one'],
      ['GET', '/repos/acme/elsewhere/pulls/1'],
      ['GET', '/repos/acme/infra/pulls/99'],
    ] as const) {
      const answer = await call(method, path);
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(body(answer)).toMatchObject({ message: 'Not Found', status: '404' });
      expect(body(answer)['documentation_url']).toMatch(/^https:\/\/docs\.github\.com\/rest/);
    }
  });
});

describe('state', () => {
  it('keeps comments between requests, authored by the token’s identity', async () => {
    seedPr();
    const first = await call('POST', '/repos/acme/infra/issues/1/comments', { body: { body: '<!-- blastgate -->\nfirst' } });
    expect(first.status).toBe(201);
    expectDescribed(first);
    expect(first.headers.get('location')).toBe(body(first)['url']);
    expect(body(first)['user']).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });

    const id = body(first)['id'] as number;
    const edited = await call('PATCH', `/repos/acme/infra/issues/comments/${id}`, { body: { body: '<!-- blastgate -->\nsecond' } });
    expect(edited.status).toBe(200);
    expectDescribed(edited);
    await call('POST', '/repos/acme/infra/issues/1/comments', { token: USER_TOKEN, body: { body: 'LGTM' } });

    const listed = await call('GET', '/repos/acme/infra/issues/1/comments');
    expectDescribed(listed);
    expect(items(listed).map((c) => [(c['user'] as { login: string }).login, c['body']])).toEqual([
      ['github-actions[bot]', '<!-- blastgate -->\nsecond'],
      ['alice', 'LGTM'],
    ]);
    expect(gh.state.comments('acme', 'infra', 1).map((c) => c.user)).toEqual(['github-actions[bot]', 'alice']);
    expect((await call('PATCH', '/repos/acme/infra/issues/comments/123', { body: { body: 'x' } })).status).toBe(404);
  });

  it('creates a label on first use, as GitHub does, and removes it from the pull request only', async () => {
    seedPr({ labels: ['infra'] });
    const added = await call('POST', '/repos/acme/infra/issues/1/labels', { body: { labels: ['blastgate:blocked'] } });
    expect(added.status).toBe(200);
    expectDescribed(added);
    expect(items(added).map((l) => l['name'])).toEqual(['infra', 'blastgate:blocked']);
    expect(items(added)[1]).toMatchObject({ color: 'ededed', description: null, default: false });

    const again = await call('POST', '/repos/acme/infra/issues/1/labels', { body: { labels: ['BLASTGATE:blocked'] } });
    expect(items(again)).toHaveLength(2);

    const removed = await call('DELETE', `/repos/acme/infra/issues/1/labels/${encodeURIComponent('blastgate:blocked')}`);
    expect(removed.status).toBe(200);
    expectDescribed(removed);
    expect(items(removed).map((l) => l['name'])).toEqual(['infra']);
    const missing = await call('DELETE', '/repos/acme/infra/issues/1/labels/absent');
    expect(missing.status).toBe(404);
    expect(body(missing)['message']).toBe('Label does not exist');
    expect(gh.state.repo('acme', 'infra').labels.map((l) => l.name)).toEqual(['infra', 'blastgate:blocked']);

    const listed = await call('GET', '/repos/acme/infra/issues/1/labels');
    expectDescribed(listed);
    expect(items(listed).map((l) => l['name'])).toEqual(['infra']);
  });

  it('combines statuses: the latest of each context wins', async () => {
    const pr = seedPr();
    const post = (state: string, context: string) => call('POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { body: { state, context } });
    await post('pending', 'blastgate');
    await post('success', 'ci/build');
    await post('failure', 'blastgate');
    let combined = await call('GET', `/repos/acme/infra/commits/${pr.head.sha}/status`);
    expectDescribed(combined);
    expect(body(combined)).toMatchObject({ state: 'failure', sha: pr.head.sha, total_count: 2 });
    await post('success', 'blastgate');
    combined = await call('GET', `/repos/acme/infra/commits/${pr.head.ref}/status`);
    expect(body(combined)['state']).toBe('success');

    const all = await call('GET', `/repos/acme/infra/commits/${pr.head.sha}/statuses`);
    expectDescribed(all);
    expect(items(all).map((s) => `${s['context']}=${s['state']}`)).toEqual(['blastgate=success', 'blastgate=failure', 'ci/build=success', 'blastgate=pending']);
    expect(items(all)[0]!['creator']).toMatchObject({ login: 'github-actions[bot]' });

    const unknown = await call('POST', `/repos/acme/infra/statuses/${'0'.repeat(40)}`, { body: { state: 'success' } });
    expect(unknown.status).toBe(422);
    expect(body(unknown)['message']).toBe(`No commit found for SHA: ${'0'.repeat(40)}`);
  });

  it('moves the head on a push and keeps the reviews of the old head', async () => {
    const pr = seedPr({ commits: [{ message: 'feat: drop db', author: 'Copilot', committer: { name: 'GitHub', email: 'noreply@github.com' } }] });
    const first = pr.head.sha;
    gh.state.addReview('acme', 'infra', 1, { user: 'alice', state: 'APPROVED' });
    const pushed = gh.state.pushCommit('acme', 'infra', 1, { message: 'fix: keep snapshot', files: [{ filename: 'db.tf', patch: '-a\n+b\n+c' }] });

    const got = await call('GET', '/repos/acme/infra/pulls/1');
    expectDescribed(got);
    expect(body(got)).toMatchObject({ number: 1, state: 'open', commits: 2, additions: 2, deletions: 1, changed_files: 1 });
    expect((body(got)['head'] as { sha: string }).sha).toBe(pushed.sha);

    const reviews = await call('GET', '/repos/acme/infra/pulls/1/reviews');
    expectDescribed(reviews);
    expect(items(reviews)[0]).toMatchObject({ state: 'APPROVED', commit_id: first, user: { login: 'alice', type: 'User' } });

    const commits = await call('GET', '/repos/acme/infra/pulls/1/commits');
    expectDescribed(commits);
    expect(items(commits).map((c) => c['sha'])).toEqual([first, pushed.sha]);
    expect(items(commits)[0]).toMatchObject({ author: { login: 'Copilot', type: 'Bot' }, committer: null });
    expect((items(commits)[0]!['commit'] as { committer: unknown }).committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
    expect(items(commits)[1]!['parents']).toEqual([expect.objectContaining({ sha: first })]);

    gh.state.dismissReview('acme', 'infra', 1, gh.state.pullRequest('acme', 'infra', 1).reviews[0]!.id);
    gh.state.updatePullRequest('acme', 'infra', 1, { draft: true, body: 'edited' });
    expect(items(await call('GET', '/repos/acme/infra/pulls/1/reviews'))[0]).toMatchObject({ state: 'DISMISSED' });
    expect(body(await call('GET', '/repos/acme/infra/pulls/1'))).toMatchObject({ draft: true, body: 'edited', mergeable_state: 'draft' });
  });

  it('keeps review requests and refuses the author and strangers, as GitHub does', async () => {
    gh.state.addRepo({ owner: 'acme', name: 'infra', collaborators: ['alice', 'bob'] });
    gh.state.addTeam({ org: 'acme', slug: 'platform', members: { bob: 'maintainer' } });
    seedPr();
    const asked = await call('POST', '/repos/acme/infra/pulls/1/requested_reviewers', { body: { reviewers: ['alice'], team_reviewers: ['platform'] } });
    expect(asked.status).toBe(201);
    expectDescribed(asked);
    expect(body(asked)['requested_reviewers']).toEqual([expect.objectContaining({ login: 'alice' })]);
    expect(body(asked)['requested_teams']).toEqual([expect.objectContaining({ slug: 'platform' })]);

    const author = await call('POST', '/repos/acme/infra/pulls/1/requested_reviewers', { body: { reviewers: ['copilot'] } });
    expect(author.status).toBe(422);
    expect(body(author)['message']).toBe('Review cannot be requested from pull request author.');
    const stranger = await call('POST', '/repos/acme/infra/pulls/1/requested_reviewers', { body: { reviewers: ['mallory'] } });
    expect(stranger.status).toBe(422);
    expect(body(stranger)['message']).toMatch(/^Reviews may only be requested from collaborators/);

    gh.state.addReview('acme', 'infra', 1, { user: 'alice', state: 'APPROVED' });
    expect(gh.state.pullRequest('acme', 'infra', 1).requestedReviewers).toEqual([]);
  });

  it('serves files of a ref in base64, as GitHub does', async () => {
    const pr = seedPr();
    const policy = 'version: 1\nprotected:\n  - "aws_db_instance.*"\n'.repeat(3);
    gh.state.putFile('acme', 'infra', '.github/blastgate.yml', policy);
    gh.state.putFile('acme', 'infra', '.github/blastgate.yml', 'version: 1 # changed by the PR\n', pr.head.sha);

    const octokit = getOctokit(WRITE_TOKEN, { baseUrl: gh.url });
    const base = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'infra', path: '.github/blastgate.yml', ref: pr.base.sha });
    expect(responseProblems('repos/get-content', base.status, base.data)).toEqual([]);
    const file = base.data as { content: string; encoding: string; sha: string };
    expect(file.encoding).toBe('base64');
    expect(file.content.split('\n').every((line) => line.length <= 60)).toBe(true);
    expect(Buffer.from(file.content, 'base64').toString()).toBe(policy);
    const blob = spawnSync('git', ['hash-object', '--stdin'], { input: policy, encoding: 'utf8' });
    if (blob.status === 0) expect(file.sha).toBe(blob.stdout.trim());

    const byBranch = await call('GET', `/repos/acme/infra/contents/.github/blastgate.yml?ref=${pr.base.ref}`);
    expect(Buffer.from(body(byBranch)['content'] as string, 'base64').toString()).toBe(policy);
    const head = await call('GET', `/repos/acme/infra/contents/.github/blastgate.yml?ref=${pr.head.sha}`);
    expect(Buffer.from(body(head)['content'] as string, 'base64').toString()).toBe('version: 1 # changed by the PR\n');

    expect((await call('GET', '/repos/acme/infra/contents/missing.yml')).status).toBe(404);
    const badRef = await call('GET', '/repos/acme/infra/contents/.github/blastgate.yml?ref=nope');
    expect(badRef.status).toBe(404);
    expect(body(badRef)['message']).toBe('No commit found for the ref nope');
  });

  it('finds the pull request of a merge commit and lists open pull requests', async () => {
    seedPr();
    seedPr({ head: { ref: 'other' } });
    const merge = gh.state.mergePullRequest('acme', 'infra', 1, { by: 'alice' });

    const ofCommit = await call('GET', `/repos/acme/infra/commits/${merge.sha}/pulls`);
    expectDescribed(ofCommit);
    expect(items(ofCommit).map((p) => p['number'])).toEqual([1]);

    const open = await call('GET', '/repos/acme/infra/pulls');
    expectDescribed(open);
    expect(items(open).map((p) => p['number'])).toEqual([2]);
    const all = await call('GET', '/repos/acme/infra/pulls?state=all&sort=created&direction=asc');
    expect(items(all).map((p) => p['number'])).toEqual([1, 2]);
    const byHead = await call('GET', '/repos/acme/infra/pulls?state=all&head=acme:other');
    expect(items(byHead).map((p) => p['number'])).toEqual([2]);

    const merged = await call('GET', '/repos/acme/infra/pulls/1');
    expect(body(merged)).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: merge.sha, merged_by: { login: 'alice' } });
  });

  it('seeds a pull request from a real webhook payload, so event and API agree', async () => {
    const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];
    const event = examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e['action'] === 'opened') as unknown as PullRequestEvent;
    gh.state.addPullRequestFromEvent(event);
    const { owner, name } = { owner: event.repository.owner.login, name: event.repository.name };
    const got = await call('GET', `/repos/${owner}/${name}/pulls/${event.pull_request.number}`);
    expectDescribed(got);
    expect(body(got)).toMatchObject({
      id: event.pull_request.id,
      title: event.pull_request.title,
      user: { login: event.pull_request.user.login, id: event.pull_request.user.id },
      head: { sha: event.pull_request.head.sha, ref: event.pull_request.head.ref },
      base: { sha: event.pull_request.base.sha, ref: event.pull_request.base.ref, repo: { id: event.repository.id } },
    });
    // The payload's base sha is the base branch's tip: a file put on the default branch is there.
    gh.state.putFile(owner, name, '.github/blastgate.yml', 'version: 1\n');
    const policy = await call('GET', `/repos/${owner}/${name}/contents/.github/blastgate.yml?ref=${event.pull_request.base.sha}`);
    expect(policy.status).toBe(200);
  });

  it('answers team membership for members only', async () => {
    gh.state.addTeam({ org: 'acme', slug: 'platform', members: { bob: 'maintainer' }, pending: ['carol'] });
    const bob = await call('GET', '/orgs/acme/teams/platform/memberships/bob', { token: USER_TOKEN });
    expect(bob.status).toBe(200);
    expectDescribed(bob);
    expect(body(bob)).toMatchObject({ role: 'maintainer', state: 'active' });
    expect(body(await call('GET', '/orgs/acme/teams/platform/memberships/carol', { token: USER_TOKEN }))['state']).toBe('pending');
    expect((await call('GET', '/orgs/acme/teams/platform/memberships/mallory', { token: USER_TOKEN })).status).toBe(404);
    // GITHUB_TOKEN has no organization permissions.
    expect((await call('GET', '/orgs/acme/teams/platform/memberships/bob')).status).toBe(403);
  });
});

describe('pagination', () => {
  it('honours per_page and page and links the pages like GitHub', async () => {
    seedPr({ files: Array.from({ length: 5 }, (_, i) => ({ filename: `modules/m${i}/main.tf`, additions: 1 })) });
    const first = await call('GET', '/repos/acme/infra/pulls/1/files?per_page=2');
    expectDescribed(first);
    expect(items(first).map((f) => f['filename'])).toEqual(['modules/m0/main.tf', 'modules/m1/main.tf']);
    expect(first.headers.get('link')).toBe(
      `<${gh.url}/repos/acme/infra/pulls/1/files?per_page=2&page=2>; rel="next", <${gh.url}/repos/acme/infra/pulls/1/files?per_page=2&page=3>; rel="last"`,
    );
    const last = await call('GET', '/repos/acme/infra/pulls/1/files?per_page=2&page=3');
    expect(items(last)).toHaveLength(1);
    expect(last.headers.get('link')).toBe(
      `<${gh.url}/repos/acme/infra/pulls/1/files?per_page=2&page=2>; rel="prev", <${gh.url}/repos/acme/infra/pulls/1/files?per_page=2&page=1>; rel="first"`,
    );
    expect((await call('GET', '/repos/acme/infra/pulls/1/files')).headers.get('link')).toBeNull();

    const octokit = getOctokit(WRITE_TOKEN, { baseUrl: gh.url });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: 'acme', repo: 'infra', pull_number: 1, per_page: 2 });
    expect(files).toHaveLength(5);
  });
});

describe('tokens', () => {
  it('gives a read-only token 403 on writes and answers its reads', async () => {
    const pr = seedPr();
    const read = await call('GET', '/repos/acme/infra/pulls/1', { token: READ_TOKEN });
    expect(read.status).toBe(200);
    for (const [method, path, payload] of [
      ['POST', '/repos/acme/infra/issues/1/comments', { body: 'x' }],
      ['POST', '/repos/acme/infra/issues/1/labels', { labels: ['x'] }],
      ['POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { state: 'success' }],
      ['POST', '/repos/acme/infra/pulls/1/requested_reviewers', { reviewers: ['alice'] }],
    ] as const) {
      const answer = await call(method, path, { token: READ_TOKEN, body: payload });
      expect(answer.status, path).toBe(403);
      expect(body(answer)).toMatchObject({ message: 'Resource not accessible by integration', status: '403' });
    }
    expect(gh.state.comments('acme', 'infra', 1)).toEqual([]);
  });

  it('answers GET /user for a user’s token and refuses it to an installation', async () => {
    const user = await call('GET', '/user', { token: USER_TOKEN });
    expect(user.status).toBe(200);
    expectDescribed(user);
    expect(body(user)).toMatchObject({ login: 'alice', id: 7001, type: 'User' });
    const installation = await call('GET', '/user');
    expect(installation.status).toBe(403);
    expectDescribed(installation);
    expect(body(installation)['message']).toBe('Resource not accessible by integration');
  });

  it('answers 401 to a bad token and to an anonymous write', async () => {
    seedPr();
    const bad = await call('GET', '/repos/acme/infra/pulls/1', { token: 'ghs_unknown' });
    expect(bad.status).toBe(401);
    expect(body(bad)['message']).toBe('Bad credentials');
    expect((await call('GET', '/repos/acme/infra/pulls/1', { token: null })).status).toBe(200);
    const write = await call('POST', '/repos/acme/infra/issues/1/comments', { token: null, body: { body: 'x' } });
    expect(write.status).toBe(401);
    expect(body(write)['message']).toBe('Requires authentication');
  });

  it('counts every request in x-ratelimit-* but not GET /rate_limit', async () => {
    seedPr();
    const a = await call('GET', '/repos/acme/infra/pulls/1');
    const b = await call('GET', '/repos/acme/infra/pulls/1');
    expect(a.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(Number(a.headers.get('x-ratelimit-remaining')) - Number(b.headers.get('x-ratelimit-remaining'))).toBe(1);
    expect(b.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(b.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]{4}:[0-9A-F]{4}:[0-9A-F]{7}:[0-9A-F]{7}:[0-9A-F]{8}$/);
    const limits = await call('GET', '/rate_limit');
    expectDescribed(limits);
    expect(body(limits)['rate']).toMatchObject({ used: 2, remaining: 4998 });
    expect((await call('GET', '/rate_limit')).headers.get('x-ratelimit-used')).toBe('2');
  });
});

describe('faults', () => {
  it('answers the next n requests with the armed status, then recovers', async () => {
    seedPr();
    gh.faults.next(2, { status: 502 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call('GET', '/repos/acme/infra/pulls/1')).status);
    expect(statuses).toEqual([502, 502, 200]);
  });

  it('scopes a fault to a method and path template', async () => {
    const pr = seedPr();
    gh.faults.always({ status: 500, method: 'POST', path: '/repos/{owner}/{repo}/statuses/{sha}' });
    expect((await call('GET', '/repos/acme/infra/pulls/1')).status).toBe(200);
    expect((await call('POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { body: { state: 'success' } })).status).toBe(500);
    expect((await call('POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { body: { state: 'success' } })).status).toBe(500);
    expect(gh.state.statuses(pr.head.sha)).toEqual([]);
    gh.faults.clear();
    expect((await call('POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { body: { state: 'success' } })).status).toBe(201);
  });

  it('spends the primary rate limit until the reset time', async () => {
    seedPr();
    gh.faults.rateLimit({ primary: true, resetIn: 0.3 });
    const limited = await call('GET', '/repos/acme/infra/pulls/1');
    expect(limited.status).toBe(403);
    expect(body(limited)['message']).toMatch(/^API rate limit exceeded for installation ID \d+\.$/);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
    expect((await call('GET', '/rate_limit')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await call('GET', '/repos/acme/infra/pulls/1')).status).toBe(200);
  });

  it('sends GitHub’s secondary rate limit answer with retry-after', async () => {
    seedPr();
    gh.faults.secondaryRateLimit({ retryAfter: 1, status: 429 });
    const limited = await call('GET', '/repos/acme/infra/pulls/1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(body(limited)['message']).toContain('You have exceeded a secondary rate limit');
    expect(body(limited)['message']).toContain(limited.headers.get('x-github-request-id'));
    expect((await call('GET', '/repos/acme/infra/pulls/1')).status).toBe(200);
  });

  it('makes Octokit’s retry and throttling plugins retry, and a persistent failure reach the caller', async () => {
    seedPr();
    const waits: string[] = [];
    const octokit = getOctokit(
      WRITE_TOKEN,
      {
        baseUrl: gh.url,
        retry: { retries: 2, retryAfterBaseValue: 10 },
        throttle: {
          retryAfterBaseValue: 10,
          onRateLimit: () => {
            waits.push('primary');
            return true;
          },
          onSecondaryRateLimit: (after: number) => {
            waits.push(`secondary ${after}`);
            return true;
          },
        },
      },
      retry,
      throttling,
    );
    const get = () => octokit.rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 1 });

    gh.faults.next(2, { status: 502 });
    expect((await get()).status).toBe(200);
    gh.faults.secondaryRateLimit({ retryAfter: 1 });
    expect((await get()).status).toBe(200);
    gh.faults.rateLimit({ resetIn: 0.2 });
    expect((await get()).status).toBe(200);
    // The primary limit may be hit again if the retry comes before the reset: GitHub would do the same.
    expect([...new Set(waits)]).toEqual(['secondary 1', 'primary']);

    gh.faults.always({ status: 502 });
    const before = gh.requests.length;
    await expect(get()).rejects.toMatchObject({ status: 502 });
    expect(gh.requests.length - before).toBe(3);
  });
});

describe('the whole surface', () => {
  it('serves every extracted operation with answers that match GitHub’s response schemas', async () => {
    const pr = seedPr({ files: [{ filename: 'db.tf', status: 'removed', deletions: 12 }], requestedReviewers: ['alice'] });
    gh.state.addTeam({ org: 'acme', slug: 'platform', members: { alice: 'member' } });
    gh.state.putFile('acme', 'infra', 'blastgate.yml', 'version: 1\n');
    gh.state.addReview('acme', 'infra', 1, { user: 'bob', state: 'CHANGES_REQUESTED', body: 'keep the snapshot' });
    await call('POST', '/repos/acme/infra/issues/1/comments', { body: { body: 'hello' } });
    const commentId = gh.state.comments('acme', 'infra', 1)[0]!.id;
    const run = gh.state.addWorkflowRun('acme', 'infra', { headSha: pr.head.sha, artifacts: { 'blastgate-plan': { 'plan.json': '{"format_version":"1.2"}' } } });
    const tour: [string, string, unknown?][] = [
      ['GET', '/repos/acme/infra/pulls'],
      ['GET', '/repos/acme/infra/pulls/1'],
      ['GET', '/repos/acme/infra/pulls/1/commits'],
      ['GET', '/repos/acme/infra/pulls/1/files'],
      ['GET', '/repos/acme/infra/pulls/1/reviews'],
      ['POST', '/repos/acme/infra/pulls/1/requested_reviewers', { reviewers: ['bob'] }],
      ['GET', '/repos/acme/infra/issues/1/comments?since=2000-01-01T00:00:00Z'],
      ['PATCH', `/repos/acme/infra/issues/comments/${commentId}`, { body: 'edited' }],
      ['GET', '/repos/acme/infra/issues/1/labels'],
      ['POST', '/repos/acme/infra/issues/1/labels', { labels: ['a', { name: 'b' }] }],
      ['DELETE', '/repos/acme/infra/issues/1/labels/a'],
      ['POST', `/repos/acme/infra/statuses/${pr.head.sha}`, { state: 'pending', target_url: 'https://ci.example/1' }],
      ['GET', `/repos/acme/infra/commits/${pr.head.sha}/statuses`],
      ['GET', `/repos/acme/infra/commits/${pr.head.sha}/status`],
      ['GET', `/repos/acme/infra/commits/${pr.head.sha}/pulls`],
      ['GET', '/repos/acme/infra/contents/blastgate.yml'],
      ['GET', '/orgs/acme/teams/platform/memberships/alice', 'user'],
      ['GET', '/repos/acme/infra/collaborators/alice/permission'],
      ['GET', `/repos/acme/infra/actions/runs?head_sha=${pr.head.sha}&event=pull_request&status=success`],
      ['GET', `/repos/acme/infra/actions/runs/${run.id}/artifacts?name=blastgate-plan`],
      ['GET', '/user', 'user'],
      ['GET', '/rate_limit'],
    ];
    for (const [method, path, payload] of tour) {
      const answer = await call(method, path, payload === 'user' ? { token: USER_TOKEN } : { body: payload });
      expect(answer.status, `${method} ${path}`).toBeLessThan(300);
    }
    // The archive: a redirect to blob storage, then the zip upload-artifact made.
    const redirect = await fetch(`${gh.url}/repos/acme/infra/actions/artifacts/${run.artifacts[0]!.id}/zip`, { headers: { authorization: `token ${WRITE_TOKEN}` }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    const archive = new Uint8Array(await (await fetch(redirect.headers.get('location')!)).arrayBuffer());
    expect(strFromU8(unzipSync(archive)['plan.json']!)).toBe('{"format_version":"1.2"}');
    const served = new Set(gh.requests.map((r) => r.operationId));
    expect(description().operations.filter((op) => !served.has(op.operationId)).map((op) => op.operationId)).toEqual([]);
    // Blob storage (the archive) is not part of the REST API.
    for (const r of gh.requests.filter((q) => q.operationId !== null)) {
      expect(responseProblems(r.operationId!, r.response.status, r.response.body), `${r.method} ${r.path}`).toEqual([]);
    }
  });
});

describe('start-up', () => {
  it('is fast enough to start a server per test', async () => {
    const started = performance.now();
    const another = await startGitHubServer();
    const elapsed = performance.now() - started;
    await another.close();
    expect(elapsed).toBeLessThan(300);
  });

  it('listens on loopback only', () => {
    expect(new URL(gh.url).hostname).toBe('127.0.0.1');
  });
});

