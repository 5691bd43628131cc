import { relative, resolve } from 'node:path';
import { readFileAt, type PullInfo, type PullRef } from '../github/api.js';
import type { GitHub } from '../github/client.js';
import type { PlanInput } from '../model.js';
import { DEFAULT_POLICY } from '../policy/defaults.js';
import { parsePolicy } from '../policy/load.js';
import type { Policy } from '../policy/types.js';
import { composeInputs } from '../sources/compose.js';
import { progressLines, readPlan } from '../sources/load.js';
import type { ActionInputs } from './inputs.js';
import type { ActionContext, ActionIO } from './types.js';

// What a run reads besides the event: the policy at the PR's base, and the plans in the workspace.

/** The policy at the PR's base commit (a PR cannot loosen the gate that judges it) and the label it names. */
export async function policyAt(gh: GitHub, pr: Pick<PullRef, 'owner' | 'repo'>, info: Pick<PullInfo, 'baseSha' | 'baseRef'>, inputs: ActionInputs): Promise<{ policy: Policy; label: string }> {
  const text = await readFileAt(gh, pr.owner, pr.repo, inputs.config, info.baseSha);
  const policy = text === undefined ? DEFAULT_POLICY : parsePolicy(text, `${inputs.config} (base branch ${info.baseRef})`);
  return { policy, label: inputs.label ?? policy.label };
}

/** The matched plans and the inputs' paths, read relative to `root` (the workspace), with progress in the log. */
export async function readInputs(
  ctx: ActionContext,
  inputs: ActionInputs,
  io: ActionIO,
  matched: string[],
  opts: { withConfiguration: boolean; root?: string },
): Promise<PlanInput[]> {
  const at = (p: string) => relative(process.cwd(), resolve(opts.root ?? ctx.workspace, p));
  return composeInputs({
    plans: matched.map((p) => readPlan(at(p), { onProgress: progressLines(p, (line) => io.info(line)) })),
    ...(inputs.cloudformation ? { cloudformation: { base: at(inputs.cloudformation.base), head: at(inputs.cloudformation.head) } } : {}),
    ...(inputs.tf && opts.withConfiguration ? { tf: { base: at(inputs.tf.base), head: at(inputs.tf.head) } } : {}),
  });
}
