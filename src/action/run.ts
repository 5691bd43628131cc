import type { GitHub } from '../github/client.js';
import type { ActionInputs } from './inputs.js';
import { onMergeGroup } from './merge-group.js';
import { onPullRequest } from './pull-request.js';
import { onReview } from './review.js';
import { onSchedule } from './schedule.js';
import type { ActionContext, ActionIO, ActionResult, DetectAuthorship } from './types.js';
import { onVerify } from './verify.js';

// One flow per event; each sequences reads, pure decisions from the core and the executor's deliveries.

export type { ActionContext, ActionIO, ActionResult, Authorship, DetectAuthorship } from './types.js';

export async function runAction(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO, detect: DetectAuthorship): Promise<ActionResult> {
  if (inputs.mode === 'verify') return onVerify(gh, ctx, inputs, io);
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return onPullRequest(gh, ctx, inputs, io, detect);
    case 'pull_request_review':
      return onReview(gh, ctx, inputs, io);
    case 'schedule':
    case 'workflow_dispatch':
      return onSchedule(gh, ctx, inputs, io);
    case 'merge_group':
      return onMergeGroup(gh, ctx, io);
    default:
      throw new Error(`Blastgate runs on pull_request, pull_request_review, merge_group, schedule and workflow_dispatch events, not "${ctx.eventName}"`);
  }
}
