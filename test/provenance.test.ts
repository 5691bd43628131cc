// Provenance over payload variants: real GitHub shapes (fixtures/github, extracted from
// @octokit/webhooks-examples and @octokit/openapi by scripts/github-fixtures.mjs), patched per case
// with what each agent writes. One case at least per agent row with V evidence and per trap in
// ../shared/research/ai-agents-on-github.md; each asserts the decision and the exact signal kinds.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { AGENTS } from '../src/provenance/agents.js';
import { detectProvenance, type SignalKind } from '../src/provenance/detect.js';
import { PayloadError } from '../src/provenance/payload.js';
import { DEFAULT_PROVENANCE_SETTINGS, type ProvenanceSettings } from '../src/provenance/settings.js';
import { readJson, repoRoot } from './helpers.js';

type Json = Record<string, unknown>;

const github = (path: string): unknown => readJson(join(repoRoot, 'fixtures/github', path));
const OPENED = github('webhooks/pull_request.opened.json') as Json;
const REVIEW_SUBMITTED = github('webhooks/pull_request_review.submitted.json');
const [API_COMMIT] = github('rest/pulls-list-commits.example.json') as Json[];
const validateCommits = new Ajv({ allErrors: true, validateFormats: false }).compile(github('rest/pulls-list-commits.schema.json') as object);

