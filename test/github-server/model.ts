// The records the fake GitHub keeps and the seeds tests describe them with.
export type AccountType = 'User' | 'Bot' | 'Organization';
export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER';
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
export type StatusState = 'error' | 'failure' | 'pending' | 'success';
export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface User {
  login: string;
  id: number;
  type: AccountType;
  name: string | null;
  email: string | null;
  createdAt: string;
}

export interface GitActor {
  name: string;
  email: string;
  date: string;
  /** The account the e-mail belongs to; null when none (GitHub then answers `author: null`). */
  login: string | null;
}

export interface Commit {
  sha: string;
  message: string;
  author: GitActor;
  committer: GitActor;
  parents: string[];
  /** The files of the commit: path -> content. */
  tree: Map<string, string>;
}

export interface ChangedFile {
  filename: string;
  status: FileStatus;
  additions: number;
  deletions: number;
  sha: string;
  patch?: string;
  previousFilename?: string;
}

export interface Label {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface Review {
  id: number;
  user: string;
  state: ReviewState;
  body: string;
  commitId: string;
  submittedAt: string;
  authorAssociation: AuthorAssociation;
}

export interface IssueComment {
  id: number;
  issueNumber: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  authorAssociation: AuthorAssociation;
}

export interface CommitStatus {
  id: number;
  sha: string;
  state: StatusState;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface TeamMember {
  role: 'member' | 'maintainer';
  state: 'active' | 'pending';
}

export interface Team {
  id: number;
  org: string;
  slug: string;
  name: string;
  members: Map<string, TeamMember>;
}

export interface Repo {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  fork: boolean;
  description: string | null;
  defaultBranch: string;
  createdAt: string;
  /** Branch name -> head sha. */
  branches: Map<string, string>;
  commits: Map<string, Commit>;
  labels: Label[];
  pulls: Map<number, PullRequest>;
  comments: IssueComment[];
  statuses: CommitStatus[];
  /** Who may be asked for a review; null: anyone. */
  collaborators: Set<string> | null;
  /** Permissions set explicitly, by lower-cased login (others: see GitHubState.permission). */
  permissions: Map<string, RepoPermission>;
  /** Workflow runs, oldest first, with the artifacts they uploaded. */
  runs: WorkflowRun[];
}

export interface Artifact {
  id: number;
  name: string;
  /** The zip archive GitHub serves for it. */
  zip: Uint8Array;
  createdAt: string;
  expired: boolean;
}

export interface WorkflowRun {
  id: number;
  name: string;
  path: string;
  event: string;
  headSha: string;
  headBranch: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  actor: string;
  createdAt: string;
  artifacts: Artifact[];
}

export interface WorkflowRunSeed {
  name?: string;
  path?: string;
  event?: string;
  headSha: string;
  headBranch?: string;
  status?: WorkflowRun['status'];
  conclusion?: WorkflowRun['conclusion'];
  actor?: string;
  /** Artifacts by name: each a set of files (path -> content) zipped as upload-artifact does. */
  artifacts?: Record<string, Record<string, string>>;
}

/** A role on a repository, as `role_name` says it. */
export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface PullRequest {
  id: number;
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  draft: boolean;
  head: { ref: string; sha: string; repo: Repo };
  base: { ref: string; sha: string; repo: Repo };
  labels: Label[];
  /** Oldest first, as GitHub lists them. */
  commits: Commit[];
  files: ChangedFile[];
  reviews: Review[];
  requestedReviewers: string[];
  requestedTeams: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  /** The test merge commit while open, the merge commit once merged. */
  mergeCommitSha: string | null;
  mergedBy: string | null;
  authorAssociation: AuthorAssociation;
}

// ---- seeds -----------------------------------------------------------------

export interface UserSeed {
  login: string;
  id?: number;
  type?: AccountType;
  name?: string | null;
  email?: string | null;
}

export interface RepoSeed {
  owner: string;
  name: string;
  id?: number;
  ownerType?: AccountType;
  private?: boolean;
  description?: string | null;
  defaultBranch?: string;
  /** Head of the default branch. */
  headSha?: string;
  collaborators?: string[];
}

/** A commit author: a login (an account with its noreply e-mail) or a git identity. */
export type GitActorSeed = string | { name: string; email: string; login?: string | null };

export interface CommitSeed {
  sha?: string;
  message?: string;
  author?: GitActorSeed;
  committer?: GitActorSeed;
  date?: string;
}

export interface FileSeed {
  filename: string;
  status?: FileStatus;
  additions?: number;
  deletions?: number;
  patch?: string;
  previousFilename?: string;
}

export interface PullRequestSeed {
  owner: string;
  repo: string;
  number?: number;
  id?: number;
  title?: string;
  body?: string | null;
  /** Author's login (default octocat). */
  user?: string;
  draft?: boolean;
  state?: 'open' | 'closed';
  labels?: string[];
  /** repo: 'owner/name' of a fork the head lives in. */
  head?: { ref?: string; sha?: string; repo?: string };
  base?: { ref?: string; sha?: string };
  /** Oldest first; the last is the head. Default: one commit by the author. */
  commits?: CommitSeed[];
  files?: FileSeed[];
  requestedReviewers?: string[];
  requestedTeams?: string[];
  createdAt?: string;
  authorAssociation?: AuthorAssociation;
}

export interface ReviewSeed {
  user: string;
  state: ReviewState;
  body?: string;
  /** Default: the head commit. */
  commitId?: string;
  submittedAt?: string;
  authorAssociation?: AuthorAssociation;
}

export interface TeamSeed {
  org: string;
  slug: string;
  name?: string;
  id?: number;
  members?: Record<string, TeamMember['role']>;
  /** Invited, not yet active. */
  pending?: string[];
}

/** The parts of a `pull_request` webhook payload (@octokit/webhooks-examples) the state takes over. */
export interface PullRequestEvent {
  pull_request: {
    id: number;
    number: number;
    title: string;
    body: string | null;
    state: string;
    draft?: boolean;
    created_at: string;
    author_association?: string;
    user: { login: string; id: number; type: string };
    head: { ref: string; sha: string; repo: { full_name: string } | null };
    base: { ref: string; sha: string };
    labels?: { name: string; color: string; description: string | null }[];
    requested_reviewers?: { login: string }[];
  };
  repository: {
    id: number;
    name: string;
    private: boolean;
    default_branch: string;
    description?: string | null;
    owner: { login: string; id: number; type: string };
  };
}
