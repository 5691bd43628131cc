// Who is who on GitHub: the known AI agents, the automation bots that are not AI, and the review
// bots whose text in a PR body is not authorship. Data only; detect.ts reads it.
// Evidence (each agent's public documentation and its PRs on GitHub, re-checked November 2026):
//   V = seen in the vendor's code or docs, or in real public commits and PRs;
//   U = from one third-party list only, or not seen in use.

export type Evidence = 'V' | 'U';

interface Sourced {
  evidence: Evidence;
  note?: string;
}

/**
 * A GitHub account. Matched by numeric id (stable, the same in REST, webhooks and GraphQL, where
 * GraphQL drops `[bot]` and Copilot's login is plain `Copilot` for two different accounts); `login`
 * beside an id only names it. Without a known id: login plus type, and the row says so.
 */
export type AccountMatcher = Sourced & { type: 'Bot' | 'User' } & ({ id: number; login: string } | { id?: undefined; login: string });

/** A git identity: an exact address (case-insensitive) as author, committer or Co-authored-by, or a name suffix. */
export type IdentityMatcher = Sourced & ({ email: string; nameSuffix?: undefined } | { nameSuffix: string; email?: undefined });

/** A git trailer other than Co-authored-by: its key (case-insensitive), and the values that count. */
export interface TrailerMatcher extends Sourced {
  key: string;
  values?: string[];
  valuePrefix?: string;
}

/** Text the agent writes at the start of a line of a PR body or commit message (after a bullet or an emoji). */
export interface MarkerMatcher extends Sourced {
  text: string;
}

export interface BranchMatcher extends Sourced {
  prefix: string;
}

export interface AgentRow {
  name: string;
  /** author: a match means the agent wrote the change; assistance: it helped a human who did. */
  role: 'author' | 'assistance';
  /** Where the evidence comes from, in a few words. */
  source: string;
  accounts?: AccountMatcher[];
  identities?: IdentityMatcher[];
  trailers?: TrailerMatcher[];
  markers?: MarkerMatcher[];
  /** Weak evidence, always: people type these prefixes too. */
  branches?: BranchMatcher[];
  /** Phrases after which the agent's own text names the human it worked for. */
  requesters?: string[];
}

export interface AutomationRow {
  name: string;
  source: string;
  accounts: AccountMatcher[];
  identities: IdentityMatcher[];
}

/** A block a review bot writes into a PR body; `end` absent or not found = to the end of the body. */
export interface ReviewBotRow {
  name: string;
  source: string;
  evidence: Evidence;
  start: string;
  end?: string;
}

