// What the fake GitHub knows: accounts, repositories, pull requests and all
// that hangs off them. It lives as long as the server, so several runs of the
// Action see each other's comments, labels and statuses. Tests seed and
// inspect it with the public methods; handlers use the same methods, so
// GitHub's rules (labels made on first use, latest status per context wins,
// a review answers a review request) hold however a change comes in.
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type {
  AccountType,
  AuthorAssociation,
  Commit,
  CommitSeed,
  CommitStatus,
  FileSeed,
  GitActor,
  GitActorSeed,
  IssueComment,
  Label,
  PullRequest,
  PullRequestEvent,
  PullRequestSeed,
  Repo,
  RepoSeed,
  Review,
  ReviewSeed,
  Team,
  TeamMember,
  TeamSeed,
  User,
  UserSeed,
  RepoPermission,
  WorkflowRun,
  WorkflowRunSeed,
} from './model.js';

// Accounts whose real ids tests meet (payloads, commit trailers).
const KNOWN_ACCOUNTS: Record<string, { id: number; type: AccountType }> = {
  'github-actions[bot]': { id: 41898282, type: 'Bot' },
  'dependabot[bot]': { id: 49699333, type: 'Bot' },
  Copilot: { id: 198982749, type: 'Bot' },
  octocat: { id: 583231, type: 'User' },
};

// Realistic magnitudes, so ids look like GitHub's and never collide across kinds.
const ID_BASE = {
  user: 190_000_000,
  repo: 880_000_000,
  pull: 2_400_000_000,
  comment: 2_700_000_000,
  review: 2_900_000_000,
  label: 8_100_000_000,
  status: 34_000_000_000,
  team: 11_000_000,
  run: 12_000_000_000,
  artifact: 3_000_000_000,
};
type IdKind = keyof typeof ID_BASE;

