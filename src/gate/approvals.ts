// Which reviews open a review gate: distinct humans, on the head commit, who did not write the PR.
// Only each reviewer's latest APPROVED, CHANGES_REQUESTED or DISMISSED review counts; a later COMMENTED
// review does not withdraw an approval (GitHub's own rule), and an approval of an older commit does not count.

export interface Review {
  id: number;
  state: string;
  commit_id?: string | null;
  submitted_at?: string | null;
  user?: { login: string; id: number; type?: string } | null;
  /** How GitHub relates the reviewer to the repository (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, …). */
  author_association?: string;
}

/** Associations that may carry write access; each is confirmed with the reviewer's permission on the repository. */
export const MAY_WRITE = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/** Approvers still to be asked about their permission: humans whose association may carry write access. */
export function writeCandidates(reviews: Review[]): string[] {
  const logins = reviews
    .filter((r) => r.state === 'APPROVED' && r.user && !isBot(r.user) && MAY_WRITE.has(r.author_association ?? ''))
    .map((r) => (r.user as NonNullable<Review['user']>).login);
  return [...new Set(logins)];
}

/** Reviewers' permission on the repository, by lower-cased login: `write` or what they hold instead. */
export interface Permissions {
  get(login: string): string | undefined;
}

/** People whose approval does not count: the PR author, commit authors and co-authors, whoever an agent acted for. */
export interface Excluded {
  logins: string[];
  ids: number[];
  /** Why each is excluded, by lower-cased login, for the comment. */
  because: Record<string, string>;
}

/** An approval that counts, with when it was given (for a delay). */
export interface Approval {
  login: string;
  id: number;
  at: string;
}

export interface ApprovalCount {
  approvals: Approval[];
  /** Reviews that were looked at and did not count, with why. */
  ignored: { login: string; why: string }[];
}

const DECIDING = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

function isBot(user: NonNullable<Review['user']>): boolean {
  return user.type === 'Bot' || /\[bot\]$/i.test(user.login);
}

/**
 * `permissions` confirms write access (GitHub's collaborator permission: admin and maintain count as write); a
 * reviewer whose association cannot carry it, or whose confirmed permission is below write, does not count.
 */
export function countApprovals(reviews: Review[], headSha: string, excluded: Excluded, permissions: Permissions): ApprovalCount {
  // Reviews arrive in submission order; keep each reviewer's latest deciding review.
  const latest = new Map<number, Review>();
  for (const review of reviews) {
    if (!review.user || !DECIDING.has(review.state)) continue;
    latest.set(review.user.id, review);
  }
  const excludedLogins = new Set(excluded.logins.map((l) => l.toLowerCase()));
  const excludedIds = new Set(excluded.ids);
  const approvals: Approval[] = [];
  const ignored: ApprovalCount['ignored'] = [];
  for (const review of latest.values()) {
    const user = review.user as NonNullable<Review['user']>;
    const login = user.login;
    if (review.state !== 'APPROVED') {
      ignored.push({ login, why: review.state === 'DISMISSED' ? 'approval dismissed' : 'requested changes' });
    } else if (isBot(user)) {
      ignored.push({ login, why: 'a bot' });
    } else if (excludedIds.has(user.id) || excludedLogins.has(login.toLowerCase())) {
      ignored.push({ login, why: excluded.because[login.toLowerCase()] ?? 'an author of the PR' });
    } else if (review.commit_id !== headSha) {
      ignored.push({ login, why: 'approved an older commit' });
    } else if (!MAY_WRITE.has(review.author_association ?? '')) {
      ignored.push({ login, why: `no write access: association ${review.author_association ?? 'unknown'}` });
    } else if (permissions.get(login.toLowerCase()) !== 'write') {
      ignored.push({ login, why: `no write access: permission ${permissions.get(login.toLowerCase()) ?? 'unknown'}` });
    } else {
      approvals.push({ login, id: user.id, at: review.submitted_at ?? new Date(0).toISOString() });
    }
  }
  return { approvals, ignored };
}

/** Who may not approve: the PR author, commit authors and co-authors, and whoever an agent acted for. */
export function excludedPeople(
  author: { login: string; id: number },
  authors: { login?: string; id?: number }[],
  actedFor: string[],
): Excluded {
  const excluded: Excluded = { logins: [], ids: [], because: {} };
  const add = (login: string | undefined, id: number | undefined, why: string) => {
    if (login) {
      excluded.logins.push(login);
      excluded.because[login.toLowerCase()] ??= why;
    }
    if (id !== undefined) excluded.ids.push(id);
  };
  add(author.login, author.id, 'the PR author');
  for (const a of authors) add(a.login, a.id, 'a commit author or co-author');
  for (const login of actedFor) add(login, undefined, 'the person the agent acted for');
  return excluded;
}