export const AGENTS: readonly AgentRow[] = [
  {
    name: 'GitHub Copilot coding agent',
    role: 'author',
    source: 'GitHub docs; public Copilot PRs and commits',
    accounts: [{ id: 198982749, login: 'Copilot', type: 'Bot', evidence: 'V', note: 'no [bot] suffix in any API' }],
    identities: [{ email: '198982749+Copilot@users.noreply.github.com', evidence: 'V', note: 'committed as copilot-swe-agent[bot]' }],
    markers: [
      { text: '<!-- START COPILOT CODING AGENT SUFFIX -->', evidence: 'V' },
      { text: '<!-- START COPILOT CODING AGENT TIPS -->', evidence: 'V' },
    ],
    branches: [{ prefix: 'copilot/', evidence: 'V' }],
  },
  {
    name: 'Copilot code review / Autofix',
    role: 'assistance',
    source: "public commits where a human accepted Copilot's suggestion",
    accounts: [{ id: 175728472, login: 'Copilot', type: 'Bot', evidence: 'V', note: 'the reviewing account, not the coding agent' }],
    identities: [
      { email: '175728472+Copilot@users.noreply.github.com', evidence: 'V' },
      {
        email: '62310815+github-advanced-security[bot]@users.noreply.github.com',
        evidence: 'V',
        note: 'the "Copilot Autofix powered by AI" co-author of code scanning fixes',
      },
      { email: 'copilot@github.com', evidence: 'U', note: 'an editor once added it to every commit by default' },
    ],
  },
  {
    name: 'Claude Code',
    role: 'author',
    source: "Anthropic's Claude Code docs and defaults; public commits",
    identities: [{ email: 'noreply@anthropic.com', evidence: 'V', note: 'the Co-Authored-By address; a model name may follow "Claude"' }],
    trailers: [{ key: 'Claude-Session', evidence: 'V' }],
    markers: [
      { text: 'Generated with [Claude Code](https://claude.com/claude-code)', evidence: 'V' },
      { text: 'Generated with [Claude Code](https://claude.ai/code)', evidence: 'V', note: 'older link' },
    ],
    branches: [{ prefix: 'claude/', evidence: 'V', note: 'claude-code-action: claude/issue-N-…; Claude Code on the web: claude/… (U)' }],
  },
  {
    name: 'claude-code-action',
    role: 'author',
    source: 'anthropics/claude-code-action source; public PRs',
    accounts: [{ id: 209825114, login: 'claude[bot]', type: 'Bot', evidence: 'V' }],
    identities: [
      { email: '41898282+claude[bot]@users.noreply.github.com', evidence: 'V', note: "borrows github-actions' id 41898282" },
      { email: '209825114+claude[bot]@users.noreply.github.com', evidence: 'U', note: "the app's own noreply address, seen in repositories' conventions" },
    ],
  },
  {
    name: 'OpenAI Codex (cloud)',
    role: 'author',
    source: 'public Codex PRs',
    accounts: [{ id: 199175422, login: 'chatgpt-codex-connector[bot]', type: 'Bot', evidence: 'U', note: 'seen as commit author; it also posts Codex reviews' }],
    identities: [{ email: '199175422+chatgpt-codex-connector[bot]@users.noreply.github.com', evidence: 'U' }],
    markers: [
      { text: 'https://chatgpt.com/codex/tasks/task_', evidence: 'V' },
      { text: '[Codex Task](https://chatgpt.com/codex/tasks/task_', evidence: 'V' },
    ],
    branches: [{ prefix: 'codex/', evidence: 'V' }],
  },
  {
    name: 'OpenAI Codex CLI',
    role: 'author',
    source: 'Codex CLI attribution; public commits',
    identities: [
      { email: 'noreply@openai.com', evidence: 'V', note: 'Co-authored-by: Codex; on or off by default depending on the version' },
      { email: 'codex@openai.com', evidence: 'V', note: 'Co-authored-by: OpenAI Codex, in public commits' },
    ],
  },
  {
    name: 'Devin',
    role: 'author',
    source: "Devin's GitHub app; public Devin PRs",
    accounts: [{ id: 158243242, login: 'devin-ai-integration[bot]', type: 'Bot', evidence: 'V' }],
    identities: [{ email: '158243242+devin-ai-integration[bot]@users.noreply.github.com', evidence: 'V', note: 'committed as Devin AI' }],
    markers: [
      { text: 'Link to Devin run: https://app.devin.ai/sessions/', evidence: 'V' },
      { text: 'Link to Devin session: https://app.devin.ai/sessions/', evidence: 'V' },
      { text: 'Generated with [Devin](https://devin.ai)', evidence: 'U', note: "Devin CLI's footer in repositories' conventions" },
      { text: 'Generated with [Devin](https://cli.devin.ai/docs)', evidence: 'U' },
    ],
    branches: [{ prefix: 'devin/', evidence: 'V', note: 'devin/<unix time>-<slug>' }],
    requesters: ['Requested by:'],
  },
  {
    name: 'Cursor agent',
    role: 'author',
    source: "Cursor's attribution docs; public Cursor PRs",
    accounts: [{ id: 206951365, login: 'cursor[bot]', type: 'Bot', evidence: 'U', note: 'when the app opens the PR; the same app runs Bugbot reviews' }],
    identities: [{ email: 'cursoragent@cursor.com', evidence: 'V', note: 'Cursor Agent as author, Cursor as co-author' }],
    trailers: [{ key: 'Made-with', values: ['Cursor'], evidence: 'U', note: 'seen in one public commit' }],
    markers: [
      { text: '<!-- CURSOR_AGENT_PR_BODY_BEGIN -->', evidence: 'V' },
      { text: 'Made with [Cursor](https://cursor.com)', evidence: 'V' },
    ],
    branches: [{ prefix: 'cursor/', evidence: 'V', note: 'cursor/<slug>-<4 hex>' }],
  },
  {
    name: 'Google Jules',
    role: 'author',
    source: 'public Jules PRs; since February 2026 the user opens the PR and the bot co-authors',
    accounts: [{ id: 161369871, login: 'google-labs-jules[bot]', type: 'Bot', evidence: 'V' }],
    identities: [{ email: '161369871+google-labs-jules[bot]@users.noreply.github.com', evidence: 'V' }],
    markers: [{ text: 'PR created automatically by Jules for task [', evidence: 'V' }],
    requesters: [' started by '],
  },
  {
    name: 'AWS Kiro agent',
    role: 'author',
    source: 'public Kiro PRs',
    accounts: [{ login: 'kiro-agent[bot]', type: 'Bot', evidence: 'V', note: 'id not known: matched by login and type' }],
    markers: [{ text: 'This pull request was created by @kiro-agent on behalf of @', evidence: 'V' }],
    requesters: [' on behalf of '],
  },
  {
    name: 'Amazon Q Developer',
    role: 'author',
    source: 'a third-party list',
    accounts: [{ id: 208079219, login: 'amazon-q-developer[bot]', type: 'Bot', evidence: 'U' }],
    identities: [{ email: '208079219+amazon-q-developer[bot]@users.noreply.github.com', evidence: 'U' }],
  },
  {
    name: 'Gemini CLI',
    role: 'author',
    source: "google-github-actions/run-gemini-cli's workflows; public commits",
    accounts: [{ login: 'gemini-cli[bot]', type: 'Bot', evidence: 'V', note: 'id not known: matched by login and type' }],
    identities: [{ email: 'gemini-cli[bot]@users.noreply.github.com', evidence: 'V' }],
  },
  {
    name: 'OpenHands',
    role: 'author',
    source: "OpenHands' resolver source",
    accounts: [
      {
        login: 'openhands-ai[bot]',
        type: 'Bot',
        evidence: 'U',
        note: "the cloud app, id not known; the resolver's User account (e.g. openhands-agent) is anyone's name, not matched",
      },
    ],
    identities: [{ email: 'openhands@all-hands.dev', evidence: 'V' }],
    markers: [{ text: 'Automatic fix generated by [OpenHands](', evidence: 'V' }],
    branches: [{ prefix: 'openhands-fix-', evidence: 'V', note: 'openhands-fix-issue-N' }],
  },
  {
    name: 'Aider',
    role: 'author',
    source: "Aider's git attribution docs",
    identities: [
      { email: 'aider@aider.chat', evidence: 'V', note: 'Co-authored-by: aider (<model>), the default' },
      { email: 'noreply@aider.chat', evidence: 'V', note: 'older address' },
      { nameSuffix: ' (aider)', evidence: 'V', note: 'author name "<user> (aider)"' },
    ],
  },
  {
    name: 'Amp',
    role: 'author',
    source: 'public Amp commits',
    identities: [{ email: 'amp@ampcode.com', evidence: 'V' }],
    trailers: [{ key: 'Amp-Thread-ID', valuePrefix: 'https://ampcode.com/threads/T-', evidence: 'V' }],
  },
  {
    name: 'Replit Agent',
    role: 'author',
    source: 'public Replit commits',
    // Publish commits carry `Replit-Commit-Author: Deployment` and the author agent@replit.com too:
    // neither the address nor that value says an agent wrote code.
    trailers: [{ key: 'Replit-Commit-Author', values: ['Agent', 'Assistant'], evidence: 'V' }],
  },
  {
    name: 'Factory Droid',
    role: 'author',
    source: 'a third-party list',
    accounts: [{ id: 138933559, login: 'factory-droid[bot]', type: 'Bot', evidence: 'U' }],
    identities: [{ email: '138933559+factory-droid[bot]@users.noreply.github.com', evidence: 'U' }],
  },
  {
    name: 'Roo Code (Roomote)',
    role: 'author',
    source: 'a third-party list',
    accounts: [{ login: 'roomote[bot]', type: 'Bot', evidence: 'U', note: 'id not known: matched by login and type' }],
    identities: [{ email: 'roomote@roocode.com', evidence: 'U' }],
    branches: [{ prefix: 'roomote/', evidence: 'U' }],
  },
  {
    name: 'Warp',
    role: 'author',
    source: "Warp's agent commits",
    identities: [{ email: 'agent@warp.dev', evidence: 'V' }],
  },
  {
    name: 'Crush',
    role: 'author',
    source: "Charm's Crush attribution",
    identities: [{ email: 'crush@charm.land', evidence: 'V' }],
    markers: [{ text: 'Generated with Crush', evidence: 'V', note: '"💘 Generated with Crush"' }],
  },
  {
    name: 'Sweep',
    role: 'author',
    source: 'public Sweep PRs',
    accounts: [{ login: 'sweep-ai[bot]', type: 'Bot', evidence: 'V', note: 'id not known: matched by login and type' }],
    branches: [{ prefix: 'sweep/', evidence: 'U' }],
  },
  ...['opencode-agent[bot]', 'codegen-sh[bot]', 'tembo[bot]', 'mentatbot[bot]', 'ellipsis-dev[bot]'].map(
    (login): AgentRow => ({
      name: login.replace(/\[bot\]$/, ''),
      role: 'author',
      source: 'apps seen opening PRs, from a third-party list',
      accounts: [{ login, type: 'Bot', evidence: 'U', note: 'id not known: matched by login and type' }],
    }),
  ),
];

