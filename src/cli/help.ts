import { GUARD_USAGE } from './guard-args.js';

// What `blastgate --help`, `blastgate help COMMAND` and `blastgate COMMAND --help` print: every option, what it
// takes and an example. Also the "did you mean" for a mistyped flag or command.

export const COMMANDS = ['analyze', 'verify', 'guard', 'help'] as const;

const OVERVIEW = `Blastgate scores the blast radius of infrastructure deletes and replaces; AI-authored production destroys wait
for a second human.

Usage:
  blastgate analyze [PLAN ...] [options]     score a plan (or templates, or configuration); exit 1 when the gate is closed
  blastgate verify PLAN --approved REPORT    at apply time: is this plan within what the reviewers approved?
  blastgate guard [--agent NAME]             a coding agent's pre-tool hook: stops destructive commands before they run
  blastgate help COMMAND                     every option of a command, with examples
  blastgate --version

Examples:
  terraform show -json plan.tfplan > plan.json && blastgate analyze plan.json
  blastgate analyze --base cdk.out.base --head cdk.out --format markdown
  blastgate help analyze

Exit codes: 0 gate open, 1 gate closed, 2 bad input or usage (one line on stderr naming the file and the problem).`;

const ANALYZE = `Usage: blastgate analyze [PLAN ...] [options]

Scores every delete and replacement for its blast radius and decides a verdict (pass, warn, review, fail) and a
gate (open, closed). Give at least one of PLAN, --base/--head or --tf-base/--tf-head (or --tf-diff).

Inputs:
  PLAN                     The JSON of \`terraform show -json PLANFILE\` (Terraform or OpenTofu), or of
                           \`aws cloudformation describe-change-set\`; several may be given.
                             terraform plan -out plan.tfplan && terraform show -json plan.tfplan > plan.json
                             blastgate analyze plan.json
  --base PATH --head PATH  Two CloudFormation templates (JSON or YAML) or two CDK cloud assemblies (cdk.out): what
                           the target branch synthesizes and what the PR synthesizes.
                             blastgate analyze --base examples/cdk/base.out --head examples/cdk/head.out
  --tf-base DIR --tf-head DIR
                           The Terraform configuration of the target branch and of the PR: guards removed, moved
                           blocks dropped and plan-time code become findings; results point at file:line.
                             blastgate analyze plan.json --tf-base ../main/infra --tf-head infra
  --tf-diff BASE..HEAD     The same from a git range of this repository, instead of two folders.
  --tf-dir DIR             With --tf-diff: the configuration's folder inside the repository (default: .).
                             blastgate analyze plan.json --tf-diff origin/main..HEAD --tf-dir infra

Judgement:
  --config FILE            The policy file. Default: .github/blastgate.yml of the repository (found by walking up
                           to the folder holding .git), else the built-in defaults. The report says which it used.
                             blastgate analyze plan.json --config examples/blastgate.yml
  --environment NAME       Names the environment of every plan (prod, staging, ...), overriding what plans say.
                             blastgate analyze plan.json --environment staging
  --ai-authored true|false Whether an AI agent wrote the change. When nobody says, Blastgate assumes it did.
                             blastgate analyze plan.json --ai-authored false
  --event FILE             A GitHub pull_request webhook payload: decides authorship offline, as the Action does.
  --commits FILE           With --event: the answer of GET /repos/{owner}/{repo}/pulls/{number}/commits.
                             blastgate analyze plan.json --event event.json --commits commits.json

Output:
  --format FORMAT          text (default; colour on a terminal unless NO_COLOR is set, FORCE_COLOR forces it),
                           markdown (the PR comment), json (schemaVersion 1, schema/report.schema.json) or
                           sarif (SARIF 2.1.0 for code scanning).
                             blastgate analyze plan.json --format sarif --output blastgate.sarif
  --output FILE            Write the report to FILE (whole, never half) instead of stdout.
  -h, --help               This help.

Exit codes: 0 gate open, 1 gate closed (verdict review or fail), 2 bad input or usage.`;

const VERIFY = `Usage: blastgate verify PLAN --approved REPORT [--format text|json]

At apply time: exit 0 when PLAN destroys or replaces nothing beyond what REPORT (the JSON report the reviewers
approved) lists, 1 when it does (naming each change), 2 on bad input.

Options:
  PLAN                     The plan about to be applied, as \`terraform show -json PLANFILE\` writes it.
  --approved REPORT        The approved report, from \`blastgate analyze --format json\` or the Action's report-path.
  --format text|json       text (default) or json ({ approved, destructive, unapproved }).
  -h, --help               This help.

Example:
  blastgate analyze plan.json --format json --output approved.json   # in the PR
  blastgate verify plan.json --approved approved.json                # in the apply job`;

const TOPICS: Record<string, string> = { analyze: ANALYZE, verify: VERIFY, guard: GUARD_USAGE };

/** The help for a command, or the overview. */
export function helpText(topic?: string): string {
  return `${(topic && TOPICS[topic]) || OVERVIEW}\n`;
}

export const isHelpTopic = (topic: string) => topic in TOPICS;

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest known word, when it is close enough to be what was meant. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  const scored = known.map((k) => ({ k, d: distance(word.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(best.k.length / 3)) ? best.k : undefined;
}
