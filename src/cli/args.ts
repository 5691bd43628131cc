import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';

export type Format = 'text' | 'markdown' | 'json';

export interface AnalyzeArgs {
  command: 'analyze';
  plans: string[];
  config?: string;
  environment?: string;
  aiAuthored?: boolean;
  /** A pull_request event payload and the PR's commits: provenance decided offline as the Action does. */
  event?: string;
  commits?: string;
  format: Format;
  output?: string;
}

export interface VerifyArgs {
  command: 'verify';
  plans: string[];
  approved: string;
  format: 'text' | 'json';
}

export type Args = AnalyzeArgs | VerifyArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage:
  blastgate analyze [PLAN ...] [--config FILE] [--environment NAME] [--ai-authored true|false]
                    [--event FILE [--commits FILE]] [--format text|markdown|json] [--output FILE]
  blastgate verify PLAN --approved REPORT [--format text|json]
  blastgate --help | --version

PLAN is the JSON of \`terraform show -json PLANFILE\` (Terraform or OpenTofu).
analyze exit codes: 0 gate open, 1 gate closed (verdict review or fail), 2 bad input or usage.
verify exit codes: 0 PLAN destroys or replaces nothing beyond REPORT, 1 it does, 2 bad input or usage.`;

/** Flags of the contract that later work delivers: accepted, and refused with a clear word. */
const NOT_YET: Record<string, string> = {
  base: '--base/--head (CloudFormation templates and CDK assemblies)',
  head: '--base/--head (CloudFormation templates and CDK assemblies)',
  'tf-base': '--tf-base/--tf-head (Terraform configuration)',
  'tf-head': '--tf-base/--tf-head (Terraform configuration)',
};

/** Usage errors are bad input too: one line, exit 2. */
export class UsageError extends InputError {
  constructor(detail: string) {
    super('usage', detail);
  }
}

function verifyArgs(plans: string[], values: { approved?: string; format?: string } & Record<string, unknown>): VerifyArgs {
  const extra = Object.keys(values).filter((k) => values[k] !== undefined && k !== 'approved' && k !== 'format');
  if (extra.length > 0) throw new UsageError(`--${extra[0]} does not go with verify`);
  if (plans.length === 0) throw new UsageError('no PLAN given (blastgate verify PLAN.json --approved REPORT.json)');
  if (!values.approved) throw new UsageError('verify needs --approved REPORT (the JSON report the reviewers approved)');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json for verify, not "${format}"`);
  return { command: 'verify', plans, approved: values.approved, format };
}

export function parseCli(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string' },
        environment: { type: 'string' },
        'ai-authored': { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        approved: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        'tf-base': { type: 'string' },
        'tf-head': { type: 'string' },
        event: { type: 'string' },
        commits: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === 'verify') return verifyArgs(rest, values);
  if (command !== 'analyze') {
    throw new UsageError(command ? `unknown command "${command}" (try: blastgate analyze PLAN)` : 'no command given (try: blastgate analyze PLAN)');
  }
  for (const flag of Object.keys(NOT_YET)) {
    if (values[flag as keyof typeof values] !== undefined) throw new UsageError(`${NOT_YET[flag]} is not supported yet`);
  }
  if (values.approved !== undefined) throw new UsageError('--approved belongs to `blastgate verify`');
  if (rest.length === 0) throw new UsageError('no PLAN given (blastgate analyze PLAN.json)');

  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    throw new UsageError(`--format must be text, markdown or json, not "${format}"`);
  }
  const ai = values['ai-authored'];
  if (ai !== undefined && ai !== 'true' && ai !== 'false') {
    throw new UsageError(`--ai-authored must be true or false, not "${ai}"`);
  }
  if (values.environment !== undefined && values.environment.trim() === '') throw new UsageError('--environment is empty');
  if (values.commits !== undefined && values.event === undefined) throw new UsageError('--commits goes with --event');
  return {
    command: 'analyze',
    plans: rest,
    format,
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.environment !== undefined ? { environment: values.environment } : {}),
    ...(ai !== undefined ? { aiAuthored: ai === 'true' } : {}),
    ...(values.event !== undefined ? { event: values.event } : {}),
    ...(values.commits !== undefined ? { commits: values.commits } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
  };
}