/** Bots that are not AI. Their own text is not read for agent signals: it quotes others. */
export const AUTOMATION: readonly AutomationRow[] = [
  ['Dependabot', 49699333, 'dependabot[bot]'] as const,
  ['Renovate', 29139614, 'renovate[bot]'] as const,
  ['GitHub Actions', 41898282, 'github-actions[bot]'] as const,
  ['Mergify', 37929162, 'mergify[bot]'] as const,
  ['pre-commit.ci', 66853113, 'pre-commit-ci[bot]'] as const,
].map(([name, id, login]) => ({
  name,
  source: 'public commits and PRs',
  accounts: [{ id, login, type: 'Bot', evidence: 'V' }],
  identities: [{ email: `${id}+${login}@users.noreply.github.com`, evidence: 'V' }],
}));

/** Summaries review bots write into a human's PR body: left out before the body is read. */
export const REVIEW_BOTS: readonly ReviewBotRow[] = [
  {
    name: 'CodeRabbit',
    source: 'public PR bodies',
    evidence: 'V',
    start: '<!-- This is an auto-generated comment: release notes by coderabbit.ai -->',
    end: '<!-- end of auto-generated comment: release notes by coderabbit.ai -->',
  },
  { name: 'Cursor Bugbot', source: 'public PR bodies', evidence: 'V', start: '<!-- CURSOR_SUMMARY -->', end: '<!-- /CURSOR_SUMMARY -->' },
  { name: 'Ellipsis', source: 'public PR bodies', evidence: 'V', start: '<!-- ELLIPSIS_HIDDEN -->', end: '<!-- ELLIPSIS_HIDDEN -->' },
  { name: 'Qodo Merge', source: 'qodo-ai/pr-agent: its description follows the user\'s', evidence: 'V', start: '### **PR Type**' },
];
