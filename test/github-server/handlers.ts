// One handler per operation: what GitHub does with a request that passed
// routing, authentication, permissions and schema validation.
import type { Caller, Identity, Requirement } from './auth.js';
import { ApiError, notAccessible, notFound, tooLong, unprocessable } from './errors.js';
import { paginate } from './pagination.js';
import type { RateWindow } from './rate-limit.js';
import type { Renderer } from './render.js';
import type { PullRequest, Repo, StatusState } from './model.js';
import { timestamp, type GitHubState } from './state.js';

export interface Context {
  /** Path parameters, typed as described. */
  params: Record<string, unknown>;
  /** Described query parameters, typed and defaulted. */
  query: Record<string, unknown>;
  /** The validated JSON body (defaults filled in). */
  body: unknown;
  caller: Caller;
  /** The repository named by {owner}/{repo}, when the path has them (the server answers 404 first otherwise). */
  repo: Repo | undefined;
  /** The request URL on the server's origin. */
  url: URL;
  docs: string;
  state: GitHubState;
  render: Renderer;
  rate: RateWindow;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface Handler {
  /** The resource named in 422 errors. */
  resource: string;
  /** Permissions an installation token needs, any one of them; null: none. */
  needs: Requirement | null;
  /** Changes state: an anonymous caller gets 401. */
  write?: boolean;
  /** Costs nothing from the rate limit (GET /rate_limit). */
  free?: boolean;
  handle(ctx: Context): Reply;
}

const COMMENT_MAX = 65536; // not in the description; GitHub answers 422 above it
const STATUS_DESCRIPTION_MAX = 140;
const LABEL_NAME_MAX = 50;
const PR_COMMITS_MAX = 250;
const PR_FILES_MAX = 3000;

const PR_READ: Requirement = [['pull_requests', 'read']];
const PR_WRITE: Requirement = [['pull_requests', 'write']];
// Comments and labels of a pull request go through the issues API; either permission will do.
const ISSUES_READ: Requirement = [['issues', 'read'], ['pull_requests', 'read']];
const ISSUES_WRITE: Requirement = [['issues', 'write'], ['pull_requests', 'write']];

const ok = (body: unknown, headers?: Record<string, string>): Reply => ({ status: 200, body, ...(headers ? { headers } : {}) });
const created = (body: unknown, location?: string): Reply => ({ status: 201, body, ...(location ? { headers: { location } } : {}) });

function list<T>(ctx: Context, all: T[], render: (item: T) => unknown): Reply {
  const page = paginate(all, ctx.query, ctx.url);
  return ok(page.items.map(render), page.headers);
}

function repoOf(ctx: Context): Repo {
  if (!ctx.repo) throw notFound(ctx.docs);
  return ctx.repo;
}

/** Issue numbers are pull request numbers here: the state holds no plain issues. */
function pullOf(ctx: Context): PullRequest {
  const pr = repoOf(ctx).pulls.get(Number(ctx.params['pull_number'] ?? ctx.params['issue_number']));
  if (!pr) throw notFound(ctx.docs);
  return pr;
}

function identityOf(ctx: Context): Identity {
  if (ctx.caller.kind !== 'token') throw new ApiError(401, 'Requires authentication', ctx.docs);
  return ctx.caller.identity;
}

function fail(error: ApiError | undefined): void {
  if (error) throw error;
}

export const HANDLERS: Record<string, Handler> = {
  'pulls/get': {
    resource: 'PullRequest',
    needs: PR_READ,
    handle: (ctx) => ok(ctx.render.pullRequest(pullOf(ctx), true)),
  },

  'pulls/list': {
    resource: 'PullRequest',
    needs: PR_READ,
    handle(ctx) {
      const { state = 'open', head, base, sort = 'created' } = ctx.query as Record<string, string | undefined>;
      const direction = (ctx.query['direction'] as string | undefined) ?? (sort === 'created' ? 'desc' : 'asc');
      const [headOwner, headRef] = head?.includes(':') ? head.split(':', 2) : [undefined, head];
      const prs = [...repoOf(ctx).pulls.values()]
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => headRef === undefined || (p.head.ref === headRef && (!headOwner || p.head.repo.owner.toLowerCase() === headOwner.toLowerCase())))
        .filter((p) => base === undefined || p.base.ref === base)
        .sort((a, b) => (sort === 'updated' ? a.updatedAt.localeCompare(b.updatedAt) : a.createdAt.localeCompare(b.createdAt)) || a.number - b.number);
      if (direction === 'desc') prs.reverse();
      return list(ctx, prs, (p) => ctx.render.pullRequest(p, false));
    },
  },

