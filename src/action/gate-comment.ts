import type { Decision } from '../model.js';
import type { ApprovalCount } from '../gate/approvals.js';
import type { GateOutcome } from '../gate/status.js';
import { escapeMarkdown as md } from '../report/escape.js';

// The part of the sticky comment that changes with every review: where the gate stands and who counted.

// Logins are written plainly, not as @mentions: every update of the comment would notify them again.
const mention = (login: string) => `**${md(login)}**`;

export function renderGateStatus(
  decision: Pick<Decision, 'verdict' | 'requirement'>,
  outcome: GateOutcome,
  approvals: ApprovalCount | undefined,
  headSha: string,
  enforce: boolean,
): string {
  const commit = headSha.slice(0, 7);
  const lines: string[] = [];
  if (decision.verdict === 'review') {
    if (outcome.gate === 'open') {
      lines.push(`**Gate: open** — approved on ${commit} by ${outcome.approvers.map(mention).join(', ')}. The verdict stays *review*.`);
    } else {
      const needed = decision.requirement?.approvals ?? 1;
      lines.push(
        `**Gate: closed** — needs ${outcome.missing} more of ${needed} approval${needed === 1 ? '' : 's'} on ${commit} from a human who did not author or co-author this PR.`,
      );
      if (outcome.approvers.length > 0) lines.push(`Counted so far: ${outcome.approvers.map(mention).join(', ')}.`);
    }
    const ignored = approvals?.ignored ?? [];
    if (ignored.length > 0) lines.push(`Not counted: ${ignored.map((i) => `${md(i.login)} (${md(i.why)})`).join(', ')}.`);
  } else if (decision.verdict === 'fail') {
    lines.push(`**Gate: closed** — ${md(decision.requirement?.reason ?? 'blocked by policy')}.`);
  } else {
    lines.push(`**Gate: open** — verdict *${decision.verdict}*.`);
  }
  if (!enforce && outcome.gate !== 'open') lines.push('_Advisory mode (`enforce: false`): the `blastgate` status succeeds anyway._');
  return lines.join('\n');
}
