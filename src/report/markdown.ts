import type { AssessedChange, Report, Verdict } from '../model.js';
import { codeSpan, escapeFenced, escapeMarkdown as md } from './escape.js';
import { actionCounts, movedBlocks, notable, VERDICT_TITLE } from './summary.js';

// The PR comment and job summary: headline first, a table of risky changes, details folded (tfcmt, Infracost).

const ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', review: '🛑', fail: '⛔' };
const MAX_ROWS = 50;

function row(a: AssessedChange): string {
  const why = a.findings.map((f) => md(f.message.split('\n')[0] ?? '')).join('<br>') || md(a.factors.map((f) => f.detail).join('; '));
  return `| ${a.severity} ${a.score} | ${codeSpan(a.change.address)} | ${a.change.action}${a.ignored ? ' (ignored)' : ''} | ${a.resourceClass} | ${md(a.environment.name)} | ${a.dependents.count} | ${why} |`;
}

export function renderMarkdown(report: Report): string {
  const { decision } = report;
  const out: string[] = [
    `### ${ICON[decision.verdict]} Blastgate: ${VERDICT_TITLE[decision.verdict]}`,
    '',
    `**${md(decision.headline)}**`,
    '',
    `Score ${decision.score}/100 · ${actionCounts(report.changes)} · ${report.provenance.aiAuthored ? 'AI-authored' : 'human-authored'} · ${report.environments.map((e) => `${md(e.name)}${e.production ? ' (production)' : ''}`).join(', ') || 'no plan'}`,
  ];

  if (decision.requirement) {
    const r = decision.requirement;
    const who = [...r.reviewers.map((u) => `@${u}`), ...r.teams.map((t) => `team ${t}`)];
    out.push('', `**What to do next:** ${md(r.reason)}.${who.length > 0 ? ` Requested: ${who.join(', ')}.` : ''}`);
  }
  const moved = movedBlocks(report);
  if (moved.length > 0) {
    out.push('', 'These look like renames without a `moved` block; add these to keep the resources instead of recreating them:', '', '```hcl', ...moved.map(escapeFenced), '```');
  }

  const rows = notable(report);
  if (rows.length > 0) {
    out.push('', '| Severity | Resource | Action | Class | Environment | Dependents | Why |', '|---|---|---|---|---|---|---|');
    out.push(...rows.slice(0, MAX_ROWS).map(row));
    if (rows.length > MAX_ROWS) out.push('', `…and ${rows.length - MAX_ROWS} more (see the JSON report).`);
  }

  if (report.findings.length > 0) {
    out.push('', '| Severity | Finding | Where | What |', '|---|---|---|---|');
    for (const f of report.findings) {
      const where = f.location ? `${md(f.location.file)}:${f.location.line}` : f.address ? codeSpan(f.address) : md(f.source);
      out.push(`| ${f.severity} | ${f.code} | ${where} | ${md(f.message.split('\n')[0] ?? '')} |`);
    }
  }

  if (rows.length > 0) {
    out.push('', '<details><summary>Why each score</summary>', '');
    for (const a of rows.slice(0, MAX_ROWS)) {
      out.push(`- ${codeSpan(a.change.address)} — ${a.severity} ${a.score}`);
      for (const f of a.factors) out.push(`  - ${f.name}: ${md(f.detail)}`);
    }
    out.push('', '</details>');
  }
  out.push('', '<details><summary>Environments and authorship</summary>', '');
  for (const e of report.environments) out.push(`- ${md(e.source)}: **${md(e.name)}** — ${md(e.because)}`);
  for (const s of report.provenance.signals) out.push(`- authorship: ${md(s.kind)} — ${md(s.detail)}`);
  out.push('', '</details>');
  if (report.drift.length > 0) {
    out.push('', `<details><summary>Drift: ${report.drift.length} change(s) made outside Terraform (not caused by this PR)</summary>`, '');
    for (const d of report.drift) out.push(`- ${codeSpan(d.address)} ${d.action}`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}
