import { countApprovals, writeCandidates, type ApprovalCount, type Excluded } from '../gate/approvals.js';
import { listReviews, permissionsOf, type PullRef } from '../github/api.js';
import type { GitHub } from '../github/client.js';

/** The PR's approvals of `headSha` that count: reviews read, write access of each candidate confirmed. */
export async function approvalsOf(gh: GitHub, pr: PullRef, headSha: string, excluded: Excluded): Promise<ApprovalCount> {
  const reviews = await listReviews(gh, pr);
  const permissions = await permissionsOf(gh, pr.owner, pr.repo, writeCandidates(reviews.filter((r) => r.commit_id === headSha)));
  return countApprovals(reviews, headSha, excluded, permissions);
}
