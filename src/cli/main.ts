import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseCli, type AnalyzeArgs, type VerifyArgs } from './args.js';
import { helpText } from './help.js';
import { refineInputError } from './hints.js';
import { InputError } from '../errors.js';
import { isDestructive, type Provenance, type Report } from '../model.js';
import type { Policy } from '../policy/types.js';
import { analyzePlans } from '../pipeline.js';
import { DEFAULT_POLICY } from '../policy/defaults.js';
import { findPolicy } from '../policy/find.js';
import { composeInputs } from '../sources/compose.js';
import { progressLines, readPlan, readPlanFile } from '../sources/load.js';

// Start-up time is what a hook user feels: every module that only some inputs need (the policy's YAML parser and
// schema validator, provenance from an event, each report format, verify) is imported where it is needed.

declare const BLASTGATE_VERSION: string;

async function render(report: Report, args: AnalyzeArgs, policy: Policy): Promise<string> {
  if (args.format === 'json') {
    const { toJsonReport } = await import('../report/json.js');
    return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
  }
  if (args.format === 'markdown') return (await import('../report/markdown.js')).renderMarkdown(report);
  if (args.format === 'sarif') {
    const root = args.tf ? ('head' in args.tf ? args.tf.head : args.tf.dir) : undefined;
    const { renderSarif } = await import('../report/sarif.js');
    return renderSarif(report, { warn: policy.thresholds.warn, version: BLASTGATE_VERSION, ...(root !== undefined ? { root } : {}) });
  }
  return (await import('../report/text.js')).renderText(report, { color: !args.output && useColor(process.env, process.stdout.isTTY) });
}

/** NO_COLOR (any value) turns colour off, FORCE_COLOR (other than 0 or false) turns it on; else only on a terminal. */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (env['NO_COLOR']) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY === true;
}

/** The default policy needs no parser; a policy file loads the YAML parser and the schema validator. */
async function policyFor(config: string | undefined): Promise<Policy> {
  if (config === undefined && !findPolicy()) return DEFAULT_POLICY;
  const { loadPolicy } = await import('../policy/load.js');
  return loadPolicy(config);
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
async function verify(args: VerifyArgs): Promise<number> {
  const [{ readApprovedReport }, { unapprovedChanges }] = await Promise.all([import('../verify/approved.js'), import('../verify/compare.js')]);
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
  let args: ReturnType<typeof parseCli> | undefined;
  try {
    args = parseCli(argv);
    if (args.command === 'help') {
      process.stdout.write(helpText(args.topic));
      return 0;
    }
    if (args.command === 'version') {
      process.stdout.write(`${BLASTGATE_VERSION}\n`);
      return 0;
    }
    if (args.command === 'verify') return await verify(args);
    const policy = await policyFor(args.config);
    const inputs = await composeInputs({
      plans: args.plans.map((path) => readPlan(path, { onProgress: progressLines(path, sayProgress) })),
      ...(args.cloudformation ? { cloudformation: args.cloudformation } : {}),
      ...(args.tf ? { tf: args.tf } : {}),
    });
    const detected = args.event ? (await import('../provenance/files.js')).readProvenanceFiles(args.event, args.commits, policy.provenance) : undefined;
    const report = analyzePlans(inputs, {
      policy,
      ...(args.environment ? { environment: args.environment } : {}),
      ...(process.env['TF_WORKSPACE'] ? { workspace: process.env['TF_WORKSPACE'] } : {}),
      ...(detected ? { provenance: withOverride(detected, args.aiAuthored) } : {}),
      ...(args.aiAuthored !== undefined ? { aiAuthored: args.aiAuthored, aiAuthoredBecause: `--ai-authored ${String(args.aiAuthored)}` } : {}),
    });
    const text = await render(report, args, policy);
    if (args.output) writeAtomically(args.output, text);
    else process.stdout.write(text);
    return report.decision.gate === 'open' ? 0 : 1;
  } catch (error) {
    if (error instanceof InputError) {
      const e = args?.command === 'analyze' ? refineInputError(error, args) : error;
      process.stderr.write(`blastgate: ${e.message}${e.file === 'usage' ? ' (blastgate --help shows the usage)' : ''}\n`);
      return 2;
    }
    // A bug must still not print a stack trace at the user, nor pass the gate.
    process.stderr.write(`blastgate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
