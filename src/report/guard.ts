import type { Report } from '../model.js';

// The agent guard's words: what each answer says to the agent and to the person reading the audit log.
// Each reason says what was found and what the agent can do instead.

export interface GatedChange {
  address: string;
  action: string;
  severity: string;
}

export function gatedChanges(report: Report): GatedChange[] {
  const gated = new Set(report.decision.gatedAddresses);
  return report.changes
    .filter((c) => gated.has(c.change.address))
    .map((c) => ({ address: c.change.address, action: c.change.action, severity: c.severity }));
}

const PLAN_FIRST = (tool: string) => `run \`${tool} plan -out=tfplan\` (same directory and options), then \`${tool} apply tfplan\` as a command of its own: the guard scores a saved plan before it is applied`;

export const guardWords = {
  applyWithoutPlan: (tool: string, what: string) => `${what}: nothing can be scored before it runs. Instead, ${PLAN_FIRST(tool)}.`,
  planUnreadable: (tool: string, problem: string) => `the saved plan cannot be read (${problem}). Instead, ${PLAN_FIRST(tool)}.`,
  planWrittenInCommand: (tool: string, plan: string, writer: string) =>
    `\`${writer}\` in the same command can write ${plan} before it is applied, so the plan the guard would score is not the plan that runs. Run \`${tool} apply ${plan}\` as a command of its own, after the plan is written.`,
  planPathUnknown: (tool: string) => `the saved plan's path is only known when the command runs. Instead, ${PLAN_FIRST(tool)}.`,
  argsUnknown: (tool: string) => `TF_CLI_ARGS holds a value only known when the command runs, so what ${tool} will do cannot be read. Set it to a plain value or leave it out.`,
  planGated: (plan: string, report: Report) => {
    const changes = gatedChanges(report);
    const list = changes
      .slice(0, 8)
      .map((c) => `${c.action} ${c.address} (${c.severity})`)
      .join('; ');
    const more = changes.length > 8 ? `; and ${changes.length - 8} more` : '';
    const verdict = report.decision.verdict;
    return `the saved plan ${plan} ${verdict === 'fail' ? 'trips a circuit breaker' : 'needs a second human review'} (verdict ${verdict}${list ? `: ${list}${more}` : ''}). An agent may not apply it: open a pull request with the change so the blastgate gate asks a human, or ask a person to run the apply.`;
  },
  planOpen: (plan: string, report: Report) => `the saved plan ${plan} passes the gate (verdict ${report.decision.verdict}).`,
  environmentRule: (what: string, environment: string, production: boolean, because: string, answer: string) => {
    const where = production ? `production ("${environment}": ${because})` : `a non-production environment ("${environment}": ${because})`;
    if (answer === 'allow') return `${what} in ${where}.`;
    const instead = production
      ? ' This needs a human: ask a person to run it, or make the change through a pull request the blastgate gate reviews. If this is not production, say so where the guard reads it (a workspace, directory, profile or namespace named for the environment, or a rule in the policy on the default branch).'
      : ' The policy asks for a human here.';
    return `${what} in ${where}.${instead}`;
  },
  unreadable: (why: string, tool: string) =>
    `the guard cannot read part of this command (${why}) and it names ${tool}. Run it as a plain command line the guard can read (no here-document, no script from a pipe, no string built at run time).`,
  notShell: (tool: string) => `a ${tool} command cannot be read by the guard, and it names a tool the guard watches. Run it in bash.`,
  askUnsupported: (agent: string) => `(${agent} cannot ask a person from a hook, so this is a deny: a person can run the command themselves.)`,
  nothingToScore: 'nothing in this command changes infrastructure the guard watches.',
  failClosed: (problem: string) => `blastgate guard could not decide (${problem}), so it blocks the command (fail closed).`,
};
