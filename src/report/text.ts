import type { AssessedChange, Report, Severity } from '../model.js';
import { alternativesFor, FINDING_ALTERNATIVE } from './alternatives.js';
import { escapeTerminal } from './escape.js';
import { actionCounts, groupChanges, notable, sizeText, VERDICT_TITLE } from './summary.js';
import { causeOf, gateText, headline, inFormat, riskyEnough, vocabulary, whatHappens, whyShort } from './words.js';

// The report for a terminal, grouped like the PR comment and with the same alternatives. Colour only when the
// caller says so (the CLI decides from the TTY, NO_COLOR and FORCE_COLOR): the text is the same either way.

export interface TextOptions {
  color?: boolean;
}

type Paint = (code: string, text: string) => string;

const SEVERITY_COLOR: Record<Severity, string> = { critical: '1;31', high: '31', medium: '33', low: '2', none: '2' };
const MAX_MEMBERS = 12;

/** Markdown's code spans as plain text: the terminal shows the words, not the backticks. */
const plain = (markdown: string) => markdown.replace(/`([^`]*)`/g, '$1').replace(/\\\|/g, '|');

const groupKey = (a: AssessedChange) => [a.change.type, a.change.action, causeOf(a), a.resourceClass, a.change.replaceOrder ?? ''].join('\u0000');

export function renderText(report: Report, opts: TextOptions = {}): string {
  // Colours are marked with private-use characters and become escape sequences only after every line went through
  // escapeTerminal: a control character from a plan is shown, never obeyed.
  const paint: Paint = (code, text) => `\ue000${code}\ue001${text}\ue002`;
  const { decision } = report;
  const v = vocabulary(report);
  const gate = gateText(report);
  const lines: string[] = [
    paint('1', `Blastgate: ${VERDICT_TITLE[decision.verdict]} (verdict ${decision.verdict}, gate ${decision.gate}, score ${decision.score})`),
    `${paint(gate.state === 'open' ? '32' : '1;31', `Gate ${gate.state}`)}: ${gate.opens}.`,
    inFormat(headline(report), v),
    '',
  ];
  for (const env of report.environments) {
    lines.push(`${env.source}: ${env.name} (${env.production ? 'production' : 'not production'}: ${inFormat(env.because, v)})`);
  }
  // Sizes only: how long a read took varies from run to run and stays in the JSON report's sources[].durationMs.
  for (const s of report.sources) {
    if (s.bytes !== undefined) lines.push(`Read ${s.path}: ${sizeText(s.bytes)}`);
  }
  lines.push(`Changes: ${actionCounts(report.changes)}`);
  lines.push(`Authorship: ${report.provenance.aiAuthored ? 'AI-authored' : 'human-authored'}`);
  for (const detail of new Set(report.provenance.signals.map((s) => s.detail))) lines.push(`  - ${detail}`);
  lines.push(`Policy: ${report.policy?.origin ?? 'defaults'}`);

  const shown = notable(report).filter((a) => !a.ignored);
  const groups = groupChanges(
    shown.filter((a) => riskyEnough(a, report)),
    groupKey,
  );
  if (groups.length > 0) lines.push('', paint('1', 'Risky changes:'));
  for (const g of groups) {
    const a = g.top;
    const who = g.members.length === 1 ? a.change.address : `${g.members.length} × ${a.change.type}`;
    const badge = paint(SEVERITY_COLOR[a.severity], `${a.severity.toUpperCase().padEnd(8)} ${String(a.score).padStart(3)}`);
    lines.push(`  ${badge}  ${a.change.action.padEnd(7)} ${paint('1', who)}: ${whatHappens(a, v)}`);
    const why = plain(inFormat(g.members.length === 1 ? whyShort(a) : whyShort(a, false), v));
    if (why) lines.push(`      because: ${why}`);
    if (g.members.length > 1) {
      const names = g.members.slice(0, MAX_MEMBERS).map((m) => m.change.address);
      lines.push(`      members: ${names.join(', ')}${g.members.length > MAX_MEMBERS ? `, and ${g.members.length - MAX_MEMBERS} more` : ''}`);
    }
    for (const f of a.factors) lines.push(paint('2', `      ${f.name}: ${inFormat(f.detail, v)}`));
    for (const alt of alternativesFor(a)) {
      lines.push(`      ${paint('32', 'safer:')} ${plain(alt.say)}`);
      if (alt.code) lines.push(...alt.code.text.split('\n').map((l) => `        ${l}`));
    }
  }
  const others = shown.filter((a) => !riskyEnough(a, report));
  if (others.length > 0) lines.push('', `Below the warn threshold: ${others.map((a) => `${a.change.address} (${a.change.action}, ${a.severity} ${a.score})`).join(', ')}`);
  const ignored = report.changes.filter((a) => a.ignored && a.severity !== 'none');
  if (ignored.length > 0) lines.push('', `Ignored by the policy: ${ignored.map((a) => `${a.change.address} (${a.change.action}, ${a.severity} ${a.score})`).join(', ')}`);

  if (report.findings.length > 0) lines.push('', paint('1', `Findings in the ${v.config}:`));
  for (const f of report.findings) {
    const where = f.location ? ` (${f.location.file}:${f.location.line})` : '';
    lines.push(`  ${paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(8))} ${f.code}${f.address ? ` ${f.address}` : ''}${where}: ${inFormat(f.message.split('\n')[0] ?? '', v)}`);
    const alt = FINDING_ALTERNATIVE[f.code];
    if (alt) lines.push(`      ${paint('32', 'safer:')} ${plain(alt.say)}${alt.code ? ` ${alt.code.text.replace(/\n\s*/g, ' ')}` : ''}`);
  }
  if (report.drift.length > 0) {
    lines.push('', `Drift (changed outside ${v.cloudformation ? 'CloudFormation' : 'Terraform'}, not by this PR): ${report.drift.map((d) => `${d.address} (${d.action})`).join(', ')}`);
  }
  if (decision.requirement) lines.push('', `To open the gate: ${gate.opens}.`);
  const text = lines.map(escapeTerminal).join('\n');
  const colored = opts.color
    ? text.replace(/\ue000([0-9;]*)\ue001/g, '\u001b[$1m').replace(/\ue002/g, '\u001b[0m')
    : text.replace(/\ue000[0-9;]*\ue001|\ue002/g, '');
  return `${colored}\n`;
}
