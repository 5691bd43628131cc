import type { Report } from '../model.js';
import { escapeTerminal } from './escape.js';
import { actionCounts, movedBlocks, notable, sizeText, VERDICT_TITLE } from './summary.js';

/** The report for a terminal. */
export function renderText(report: Report): string {
  const { decision } = report;
  const lines: string[] = [
    `Blastgate: ${VERDICT_TITLE[decision.verdict]} (verdict ${decision.verdict}, gate ${decision.gate}, score ${decision.score})`,
    decision.headline,
    '',
  ];
  for (const env of report.environments) {
    lines.push(`${env.source}: ${env.name} (${env.production ? 'production' : 'not production'}: ${env.because})`);
  }
  // Sizes only: how long a read took varies from run to run and stays in the JSON report's sources[].durationMs.
  for (const s of report.sources) {
    if (s.bytes !== undefined) lines.push(`Read ${s.path}: ${sizeText(s.bytes)}`);
  }
  lines.push(`Changes: ${actionCounts(report.changes)}`);
  lines.push(`Authorship: ${report.provenance.aiAuthored ? 'AI-authored' : 'human-authored'} (${report.provenance.signals.map((s) => s.detail).join('; ')})`);
  const rows = notable(report);
  if (rows.length > 0) lines.push('', 'Risky changes:');
  for (const a of rows) {
    lines.push(`  ${a.severity.toUpperCase().padEnd(8)} ${String(a.score).padStart(3)}  ${a.change.action.padEnd(7)} ${a.change.address}${a.ignored ? '  (ignored by policy)' : ''}`);
    for (const f of a.factors) lines.push(`      ${f.name}: ${f.detail}`);
    for (const f of a.findings) lines.push(`      ! ${f.code}: ${f.message.split('\n')[0]}`);
  }
  if (report.findings.length > 0) lines.push('', 'Findings:');
  for (const f of report.findings) {
    const where = f.location ? ` (${f.location.file}:${f.location.line})` : '';
    lines.push(`  ${f.severity.toUpperCase().padEnd(8)} ${f.code}${f.address ? ` ${f.address}` : ''}${where}: ${f.message.split('\n')[0]}`);
  }
  const moved = movedBlocks(report);
  if (moved.length > 0) lines.push('', 'Add these moved blocks to keep the renamed resources:', ...moved.flatMap((block) => block.split('\n')));
  if (report.drift.length > 0) {
    lines.push('', `Drift (changed outside Terraform, not by this PR): ${report.drift.map((d) => `${d.address} (${d.action})`).join(', ')}`);
  }
  if (decision.requirement) lines.push('', `To open the gate: ${decision.requirement.reason}.`);
  return `${lines.map(escapeTerminal).join('\n')}\n`;
}