/** GitHub's time format: ISO 8601 without milliseconds. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const key = (...parts: string[]): string => parts.join('/').toLowerCase();

export class GitHubState {
  private readonly users = new Map<string, User>();
  private readonly repos = new Map<string, Repo>();
  private readonly teams = new Map<string, Team>();
  private readonly ids = { ...ID_BASE };
  private shaCount = 0;

  private nextId(kind: IdKind): number {
    return ++this.ids[kind];
  }

  /** A fresh 40-hex sha, deterministic within one server. */
  private newSha(...seed: string[]): string {
    return createHash('sha1').update(`${++this.shaCount}\0${seed.join('\0')}`).digest('hex');
  }

  // ---- accounts ------------------------------------------------------------

  addUser(seed: UserSeed): User {
    const existing = this.users.get(key(seed.login));
    const known = KNOWN_ACCOUNTS[seed.login];
    const user: User = {
      login: seed.login,
      id: seed.id ?? existing?.id ?? known?.id ?? this.nextId('user'),
      type: seed.type ?? existing?.type ?? known?.type ?? (seed.login.endsWith('[bot]') ? 'Bot' : 'User'),
      name: seed.name !== undefined ? seed.name : (existing?.name ?? null),
      email: seed.email !== undefined ? seed.email : (existing?.email ?? null),
      createdAt: existing?.createdAt ?? '2020-01-01T00:00:00Z',
    };
    this.users.set(key(seed.login), user);
    return user;
  }

  /** The account with this login (logins are case-insensitive), made on first mention. */
  user(login: string): User {
    return this.users.get(key(login)) ?? this.addUser({ login });
  }

  findUser(login: string): User | undefined {
    return this.users.get(key(login));
  }

  // ---- repositories --------------------------------------------------------

  addRepo(seed: RepoSeed): Repo {
    if (this.repos.has(key(seed.owner, seed.name))) throw new Error(`repository ${seed.owner}/${seed.name} exists`);
    if (!this.findUser(seed.owner)) this.addUser({ login: seed.owner, type: seed.ownerType ?? 'Organization' });
    const defaultBranch = seed.defaultBranch ?? 'main';
    const repo: Repo = {
      id: seed.id ?? this.nextId('repo'),
      owner: this.user(seed.owner).login,
      name: seed.name,
      private: seed.private ?? false,
      fork: false,
      description: seed.description ?? null,
      defaultBranch,
      createdAt: timestamp(),
      branches: new Map(),
      commits: new Map(),
      labels: [],
      pulls: new Map(),
      comments: [],
      statuses: [],
      collaborators: seed.collaborators ? new Set(seed.collaborators.map((c) => c.toLowerCase())) : null,
      permissions: new Map(),
      runs: [],
    };
    this.repos.set(key(seed.owner, seed.name), repo);
    const initial = this.commit(repo, { sha: seed.headSha, message: 'Initial commit', author: seed.owner }, []);
    repo.branches.set(defaultBranch, initial.sha);
    return repo;
  }

  /** Owner and name are case-insensitive, as on GitHub. */
  findRepo(owner: string, name: string): Repo | undefined {
    return this.repos.get(key(owner, name));
  }

  repo(owner: string, name: string): Repo {
    const repo = this.findRepo(owner, name);
    if (!repo) throw new Error(`no repository ${owner}/${name}: seed it with addRepo or addPullRequest`);
    return repo;
  }

  /** A branch name (or refs/heads/name) or a known commit sha -> the commit sha. */
  resolveRef(repo: Repo, ref: string): string | undefined {
    const branch = ref.replace(/^refs\/heads\//, '');
    return repo.branches.get(branch) ?? (repo.commits.has(ref) ? ref : undefined);
  }

  /** Sets a file in the commit `ref` points at (default: the default branch's head). */
  putFile(owner: string, name: string, path: string, content: string, ref?: string): void {
    const repo = this.repo(owner, name);
    const sha = this.resolveRef(repo, ref ?? repo.defaultBranch);
    if (!sha) throw new Error(`no ref ${ref} in ${owner}/${name}`);
    repo.commits.get(sha)?.tree.set(path.replace(/^\/+/, ''), content);
  }

  /** Makes a commit whose tree starts as its first parent's. */
  private commit(repo: Repo, seed: CommitSeed, parents: string[]): Commit {
    const date = seed.date ?? timestamp();
    const message = seed.message ?? 'Update';
    const author = this.gitActor(seed.author ?? repo.owner, date);
    const parentTree = parents[0] ? repo.commits.get(parents[0])?.tree : undefined;
    const commit: Commit = {
      sha: seed.sha ?? this.newSha(repo.name, message),
      message,
      author,
      committer: seed.committer ? this.gitActor(seed.committer, date) : author,
      parents,
      tree: new Map(parentTree),
    };
    repo.commits.set(commit.sha, commit);
    return commit;
  }

  private gitActor(seed: GitActorSeed, date: string): GitActor {
    if (typeof seed !== 'string') return { name: seed.name, email: seed.email, date, login: seed.login ?? null };
    const user = this.user(seed);
    return { name: user.name ?? user.login, email: user.email ?? `${user.id}+${user.login}@users.noreply.github.com`, date, login: user.login };
  }

  // ---- pull requests -------------------------------------------------------

  addPullRequest(seed: PullRequestSeed): PullRequest {
    const base = this.findRepo(seed.owner, seed.repo) ?? this.addRepo({ owner: seed.owner, name: seed.repo });
    const number = seed.number ?? Math.max(0, ...base.pulls.keys()) + 1;
    if (base.pulls.has(number)) throw new Error(`pull request #${number} exists in ${seed.owner}/${seed.repo}`);
    const user = this.user(seed.user ?? 'octocat').login;
    const headRepo = seed.head?.repo ? this.forkOf(base, seed.head.repo) : base;
    const baseRef = seed.base?.ref ?? base.defaultBranch;
    const tip = base.branches.get(baseRef);
    const baseSha = seed.base?.sha ?? tip ?? this.newSha(baseRef);
    // A base sha the repository has not seen is the branch's new tip (files carry over from the old one).
    if (!base.commits.has(baseSha)) {
      this.commit(base, { sha: baseSha, message: `Tip of ${baseRef}`, author: base.owner }, tip ? [tip] : []);
      base.branches.set(baseRef, baseSha);
    }
    if (!base.branches.has(baseRef)) base.branches.set(baseRef, baseSha);
    const createdAt = seed.createdAt ?? timestamp();
    const pr: PullRequest = {
      id: seed.id ?? this.nextId('pull'),
      number,
      title: seed.title ?? `Pull request #${number}`,
      body: seed.body === undefined ? null : seed.body,
      user,
      state: seed.state ?? 'open',
      draft: seed.draft ?? false,
      head: { ref: seed.head?.ref ?? `change-${number}`, sha: baseSha, repo: headRepo },
      base: { ref: baseRef, sha: baseSha, repo: base },
      labels: [],
      commits: [],
      files: [],
      reviews: [],
      requestedReviewers: (seed.requestedReviewers ?? []).map((l) => this.user(l).login),
      requestedTeams: seed.requestedTeams ?? [],
      createdAt,
      updatedAt: createdAt,
      closedAt: seed.state === 'closed' ? createdAt : null,
      mergedAt: null,
      mergeCommitSha: null,
      mergedBy: null,
      authorAssociation: seed.authorAssociation ?? this.association(base, user),
    };
    base.pulls.set(number, pr);
    const commits = seed.commits ?? [{ message: pr.title }];
    const headSha = seed.head?.sha ?? commits.at(-1)?.sha;
    if (headSha !== (commits.at(-1)?.sha ?? headSha)) throw new Error('head.sha differs from the last commit');
    commits.forEach((c, i) => this.pushCommit(seed.owner, seed.repo, number, i === commits.length - 1 ? { ...c, sha: headSha } : c));
    this.setFiles(pr, seed.files ?? []);
    this.addLabels(pr, seed.labels ?? []);
    pr.updatedAt = createdAt;
    return pr;
  }

  /** Seeds the pull request a `pull_request` webhook payload describes, with its ids, so event and API agree. */
  addPullRequestFromEvent(event: PullRequestEvent): PullRequest {
    const { pull_request: p, repository: r } = event;
    this.addUser({ login: r.owner.login, id: r.owner.id, type: r.owner.type as AccountType });
    this.addUser({ login: p.user.login, id: p.user.id, type: p.user.type as AccountType });
    const repo =
      this.findRepo(r.owner.login, r.name) ??
      this.addRepo({ owner: r.owner.login, name: r.name, id: r.id, private: r.private, defaultBranch: r.default_branch, description: r.description ?? null });
    for (const l of p.labels ?? []) {
      if (!this.findLabel(repo, l.name)) repo.labels.push({ id: this.nextId('label'), name: l.name, color: l.color, description: l.description, default: false });
    }
    const fork = p.head.repo && p.head.repo.full_name.toLowerCase() !== `${r.owner.login}/${r.name}`.toLowerCase();
    return this.addPullRequest({
      owner: r.owner.login,
      repo: r.name,
      number: p.number,
      id: p.id,
      title: p.title,
      body: p.body,
      user: p.user.login,
      draft: p.draft ?? false,
      state: p.state === 'closed' ? 'closed' : 'open',
      labels: (p.labels ?? []).map((l) => l.name),
      head: { ref: p.head.ref, sha: p.head.sha, ...(fork && p.head.repo ? { repo: p.head.repo.full_name } : {}) },
      base: { ref: p.base.ref, sha: p.base.sha },
      requestedReviewers: (p.requested_reviewers ?? []).map((u) => u.login),
      createdAt: p.created_at,
      ...(p.author_association ? { authorAssociation: p.author_association as AuthorAssociation } : {}),
    });
  }

  findPullRequest(owner: string, name: string, number: number): PullRequest | undefined {
    return this.findRepo(owner, name)?.pulls.get(number);
  }

  pullRequest(owner: string, name: string, number: number): PullRequest {
    const pr = this.findPullRequest(owner, name, number);
    if (!pr) throw new Error(`no pull request ${owner}/${name}#${number}`);
    return pr;
  }

  /** A push to the head branch: the head moves; `files`, when given, become the pull request's diff. */
  pushCommit(owner: string, name: string, number: number, seed: CommitSeed & { files?: FileSeed[] } = {}): Commit {
    const pr = this.pullRequest(owner, name, number);
    const parent = pr.commits.at(-1) ?? pr.base.repo.commits.get(pr.base.sha);
    // A fork starts from the base branch.
    if (parent && !pr.head.repo.commits.has(parent.sha)) pr.head.repo.commits.set(parent.sha, parent);
    const commit = this.commit(pr.head.repo, { ...seed, author: seed.author ?? pr.user }, parent ? [parent.sha] : []);
    // A fork's commits are reachable from the base repository too (refs/pull/N/head).
    pr.base.repo.commits.set(commit.sha, commit);
    pr.commits.push(commit);
    pr.head.sha = commit.sha;
    pr.head.repo.branches.set(pr.head.ref, commit.sha);
    pr.mergeCommitSha = pr.state === 'open' ? this.newSha('test merge', pr.base.sha, commit.sha) : pr.mergeCommitSha;
    if (seed.files) this.setFiles(pr, seed.files);
    pr.updatedAt = timestamp();
    return commit;
  }

  updatePullRequest(owner: string, name: string, number: number, patch: { title?: string; body?: string | null; draft?: boolean; state?: 'open' | 'closed' }): PullRequest {
    const pr = this.pullRequest(owner, name, number);
    Object.assign(pr, patch, { updatedAt: timestamp() });
    if (patch.state) pr.closedAt = patch.state === 'closed' ? pr.updatedAt : null;
    return pr;
  }

  /** Merges with a merge commit on the base branch; returns it. */
  mergePullRequest(owner: string, name: string, number: number, options: { by?: string; sha?: string } = {}): Commit {
    const pr = this.pullRequest(owner, name, number);
    const by = this.user(options.by ?? pr.base.repo.owner).login;
    const head = pr.base.repo.commits.get(pr.head.sha);
    const merge = this.commit(pr.base.repo, { sha: options.sha, message: `Merge pull request #${number} from ${pr.head.repo.owner}/${pr.head.ref}`, author: by }, [pr.base.sha, pr.head.sha]);
    for (const [path, content] of head?.tree ?? []) merge.tree.set(path, content);
    pr.base.repo.branches.set(pr.base.ref, merge.sha);
    Object.assign(pr, { state: 'closed', mergedAt: timestamp(), closedAt: timestamp(), updatedAt: timestamp(), mergeCommitSha: merge.sha, mergedBy: by });
    return merge;
  }

  private setFiles(pr: PullRequest, files: FileSeed[]): void {
    pr.files = files.map((f) => {
      const lines = f.patch?.split('\n') ?? [];
      return {
        filename: f.filename,
        status: f.status ?? 'modified',
        additions: f.additions ?? lines.filter((l) => l.startsWith('+')).length,
        deletions: f.deletions ?? lines.filter((l) => l.startsWith('-')).length,
        sha: this.newSha(f.filename),
        ...(f.patch !== undefined ? { patch: f.patch } : {}),
        ...(f.previousFilename !== undefined ? { previousFilename: f.previousFilename } : {}),
      };
    });
  }

  private forkOf(base: Repo, fullName: string): Repo {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`head.repo must be owner/name, not ${fullName}`);
    const fork = this.findRepo(owner, name) ?? this.addRepo({ owner, name, ownerType: 'User', defaultBranch: base.defaultBranch });
    fork.fork = true;
    return fork;
  }

  /** Every workflow run of every repository. */
  *allRuns(): Iterable<WorkflowRun> {
    for (const repo of this.repos.values()) yield* repo.runs;
  }

  /** A finished workflow run with its artifacts (a plan job's upload-artifact). */
  addWorkflowRun(owner: string, name: string, seed: WorkflowRunSeed): WorkflowRun {
    const repo = this.repo(owner, name);
    const createdAt = timestamp();
    const run: WorkflowRun = {
      id: this.nextId('run'),
      name: seed.name ?? 'plan',
      path: seed.path ?? '.github/workflows/plan.yml',
      event: seed.event ?? 'pull_request',
      headSha: seed.headSha,
      headBranch: seed.headBranch ?? 'main',
      status: seed.status ?? 'completed',
      conclusion: seed.conclusion === undefined ? 'success' : seed.conclusion,
      actor: seed.actor ?? repo.owner,
      createdAt,
      artifacts: Object.entries(seed.artifacts ?? {}).map(([artifact, files]) => ({
        id: this.nextId('artifact'),
        name: artifact,
        zip: zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)]))),
        createdAt,
        expired: false,
      })),
    };
    repo.runs.push(run);
    return run;
  }

  /** Gives `login` a role on the repository (and the association that goes with it). */
  setPermission(owner: string, name: string, login: string, permission: RepoPermission): void {
    this.repo(owner, name).permissions.set(this.user(login).login.toLowerCase(), permission);
  }

  /**
   * The role GitHub reports for `login`: one set explicitly; admin for the owner; write for a listed collaborator
   * or, where the state lists none, for every person (the organisation's members); read for everyone else.
   */
  permission(repo: Repo, login: string): RepoPermission {
    const lower = login.toLowerCase();
    const set = repo.permissions.get(lower);
    if (set) return set;
    if (lower === repo.owner.toLowerCase()) return 'admin';
    if (this.user(login).type === 'Bot') return 'read';
    if (repo.collaborators ? repo.collaborators.has(lower) : true) return 'write';
    return 'read';
  }

  /** How GitHub relates an account to a repository, as far as the state knows. */
  association(repo: Repo, login: string): AuthorAssociation {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
    if (this.user(login).type === 'Bot') return 'NONE';
    // An organisation member with only read access is still a MEMBER: the association says nothing about write.
    const set = repo.permissions.get(login.toLowerCase());
    const writes = (p: RepoPermission) => p === 'admin' || p === 'maintain' || p === 'write';
    if ((set && writes(set)) || repo.collaborators?.has(login.toLowerCase())) return 'COLLABORATOR';
    if (this.user(repo.owner).type === 'Organization') return 'MEMBER';
    return writes(this.permission(repo, login)) ? 'COLLABORATOR' : 'CONTRIBUTOR';
  }

  // ---- reviews -------------------------------------------------------------

  addReview(owner: string, name: string, number: number, seed: ReviewSeed): Review {
    const pr = this.pullRequest(owner, name, number);
    const login = this.user(seed.user).login;
    const review: Review = {
      id: this.nextId('review'),
      user: login,
      state: seed.state,
      body: seed.body ?? '',
      commitId: seed.commitId ?? pr.head.sha,
      submittedAt: seed.submittedAt ?? timestamp(),
      authorAssociation: seed.authorAssociation ?? this.association(pr.base.repo, login),
    };
    pr.reviews.push(review);
    // Submitting a review answers the request for it.
    pr.requestedReviewers = pr.requestedReviewers.filter((r) => r.toLowerCase() !== login.toLowerCase());
    pr.updatedAt = timestamp();
    return review;
  }

  dismissReview(owner: string, name: string, number: number, reviewId: number): Review {
    const review = this.pullRequest(owner, name, number).reviews.find((r) => r.id === reviewId);
    if (!review) throw new Error(`no review ${reviewId} on ${owner}/${name}#${number}`);
    review.state = 'DISMISSED';
    return review;
  }

  requestReviewers(pr: PullRequest, users: string[], teams: string[]): void {
    for (const login of users.map((u) => this.user(u).login)) {
      if (!pr.requestedReviewers.some((r) => r.toLowerCase() === login.toLowerCase())) pr.requestedReviewers.push(login);
    }
    for (const slug of teams) if (!pr.requestedTeams.includes(slug)) pr.requestedTeams.push(slug);
    pr.updatedAt = timestamp();
  }

  // ---- comments ------------------------------------------------------------

  comments(owner: string, name: string, number: number): IssueComment[] {
    return this.repo(owner, name).comments.filter((c) => c.issueNumber === number);
  }

  addComment(pr: PullRequest, login: string, body: string): IssueComment {
    const now = timestamp();
    const comment: IssueComment = {
      id: this.nextId('comment'),
      issueNumber: pr.number,
      user: this.user(login).login,
      body,
      createdAt: now,
      updatedAt: now,
      authorAssociation: this.association(pr.base.repo, login),
    };
    pr.base.repo.comments.push(comment);
    pr.updatedAt = now;
    return comment;
  }

  // ---- labels --------------------------------------------------------------

  labels(owner: string, name: string, number: number): string[] {
    return this.pullRequest(owner, name, number).labels.map((l) => l.name);
  }

  /** Label names match case-insensitively, as on GitHub. */
  findLabel(repo: Repo, name: string): Label | undefined {
    return repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  }

  /** Adds labels to the pull request; a label the repository lacks is created, as GitHub does. */
  addLabels(pr: PullRequest, names: string[]): Label[] {
    const repo = pr.base.repo;
    for (const name of names) {
      let label = this.findLabel(repo, name);
      if (!label) {
        label = { id: this.nextId('label'), name, color: 'ededed', description: null, default: false };
        repo.labels.push(label);
      }
      if (!pr.labels.includes(label)) pr.labels.push(label);
    }
    if (names.length > 0) pr.updatedAt = timestamp();
    return pr.labels;
  }

  /** False when the pull request does not carry the label. */
  removeLabel(pr: PullRequest, name: string): boolean {
    const label = this.findLabel(pr.base.repo, name);
    if (!label || !pr.labels.includes(label)) return false;
    pr.labels = pr.labels.filter((l) => l !== label);
    pr.updatedAt = timestamp();
    return true;
  }

  // ---- commit statuses -----------------------------------------------------

  /** Every status set on this sha in any repository, oldest first. */
  statuses(sha: string): CommitStatus[] {
    return [...this.repos.values()].flatMap((r) => r.statuses.filter((s) => s.sha === sha));
  }

  /** The combined view: the latest status of each context, newest first. */
  latestStatuses(repo: Repo, sha: string): CommitStatus[] {
    const latest = new Map<string, CommitStatus>();
    for (const s of repo.statuses) if (s.sha === sha) latest.set(s.context.toLowerCase(), s);
    return [...latest.values()].reverse();
  }

  addStatus(repo: Repo, status: Omit<CommitStatus, 'id' | 'createdAt' | 'updatedAt'>): CommitStatus {
    const now = timestamp();
    const created: CommitStatus = { ...status, creator: this.user(status.creator).login, id: this.nextId('status'), createdAt: now, updatedAt: now };
    repo.statuses.push(created);
    return created;
  }

  // ---- teams ---------------------------------------------------------------

  addTeam(seed: TeamSeed): Team {
    if (!this.findUser(seed.org)) this.addUser({ login: seed.org, type: 'Organization' });
    const members = new Map<string, TeamMember>();
    for (const [login, role] of Object.entries(seed.members ?? {})) members.set(this.user(login).login.toLowerCase(), { role, state: 'active' });
    for (const login of seed.pending ?? []) members.set(this.user(login).login.toLowerCase(), { role: 'member', state: 'pending' });
    const team: Team = { id: seed.id ?? this.nextId('team'), org: this.user(seed.org).login, slug: seed.slug, name: seed.name ?? seed.slug, members };
    this.teams.set(key(seed.org, seed.slug), team);
    return team;
  }

  findTeam(org: string, slug: string): Team | undefined {
    return this.teams.get(key(org, slug));
  }
}