interface User {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

interface Ident {
  name: string;
  email: string;
}

const MONA: User = { login: 'monalisa', id: 2001, type: 'User' };
const MONA_GIT: Ident = { name: 'Mona Lisa', email: '2001+monalisa@users.noreply.github.com' };
const MONA_TRAILER = 'Co-authored-by: Mona Lisa <2001+monalisa@users.noreply.github.com>';
const WEB_FLOW: User = { login: 'web-flow', id: 19864447, type: 'User' };
const WEB_FLOW_GIT: Ident = { name: 'GitHub', email: 'noreply@github.com' };

const COPILOT: User = { login: 'Copilot', id: 198982749, type: 'Bot' };
const COPILOT_GIT: Ident = { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' };
const CLAUDE_APP: User = { login: 'claude[bot]', id: 209825114, type: 'Bot' };
const GITHUB_ACTIONS: User = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
const DEVIN: User = { login: 'devin-ai-integration[bot]', id: 158243242, type: 'Bot' };
const CURSOR_APP: User = { login: 'cursor[bot]', id: 206951365, type: 'Bot' };
const JULES: User = { login: 'google-labs-jules[bot]', id: 161369871, type: 'Bot' };
const JULES_GIT: Ident = { name: 'google-labs-jules[bot]', email: '161369871+google-labs-jules[bot]@users.noreply.github.com' };
const CODEX_CONNECTOR: User = { login: 'chatgpt-codex-connector[bot]', id: 199175422, type: 'Bot' };
const AMAZON_Q: User = { login: 'amazon-q-developer[bot]', id: 208079219, type: 'Bot' };
// Ids below are made up: the table knows these apps by login and type only.
const KIRO: User = { login: 'kiro-agent[bot]', id: 900000001, type: 'Bot' };
const GEMINI: User = { login: 'gemini-cli[bot]', id: 900000002, type: 'Bot' };
const SWEEP: User = { login: 'sweep-ai[bot]', id: 900000003, type: 'Bot' };
const OPENHANDS_USER: User = { login: 'openhands-agent', id: 900000004, type: 'User' };
const DEPENDABOT: User = { login: 'dependabot[bot]', id: 49699333, type: 'Bot' };
const RENOVATE: User = { login: 'renovate[bot]', id: 29139614, type: 'Bot' };

interface PrPatch {
  author?: User;
  title?: string;
  body?: string | null;
  branch?: string;
  labels?: string[];
  commitCount?: number;
}

interface CommitPatch {
  author: Ident;
  authorUser?: User | null;
  committer?: Ident;
  committerUser?: User | null;
  message: string;
}

function user(u: User): Json {
  const template = (OPENED['pull_request'] as Json)['user'] as Json;
  return { ...template, login: u.login, id: u.id, type: u.type, url: `https://api.github.com/users/${u.login}` };
}

/** The real opened payload with the PR author, title, body, branch and labels of the case. */
function event(p: PrPatch = {}): Json {
  const e = structuredClone(OPENED);
  const pr = e['pull_request'] as Json;
  if (p.author) pr['user'] = user(p.author);
  if (p.title !== undefined) pr['title'] = p.title;
  if (p.body !== undefined) pr['body'] = p.body;
  if (p.branch !== undefined) (pr['head'] as Json)['ref'] = p.branch;
  if (p.commitCount !== undefined) pr['commits'] = p.commitCount;
  if (p.labels) {
    pr['labels'] = p.labels.map((name, i) => ({
      id: 1000 + i,
      node_id: `LA_${i}`,
      url: `https://api.github.com/repos/Codertocat/Hello-World/labels/${encodeURIComponent(name)}`,
      name,
      color: 'd73a4a',
      default: false,
      description: null,
    }));
  }
  return e;
}

/** The OpenAPI example commit with the case's git identities, GitHub accounts and message. */
function apiCommit(c: CommitPatch, index: number): Json {
  const sha = createHash('sha1').update(`${index}\n${c.message}`).digest('hex');
  const out = structuredClone(API_COMMIT) as Json;
  const commit = out['commit'] as Json;
  const date = '2026-11-02T10:00:00Z';
  out['sha'] = sha;
  commit['author'] = { ...c.author, date };
  commit['committer'] = { ...(c.committer ?? c.author), date };
  commit['message'] = c.message;
  const authorUser = c.authorUser === undefined || c.authorUser === null ? null : user(c.authorUser);
  const committerUser = c.committerUser === undefined ? authorUser : c.committerUser === null ? null : user(c.committerUser);
  out['author'] = authorUser;
  out['committer'] = committerUser;
  return out;
}

/** A commits list as the API answers it, checked against the operation's schema. */
function commits(list: CommitPatch[]): Json[] {
  const out = list.map(apiCommit);
  if (!validateCommits(out)) throw new Error(`built commits do not match the API schema: ${JSON.stringify(validateCommits.errors)}`);
  return out;
}

const human = (message: string): CommitPatch => ({ author: MONA_GIT, authorUser: MONA, message });

interface Case {
  name: string;
  /** Agent rows (by name) and traps ("trap N") this case stands for. */
  covers: string[];
  pr: PrPatch;
  commits?: CommitPatch[];
  settings?: Partial<ProvenanceSettings>;
  ai: boolean;
  kinds: SignalKind[];
  actedFor?: string[];
  /** Some signal's detail must match each of these. */
  details?: RegExp[];
}

const COPILOT_BODY = [
  'Removes the legacy bucket and its replication rule.',
  '',
  '<!-- START COPILOT CODING AGENT SUFFIX -->',
  '',
  '<details>',
  '',
  '<summary>Original prompt</summary>',
  '',
  '> Remove the legacy bucket',
  '',
  '</details>',
  '',
  '- Fixes acme/infra#12',
  '',
  '<!-- START COPILOT CODING AGENT TIPS -->',
  '---',
  '',
  '✨ Let Copilot coding agent set things up for you',
].join('\n');

const CLAUDE_FOOTER = '🤖 Generated with [Claude Code](https://claude.com/claude-code)';

const RELEASE_NOTES_WITH_TRAILER = [
  'Bump hashicorp/aws from 5.99.0 to 5.100.0',
  '',
  'Bumps hashicorp/aws from 5.99.0 to 5.100.0. Release notes, quoted:',
  '',
  CLAUDE_FOOTER,
  '',
  'Co-Authored-By: Claude <noreply@anthropic.com>',
].join('\n');

const CASES: Case[] = [
  // ---- agents -----------------------------------------------------------------------------
  {
    name: 'Copilot coding agent: its account opens the PR, commits, and names the requester',
    covers: ['GitHub Copilot coding agent', 'trap 8'],
    pr: { author: COPILOT, branch: 'copilot/remove-legacy-bucket', body: COPILOT_BODY },
    commits: [
      { author: COPILOT_GIT, authorUser: COPILOT, committer: WEB_FLOW_GIT, committerUser: WEB_FLOW, message: 'Initial plan' },
      { author: COPILOT_GIT, authorUser: COPILOT, committer: WEB_FLOW_GIT, committerUser: WEB_FLOW, message: `Remove the legacy bucket\n\n${MONA_TRAILER}` },
    ],
    ai: true,
    kinds: ['pr-author', 'body-marker', 'body-marker', 'branch-prefix', 'commit-author'],
    actedFor: ['monalisa'],
    details: [
      /^GitHub Copilot coding agent: PR author Copilot \(id 198982749, Bot\), matched by id$/,
      /commit author copilot-swe-agent\[bot\] <198982749\+Copilot@users\.noreply\.github\.com>, GitHub account Copilot \(id 198982749, Bot\), matched by id \(on 2 of 2 commits: [0-9a-f]{7}, [0-9a-f]{7}\)$/,
    ],
  },
  {
    name: 'Copilot review: a human accepted a suggestion (assistance, not counted)',
    covers: ['Copilot code review / Autofix', 'trap 3'],
    pr: { branch: 'tighten-bucket-policy' },
    commits: [human('Apply suggestion from code review\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>')],
    ai: false,
    kinds: ['assistance'],
    details: [/assistance on a human's work, not authorship; not counted unless provenance\.assistanceIsAi/],
  },
  {
    name: 'Copilot review suggestion counts when the policy says assistance is AI',
    covers: ['Copilot code review / Autofix', 'trap 3'],
    pr: {},
    commits: [human('Apply suggestion from code review\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>')],
    settings: { assistanceIsAi: true },
    ai: true,
    kinds: ['assistance'],
  },
  {
    name: 'Copilot Autofix for a code scanning alert is assistance',
    covers: ['Copilot code review / Autofix', 'trap 3'],
    pr: { branch: 'alert-autofix-5' },
    commits: [
      human(
        'Potential fix for code scanning alert no. 5: Workflow does not contain permissions\n\nCo-authored-by: Copilot Autofix powered by AI <62310815+github-advanced-security[bot]@users.noreply.github.com>',
      ),
    ],
    ai: false,
    kinds: ['assistance'],
  },
  {
    name: "an editor's default Copilot co-author on every commit is assistance",
    covers: ['trap 3'],
    pr: {},
    commits: [human('Rename the queue\n\nCo-authored-by: Copilot <copilot@github.com>')],
    ai: false,
    kinds: ['assistance'],
  },
  {
    name: 'Claude Code: footer in the body and the message, co-author trailer with a model name',
    covers: ['Claude Code', 'trap 2'],
    pr: { body: `## Summary\n- drop the old queue\n\n${CLAUDE_FOOTER}` },
    commits: [human(`Drop the old queue\n\n${CLAUDE_FOOTER}\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>`)],
    ai: true,
    kinds: ['body-marker', 'co-author-trailer', 'message-marker'],
    details: [/^Claude Code: Co-authored-by: Claude Opus 4\.5 <noreply@anthropic\.com>, matched by address \(on 1 of 1 commit: [0-9a-f]{7}\)$/],
  },
  {
    name: 'Claude Code on the web: claude/ branch, co-author and session trailers',
    covers: ['Claude Code'],
    pr: { branch: 'claude/fix-timeouts-Xy12' },
    commits: [human('Raise the timeouts\n\nCo-Authored-By: Claude <noreply@anthropic.com>\nClaude-Session: https://claude.ai/code/session_01ABCDEF')],
    ai: true,
    kinds: ['branch-prefix', 'co-author-trailer', 'trailer'],
  },
  {
    name: "claude-code-action: a human opens the PR; claude[bot] commits with github-actions' id for the asker",
    covers: ['claude-code-action', 'trap 2'],
    pr: { branch: 'claude/issue-42-20261101-0930', title: 'Issue #42: Changes from Claude', body: 'Closes #42\n\nGenerated with [Claude Code](https://claude.ai/code)' },
    commits: [
      {
        author: { name: 'claude[bot]', email: '41898282+claude[bot]@users.noreply.github.com' },
        // GitHub resolves the borrowed id to the github-actions account: still Claude, not automation.
        authorUser: GITHUB_ACTIONS,
        message: `Remove the legacy queue\n\n${MONA_TRAILER}`,
      },
    ],
    ai: true,
    kinds: ['body-marker', 'branch-prefix', 'commit-author', 'committer'],
    actedFor: ['monalisa'],
  },
  {
    name: 'claude-code-action: claude[bot] opens the PR',
    covers: ['claude-code-action'],
    pr: { author: CLAUDE_APP },
    ai: true,
    kinds: ['pr-author'],
  },
  {
    name: 'Codex cloud: a human opens the PR with the task link',
    covers: ['OpenAI Codex (cloud)', 'trap 2'],
    pr: {
      branch: 'codex/remove-legacy-db',
      body: '## Summary\n- remove the legacy database\n\n## Testing\n- terraform validate\n\n------\nhttps://chatgpt.com/codex/tasks/task_e_68500000000000000000000000000000',
    },
    commits: [human('Remove the legacy database')],
    ai: true,
    kinds: ['body-marker', 'branch-prefix'],
  },
  {
    name: 'Codex cloud: "[Codex Task](…)" link and the connector as commit author',
    covers: ['OpenAI Codex (cloud)'],
    pr: { body: 'Drops the cache.\n\n------\n[Codex Task](https://chatgpt.com/codex/tasks/task_e_694400e34efc8325807c70c531c15e20)' },
    commits: [{ author: { name: 'chatgpt-codex-connector[bot]', email: '199175422+chatgpt-codex-connector[bot]@users.noreply.github.com' }, authorUser: CODEX_CONNECTOR, message: 'Drop the cache' }],
    ai: true,
    kinds: ['body-marker', 'commit-author', 'committer'],
  },
  {
    name: 'Codex CLI: co-author trailer on a human commit',
    covers: ['OpenAI Codex CLI'],
    pr: {},
    commits: [human('Tighten the IAM policy\n\nCo-authored-by: Codex <noreply@openai.com>'), human('Refresh tags\n\nCo-authored-by: OpenAI Codex <codex@openai.com>')],
    ai: true,
    kinds: ['co-author-trailer', 'co-author-trailer'],
  },
  {
    name: 'Devin: its account, the session link, the requester and a human co-author',
    covers: ['Devin'],
    pr: {
      author: DEVIN,
      branch: 'devin/1730000000-drop-replica',
      body: 'Drops the read replica.\n\nLink to Devin run: https://app.devin.ai/sessions/5f1c3cc7fa004b4797fc656ded67470d\nRequested by: Mona Lisa (mona@example.com) (@monalisa)',
    },
    commits: [
      {
        author: { name: 'Devin AI', email: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
        authorUser: DEVIN,
        message: 'Drop the replica\n\nCo-Authored-By: mona@example.com <mona@example.com>',
      },
    ],
    ai: true,
    kinds: ['pr-author', 'body-marker', 'branch-prefix', 'commit-author', 'committer'],
    actedFor: ['monalisa', 'mona@example.com'],
  },
  {
    name: 'Cursor background agent: body marker, branch, Cursor Agent commits for the user',
    covers: ['Cursor agent'],
    pr: { branch: 'cursor/remove-old-cache-3f2a', body: '<!-- CURSOR_AGENT_PR_BODY_BEGIN -->\nRemoves the cache cluster.\n<!-- CURSOR_AGENT_PR_BODY_END -->' },
    commits: [{ author: { name: 'Cursor Agent', email: 'cursoragent@cursor.com' }, authorUser: null, message: `Remove the cache cluster\n\n${MONA_TRAILER}` }],
    ai: true,
    kinds: ['body-marker', 'branch-prefix', 'commit-author', 'committer'],
    actedFor: ['monalisa'],
  },
  {
    name: "Cursor in the editor: footer and co-author on the human's commit",
    covers: ['Cursor agent'],
    pr: { body: 'Fixes the DNS record.\n\nMade with [Cursor](https://cursor.com)' },
    commits: [human('Fix the DNS record\n\nCo-authored-by: Cursor <cursoragent@cursor.com>')],
    ai: true,
    kinds: ['body-marker', 'co-author-trailer'],
  },
  {
    name: 'Cursor app opens the PR',
    covers: ['Cursor agent'],
    pr: { author: CURSOR_APP },
    ai: true,
    kinds: ['pr-author'],
  },
  {
    name: 'Jules (old form): the bot opens the PR and commits',
    covers: ['Google Jules'],
    pr: {
      author: JULES,
      branch: 'drop-legacy-bucket-11416783800756512557',
      body: 'Drops the bucket.\n\n---\n*PR created automatically by Jules for task [11416783800756512557](https://jules.google.com/task/11416783800756512557) started by @monalisa*',
    },
    commits: [{ author: JULES_GIT, authorUser: JULES, message: 'Drop the legacy bucket' }],
    ai: true,
    kinds: ['pr-author', 'body-marker', 'commit-author', 'committer'],
    actedFor: ['monalisa'],
  },
  {
    name: 'Jules (since 2026): the user opens the PR, the bot co-authors',
    covers: ['Google Jules', 'trap 2'],
    pr: { body: 'Drops the bucket.\n\n---\n*PR created automatically by Jules for task [532604527971653279](https://jules.google.com/task/532604527971653279) started by @monalisa*' },
    commits: [human(`Drop the legacy bucket\n\nCo-authored-by: ${JULES_GIT.name} <${JULES_GIT.email}>`)],
    ai: true,
    kinds: ['body-marker', 'co-author-trailer'],
    actedFor: ['monalisa'],
  },
  {
    name: 'Kiro: its account (by login and type) on behalf of a user',
    covers: ['AWS Kiro agent'],
    pr: { author: KIRO, body: 'This pull request was created by @kiro-agent on behalf of @monalisa :ghost:\n\nComment with **/kiro fix** to address specific feedback.' },
    ai: true,
    kinds: ['pr-author', 'body-marker'],
    actedFor: ['monalisa'],
  },
  {
    name: 'Gemini CLI action: its app opens the PR and commits',
    covers: ['Gemini CLI'],
    pr: { author: GEMINI },
    commits: [{ author: { name: 'gemini-cli[bot]', email: 'gemini-cli[bot]@users.noreply.github.com' }, authorUser: GEMINI, message: 'feat: add the alarms' }],
    ai: true,
    kinds: ['pr-author', 'commit-author', 'committer'],
  },
  {
    name: "OpenHands resolver: a User account (not evidence), the resolver's body, branch and identity",
    covers: ['OpenHands'],
    pr: {
      author: OPENHANDS_USER,
      branch: 'openhands-fix-issue-12',
      body: 'This pull request fixes #12.\n\nAutomatic fix generated by [OpenHands](https://github.com/All-Hands-AI/OpenHands/) 🙌',
    },
    commits: [{ author: { name: 'openhands', email: 'openhands@all-hands.dev' }, authorUser: null, message: 'Fix issue #12' }],
    ai: true,
    kinds: ['body-marker', 'branch-prefix', 'commit-author', 'committer'],
  },
  {
    name: 'Aider: co-author trailer with the model',
    covers: ['Aider'],
    pr: {},
    commits: [human('Rename the subnet\n\nCo-authored-by: aider (anthropic/claude-sonnet-4-5) <aider@aider.chat>')],
    ai: true,
    kinds: ['co-author-trailer'],
  },
  {
    name: 'Aider: "(aider)" appended to the author name',
    covers: ['Aider'],
    pr: {},
    commits: [{ author: { name: 'Mona Lisa (aider)', email: MONA_GIT.email }, authorUser: MONA, message: 'aider: rename the subnet' }],
    ai: true,
    kinds: ['commit-author', 'committer'],
  },
  {
    name: 'Amp: thread and co-author trailers',
    covers: ['Amp'],
    pr: {},
    commits: [human('Drop the NAT gateway\n\nAmp-Thread-ID: https://ampcode.com/threads/T-019c62c5-ce64-720a-b597-4decc9036d53\nCo-authored-by: Amp <amp@ampcode.com>')],
    ai: true,
    kinds: ['trailer', 'co-author-trailer'],
    details: [/^Amp: trailer Amp-Thread-ID: https:\/\/ampcode\.com\/threads\/T-… \(on 1 of 1 commit: [0-9a-f]{7}\)$/],
  },
  {
    name: 'Replit Agent commit',
    covers: ['Replit Agent'],
    pr: {},
    commits: [human('Update the database schema\n\nReplit-Commit-Author: Agent\nReplit-Commit-Session-Id: 5c2a9d0e-1f4b-4b4e-9a57-2f0c6f1d8e11')],
    ai: true,
    kinds: ['trailer'],
  },
  {
    name: "Replit Deployment commit is a publish step, not code, though agent@replit.com authors it",
    covers: ['Replit Agent'],
    pr: {},
    commits: [
      {
        author: { name: 'Replit Agent', email: 'agent@replit.com' },
        authorUser: null,
        message: 'Published your App\n\nReplit-Commit-Author: Deployment\nReplit-Commit-Deployment-Build-Id: cf3bfff2-d039-4cae-9e7e-53a1da7a616a',
      },
    ],
    ai: false,
    kinds: ['none'],
  },
  {
    name: 'Warp co-author',
    covers: ['Warp'],
    pr: {},
    commits: [human('Add the alarms\n\nCo-Authored-By: Warp <agent@warp.dev>')],
    ai: true,
    kinds: ['co-author-trailer'],
  },
  {
    name: 'Crush footer and co-author',
    covers: ['Crush'],
    pr: {},
    commits: [human('Resize the cluster\n\n💘 Generated with Crush\n\nCo-Authored-By: Crush <crush@charm.land>')],
    ai: true,
    kinds: ['co-author-trailer', 'message-marker'],
  },
  {
    name: 'Sweep opens the PR on its branch',
    covers: ['Sweep'],
    pr: { author: SWEEP, branch: 'sweep/remove-bucket' },
    ai: true,
    kinds: ['pr-author', 'branch-prefix'],
  },
  {
    name: 'Amazon Q Developer opens the PR (U: by id)',
    covers: ['Amazon Q Developer'],
    pr: { author: AMAZON_Q },
    ai: true,
    kinds: ['pr-author'],
    details: [/ \(unverified: a third-party list\)$/],
  },
  // ---- traps ------------------------------------------------------------------------------
  {
    name: 'trap 1: Devin with a GraphQL-style login without [bot], known by its id',
    covers: ['trap 1'],
    pr: { author: { login: 'devin-ai-integration', id: 158243242, type: 'Bot' } },
    ai: true,
    kinds: ['pr-author'],
  },
  {
    name: 'trap 1: a login that reads like an agent is not one',
    covers: ['trap 1', 'trap 4'],
    pr: { author: { login: 'devin-ai', id: 5550001, type: 'User' } },
    commits: [{ author: { name: 'Devin AI', email: 'devin@example.com' }, authorUser: { login: 'devin-ai', id: 5550001, type: 'User' }, message: 'Drop the replica' }],
    ai: false,
    kinds: ['none'],
  },
  {
    name: 'trap 2: the same Claude Code PR without its commits finds nothing, and says the commits were not read',
    covers: ['trap 2'],
    pr: { branch: 'remove-db' },
    ai: false,
    kinds: ['none'],
    details: [/commits not read: agents often commit under a PR a human opened — give the commits list/],
  },
  {
    name: 'trap 2: a human-opened PR whose commits an agent wrote',
    covers: ['trap 2'],
    pr: { branch: 'remove-db' },
    commits: [human('Remove the database\n\nCo-Authored-By: Claude <noreply@anthropic.com>')],
    ai: true,
    kinds: ['co-author-trailer'],
  },
  {
    name: 'trap 4: a person called Claude (GitHub user claude, id 81847) with human co-authors named like agents',
    covers: ['trap 4'],
    pr: { author: { login: 'claude', id: 81847, type: 'User' } },
    commits: [
      {
        author: { name: 'Claude Shannon', email: 'claude@example.com' },
        authorUser: { login: 'claude', id: 81847, type: 'User' },
        message: 'Amp up the retry count\n\nCo-authored-by: Jules Verne <jules@example.org>\nCo-authored-by: Devin Booker <devin@example.org>',
      },
    ],
    ai: false,
    kinds: ['none'],
  },
  {
    name: 'trap 4: the words cursor, codex and amp in a body, and a footer quoted mid-sentence',
    covers: ['trap 4'],
    pr: {
      body: 'Moves the cursor handling into the codex of rules and amps up retries.\nWe dropped the "🤖 Generated with [Claude Code](https://claude.com/claude-code)" footer from our template.',
    },
    commits: [human('Move the cursor handling')],
    ai: false,
    kinds: ['none'],
  },
  {
    name: 'trap 4: "Generated with AI" in a title is not a signal',
    covers: ['trap 4'],
    pr: { title: 'Generated with AI: clean up buckets (Claude, Copilot, Cursor)' },
    commits: [human('Clean up buckets')],
    ai: false,
    kinds: ['none'],
  },
  {
    name: 'trap 4: a human Co-authored-by is not a signal',
    covers: ['trap 4'],
    pr: {},
    commits: [human('Pair on the VPC\n\nCo-authored-by: Hubot <hubot@example.com>')],
    ai: false,
    kinds: ['none'],
  },
  {
    name: 'trap 5: dependabot quoting release notes with a Claude trailer is automation',
    covers: ['trap 5'],
    pr: {
      author: DEPENDABOT,
      branch: 'dependabot/terraform/hashicorp/aws-5.100.0',
      body: `Bumps hashicorp/aws from 5.99.0 to 5.100.0.\n<details>\n<summary>Release notes</summary>\n\n${CLAUDE_FOOTER}\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n</details>`,
    },
    commits: [
      {
        author: { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
        authorUser: DEPENDABOT,
        committer: WEB_FLOW_GIT,
        committerUser: WEB_FLOW,
        message: RELEASE_NOTES_WITH_TRAILER,
      },
    ],
    ai: false,
    kinds: ['automation', 'automation'],
    details: [/^Dependabot: PR author dependabot\[bot\] \(id 49699333, Bot\), matched by id, is automation, not AI; the PR body was not read for agent markers; counted as AI only with provenance\.automationIsAi$/],
  },
  {
    name: 'trap 5: the same message from a human is read (the classification is what kept it out)',
    covers: ['trap 5'],
    pr: {},
    commits: [human(RELEASE_NOTES_WITH_TRAILER)],
    ai: true,
    kinds: ['co-author-trailer', 'message-marker'],
  },
  {
    name: 'trap 5: automation counts as AI when the policy says so',
    covers: ['trap 5'],
    pr: { author: RENOVATE, branch: 'renovate/hashicorp-aws-5.x' },
    settings: { automationIsAi: true },
    ai: true,
    kinds: ['automation'],
    details: [/counted as AI: provenance\.automationIsAi is true$/],
  },
  {
    name: 'trap 6: a CodeRabbit summary in a human PR body is left out',
    covers: ['trap 6'],
    pr: {
      body: [
        'Removes the footer from our PR template.',
        '',
        '<!-- This is an auto-generated comment: release notes by coderabbit.ai -->',
        '## Summary by CodeRabbit',
        '',
        '* **Documentation**',
        '  * Made with [Cursor](https://cursor.com) footer removed from the PR template.',
        '',
        '<!-- end of auto-generated comment: release notes by coderabbit.ai -->',
      ].join('\n'),
    },
    commits: [human('Remove the footer')],
    ai: false,
    kinds: ['review-bot'],
    details: [/^CodeRabbit: its summary in the PR body is a review bot's text, not authorship;/],
  },
  {
    name: 'trap 6: Cursor Bugbot, Ellipsis and Qodo summaries are review bots too',
    covers: ['trap 6'],
    pr: {
      body: [
        'Resize the cluster.',
        '<!-- CURSOR_SUMMARY -->',
        '> [!NOTE]',
        '> <sup>Written by [Cursor Bugbot](https://cursor.com/dashboard?tab=bugbot) for commit abc1234.</sup>',
        '<!-- /CURSOR_SUMMARY -->',
        '<!-- ELLIPSIS_HIDDEN -->',
        '> [!IMPORTANT]',
        '> Resizes the cluster.',
        '<!-- ELLIPSIS_HIDDEN -->',
        '___',
        '',
        '### **PR Type**',
        'Enhancement',
      ].join('\n'),
    },
    ai: false,
    kinds: ['review-bot', 'review-bot', 'review-bot'],
  },
  {
    name: 'trap 7: a branch prefix alone is weak and does not decide',
    covers: ['trap 7'],
    pr: { branch: 'copilot/typo' },
    commits: [human('Fix a typo')],
    ai: false,
    kinds: ['branch-prefix'],
    details: [/weak evidence, people type prefixes too: alone it does not make the PR AI-authored \(provenance\.branchPrefixIsEnough\)/],
  },
  {
    name: 'trap 7: a branch prefix decides when the policy says it is enough',
    covers: ['trap 7'],
    pr: { branch: 'devin/1730000000-typo' },
    settings: { branchPrefixIsEnough: true },
    ai: true,
    kinds: ['branch-prefix'],
  },
  {
    name: 'trap 7: no signal at all is not AI, and says so',
    covers: ['trap 7'],
    pr: {},
    commits: [human('Add a bucket')],
    ai: false,
    kinds: ['none'],
    details: [/^no signal found: nothing in the PR author, body, branch, labels or 1 commit says an AI agent wrote it; .*does not prove a human did/],
  },
  {
    name: 'a PR longer than the commits read says so when nothing was found',
    covers: [],
    pr: { commitCount: 300 },
    commits: [human('Add a bucket')],
    ai: false,
    kinds: ['none'],
    details: [/\(read 1 of the PR's 300 commits\)/],
  },
  // ---- labels and the policy's own list -----------------------------------------------------
  {
    name: 'an ai-generated label makes the PR AI-authored',
    covers: [],
    pr: { labels: ['bug', 'AI-Generated'] },
    ai: true,
    kinds: ['label'],
  },
  {
    name: 'a label cannot make an agent PR human-authored',
    covers: [],
    pr: { author: DEVIN, labels: ['human-authored'] },
    settings: { labels: ['ai'] },
    ai: true,
    kinds: ['pr-author'],
  },
  {
    name: "the policy's own agent account, by id",
    covers: [],
    pr: { author: { login: 'acme-agent[bot]', id: 123456, type: 'Bot' } },
    settings: { accounts: [123456] },
    ai: true,
    kinds: ['policy-account'],
  },
  {
    name: "the policy's own agent account by login, and its address as commit author and co-author",
    covers: [],
    pr: { author: { login: 'acme-agent[bot]', id: 123456, type: 'Bot' } },
    commits: [
      { author: { name: 'Acme agent', email: 'agent@acme.dev' }, authorUser: null, message: `Drop the table\n\n${MONA_TRAILER}` },
      human('Review fixes\n\nCo-authored-by: Acme agent <Agent@Acme.dev>'),
    ],
    settings: { accounts: ['Acme-Agent[bot]'], emails: ['agent@acme.dev'] },
    ai: true,
    kinds: ['policy-account', 'policy-account', 'policy-account', 'policy-account'],
    actedFor: ['monalisa'],
  },
];

describe('provenance over payload variants', () => {
  it.each(CASES)('$name', (c) => {
    const settings = { ...DEFAULT_PROVENANCE_SETTINGS, ...c.settings };
    const result = detectProvenance(event(c.pr), c.commits && commits(c.commits), settings);
    expect(result.signals.map((s) => s.kind)).toEqual(c.kinds);
    expect(result.aiAuthored).toBe(c.ai);
    expect(result.actedFor).toEqual(c.actedFor ?? []);
    for (const pattern of c.details ?? []) expect(result.signals.map((s) => s.detail)).toContainEqual(expect.stringMatching(pattern));
  });

  it('has a case for every agent row with V evidence and for every trap', () => {
    const covered = new Set(CASES.flatMap((c) => c.covers));
    const verified = AGENTS.filter((row) =>
      [row.accounts, row.identities, row.trailers, row.markers, row.branches].some((list) => list?.some((m) => m.evidence === 'V')),
    );
    expect(verified.map((row) => row.name).filter((name) => !covered.has(name))).toEqual([]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `trap ${n}`).filter((t) => !covered.has(t))).toEqual([]);
  });

  it('no signal carries an internal note (case numbers, evidence grades) to the reader', () => {
    for (const c of CASES) {
      const result = detectProvenance(event(c.pr), c.commits && commits(c.commits), { ...DEFAULT_PROVENANCE_SETTINGS, ...c.settings });
      for (const s of result.signals) expect(s.detail, `${c.name}: ${s.kind}`).not.toMatch(/trap \d|\[[VU]: |\[policy: /);
    }
  });
});

describe('people for the approval gate', () => {
  it("trap 8: Copilot's requester is who it acted for; the PR author, commit authors, committers and co-authors are authors", () => {
    const result = detectProvenance(
      event({ author: COPILOT }),
      commits([{ author: COPILOT_GIT, authorUser: COPILOT, message: `Remove the bucket\n\n${MONA_TRAILER}` }]),
    );
    expect(result.actedFor).toEqual(['monalisa']);
    expect(result.authors).toEqual([
      { login: 'Copilot', id: 198982749, email: COPILOT_GIT.email, name: COPILOT_GIT.name },
      { login: 'monalisa', id: 2001, email: MONA_GIT.email, name: 'Mona Lisa' },
    ]);
  });

  it('merges one person seen as PR author, commit author, committer and co-author', () => {
    const result = detectProvenance(
      event({ author: MONA }),
      commits([
        human('One'),
        { author: { name: 'Hubot', email: 'hubot@example.com' }, authorUser: null, committer: WEB_FLOW_GIT, committerUser: WEB_FLOW, message: `Two\n\n${MONA_TRAILER}` },
      ]),
    );
    expect(result.authors).toEqual([
      { login: 'monalisa', id: 2001, email: MONA_GIT.email, name: 'Mona Lisa' },
      { email: 'hubot@example.com', name: 'Hubot' },
      { login: 'web-flow', id: 19864447, email: 'noreply@github.com', name: 'GitHub' },
    ]);
  });
});

describe('events and commit lists', () => {
  it('reads a pull_request_review event like a pull_request event', () => {
    const result = detectProvenance(REVIEW_SUBMITTED, undefined);
    expect(result.aiAuthored).toBe(false);
    expect(result.authors).toEqual([{ login: 'Codertocat', id: 21031067 }]);
  });

  it('a trailer-like line outside the last paragraph is not a trailer', () => {
    const result = detectProvenance(event(), commits([human('Note\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n\nThe end, with no trailers.')]));
    expect(result.signals.map((s) => s.kind)).toEqual(['none']);
  });

  it('refuses an event that is not about a pull request, and a commit without a message', () => {
    expect(() => detectProvenance(github('webhooks/push.json'), undefined)).toThrow(PayloadError);
    expect(() => detectProvenance(event(), [{ sha: 'abc' }])).toThrow(/element 0 has no sha or commit\.message/);
  });

  it('every built commits list matches the API schema, and the schema catches a wrong one', () => {
    for (const c of CASES) if (c.commits) expect(validateCommits(commits(c.commits))).toBe(true);
    const broken = commits([human('x')]);
    delete (broken[0]?.['commit'] as Json)['message'];
    expect(validateCommits(broken)).toBe(false);
  });
});
