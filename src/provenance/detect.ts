// Is this PR AI-authored? Every signal in the event and its commits, each naming the agent and
// the evidence, and a decision that weighs them: accounts, trailers and markers decide; a branch
// prefix, assistance and automation only when the policy says so; review bots' text never.
import type { SignalRecord } from '../model.js';
import { AGENTS, REVIEW_BOTS, type AgentRow, type Evidence } from './agents.js';
import { identify, type Actor, type Identified } from './match.js';
import { parseCommits, parsePullRequestEvent } from './payload.js';
import { addName, addPerson } from './people.js';
import { DEFAULT_PROVENANCE_SETTINGS, type ProvenanceSettings } from './settings.js';
import { cutBlocks, hasMarker, markerLines, namedAfter, nameAndAddress, noreplyAccount, trailersOf } from './text.js';
import type { Account, CommitFacts, GitIdentity, Person, ProvenanceResult, PullRequestFacts } from './types.js';

export type SignalKind =
  | 'pr-author'
  | 'commit-author'
  | 'committer'
  | 'co-author-trailer'
  | 'trailer'
  | 'body-marker'
  | 'message-marker'
  | 'branch-prefix'
  | 'label'
  | 'policy-account'
  | 'assistance'
  | 'automation'
  | 'review-bot'
  | 'none';

/** Who wrote the PR and whom an agent worked for, gathered while reading. */
interface People {
  actedFor: string[];
  authors: Person[];
}

/** A signal before its commits are counted: `head` and `tail` go around "(on N of M commits: …)". */
interface Draft {
  kind: SignalKind;
  head: string;
  tail: string;
  counts: boolean;
}

/** Signals in the order first seen; one per kind and wording, with the commits it was seen on. */
class Signals {
  private readonly drafts = new Map<string, { draft: Draft; shas: string[] }>();

  add(draft: Draft, sha?: string): void {
    const key = `${draft.kind}\u0000${draft.head}`;
    const entry = this.drafts.get(key) ?? { draft, shas: [] };
    this.drafts.set(key, entry);
    if (sha !== undefined && !entry.shas.includes(sha)) entry.shas.push(sha);
  }

  get counted(): boolean {
    return [...this.drafts.values()].some((e) => e.draft.counts);
  }

  get size(): number {
    return this.drafts.size;
  }

  records(commitTotal: number): SignalRecord[] {
    return [...this.drafts.values()].map(({ draft, shas }) => ({
      kind: draft.kind,
      detail: shas.length === 0 ? `${draft.head}${draft.tail}` : `${draft.head} (on ${onCommits(shas, commitTotal)})${draft.tail}`,
    }));
  }
}

function onCommits(shas: string[], total: number): string {
  const shown = shas.slice(0, 3).map((s) => s.slice(0, 7));
  return `${shas.length} of ${total} commit${total === 1 ? '' : 's'}: ${shown.join(', ')}${shas.length > shown.length ? ', …' : ''}`;
}

/** Only unverified evidence is worth a word to the reader; where verified evidence comes from stays in the table. */
function evidence(row: { source: string }, matcher: { evidence: Evidence }): string {
  return matcher.evidence === 'U' ? ` (unverified: ${row.source})` : '';
}

type Place = 'pr-author' | 'commit-author' | 'committer' | 'co-author-trailer';

const PLACE_WORDS: Record<Place, string> = {
  'pr-author': 'PR author',
  'commit-author': 'commit author',
  committer: 'committer',
  'co-author-trailer': 'Co-authored-by:',
};

/** The signal an identified account or git identity gives, by what it is and where it was seen. */
function actorDraft(place: Place, who: Identified, settings: ProvenanceSettings): Draft {
  const seen = `${PLACE_WORDS[place]} ${who.what}`;
  if (who.kind === 'policy') {
    return { kind: 'policy-account', head: `${seen} is one of the policy's own agents`, tail: '', counts: true };
  }
  if (who.kind === 'automation') {
    const unread = place === 'pr-author' ? 'the PR body was not read for agent markers' : 'its message was not read for agent markers';
    const counted = settings.automationIsAi ? 'counted as AI: provenance.automationIsAi is true' : 'counted as AI only with provenance.automationIsAi';
    return { kind: 'automation', head: `${who.row.name}: ${seen}, matched by ${who.by}, is automation, not AI`, tail: `; ${unread}; ${counted}`, counts: settings.automationIsAi };
  }
  const tail = evidence(who.row, who.matcher);
  if (who.row.role === 'assistance') {
    const counted = settings.assistanceIsAi ? 'counted: provenance.assistanceIsAi is true' : 'not counted unless provenance.assistanceIsAi';
    return { kind: 'assistance', head: `${who.row.name}: ${seen}, matched by ${who.by}, is AI assistance on a human's work, not authorship; ${counted}`, tail, counts: settings.assistanceIsAi };
  }
  return { kind: place, head: `${who.row.name}: ${seen}, matched by ${who.by}`, tail, counts: true };
}