  'pulls/list-commits': {
    resource: 'PullRequest',
    needs: PR_READ,
    handle: (ctx) => list(ctx, pullOf(ctx).commits.slice(0, PR_COMMITS_MAX), (c) => ctx.render.commit(repoOf(ctx), c)),
  },

  'pulls/list-files': {
    resource: 'PullRequest',
    needs: PR_READ,
    handle(ctx) {
      const pr = pullOf(ctx);
      return list(ctx, pr.files.slice(0, PR_FILES_MAX), (f) => ctx.render.diffEntry(pr, f));
    },
  },

  'pulls/list-reviews': {
    resource: 'PullRequestReview',
    needs: PR_READ,
    handle(ctx) {
      const pr = pullOf(ctx);
      return list(ctx, pr.reviews, (r) => ctx.render.review(pr, r));
    },
  },

  'pulls/request-reviewers': {
    resource: 'PullRequest',
    needs: PR_WRITE,
    write: true,
    handle(ctx) {
      const pr = pullOf(ctx);
      const repo = repoOf(ctx);
      const { reviewers = [], team_reviewers: teams = [] } = ctx.body as { reviewers?: string[]; team_reviewers?: string[] };
      if (reviewers.some((r) => r.toLowerCase() === pr.user.toLowerCase())) {
        throw unprocessable(ctx.docs, 'Review cannot be requested from pull request author.');
      }
      const strangers = [
        ...reviewers.filter((r) => repo.collaborators !== null && !repo.collaborators.has(r.toLowerCase())),
        ...teams.filter((t) => !ctx.state.findTeam(repo.owner, t)),
      ];
      if (strangers.length > 0) {
        throw unprocessable(
          ctx.docs,
          `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`,
        );
      }
      ctx.state.requestReviewers(pr, reviewers, teams);
      return created(ctx.render.pullRequest(pr, false));
    },
  },

  'issues/list-comments': {
    resource: 'IssueComment',
    needs: ISSUES_READ,
    handle(ctx) {
      const pr = pullOf(ctx);
      const since = ctx.query['since'] as string | undefined;
      const comments = repoOf(ctx).comments.filter((c) => c.issueNumber === pr.number && (!since || c.updatedAt >= since));
      return list(ctx, comments, (c) => ctx.render.comment(repoOf(ctx), c));
    },
  },

  'issues/create-comment': {
    resource: 'IssueComment',
    needs: ISSUES_WRITE,
    write: true,
    handle(ctx) {
      const pr = pullOf(ctx);
      const { body } = ctx.body as { body: string };
      fail(tooLong(ctx.docs, 'IssueComment', 'body', body, COMMENT_MAX));
      const comment = ctx.state.addComment(pr, identityOf(ctx).login, body);
      const json = ctx.render.comment(repoOf(ctx), comment);
      return created(json, String(json['url']));
    },
  },

  'issues/update-comment': {
    resource: 'IssueComment',
    needs: ISSUES_WRITE,
    write: true,
    handle(ctx) {
      const repo = repoOf(ctx);
      const comment = repo.comments.find((c) => c.id === ctx.params['comment_id']);
      if (!comment) throw notFound(ctx.docs);
      const { body } = ctx.body as { body: string };
      fail(tooLong(ctx.docs, 'IssueComment', 'body', body, COMMENT_MAX));
      Object.assign(comment, { body, updatedAt: timestamp() });
      return ok(ctx.render.comment(repo, comment));
    },
  },

