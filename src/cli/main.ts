import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseCli, USAGE, type AnalyzeArgs, type VerifyArgs } from './args.js';
import { InputError } from '../errors.js';
import type { Provenance, Report } from '../model.js';
import type { Policy } from '../policy/types.js';
import { analyzePlans } from '../pipeline.js';
import { loadPolicy } from '../policy/load.js';
import { toJsonReport } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { readProvenanceFiles } from '../provenance/files.js';
import { composeInputs } from '../sources/compose.js';
import { progressLines, readPlan, readPlanFile } from '../sources/load.js';
import { readApprovedReport } from '../verify/approved.js';
import { isDestructive, unapprovedChanges } from '../verify/compare.js';

declare const BLASTGATE_VERSION: string;

function render(report: Report, args: AnalyzeArgs, policy: Policy): string {
  if (args.format === 'json') return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
  if (args.format === 'markdown') return renderMarkdown(report);
  if (args.format === 'sarif') {
    const root = args.tf ? ('head' in args.tf ? args.tf.head : args.tf.dir) : undefined;
    return renderSarif(report, { warn: policy.thresholds.warn, version: BLASTGATE_VERSION, ...(root !== undefined ? { root } : {}) });
  }
  return renderText(report);
}

/** --ai-authored wins over what the event says, and the report keeps both. */
function withOverride(detected: Provenance, aiAuthored: boolean | undefined): Provenance {
  if (aiAuthored === undefined) return { aiAuthored: detected.aiAuthored, signals: detected.signals };
  return { aiAuthored, signals: [{ kind: 'override', detail: `--ai-authored ${String(aiAuthored)}` }, ...detected.signals] };
}

/** Writes beside the target and renames: a reader never sees half a report. */
function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    throw new InputError(path, `cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Progress of long reads on stderr: redrawn in place in a terminal, a line each time in a log. */
function sayProgress(line: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\rblastgate: ${line}${line.endsWith('(100%)') ? '\n' : ''}`);
  else process.stderr.write(`blastgate: ${line}\n`);
}

/** Apply-time check: exit 0 when the plans destroy or replace nothing beyond the approved report, 1 when they do. */
function verify(args: VerifyArgs): number {
  const approved = readApprovedReport(args.approved);
  const changes = args.plans.map(readPlanFile).flatMap((input) => input.changes);
  const unapproved = unapprovedChanges(changes, approved);
  const destructive = changes.filter(isDestructive).length;
  if (args.format === 'json') {
    process.stdout.write(`${JSON.stringify({ approved: unapproved.length === 0, destructive, unapproved }, null, 2)}\n`);
  } else if (unapproved.length === 0) {
    process.stdout.write(`Blastgate verify: approved. The plan destroys or replaces ${destructive} resource(s), all within ${args.approved}.\n`);
  } else {
    const lines = unapproved.map((u) => `  ${u.action.padEnd(7)} ${u.address}: ${u.why}`);
    process.stdout.write(`Blastgate verify: NOT approved. The plan destroys or replaces what the reviewers did not approve:\n${lines.join('\n')}\n`);
  }
  return unapproved.length === 0 ? 0 : 1;
}

/** The CLI's edge: arguments in, output and an exit code out. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'guard') {
    const { runGuard } = await import('../guard/run.js');
    return runGuard(argv.slice(1));
  }
  try {
    const args = parseCli(argv);
    if (args.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.command === 'version') {
      process.stdout.write(`${BLASTGATE_VERSION}\n`);
      return 0;
    }
    if (args.command === 'verify') return verify(args);
    const policy = loadPolicy(args.config);
    const inputs = await composeInputs({
      plans: args.plans.map((path) => readPlan(path, { onProgress: progressLines(path, sayProgress) })),
      ...(args.cloudformation ? { cloudformation: args.cloudformation } : {}),
      ...(args.tf ? { tf: args.tf } : {}),
    });
    const detected = args.event ? readProvenanceFiles(args.event, args.commits, policy.provenance) : undefined;
    const report = analyzePlans(inputs, {
      policy,
      ...(args.environment ? { environment: args.environment } : {}),
      ...(process.env['TF_WORKSPACE'] ? { workspace: process.env['TF_WORKSPACE'] } : {}),
      ...(detected ? { provenance: withOverride(detected, args.aiAuthored) } : {}),
      ...(args.aiAuthored !== undefined ? { aiAuthored: args.aiAuthored, aiAuthoredBecause: `--ai-authored ${String(args.aiAuthored)}` } : {}),
    });
    const text = render(report, args, policy);
    if (args.output) writeAtomically(args.output, text);
    else process.stdout.write(text);
    return report.decision.gate === 'open' ? 0 : 1;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`blastgate: ${error.message}${error.file === 'usage' ? ' (blastgate --help shows the usage)' : ''}\n`);
      return 2;
    }
    // A bug must still not print a stack trace at the user, nor pass the gate.
    process.stderr.write(`blastgate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
