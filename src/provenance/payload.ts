// Reads the facts provenance needs out of GitHub's JSON, leniently where GitHub leaves fields out
// (older payloads, null users) and strictly where a missing field means the wrong document.
import type { Account, CommitFacts, GitIdentity, PullRequestFacts } from './types.js';
import { isRecord } from '../util/record.js';

/** The event or the commits list is not what it should be; `part` says which. */
export class PayloadError extends Error {
  constructor(
    readonly part: 'event' | 'commits',
    message: string,
  ) {
    super(message);
    this.name = 'PayloadError';
  }
}


function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function account(value: unknown): Account | undefined {
  if (!isRecord(value)) return undefined;
  const login = text(value['login']);
  if (login === undefined) return undefined;
  const id = value['id'];
  const type = text(value['type']);
  return { login, ...(typeof id === 'number' ? { id } : {}), ...(type !== undefined ? { type } : {}) };
}

function identity(value: unknown): GitIdentity | undefined {
  if (!isRecord(value)) return undefined;
  const name = text(value['name']) ?? '';
  const email = text(value['email']) ?? '';
  return name === '' && email === '' ? undefined : { name, email };
}

export function parsePullRequestEvent(event: unknown): PullRequestFacts {
  if (!isRecord(event)) throw new PayloadError('event', 'not a GitHub event payload (expected a JSON object)');
  const pr = event['pull_request'];
  if (!isRecord(pr)) {
    const keys = Object.keys(event).slice(0, 6).join(', ');
    throw new PayloadError('event', `not a pull_request or pull_request_review event: no pull_request object (top-level keys: ${keys || 'none'})`);
  }
  const author = account(pr['user']);
  if (!author) throw new PayloadError('event', 'pull_request.user.login is missing: not a pull request payload');
  const head = pr['head'];
  const labels = Array.isArray(pr['labels']) ? pr['labels'] : [];
  const commitCount = pr['commits'];
  return {
    author,
    title: text(pr['title']) ?? '',
    body: text(pr['body']) ?? '',
    branch: (isRecord(head) ? text(head['ref']) : undefined) ?? '',
    labels: labels.flatMap((l) => (isRecord(l) && typeof l['name'] === 'string' ? [l['name']] : [])),
    ...(typeof commitCount === 'number' ? { commitCount } : {}),
  };
}

export function parseCommits(commits: unknown[]): CommitFacts[] {
  return commits.map((element, index) => {
    const where = `element ${index}`;
    if (!isRecord(element)) throw new PayloadError('commits', `${where} is not a commit object`);
    const sha = text(element['sha']);
    const commit = element['commit'];
    const message = isRecord(commit) ? text(commit['message']) : undefined;
    if (sha === undefined || message === undefined) {
      throw new PayloadError('commits', `${where} has no sha or commit.message: not the answer of GET /repos/{owner}/{repo}/pulls/{number}/commits`);
    }
    const author = isRecord(commit) ? identity(commit['author']) : undefined;
    const committer = isRecord(commit) ? identity(commit['committer']) : undefined;
    const authorAccount = account(element['author']);
    const committerAccount = account(element['committer']);
    return {
      sha,
      message,
      ...(author ? { author } : {}),
      ...(committer ? { committer } : {}),
      ...(authorAccount ? { authorAccount } : {}),
      ...(committerAccount ? { committerAccount } : {}),
    };
  });
}
