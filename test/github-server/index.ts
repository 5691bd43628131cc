// The test GitHub: start it, seed its state, point GITHUB_API_URL at its url.
//
//   const gh = await startGitHubServer();
//   const pr = gh.state.addPullRequest({ owner: 'acme', repo: 'infra', user: 'Copilot', files: [{ filename: 'db.tf' }] });
//   gh.state.putFile('acme', 'infra', '.github/blastgate.yml', policy, pr.base.sha);
//   gh.faults.next(1, { status: 502 });
//   run the bundle with GITHUB_API_URL=gh.url, INPUT_GITHUB-TOKEN=WRITE_TOKEN ...
//     (with an async spawn: spawnSync blocks this process, and with it the server)
//   expect(gh.state.statuses(pr.head.sha).at(-1)?.state).toBe('failure');
//   await gh.close();
export { startGitHubServer, type GitHubServer, type GitHubServerOptions, type RecordedRequest } from './server.js';
export { ACTIONS_BOT, DEFAULT_TOKENS, READ_TOKEN, WRITE_TOKEN, type Identity, type Permissions } from './auth.js';
export type { Fault, FaultControl, FaultScope } from './faults.js';
export { GitHubState } from './state.js';
export type {
  AuthorAssociation,
  Commit,
  CommitSeed,
  CommitStatus,
  FileSeed,
  GitActorSeed,
  IssueComment,
  PullRequest,
  PullRequestEvent,
  PullRequestSeed,
  Repo,
  RepoSeed,
  Review,
  ReviewSeed,
  ReviewState,
  StatusState,
  TeamSeed,
  UserSeed,
} from './model.js';
export { responseProblems } from './validator.js';
