import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { COMMANDS, didYouMean, isHelpTopic } from './help.js';

export type Format = 'text' | 'markdown' | 'json' | 'sarif';

export interface AnalyzeArgs {
  command: 'analyze';
  plans: string[];
  config?: string;
  environment?: string;
  aiAuthored?: boolean;
  /** Two CloudFormation templates or two CDK cloud assemblies (cdk.out): the target branch's and the PR's. */
  cloudformation?: { base: string; head: string };
  /** The Terraform configuration of the base and the head: two folders, or a git range in this repository. */
  tf?: { base: string; head: string } | { diff: string; dir: string };
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

export type Args = AnalyzeArgs | VerifyArgs | { command: 'help'; topic?: string } | { command: 'version' };

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

export const OPTIONS = {
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
  'tf-diff': { type: 'string' },
  'tf-dir': { type: 'string' },
  event: { type: 'string' },
  commits: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** node:util's parse errors in a line a person can act on, with the closest known flag for a typo. */
function usageFrom(error: Error): UsageError {
  const message = error.message.split('\n')[0] ?? 'invalid arguments';
  const unknown = /^Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (unknown) {
    const guess = didYouMean(unknown.replace(/^-+/, ''), Object.keys(OPTIONS));
    return new UsageError(`unknown option ${unknown}${guess ? ` (did you mean --${guess}?)` : ''}`);
  }
  const missing = /^Option '(-{1,2}[\w-]+)(?:, -{1,2}[\w-]+)? <value>' argument missing/.exec(message)?.[1];
  if (missing) return new UsageError(`${missing} needs a value`);
  return new UsageError(message);
}

export function parseCli(argv: string[]): Args {
  if (argv[0] === 'help') {
    const topic = argv[1];
    if (topic === undefined || isHelpTopic(topic)) return { command: 'help', ...(topic ? { topic } : {}) };
    const guess = didYouMean(topic, COMMANDS);
    throw new UsageError(`no help for "${topic}"${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw usageFrom(error as Error);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', ...(positionals[0] && isHelpTopic(positionals[0]) ? { topic: positionals[0] } : {}) };
  if (values.version) return { command: 'version' };
  const [command, ...rest] = positionals;
  if (command === 'verify') return verifyArgs(rest, values);
  if (command !== 'analyze') {
    const guess = command ? didYouMean(command, COMMANDS) : undefined;
    throw new UsageError(
      command ? `unknown command "${command}" (${guess ? `did you mean ${guess}?` : 'try: blastgate analyze PLAN'})` : 'no command given (try: blastgate analyze PLAN)',
    );
  }
  if (values.approved !== undefined) throw new UsageError('--approved belongs to `blastgate verify`');
  const [tfBase, tfHead, tfDiff] = [values['tf-base'], values['tf-head'], values['tf-diff']];
  if ((tfBase === undefined) !== (tfHead === undefined)) throw new UsageError('--tf-base and --tf-head go together');
  if (tfDiff !== undefined && tfBase !== undefined) throw new UsageError('give --tf-diff or --tf-base/--tf-head, not both');
  if (values['tf-dir'] !== undefined && tfDiff === undefined) throw new UsageError('--tf-dir goes with --tf-diff');
  const tf =
    tfBase !== undefined && tfHead !== undefined
      ? { base: tfBase, head: tfHead }
      : tfDiff !== undefined
        ? { diff: tfDiff, dir: values['tf-dir'] ?? '.' }
        : undefined;
  if ((values.base === undefined) !== (values.head === undefined)) throw new UsageError('--base and --head go together');
  const cloudformation = values.base !== undefined && values.head !== undefined ? { base: values.base, head: values.head } : undefined;
  if (rest.length === 0 && !tf && !cloudformation) {
    throw new UsageError('no PLAN given (blastgate analyze PLAN.json, --base/--head, or --tf-base/--tf-head)');
  }

  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be text, markdown, json or sarif, not "${format}"`);
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
    ...(tf ? { tf } : {}),
    ...(cloudformation ? { cloudformation } : {}),
    ...(values.event !== undefined ? { event: values.event } : {}),
    ...(values.commits !== undefined ? { commits: values.commits } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
  };
}