  'issues/list-labels-on-issue': {
    resource: 'Label',
    needs: ISSUES_READ,
    handle: (ctx) => list(ctx, pullOf(ctx).labels, (l) => ctx.render.label(repoOf(ctx), l)),
  },

  'issues/add-labels': {
    resource: 'Label',
    needs: ISSUES_WRITE,
    write: true,
    handle(ctx) {
      const pr = pullOf(ctx);
      const { labels = [] } = ctx.body as { labels?: (string | { name: string })[] };
      const names = labels.map((l) => (typeof l === 'string' ? l : l.name));
      for (const name of names) fail(tooLong(ctx.docs, 'Label', 'name', name, LABEL_NAME_MAX));
      return ok(ctx.state.addLabels(pr, names).map((l) => ctx.render.label(repoOf(ctx), l)));
    },
  },

  'issues/remove-label': {
    resource: 'Label',
    needs: ISSUES_WRITE,
    write: true,
    handle(ctx) {
      const pr = pullOf(ctx);
      if (!ctx.state.removeLabel(pr, String(ctx.params['name']))) throw notFound(ctx.docs, 'Label does not exist');
      return ok(pr.labels.map((l) => ctx.render.label(repoOf(ctx), l)));
    },
  },

  'repos/create-commit-status': {
    resource: 'Status',
    needs: [['statuses', 'write']],
    write: true,
    handle(ctx) {
      const repo = repoOf(ctx);
      const sha = String(ctx.params['sha']);
      if (!repo.commits.has(sha)) throw unprocessable(ctx.docs, `No commit found for SHA: ${sha}`);
      const body = ctx.body as { state: StatusState; context: string; description?: string | null; target_url?: string | null };
      fail(tooLong(ctx.docs, 'Status', 'description', body.description, STATUS_DESCRIPTION_MAX));
      const status = ctx.state.addStatus(repo, {
        sha,
        state: body.state,
        context: body.context,
        description: body.description ?? null,
        targetUrl: body.target_url ?? null,
        creator: identityOf(ctx).login,
      });
      return created(ctx.render.status(repo, status), `${ctx.url.origin}/repos/${repo.owner}/${repo.name}/statuses/${sha}`);
    },
  },

  'repos/list-commit-statuses-for-ref': {
    resource: 'Status',
    needs: [['statuses', 'read']],
    handle(ctx) {
      const repo = repoOf(ctx);
      const sha = ctx.state.resolveRef(repo, String(ctx.params['ref']));
      const statuses = repo.statuses.filter((s) => s.sha === sha).reverse();
      return list(ctx, statuses, (s) => ctx.render.status(repo, s));
    },
  },

  'repos/get-combined-status-for-ref': {
    resource: 'Status',
    needs: [['statuses', 'read']],
    handle(ctx) {
      const repo = repoOf(ctx);
      const ref = String(ctx.params['ref']);
      const sha = ctx.state.resolveRef(repo, ref);
      if (!sha) throw notFound(ctx.docs, `No commit found for SHA: ${ref}`);
      const latest = ctx.state.latestStatuses(repo, sha);
      const page = paginate(latest, ctx.query, ctx.url);
      return ok(ctx.render.combinedStatus(repo, sha, latest, page.items), page.headers);
    },
  },

  'repos/list-pull-requests-associated-with-commit': {
    resource: 'PullRequest',
    needs: PR_READ,
    handle(ctx) {
      const sha = String(ctx.params['commit_sha']);
      const prs = [...repoOf(ctx).pulls.values()].filter(
        (p) => p.commits.some((c) => c.sha === sha) || (p.mergedAt !== null && p.mergeCommitSha === sha),
      );
      return list(ctx, prs, (p) => ctx.render.pullRequest(p, false));
    },
  },

