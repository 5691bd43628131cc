// Who an account or a git identity is, by the tables: the policy's own agents, known agents,
// automation. Ids and exact addresses only; a name alone is never evidence.
import { AGENTS, AUTOMATION, type AccountMatcher, type AgentRow, type AutomationRow, type IdentityMatcher } from './agents.js';
import type { ProvenanceSettings } from './settings.js';
import type { Account, GitIdentity } from './types.js';

export interface Actor {
  account?: Account;
  identity?: GitIdentity;
}

/** What an actor is; `what` describes the actor, `by` what matched. */
export type Identified =
  | { kind: 'policy'; what: string; by: string }
  | { kind: 'agent'; row: AgentRow; matcher: AccountMatcher | IdentityMatcher; what: string; by: string }
  | { kind: 'automation'; row: AutomationRow; what: string; by: string };

function describeAccount(account: Account): string {
  const details = [account.id !== undefined ? `id ${account.id}` : undefined, account.type].filter((d) => d !== undefined);
  return details.length > 0 ? `${account.login} (${details.join(', ')})` : account.login;
}

function describeIdentity(identity: GitIdentity): string {
  return identity.email ? `${identity.name} <${identity.email}>` : identity.name;
}

/** The git identity first (what the commit says), then the account GitHub matched it to. */
function describeActor(actor: Actor): string {
  const { account, identity } = actor;
  if (identity && account) return `${describeIdentity(identity)}, GitHub account ${describeAccount(account)}`;
  return identity ? describeIdentity(identity) : account ? describeAccount(account) : '(nobody)';
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function accountMatches(matcher: AccountMatcher, account: Account): boolean {
  if (matcher.id !== undefined) return account.id === matcher.id && (account.type === undefined || account.type === matcher.type);
  return sameText(account.login, matcher.login) && account.type === matcher.type;
}

function identityMatches(matcher: IdentityMatcher, identity: GitIdentity): boolean {
  if (matcher.email !== undefined) return sameText(identity.email, matcher.email);
  return identity.name.endsWith(matcher.nameSuffix) && identity.name.length > matcher.nameSuffix.length;
}

function policyMatch(actor: Actor, settings: ProvenanceSettings): string | undefined {
  const { account, identity } = actor;
  if (account && settings.accounts.some((a) => (typeof a === 'number' ? account.id === a : sameText(account.login, a)))) return 'provenance.accounts';
  if (identity && settings.emails.some((e) => sameText(identity.email, e))) return 'provenance.emails';
  return undefined;
}

function matchedBy(matcher: AccountMatcher | IdentityMatcher): string {
  if ('type' in matcher) return matcher.id !== undefined ? 'id' : 'login and type';
  return matcher.email !== undefined ? 'address' : `name suffix "${matcher.nameSuffix}"`;
}

function rowMatch(row: { accounts?: readonly AccountMatcher[]; identities?: readonly IdentityMatcher[] }, actor: Actor) {
  const { account, identity } = actor;
  return (account && row.accounts?.find((m) => accountMatches(m, account))) ?? (identity && row.identities?.find((m) => identityMatches(m, identity)));
}

/**
 * The first thing an actor is, in order: the policy's own agent, a known agent, automation.
 * An agent's git identity wins over the GitHub account GitHub matched it to: claude-code-action
 * commits with an address that borrows github-actions' id.
 */
export function identify(actor: Actor, settings: ProvenanceSettings): Identified | undefined {
  const what = describeActor(actor);
  const policy = policyMatch(actor, settings);
  if (policy) return { kind: 'policy', what, by: policy };
  for (const row of AGENTS) {
    const matcher = rowMatch(row, actor);
    if (matcher) return { kind: 'agent', row, matcher, what, by: matchedBy(matcher) };
  }
  for (const row of AUTOMATION) {
    const matcher = rowMatch(row, actor);
    if (matcher) return { kind: 'automation', row, what, by: matchedBy(matcher) };
  }
  return undefined;
}
