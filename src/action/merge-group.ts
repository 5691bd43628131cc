import { setStatus } from '../github/api.js';
import type { GitHub } from '../github/client.js';
import { setOutputs, type ActionContext, type ActionIO, type ActionResult } from './types.js';

/** The merge queue runs the workflow on the group's commit; its PRs passed their gates to get there. */
export async function onMergeGroup(gh: GitHub, ctx: ActionContext, io: ActionIO): Promise<ActionResult> {
  const group = ctx.event['merge_group'] as { head_sha?: unknown } | undefined;
  if (!group || typeof group.head_sha !== 'string') throw new Error('the merge_group event has no head_sha');
  const message = 'Merge queue: every PR in this group passed its Blastgate gate';
  await setStatus(gh, ctx.owner, ctx.repo, group.head_sha, { state: 'success', description: message, targetUrl: ctx.runUrl });
  return setOutputs(io, { gate: 'open', verdict: 'pass', score: 0, aiAuthored: false, message });
}
