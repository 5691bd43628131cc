import { getPull, setStatus, type PullRef } from '../github/api.js';
import type { GitHub } from '../github/client.js';
import { approvalsOf } from './approvals.js';
import { deliver, Writer } from './deliver.js';
import type { ActionInputs } from './inputs.js';
import { policyAt } from './read.js';
import { storedState } from './stored.js';
import { destructiveCounts, pullRef, setOutputs, type ActionContext, type ActionIO, type ActionResult } from './types.js';

// pull_request_review (and each PR a scheduled run looks at): no plan, so the approvals are re-evaluated against
// the state recorded for the head commit; without one the gate stays closed.

export async function reevaluate(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO, pr: PullRef): Promise<ActionResult> {
  const info = await getPull(gh, pr);
  const { policy, label } = await policyAt(gh, pr, info, inputs);
  const stored = await storedState(gh, pr, inputs.fingerprintKey);
  if ('missing' in stored || stored.state.headSha !== info.headSha) {
    const why = 'missing' in stored ? ` (${stored.missing})` : '';
    const message = `No Blastgate report for the head commit ${info.headSha.slice(0, 7)}: run the plan workflow for it (a review alone cannot open the gate)${why}.`;
    const writer = new Writer(io);
    await writer.write('commit status', () => setStatus(gh, pr.owner, pr.repo, info.headSha, { state: 'failure', description: message.slice(0, 140), targetUrl: ctx.runUrl }));
    await io.summary(`**Gate: closed** — ${message}\n`);
    return { gate: 'closed', verdict: 'fail', score: 0, aiAuthored: true, message };
  }
  const { state } = stored;
  const closed = state.verdict === 'review' || state.verdict === 'fail';
  const decision = { verdict: state.verdict, gate: closed ? ('closed' as const) : ('open' as const), score: state.score, requirement: state.requirement };
  const approvals = closed ? await approvalsOf(gh, pr, info.headSha, state.excluded) : undefined;
  const outcome = await deliver(gh, ctx, inputs, io, pr, info, { state, decision, report: stored.report, policy, label }, approvals);
  return {
    gate: outcome.gate,
    verdict: state.verdict,
    score: state.score,
    aiAuthored: state.aiAuthored,
    message: outcome.description,
    ...destructiveCounts(state.destructive),
    ...(outcome.commentUrl ? { commentUrl: outcome.commentUrl } : {}),
  };
}

export async function onReview(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO): Promise<ActionResult> {
  return setOutputs(io, await reevaluate(gh, ctx, inputs, io, pullRef(ctx)));
}
