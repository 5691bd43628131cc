import type { Review } from '../gate/approvals.js';
import type { GitHub } from './client.js';
import { MARKER } from './sticky.js';

// Thin calls to GitHub's REST API; every other decision lives in pure code.

export interface PullRef {
  owner: string;
  repo: string;
  number: number;
}

export interface User {
  login: string;
  id: number;
  type?: string;
}

export interface PullInfo {
  headSha: string;
  baseSha: string;
  baseRef: string;
  author: User;
  labels: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
}

/** GitHub's answer when a token may not write (fork PRs, read-only permissions). */
export function isForbidden(error: unknown): boolean {
  return (error as { status?: number }).status === 403;
}

function isNotFound(error: unknown): boolean {
  return (error as { status?: number }).status === 404;
}

export async function getPull(gh: GitHub, pr: PullRef): Promise<PullInfo> {
  const { data } = await gh.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number });
  return {
    headSha: data.head.sha,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    author: { login: data.user.login, id: data.user.id, type: data.user.type },
    labels: data.labels.map((l) => l.name),
    requestedReviewers: (data.requested_reviewers ?? []).map((u) => u.login),
    requestedTeams: (data.requested_teams ?? []).map((t) => t.slug),
  };
}

export async function listReviews(gh: GitHub, pr: PullRef): Promise<Review[]> {
  const reviews = await gh.paginate(gh.rest.pulls.listReviews, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  return reviews.map((r) => ({
    id: r.id,
    state: r.state,
    commit_id: r.commit_id,
    submitted_at: r.submitted_at ?? null,
    user: r.user ? { login: r.user.login, id: r.user.id, type: r.user.type } : null,
    author_association: r.author_association,
  }));
}

/**
 * Each login's permission on the repository as GitHub reports it: `write` for admin, maintain and write, else what
 * it holds (read, none). A reviewer GitHub does not know gets `none`.
 */
export async function permissionsOf(gh: GitHub, owner: string, repo: string, logins: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const username of logins) {
    try {
      const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
      out.set(username.toLowerCase(), data.permission === 'admin' || data.permission === 'write' ? 'write' : data.permission);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      out.set(username.toLowerCase(), 'none');
    }
  }
  return out;
}

export async function listCommits(gh: GitHub, pr: PullRef): Promise<unknown[]> {
  return gh.paginate(gh.rest.pulls.listCommits, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
}

export async function listFiles(gh: GitHub, pr: PullRef): Promise<string[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  return files.flatMap((f) => [f.filename, ...(f.previous_filename ? [f.previous_filename] : [])]);
}

/** A file's text at a ref, or undefined when it does not exist there. */
export async function readFileAt(gh: GitHub, owner: string, repo: string, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.repos.getContent({ owner, repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * The account the token acts as: a user, or for an installation token (the workflow's GITHUB_TOKEN, a GitHub App's)
 * the app's bot account. GET /user refuses installation tokens; GraphQL's viewer answers both.
 */
export async function tokenIdentity(gh: GitHub): Promise<{ login: string; id: number }> {
  const { viewer } = await gh.graphql<{ viewer: { login: string; databaseId: number } }>('query { viewer { login databaseId } }');
  return { login: viewer.login, id: viewer.databaseId };
}

/**
 * Blastgate's sticky comment: the marker at the start, written by the token's own account (by id). A marker comment
 * anyone else wrote (a person, an agent's bot) is never adopted, read or edited.
 */
export async function findSticky(gh: GitHub, pr: PullRef, own: { id: number }): Promise<{ id: number; body: string } | undefined> {
  const comments = await gh.paginate(gh.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
  const mine = comments.find((c) => (c.body ?? '').startsWith(MARKER) && c.user?.id === own.id);
  return mine ? { id: mine.id, body: mine.body ?? '' } : undefined;
}

/** The sticky comment of the token's own identity on the PR, if there is one. */
export async function findOwnSticky(gh: GitHub, pr: PullRef): Promise<{ id: number; body: string } | undefined> {
  return findSticky(gh, pr, await tokenIdentity(gh));
}

/** Creates or updates the comment; returns its web address. */
export async function upsertComment(gh: GitHub, pr: PullRef, existing: number | undefined, body: string): Promise<string> {
  if (existing !== undefined) {
    const { data } = await gh.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing, body });
    return data.html_url;
  }
  const { data } = await gh.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
  return data.html_url;
}

/** Open PRs of the repository: number, head commit and labels. */
export async function listOpenPulls(gh: GitHub, owner: string, repo: string): Promise<{ number: number; headSha: string; labels: string[] }[]> {
  const open = await gh.paginate(gh.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 });
  return open.map((p) => ({ number: p.number, headSha: p.head.sha, labels: p.labels.map((l) => l.name) }));
}

/** The latest `blastgate` status of a commit, if any. */
export async function blastgateStatus(gh: GitHub, owner: string, repo: string, sha: string): Promise<string | undefined> {
  const { data } = await gh.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha, per_page: 100 });
  return data.statuses.find((s) => s.context === 'blastgate')?.state;
}

/** The PR that brought a commit in: the merged one first. */
export async function pullForCommit(gh: GitHub, owner: string, repo: string, sha: string): Promise<number | undefined> {
  const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha });
  return (data.find((p) => p.merged_at) ?? data[0])?.number;
}

export async function addLabel(gh: GitHub, pr: PullRef, label: string): Promise<void> {
  await gh.rest.issues.addLabels({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, labels: [label] });
}

export async function removeLabel(gh: GitHub, pr: PullRef, label: string): Promise<void> {
  try {
    await gh.rest.issues.removeLabel({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, name: label });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

export async function requestReviewers(gh: GitHub, pr: PullRef, reviewers: string[], teams: string[]): Promise<void> {
  await gh.rest.pulls.requestReviewers({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, reviewers, team_reviewers: teams });
}

export async function setStatus(
  gh: GitHub,
  owner: string,
  repo: string,
  sha: string,
  status: { state: 'success' | 'failure' | 'pending' | 'error'; description: string; targetUrl: string },
): Promise<void> {
  await gh.rest.repos.createCommitStatus({
    owner,
    repo,
    sha,
    state: status.state,
    context: 'blastgate',
    description: status.description,
    target_url: status.targetUrl,
  });
}

/**
 * Which of `logins` are active members of a team (`org/slug`, or `slug` in `org`). GitHub answers 404 for a
 * non-member; a token that may not read the organisation gets 403, and then the gate fails closed.
 */
export async function teamMembers(gh: GitHub, org: string, team: string, logins: string[]): Promise<Set<string>> {
  const [teamOrg, slug] = team.includes('/') ? (team.split('/', 2) as [string, string]) : [org, team];
  const members = new Set<string>();
  for (const username of logins) {
    try {
      const { data } = await gh.rest.teams.getMembershipForUserInOrg({ org: teamOrg, team_slug: slug, username });
      if (data.state === 'active') members.add(username.toLowerCase());
    } catch (error) {
      if (isNotFound(error)) continue;
      throw new Error(
        `cannot read the membership of team ${teamOrg}/${slug} (HTTP ${(error as { status?: number }).status ?? '?'}): ` +
          'the policy names a team, which needs a token that can read the organisation (members: read); the gate stays closed',
        { cause: error },
      );
    }
  }
  return members;
}
