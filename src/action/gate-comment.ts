import type { Decision } from '../model.js';
import type { ApprovalCount } from '../gate/approvals.js';
import type { GateOutcome } from '../gate/status.js';
import { codeSpan, escapeMarkdown as md } from '../report/escape.js';

// The part of the sticky comment that changes with every review: where the gate stands, what each gated change
// requires and what is still missing, and who counted.

// Logins are written plainly, not as @mentions: every update of the comment would notify them again.
const name = (login: string) => `**${md(login)}**`;

function requirementText(rule: { approvals: number; delayHours?: number; from?: { reviewers: string[]; teams: string[] } }): string {
  const from = rule.from ? ` from ${[...rule.from.reviewers, ...rule.from.teams.map((t) => `team ${t}`)].map(md).join(' or ')}` : '';
  return `${rule.approvals} approval${rule.approvals === 1 ? '' : 's'}${from}${rule.delayHours ? `, then ${rule.delayHours} h` : ''}`;
}

export function renderGateStatus(
  decision: Pick<Decision, 'verdict' | 'requirement'>,
  outcome: GateOutcome,
  approvals: ApprovalCount | undefined,
  headSha: string,
  enforce: boolean,
): string {
  const commit = headSha.slice(0, 7);
  const lines: string[] = [];
  if (outcome.gate === 'open' && outcome.brokeGlass) {
    lines.push(`**Gate: open by break-glass** — ${outcome.approvers.map(name).join(', ')} of team ${md(decision.requirement?.breakGlass?.team ?? '')} approved ${commit}. The verdict stays *fail*.`);
  } else if (outcome.gate === 'pending') {
    lines.push(`**Gate: pending** — approvals complete on ${commit} (${outcome.approvers.map(name).join(', ')}); it opens at **${outcome.opensAt ?? ''}** after the mandatory delay. A new push restarts it.`);
  } else if (decision.verdict === 'review') {
    if (outcome.gate === 'open') {
      lines.push(`**Gate: open** — approved on ${commit} by ${outcome.approvers.map(name).join(', ')}. The verdict stays *review*.`);
    } else {
      lines.push(`**Gate: closed** — needs ${outcome.missing} more approval${outcome.missing === 1 ? '' : 's'} of ${commit} from humans who did not author or co-author this PR.`);
      if (outcome.approvers.length > 0) lines.push(`Counted so far: ${outcome.approvers.map(name).join(', ')}.`);
    }
  } else if (decision.verdict === 'fail') {
    lines.push(`**Gate: closed** — ${md(decision.requirement?.reason ?? 'blocked by policy')}.`);
  } else {
    lines.push(`**Gate: open** — verdict *${decision.verdict}*.`);
  }
  if (outcome.perChange.length > 0 && decision.verdict === 'review') {
    lines.push('', '| Change | Severity | Requires | Missing |', '|---|---|---|---|');
    for (const p of outcome.perChange) {
      const missing = p.progress.missing > 0 ? `${p.progress.missing} approval${p.progress.missing === 1 ? '' : 's'}` : p.progress.opensAt ? `wait until ${p.progress.opensAt}` : 'nothing';
      lines.push(`| ${codeSpan(p.address)} | ${p.severity} | ${requirementText(p.progress.rule)} | ${missing} |`);
    }
  }
  const ignored = approvals?.ignored ?? [];
  if (ignored.length > 0) lines.push('', `Not counted: ${ignored.map((i) => `${md(i.login)} (${md(i.why)})`).join(', ')}.`);
  if (!enforce && outcome.gate !== 'open') lines.push('', '_Advisory mode (`enforce: false`): the `blastgate` status succeeds anyway._');
  return lines.join('\n');
}
