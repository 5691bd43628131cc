import { isDestructive, type Change } from '../model.js';

// Apply-time verification (blastgate verify): the plan about to be applied may destroy or replace only what the
// reviewers approved — the same resource, the same action, and no attribute forcing replacement that they did not see.

export interface ApprovedChange {
  address: string;
  action: string;
  replacePaths: string[];
}

export interface Unapproved {
  address: string;
  action: string;
  why: string;
}

/** What in `changes` goes beyond `approved`; empty when the plan is within what was approved. */
export function unapprovedChanges(changes: Change[], approved: ApprovedChange[]): Unapproved[] {
  const byAddress = new Map<string, ApprovedChange[]>();
  for (const a of approved) byAddress.set(a.address, [...(byAddress.get(a.address) ?? []), a]);
  const out: Unapproved[] = [];
  for (const change of changes.filter(isDestructive)) {
    const candidates = (byAddress.get(change.address) ?? []).filter((a) => a.action === change.action);
    if (candidates.length === 0) {
      const other = byAddress.get(change.address)?.[0];
      out.push({
        address: change.address,
        action: change.action,
        why: other ? `approved as ${other.action}, now ${change.action}` : `not in the approved report`,
      });
      continue;
    }
    const seen = new Set(candidates.flatMap((a) => a.replacePaths));
    const unseen = change.replacePaths.filter((p) => !seen.has(p));
    if (unseen.length > 0) {
      out.push({ address: change.address, action: change.action, why: `replacement now also forced by ${unseen.join(', ')}` });
    }
  }
  return out;
}
