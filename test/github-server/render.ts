// State records -> the JSON GitHub sends: every field its schema requires,
// URLs built the way GitHub builds them, legacy-format node ids.
import { createHash } from 'node:crypto';
import type { RateWindow } from './rate-limit.js';
import type { Artifact, ChangedFile, Commit, CommitStatus, GitActor, IssueComment, Label, PullRequest, Repo, Review, Team, User, WorkflowRun } from './model.js';
import type { GitHubState } from './state.js';

type Json = Record<string, unknown>;

/** GitHub's legacy node id: base64 of "0<length of type>:<Type><id>" (e.g. MDQ6VXNlcjE= for user 1). */
function nodeId(type: string, id: number | string): string {
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

/** The sha git gives a file's content. */
function blobSha(content: string): string {
  const bytes = Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

export class Renderer {
  constructor(
    private readonly state: GitHubState,
    /** Where the API answers (the server's own URL, as GHES answers with its host). */
    private readonly api: string,
    private readonly html: string,
  ) {}

  user(login: string): Json {
    const u = this.state.user(login);
    const url = `${this.api}/users/${encodeURIComponent(u.login)}`;
    const isBot = u.type === 'Bot';
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId(u.type, u.id),
      avatar_url: isBot && u.login === 'github-actions[bot]' ? 'https://avatars.githubusercontent.com/in/15368?v=4' : `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: '',
      url,
      html_url: isBot ? `${this.html}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${this.html}/${u.login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: false,
    };
  }

  /** GET /user for a user's token: the private view of the account. */
  privateUser(u: User): Json {
    return {
      ...this.user(u.login),
      user_view_type: 'private',
      name: u.name,
      company: null,
      blog: '',
      location: null,
      email: u.email,
      hireable: null,
      bio: null,
      twitter_username: null,
      notification_email: u.email,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: u.createdAt,
      updated_at: u.createdAt,
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 },
    };
  }

  /** The short form (combined status), which the full form extends. */
  minimalRepository(r: Repo): Json {
    const url = `${this.api}/repos/${r.owner}/${r.name}`;
    const full = `${r.owner}/${r.name}`;
    return {
      id: r.id,
      node_id: nodeId('Repository', r.id),
      name: r.name,
      full_name: full,
      private: r.private,
      owner: this.user(r.owner),
      html_url: `${this.html}/${full}`,
      description: r.description,
      fork: r.fork,
      url,
      forks_url: `${url}/forks`,
      keys_url: `${url}/keys{/key_id}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      teams_url: `${url}/teams`,
      hooks_url: `${url}/hooks`,
      issue_events_url: `${url}/issues/events{/number}`,
      events_url: `${url}/events`,
      assignees_url: `${url}/assignees{/user}`,
      branches_url: `${url}/branches{/branch}`,
      tags_url: `${url}/tags`,
      blobs_url: `${url}/git/blobs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      trees_url: `${url}/git/trees{/sha}`,
      statuses_url: `${url}/statuses/{sha}`,
      languages_url: `${url}/languages`,
      stargazers_url: `${url}/stargazers`,
      contributors_url: `${url}/contributors`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      commits_url: `${url}/commits{/sha}`,
      git_commits_url: `${url}/git/commits{/sha}`,
      comments_url: `${url}/comments{/number}`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      contents_url: `${url}/contents/{+path}`,
      compare_url: `${url}/compare/{base}...{head}`,
      merges_url: `${url}/merges`,
      archive_url: `${url}/{archive_format}{/ref}`,
      downloads_url: `${url}/downloads`,
      issues_url: `${url}/issues{/number}`,
      pulls_url: `${url}/pulls{/number}`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      labels_url: `${url}/labels{/name}`,
      releases_url: `${url}/releases{/id}`,
      deployments_url: `${url}/deployments`,
    };
  }

  repository(r: Repo): Json {
    const host = new URL(this.html).host;
    const full = `${r.owner}/${r.name}`;
    const open = [...r.pulls.values()].filter((p) => p.state === 'open').length;
    return {
      ...this.minimalRepository(r),
      created_at: r.createdAt,
      updated_at: r.createdAt,
      pushed_at: r.createdAt,
      git_url: `git://${host}/${full}.git`,
      ssh_url: `git@${host}:${full}.git`,
      clone_url: `${this.html}/${full}.git`,
      svn_url: `${this.html}/${full}`,
      homepage: null,
      size: 0,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: true,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: open,
      license: null,
      allow_forking: true,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: r.private ? 'private' : 'public',
      forks: 0,
      open_issues: open,
      watchers: 0,
      default_branch: r.defaultBranch,
    };
  }

  label(r: Repo, l: Label): Json {
    return {
      id: l.id,
      node_id: nodeId('Label', l.id),
      url: `${this.api}/repos/${r.owner}/${r.name}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      default: l.default,
      description: l.description,
    };
  }

  team(t: Team): Json {
    const url = `${this.api}/organizations/${this.state.user(t.org).id}/team/${t.id}`;
    return {
      id: t.id,
      node_id: nodeId('Team', t.id),
      url,
      html_url: `${this.html}/orgs/${t.org}/teams/${t.slug}`,
      name: t.name,
      slug: t.slug,
      description: null,
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      permission: 'pull',
      members_url: `${url}/members{/member}`,
      repositories_url: `${url}/repos`,
      type: 'organization',
      organization_id: this.state.user(t.org).id,
      parent: null,
    };
  }

  workflowRun(r: Repo, run: WorkflowRun): Json {
    const api = `${this.api}/repos/${r.owner}/${r.name}/actions/runs/${run.id}`;
    const commit = r.commits.get(run.headSha);
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WorkflowRun', run.id),
      check_suite_id: run.id + 1,
      check_suite_node_id: nodeId('CheckSuite', run.id + 1),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.path,
      run_number: r.runs.indexOf(run) + 1,
      run_attempt: 1,
      referenced_workflows: [],
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: 161335,
      url: api,
      html_url: `${this.html}/${r.owner}/${r.name}/actions/runs/${run.id}`,
      pull_requests: [],
      created_at: run.createdAt,
      updated_at: run.createdAt,
      actor: this.user(run.actor),
      triggering_actor: this.user(run.actor),
      run_started_at: run.createdAt,
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      check_suite_url: `${this.api}/repos/${r.owner}/${r.name}/check-suites/${run.id + 1}`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      previous_attempt_url: null,
      workflow_url: `${this.api}/repos/${r.owner}/${r.name}/actions/workflows/161335`,
      head_commit: commit
        ? {
            id: commit.sha,
            tree_id: createHash('sha1').update(commit.sha).digest('hex'),
            message: commit.message,
            timestamp: commit.author.date,
            author: { name: commit.author.name, email: commit.author.email },
            committer: { name: commit.committer.name, email: commit.committer.email },
          }
        : null,
      repository: this.minimalRepository(r),
      head_repository: this.minimalRepository(r),
      display_title: run.name,
    };
  }

  artifact(r: Repo, run: WorkflowRun, a: Artifact): Json {
    const api = `${this.api}/repos/${r.owner}/${r.name}/actions/artifacts/${a.id}`;
    const expires = new Date(Date.parse(a.createdAt) + 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      id: a.id,
      node_id: nodeId('Artifact', a.id),
      name: a.name,
      size_in_bytes: a.zip.length,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      expires_at: expires,
      updated_at: a.createdAt,
      digest: `sha256:${createHash('sha256').update(a.zip).digest('hex')}`,
      workflow_run: { id: run.id, repository_id: r.id, head_repository_id: r.id, head_branch: run.headBranch, head_sha: run.headSha },
    };
  }

  /** GET collaborators/{username}/permission: the legacy `permission` folds maintain into write, triage into read. */
  collaboratorPermission(r: Repo, login: string): Json {
    const role = this.state.permission(r, login);
    const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
    return { permission: legacy, role_name: role, user: { ...this.user(login), permissions: { admin: role === 'admin', maintain: ['admin', 'maintain'].includes(role), push: ['admin', 'maintain', 'write'].includes(role), triage: role !== 'read' && role !== 'none', pull: role !== 'none' }, role_name: role } };
  }

  teamMembership(t: Team, login: string): Json {
    const member = t.members.get(login.toLowerCase());
    return {
      url: `${this.api}/organizations/${this.state.user(t.org).id}/team/${t.id}/memberships/${encodeURIComponent(this.state.user(login).login)}`,
      role: member?.role ?? 'member',
      state: member?.state ?? 'active',
    };
  }

  /** `full`: GET one pull request (mergeability and counts); otherwise the list form. */
  pullRequest(pr: PullRequest, full: boolean): Json {
    const repo = pr.base.repo;
    const api = `${this.api}/repos/${repo.owner}/${repo.name}`;
    const url = `${api}/pulls/${pr.number}`;
    const html = `${this.html}/${repo.owner}/${repo.name}/pull/${pr.number}`;
    const issue = `${api}/issues/${pr.number}`;
    const teams = pr.requestedTeams.map((slug) => this.state.findTeam(repo.owner, slug)).filter((t): t is Team => t !== undefined);
    const simple: Json = {
      url,
      id: pr.id,
      node_id: nodeId('PullRequest', pr.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: this.user(pr.user),
      body: pr.body,
      created_at: pr.createdAt,
      updated_at: pr.updatedAt,
      closed_at: pr.closedAt,
      merged_at: pr.mergedAt,
      merge_commit_sha: pr.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: pr.requestedReviewers.map((l) => this.user(l)),
      requested_teams: teams.map((t) => this.team(t)),
      labels: pr.labels.map((l) => this.label(repo, l)),
      milestone: null,
      draft: pr.draft,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${api}/statuses/${pr.head.sha}`,
      head: this.branch(pr.head.repo, pr.head.ref, pr.head.sha),
      base: this.branch(repo, pr.base.ref, pr.base.sha),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${api}/statuses/${pr.head.sha}` },
      },
      author_association: pr.authorAssociation,
      auto_merge: null,
      active_lock_reason: null,
    };
    if (!full) return simple;
    const merged = pr.mergedAt !== null;
    return {
      ...simple,
      merged,
      mergeable: pr.state === 'open' ? true : null,
      rebaseable: pr.state === 'open' ? true : null,
      mergeable_state: pr.state === 'open' ? (pr.draft ? 'draft' : 'clean') : 'unknown',
      merged_by: pr.mergedBy ? this.user(pr.mergedBy) : null,
      comments: repo.comments.filter((c) => c.issueNumber === pr.number).length,
      review_comments: 0,
      maintainer_can_modify: pr.head.repo !== repo,
      commits: pr.commits.length,
      additions: pr.files.reduce((n, f) => n + f.additions, 0),
      deletions: pr.files.reduce((n, f) => n + f.deletions, 0),
      changed_files: pr.files.length,
    };
  }

  private branch(r: Repo, ref: string, sha: string): Json {
    return { label: `${r.owner}:${ref}`, ref, sha, user: this.user(r.owner), repo: this.repository(r) };
  }

  commit(r: Repo, c: Commit): Json {
    const api = `${this.api}/repos/${r.owner}/${r.name}`;
    const treeSha = createHash('sha1').update(JSON.stringify([...c.tree].sort())).digest('hex');
    return {
      sha: c.sha,
      node_id: nodeId('Commit', `${r.id}:${c.sha}`),
      commit: {
        author: this.gitUser(c.author),
        committer: this.gitUser(c.committer),
        message: c.message,
        tree: { sha: treeSha, url: `${api}/git/trees/${treeSha}` },
        url: `${api}/git/commits/${c.sha}`,
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      url: `${api}/commits/${c.sha}`,
      html_url: `${this.html}/${r.owner}/${r.name}/commit/${c.sha}`,
      comments_url: `${api}/commits/${c.sha}/comments`,
      author: c.author.login ? this.user(c.author.login) : null,
      committer: c.committer.login ? this.user(c.committer.login) : null,
      parents: c.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `${this.html}/${r.owner}/${r.name}/commit/${sha}` })),
    };
  }

  private gitUser(a: GitActor): Json {
    return { name: a.name, email: a.email, date: a.date };
  }

  diffEntry(pr: PullRequest, f: ChangedFile): Json {
    const r = pr.base.repo;
    const path = encodePath(f.filename);
    return {
      sha: f.sha,
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${this.html}/${r.owner}/${r.name}/blob/${pr.head.sha}/${path}`,
      raw_url: `${this.html}/${r.owner}/${r.name}/raw/${pr.head.sha}/${path}`,
      contents_url: `${this.api}/repos/${r.owner}/${r.name}/contents/${path}?ref=${pr.head.sha}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previousFilename !== undefined ? { previous_filename: f.previousFilename } : {}),
    };
  }

  review(pr: PullRequest, rv: Review): Json {
    const r = pr.base.repo;
    const html = `${this.html}/${r.owner}/${r.name}/pull/${pr.number}#pullrequestreview-${rv.id}`;
    const prUrl = `${this.api}/repos/${r.owner}/${r.name}/pulls/${pr.number}`;
    return {
      id: rv.id,
      node_id: nodeId('PullRequestReview', rv.id),
      user: this.user(rv.user),
      body: rv.body,
      state: rv.state,
      html_url: html,
      pull_request_url: prUrl,
      author_association: rv.authorAssociation,
      _links: { html: { href: html }, pull_request: { href: prUrl } },
      submitted_at: rv.submittedAt,
      commit_id: rv.commitId,
    };
  }

  comment(r: Repo, c: IssueComment): Json {
    const url = `${this.api}/repos/${r.owner}/${r.name}/issues/comments/${c.id}`;
    return {
      id: c.id,
      node_id: nodeId('IssueComment', c.id),
      url,
      html_url: `${this.html}/${r.owner}/${r.name}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      body: c.body,
      user: this.user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${this.api}/repos/${r.owner}/${r.name}/issues/${c.issueNumber}`,
      author_association: c.authorAssociation,
      performed_via_github_app: null,
      reactions: { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 },
    };
  }

  /** One status as POST and the list answer it (with its creator). */
  status(r: Repo, s: CommitStatus): Json {
    return { ...this.simpleStatus(r, s), creator: this.user(s.creator) };
  }

  /** A status inside the combined view. */
  simpleStatus(r: Repo, s: CommitStatus): Json {
    return {
      url: `${this.api}/repos/${r.owner}/${r.name}/statuses/${s.sha}`,
      avatar_url: this.user(s.creator)['avatar_url'],
      id: s.id,
      node_id: nodeId('StatusContext', s.id),
      state: s.state,
      description: s.description,
      target_url: s.targetUrl,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    };
  }

  combinedStatus(r: Repo, sha: string, statuses: CommitStatus[], page: CommitStatus[]): Json {
    const states = new Set(statuses.map((s) => s.state));
    const state = states.has('error') || states.has('failure') ? 'failure' : statuses.length === 0 || states.has('pending') ? 'pending' : 'success';
    const api = `${this.api}/repos/${r.owner}/${r.name}`;
    return {
      state,
      statuses: page.map((s) => this.simpleStatus(r, s)),
      sha,
      total_count: statuses.length,
      repository: this.minimalRepository(r),
      commit_url: `${api}/commits/${sha}`,
      url: `${api}/commits/${sha}/status`,
    };
  }

  /** GET contents of a file: base64 in lines of 60 characters, as GitHub sends it. */
  contentFile(r: Repo, path: string, ref: string, content: string): Json {
    const sha = blobSha(content);
    const base64 = Buffer.from(content).toString('base64');
    const url = `${this.api}/repos/${r.owner}/${r.name}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`;
    const gitUrl = `${this.api}/repos/${r.owner}/${r.name}/git/blobs/${sha}`;
    const htmlUrl = `${this.html}/${r.owner}/${r.name}/blob/${ref}/${encodePath(path)}`;
    return {
      name: path.split('/').at(-1),
      path,
      sha,
      size: Buffer.byteLength(content),
      url,
      html_url: htmlUrl,
      git_url: gitUrl,
      download_url: `https://raw.githubusercontent.com/${r.owner}/${r.name}/${ref}/${encodePath(path)}`,
      type: 'file',
      content: `${base64.replace(/.{60}/g, '$&\n')}${base64.length % 60 === 0 ? '' : '\n'}`,
      encoding: 'base64',
      _links: { self: url, git: gitUrl, html: htmlUrl },
    };
  }

  rateLimit(core: RateWindow): Json {
    const fresh = (limit: number): Json => ({ limit, used: 0, remaining: limit, reset: core.reset });
    const coreJson = { limit: core.limit, used: core.used, remaining: core.remaining, reset: core.reset, resource: 'core' };
    return {
      resources: {
        core: coreJson,
        search: { ...fresh(30), resource: 'search' },
        graphql: { ...fresh(core.limit), resource: 'graphql' },
        integration_manifest: { ...fresh(5000), resource: 'integration_manifest' },
        code_search: { ...fresh(10), resource: 'code_search' },
      },
      rate: coreJson,
    };
  }
}
