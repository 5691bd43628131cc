import type { Provenance } from '../model.js';

/** A GitHub account as REST and webhooks show it. */
export interface Account {
  login: string;
  id?: number;
  /** "User", "Bot" or "Organization". */
  type?: string;
}

/** The name and address git records for an author or committer. */
export interface GitIdentity {
  name: string;
  email: string;
}

/** What provenance reads from a pull_request or pull_request_review event. */
export interface PullRequestFacts {
  author: Account;
  /** Never read for signals: words about AI in a title are not evidence. */
  title: string;
  body: string;
  branch: string;
  labels: string[];
  /** How many commits the PR has, when the event says. */
  commitCount?: number;
}

/** What provenance reads from one element of GET /repos/{o}/{r}/pulls/{n}/commits. */
export interface CommitFacts {
  sha: string;
  message: string;
  author?: GitIdentity;
  committer?: GitIdentity;
  /** The GitHub accounts GitHub matched to the git identities, when it could. */
  authorAccount?: Account;
  committerAccount?: Account;
}

/** Someone who wrote part of the PR: the approval gate must not count them as a second reviewer. */
export interface Person {
  login?: string;
  id?: number;
  email?: string;
  name?: string;
}

export interface ProvenanceResult extends Provenance {
  /** Humans an agent worked for, where the PR says so: logins where known, else addresses. */
  actedFor: string[];
  /** The PR author, commit authors, committers and co-authors, merged per person. */
  authors: Person[];
}
