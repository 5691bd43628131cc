import type { GateState } from '../gate/state.js';
import { findOwnSticky, type PullRef } from '../github/api.js';
import type { GitHub } from '../github/client.js';
import { fingerprintMatches } from '../github/fingerprint.js';
import { parseSticky } from '../github/sticky.js';

// The state a run without a plan may build on: the one recorded in Blastgate's own sticky comment, and with a
// `fingerprint-key` only when its keyed fingerprint verifies.

export type Stored = { state: GateState; report: string } | { missing: string };

export async function storedState(gh: GitHub, pr: PullRef, key: string | undefined): Promise<Stored> {
  const sticky = await findOwnSticky(gh, pr);
  const parts = sticky ? parseSticky(sticky.body, { repo: `${pr.owner}/${pr.repo}`, pr: pr.number }) : undefined;
  if (!parts?.state) return { missing: `#${pr.number} has no Blastgate comment with a recorded state: its gate never ran` };
  if (parts.state.repo !== `${pr.owner}/${pr.repo}` || parts.state.pr !== pr.number) {
    return { missing: `the state in the Blastgate comment on #${pr.number} was recorded for another pull request` };
  }
  if (key && !(parts.fingerprint && fingerprintMatches(parts.state, key, parts.fingerprint))) {
    return { missing: `the Blastgate comment on #${pr.number} does not verify: it was edited, or written without the fingerprint key` };
  }
  return { state: parts.state, report: parts.report };
}
