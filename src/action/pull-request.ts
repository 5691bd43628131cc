import { resolve } from 'node:path';
import { governanceFindings } from '../analysis/governance.js';
import { excludedPeople } from '../gate/approvals.js';
import { STATE_VERSION } from '../gate/state.js';
import { getPull, listCommits, listFiles } from '../github/api.js';
import type { GitHub } from '../github/client.js';
import type { Provenance, Report, SignalRecord } from '../model.js';
import { analyzePlans } from '../pipeline.js';
import { decideWithoutPlan } from '../policy/no-plan.js';
import { toJsonReport } from '../report/json.js';
import { GATE_SLOT, renderMarkdown } from '../report/markdown.js';
import { annotationsFor } from '../report/annotations.js';
import { isDestructive } from '../model.js';
import { approvalsOf } from './approvals.js';
import { deliver, type Delivery } from './deliver.js';
import { expandPlans } from './globs.js';
import type { ActionInputs } from './inputs.js';
import { policyAt, readInputs } from './read.js';
import { destructiveCounts, pullRef, setOutputs, type ActionContext, type ActionIO, type ActionResult, type DetectAuthorship } from './types.js';

// pull_request: analyse the plans under the base branch's policy, record the state, deliver the gate.

export async function onPullRequest(gh: GitHub, ctx: ActionContext, inputs: ActionInputs, io: ActionIO, detect: DetectAuthorship): Promise<ActionResult> {
  const pr = pullRef(ctx);
  const info = await getPull(gh, pr);
  const { policy, label } = await policyAt(gh, pr, info, inputs);
  const [commits, files] = await Promise.all([listCommits(gh, pr), listFiles(gh, pr)]);
  const detected = detect({ ...ctx.event, pull_request: { ...(ctx.event['pull_request'] as object), labels: info.labels.map((name) => ({ name })) } }, commits, policy);
  const signals: SignalRecord[] =
    inputs.aiAuthored === 'auto' ? detected.signals : [{ kind: 'input', detail: `ai-authored: ${inputs.aiAuthored} (set by the workflow)` }, ...detected.signals];
  const provenance: Provenance = { aiAuthored: inputs.aiAuthored === 'auto' ? detected.aiAuthored : inputs.aiAuthored === 'true', signals };

  const { matched, unmatched } = expandPlans(inputs.plans, ctx.workspace);
  for (const pattern of unmatched) io.warning(`plan: "${pattern}" matched no file`);
  let report: Report;
  if (matched.length === 0 && !inputs.cloudformation) {
    report = { provenance, environments: [], sources: [], changes: [], findings: [], drift: [], decision: decideWithoutPlan(inputs.plans) };
  } else {
    const planInputs = await readInputs(ctx, inputs, io, matched, { withConfiguration: true });
    report = analyzePlans(planInputs, {
      policy,
      provenance,
      governance: governanceFindings(files, inputs.config),
      ...(inputs.environment ? { environment: inputs.environment } : {}),
    });
    for (const annotation of annotationsFor(report, { warn: policy.thresholds.warn, ...(inputs.tf ? { root: inputs.tf.head } : {}) })) io.annotate(annotation);
  }

  const reportPath = resolve(ctx.tempDir, 'blastgate-report.json');
  io.writeFile(reportPath, `${JSON.stringify(toJsonReport(report), null, 2)}\n`);
  const { decision } = report;
  const counts = destructiveCounts(report.changes.map((a) => a.change));
  const result = (gate: ActionResult['gate'], message: string, commentUrl?: string): ActionResult =>
    setOutputs(io, { gate, verdict: decision.verdict, score: decision.score, aiAuthored: provenance.aiAuthored, message, reportPath, ...counts, ...(commentUrl ? { commentUrl } : {}) });

  // Re-read the head and the reviews just before posting: a run for an older head posts nothing.
  const fresh = await getPull(gh, pr);
  if (fresh.headSha !== info.headSha) {
    return result('open', `The PR moved on to ${fresh.headSha.slice(0, 7)} while this run analysed ${info.headSha.slice(0, 7)}: nothing posted; the run for the new head decides.`);
  }
  const excluded = excludedPeople(info.author, detected.authors, detected.actedFor);
  const approvals = decision.verdict === 'review' || decision.verdict === 'fail' ? await approvalsOf(gh, pr, info.headSha, excluded) : undefined;
  const state: Delivery['state'] = {
    version: STATE_VERSION,
    repo: `${pr.owner}/${pr.repo}`,
    pr: pr.number,
    headSha: info.headSha,
    verdict: decision.verdict,
    score: decision.score,
    requirement: decision.requirement,
    excluded,
    gatedAddresses: decision.gatedAddresses,
    aiAuthored: provenance.aiAuthored,
    destructive: report.changes
      .map((a) => a.change)
      .filter(isDestructive)
      .map((c) => ({ address: c.address, action: c.action, replacePaths: c.replacePaths })),
  };
  const outcome = await deliver(gh, ctx, inputs, io, pr, fresh, { state, decision, report: renderMarkdown(report, { gate: GATE_SLOT }), policy, label }, approvals);
  return result(outcome.gate, outcome.description, outcome.commentUrl);
}
