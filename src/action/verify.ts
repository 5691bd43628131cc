import { pullForCommit } from '../github/api.js';
import type { GitHub } from '../github/client.js';
import { unapprovedChanges } from '../verify/compare.js';
import { expandPlans } from './globs.js';
import type { ActionInputs } from './inputs.js';
import { readInputs } from './read.js';
import { storedState } from './stored.js';
import { setOutputs, type ActionContext, type ActionIO, type ActionResult } from './types.js';

/**
 * After merge, in the job that applies: the plan about to be applied may destroy or replace only what the PR's
 * last gate evaluation recorded, and that gate must have been open. With a `fingerprint-key`, a comment whose
 * recorded state was edited by anyone without the key does not verify.
 */
export async function onVerify(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO): Promise<ActionResult> {
  const fail = async (message: string): Promise<ActionResult> => {
    await io.summary(`**Blastgate verify: not approved** — ${message}\n`);
    return setOutputs(io, { gate: 'closed', verdict: 'fail', score: 0, aiAuthored: false, message });
  };
  const number = await pullForCommit(gh, ctx.owner, ctx.repo, ctx.sha);
  if (number === undefined) return fail(`no pull request brought in ${ctx.sha.slice(0, 7)}: nothing was approved`);
  const stored = await storedState(gh, { owner: ctx.owner, repo: ctx.repo, number }, inputs.fingerprintKey);
  if ('missing' in stored) return fail(stored.missing);
  const { state } = stored;
  if (state.gate !== 'open') return fail(`the gate of #${number} was never opened (verdict ${state.verdict})`);
  const { matched } = expandPlans(inputs.plans, ctx.workspace);
  if (matched.length === 0 && !inputs.cloudformation) return fail(`the plan input (${inputs.plans.join(', ') || 'empty'}) matched no file`);
  const planInputs = await readInputs(ctx, inputs, io, matched, { withConfiguration: false });
  const unapproved = unapprovedChanges(planInputs.flatMap((i) => i.changes), state.destructive);
  if (unapproved.length > 0) {
    return fail(`the plan destroys or replaces what #${number}'s reviewers did not approve: ${unapproved.map((u) => `${u.address} (${u.action}: ${u.why})`).join('; ')}`);
  }
  const message = `The plan is within what #${number}'s reviewers approved${state.approvers.length ? ` (${state.approvers.join(', ')})` : ''}.`;
  await io.summary(`**Blastgate verify: approved** — ${message}\n`);
  return setOutputs(io, { gate: 'open', verdict: 'pass', score: 0, aiAuthored: state.aiAuthored, message });
}