/** Markers of every agent that start a line of the text, with the rows they belong to. */
function markersIn(lines: readonly string[]): { row: AgentRow; text: string; draftTail: string }[] {
  return AGENTS.flatMap((row) =>
    (row.markers ?? []).filter((m) => hasMarker(lines, m.text)).map((m) => ({ row, text: m.text, draftTail: evidence(row, m) })),
  );
}

function markerDraft(kind: 'body-marker' | 'message-marker', row: AgentRow, text: string, tail: string, settings: ProvenanceSettings): Draft {
  const where = kind === 'body-marker' ? 'in the PR body' : 'in the message';
  if (row.role === 'assistance') {
    return { kind: 'assistance', head: `${row.name}: "${text}" ${where} is AI assistance, not authorship`, tail, counts: settings.assistanceIsAi };
  }
  return { kind, head: `${row.name}: "${text}" ${where}`, tail, counts: true };
}

/** Who a phrase like "Requested by:" names, for every agent whose marker is in the same text. */
function requestersIn(lines: readonly string[], rows: readonly AgentRow[]): string[] {
  return rows.flatMap((row) => (row.requesters ?? []).flatMap((phrase) => namedAfter(lines, phrase)));
}

function readBody(pr: PullRequestFacts, settings: ProvenanceSettings, signals: Signals, actedFor: string[]): void {
  let body = pr.body;
  for (const bot of REVIEW_BOTS) {
    const { rest, found } = cutBlocks(body, bot.start, bot.end);
    body = rest;
    if (found) {
      signals.add({
        kind: 'review-bot',
        head: `${bot.name}: its summary in the PR body is a review bot's text, not authorship; left out before the body was read`,
        tail: evidence(bot, bot),
        counts: false,
      });
    }
  }
  const lines = markerLines(body);
  const markers = markersIn(lines);
  for (const m of markers) signals.add(markerDraft('body-marker', m.row, m.text, m.draftTail, settings));
  for (const who of requestersIn(lines, [...new Set(markers.map((m) => m.row))])) addName(actedFor, who);
}

function readBranch(pr: PullRequestFacts, settings: ProvenanceSettings, signals: Signals): void {
  for (const row of AGENTS) {
    for (const b of row.branches ?? []) {
      if (!pr.branch.startsWith(b.prefix)) continue;
      const verdict = settings.branchPrefixIsEnough
        ? 'counted: provenance.branchPrefixIsEnough is true'
        : 'alone it does not make the PR AI-authored (provenance.branchPrefixIsEnough)';
      signals.add({
        kind: 'branch-prefix',
        head: `${row.name}: branch ${pr.branch} starts with "${b.prefix}" — weak evidence, people type prefixes too: ${verdict}`,
        tail: evidence(row, b),
        counts: settings.branchPrefixIsEnough,
      });
    }
  }
}

function readLabels(pr: PullRequestFacts, settings: ProvenanceSettings, signals: Signals): void {
  for (const label of pr.labels) {
    if (!settings.labels.some((l) => l.toLowerCase() === label.toLowerCase())) continue;
    signals.add({ kind: 'label', head: `label "${label}" marks the PR AI-authored`, tail: ' (provenance.labels; a label can close the gate, never open it)', counts: true });
  }
}

