import { blastgateStatus, listOpenPulls } from '../github/api.js';
import type { GitHub } from '../github/client.js';
import { DEFAULT_POLICY } from '../policy/defaults.js';
import type { ActionInputs } from './inputs.js';
import { reevaluate } from './review.js';
import type { ActionContext, ActionIO, ActionResult } from './types.js';

/**
 * Nothing fires when a delay ends: on schedule (and workflow_dispatch) the Action re-evaluates every open PR that
 * carries the required-reviewer label or a pending `blastgate` status, one at a time within the API's limits. The
 * run itself succeeds; each PR's own `blastgate` status says where its gate stands.
 */
export async function onSchedule(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO): Promise<ActionResult> {
  const defaultLabel = inputs.label ?? DEFAULT_POLICY.label;
  const open = await listOpenPulls(gh, ctx.owner, ctx.repo);
  // A PR waits by its label, or by its own pending status (a label someone removed by hand changes nothing).
  const waiting: typeof open = [];
  for (const p of open) {
    if (p.labels.includes(defaultLabel) || (await blastgateStatus(gh, ctx.owner, ctx.repo, p.headSha)) === 'pending') waiting.push(p);
  }
  const lines: string[] = [];
  for (const p of waiting) {
    const result = await reevaluate(gh, ctx, inputs, io, { owner: ctx.owner, repo: ctx.repo, number: p.number });
    lines.push(`#${p.number}: gate ${result.gate} — ${result.message}`);
  }
  const message = waiting.length === 0 ? 'No open PR waits on the Blastgate gate.' : `Re-evaluated ${waiting.length} PR(s):\n${lines.join('\n')}`;
  return { gate: 'open', verdict: 'pass', score: 0, aiAuthored: false, message };
}