  'repos/get-content': {
    resource: 'Content',
    needs: [['contents', 'read']],
    handle(ctx) {
      const repo = repoOf(ctx);
      const ref = (ctx.query['ref'] as string | undefined) ?? repo.defaultBranch;
      const sha = ctx.state.resolveRef(repo, ref);
      if (!sha) throw notFound(ctx.docs, `No commit found for the ref ${ref}`);
      const path = String(ctx.params['path']).replace(/\/+$/, '');
      const content = repo.commits.get(sha)?.tree.get(path);
      if (content === undefined) throw notFound(ctx.docs);
      return ok(ctx.render.contentFile(repo, path, ref, content));
    },
  },

  'teams/get-membership-for-user-in-org': {
    resource: 'TeamMember',
    needs: [['members', 'read']],
    handle(ctx) {
      const team = ctx.state.findTeam(String(ctx.params['org']), String(ctx.params['team_slug']));
      const username = String(ctx.params['username']);
      if (!team?.members.has(username.toLowerCase())) throw notFound(ctx.docs);
      return ok(ctx.render.teamMembership(team, username));
    },
  },

  'repos/get-collaborator-permission-level': {
    resource: 'Collaborator',
    needs: [['metadata', 'read']],
    handle(ctx) {
      const username = String(ctx.params['username']);
      if (!ctx.state.findUser(username)) throw notFound(ctx.docs);
      return ok(ctx.render.collaboratorPermission(repoOf(ctx), username));
    },
  },

  'actions/list-workflow-runs-for-repo': {
    resource: 'WorkflowRun',
    needs: [['actions', 'read']],
    handle(ctx) {
      const repo = repoOf(ctx);
      const { head_sha: sha, event, status, branch } = ctx.query as Record<string, string | undefined>;
      const runs = repo.runs
        .filter((r) => (sha === undefined || r.headSha === sha) && (event === undefined || r.event === event) && (branch === undefined || r.headBranch === branch))
        .filter((r) => status === undefined || r.status === status || r.conclusion === status)
        .reverse();
      const page = paginate(runs, ctx.query, ctx.url);
      return ok({ total_count: runs.length, workflow_runs: page.items.map((r) => ctx.render.workflowRun(repo, r)) }, page.headers);
    },
  },

  'actions/list-workflow-run-artifacts': {
    resource: 'Artifact',
    needs: [['actions', 'read']],
    handle(ctx) {
      const repo = repoOf(ctx);
      const run = repo.runs.find((r) => r.id === ctx.params['run_id']);
      if (!run) throw notFound(ctx.docs);
      const name = ctx.query['name'] as string | undefined;
      const artifacts = run.artifacts.filter((a) => name === undefined || a.name === name);
      const page = paginate(artifacts, ctx.query, ctx.url);
      return ok({ total_count: artifacts.length, artifacts: page.items.map((a) => ctx.render.artifact(repo, run, a)) }, page.headers);
    },
  },

  'actions/download-artifact': {
    resource: 'Artifact',
    needs: [['actions', 'read']],
    handle(ctx) {
      const repo = repoOf(ctx);
      const artifact = repo.runs.flatMap((r) => r.artifacts).find((a) => a.id === ctx.params['artifact_id']);
      if (!artifact || ctx.params['archive_format'] !== 'zip') throw notFound(ctx.docs);
      if (artifact.expired) throw new ApiError(410, 'Artifact has expired', ctx.docs);
      // GitHub answers with a short-lived URL on its blob storage; here, the server's own blob path.
      return { status: 302, body: undefined, headers: { location: `${ctx.url.origin}/_blobs/artifacts/${artifact.id}.zip` } };
    },
  },

  'users/get-authenticated': {
    resource: 'User',
    needs: null,
    handle(ctx) {
      const identity = identityOf(ctx);
      // An installation acts for no user: GitHub refuses the question.
      if (identity.installation) throw notAccessible(ctx.docs);
      return ok(ctx.render.privateUser(ctx.state.user(identity.login)));
    },
  },

  'rate-limit/get': {
    resource: 'RateLimit',
    needs: null,
    free: true,
    handle: (ctx) => ok(ctx.render.rateLimit(ctx.rate)),
  },
};