function personOf(identity: GitIdentity | undefined, account?: Account): Person {
  const fromAddress = identity ? noreplyAccount(identity.email) : undefined;
  const login = account?.login ?? fromAddress?.login;
  const id = account?.id ?? fromAddress?.id;
  return {
    ...(login !== undefined ? { login } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(identity?.email ? { email: identity.email } : {}),
    ...(identity?.name ? { name: identity.name } : {}),
  };
}

function actorOf(identity: GitIdentity | undefined, account: Account | undefined): Actor {
  return { ...(account ? { account } : {}), ...(identity ? { identity } : {}) };
}

function readTrailers(commit: CommitFacts, agentAuthored: boolean, settings: ProvenanceSettings, signals: Signals, out: People): void {
  for (const trailer of trailersOf(commit.message)) {
    if (trailer.key.toLowerCase() === 'co-authored-by') {
      const identity = nameAndAddress(trailer.value);
      if (!identity) continue;
      const person = personOf(identity);
      addPerson(out.authors, person);
      const who = identify({ identity }, settings);
      // A human co-author says nothing about AI; beside an agent's commit it is who asked.
      if (!who && agentAuthored) addName(out.actedFor, person.login ?? identity.email);
      if (who && who.kind !== 'automation') signals.add(actorDraft('co-author-trailer', who, settings), commit.sha);
      continue;
    }
    for (const row of AGENTS) {
      for (const m of row.trailers ?? []) {
        if (m.key.toLowerCase() !== trailer.key.toLowerCase()) continue;
        if (m.values && !m.values.includes(trailer.value)) continue;
        if (m.valuePrefix !== undefined && !trailer.value.startsWith(m.valuePrefix)) continue;
        const shown = m.values ? `${m.key}: ${trailer.value}` : m.valuePrefix !== undefined ? `${m.key}: ${m.valuePrefix}…` : m.key;
        signals.add({ kind: 'trailer', head: `${row.name}: trailer ${shown}`, tail: evidence(row, m), counts: true }, commit.sha);
      }
    }
  }
}

function readCommit(commit: CommitFacts, settings: ProvenanceSettings, signals: Signals, out: People): void {
  addPerson(out.authors, personOf(commit.author, commit.authorAccount));
  // Whoever committed (rebased, applied) the change touched it too: the gate is stricter for it.
  addPerson(out.authors, personOf(commit.committer, commit.committerAccount));
  const author = identify(actorOf(commit.author, commit.authorAccount), settings);
  if (author) signals.add(actorDraft('commit-author', author, settings), commit.sha);
  const committer = identify(actorOf(commit.committer, commit.committerAccount), settings);
  if (committer && committer.kind !== 'automation') signals.add(actorDraft('committer', committer, settings), commit.sha);
  // A bot's message quotes other people's text (release notes, changelogs): classified, not read.
  if (author?.kind === 'automation') return;
  const agentAuthored = author?.kind === 'policy' || (author?.kind === 'agent' && author.row.role === 'author');
  readTrailers(commit, agentAuthored, settings, signals, out);
  for (const m of markersIn(markerLines(commit.message))) signals.add(markerDraft('message-marker', m.row, m.text, m.draftTail, settings), commit.sha);
}

function noSignal(pr: PullRequestFacts, commits: CommitFacts[] | undefined): SignalRecord {
  const read = commits === undefined ? 'the PR author, body, branch and labels' : `the PR author, body, branch, labels or ${commits.length} commit${commits.length === 1 ? '' : 's'}`;
  const unread =
    commits === undefined
      ? ' (commits not read: agents often commit under a PR a human opened — give the commits list)'
      : pr.commitCount !== undefined && pr.commitCount > commits.length
        ? ` (read ${commits.length} of the PR's ${pr.commitCount} commits)`
        : '';
  return {
    kind: 'none',
    detail: `no signal found: nothing in ${read} says an AI agent wrote it${unread}; trailers can be switched off, so this does not prove a human did`,
  };
}

/**
 * Decides authorship from a pull_request (or pull_request_review) event and, when given, the PR's
 * commits as GET /repos/{o}/{r}/pulls/{n}/commits returns them. Pure; throws PayloadError on input
 * that is not such an event or list.
 */
export function detectProvenance(event: unknown, commits: unknown[] | undefined, settings: ProvenanceSettings = DEFAULT_PROVENANCE_SETTINGS): ProvenanceResult {
  const pr = parsePullRequestEvent(event);
  const commitFacts = commits === undefined ? undefined : parseCommits(commits);
  const signals = new Signals();
  const out: People = { actedFor: [], authors: [] };

  addPerson(out.authors, { login: pr.author.login, ...(pr.author.id !== undefined ? { id: pr.author.id } : {}) });
  const prAuthor = identify({ account: pr.author }, settings);
  if (prAuthor) signals.add(actorDraft('pr-author', prAuthor, settings));
  // Dependency bots' bodies quote upstream release notes, agent trailers included.
  if (prAuthor?.kind !== 'automation') readBody(pr, settings, signals, out.actedFor);
  readBranch(pr, settings, signals);
  readLabels(pr, settings, signals);
  for (const commit of commitFacts ?? []) readCommit(commit, settings, signals, out);

  const records = signals.size > 0 ? signals.records(commitFacts?.length ?? 0) : [noSignal(pr, commitFacts)];
  return { aiAuthored: signals.counted, signals: records, actedFor: out.actedFor, authors: out.authors };
}
