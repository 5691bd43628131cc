import type { AssessedChange, Report, Verdict } from '../model.js';
import { alternativesFor, FINDING_ALTERNATIVE, type Alternative } from './alternatives.js';
import { codeSpan, escapeFenced, escapeMarkdown as md } from './escape.js';
import { blastRadius } from './mermaid.js';
import { actionCounts, groupChanges, notable, VERDICT_TITLE, type Group } from './summary.js';
import {
  causeOf,
  gateText,
  headline,
  inFormat,
  plural,
  riskyEnough,
  severityBadge,
  vocabulary,
  whatHappens,
  whyShort,
  type Vocabulary,
} from './words.js';

// The PR comment and job summary, read in five seconds at a PR's width (tfcmt, Infracost): the title, one line on
// the gate and what opens it, one sentence, a four-column table of the risky changes with alike ones grouped, and
// everything else folded: safe alternatives ready to paste, the blast radius, evidence, each stated once.

const ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', review: '🛑', fail: '⛔' };
/** Table rows shown before the rest is folded: the visible part stays about 30 lines whatever the plan. */
export const MAX_VISIBLE_ROWS = 10;
/** Sections of alternatives written in full; past this many, or past the size budget, the JSON report has them. */
const MAX_SECTIONS = 40;
/** Characters the folded sections may take: the comment stays well below GitHub's 65,536. */
const SECTION_BUDGET = 45_000;
const MAX_MEMBERS = 30;
const MAX_LISTED = 100;

export interface MarkdownOptions {
  /**
   * Where the gate stands and what opens it, as the caller knows it (the Action counts approvals). Without it, the
   * line says what the CLI knows: the rule that opens the gate.
   */
  gate?: string;
}

const groupKey = (a: AssessedChange) => [a.change.type, a.change.action, causeOf(a), a.resourceClass, a.change.replaceOrder ?? ''].join('\u0000');

function resourceCell(g: Group): string {
  return g.members.length === 1 ? codeSpan(g.top.change.address) : `${g.members.length} × ${codeSpan(g.top.change.type)}`;
}

function row(g: Group, v: Vocabulary): string {
  const why = g.members.length === 1 ? whyShort(g.top) : whyShort(g.top, false);
  return `| ${severityBadge(g.top.severity, g.top.score)} | ${resourceCell(g)} | ${whatHappens(g.top, v)} | ${inFormat(why, v) || '—'} |`;
}

function fence(lang: string, text: string): string[] {
  return ['', `\`\`\`${lang}`, escapeFenced(text), '```', ''];
}

function alternativeLines(alt: Alternative): string[] {
  return [alt.say, ...(alt.code ? fence(alt.code.lang, alt.code.text) : [''])];
}

/** A section per risky group: the safe alternative first, then the members, then why it scores as it does. */
function section(g: Group, report: Report, v: Vocabulary): string[] {
  const a = g.top;
  const title = g.members.length === 1 ? codeSpan(a.change.address) : `${g.members.length} × ${codeSpan(a.change.type)}`;
  const gated = report.decision.gatedAddresses.includes(a.change.address);
  const out = [`#### ${title} ${whatHappens(a, v)} — ${a.severity} ${a.score}${gated ? ', holds the gate' : ''}`, ''];
  const alternatives = alternativesFor(a);
  for (const alt of alternatives) out.push(...alternativeLines(alt));
  if (alternatives.length === 0) out.push('No safer form of this change is known: make sure it is meant, and approve it knowingly.', '');
  if (g.members.length > 1) {
    const shown = g.members.slice(0, MAX_MEMBERS).map((m) => `${codeSpan(m.change.address)} (${m.score})`);
    out.push(`Members: ${shown.join(', ')}${g.members.length > MAX_MEMBERS ? ` and ${g.members.length - MAX_MEMBERS} more` : ''}.`, '');
  }
  const factors = a.factors.map((f) => `${f.name}: ${md(inFormat(f.detail, v))}`);
  if (factors.length > 0) out.push(`Why ${a.severity} ${a.score}${g.members.length > 1 ? ' (the riskiest member)' : ''}: ${factors.join(' · ')}.`, '');
  const dependents = a.dependents.addresses.slice(0, 10).map((d) => codeSpan(d.address));
  if (dependents.length > 0) {
    out.push(`${plural(a.dependents.count, 'resource')} ${a.dependents.count === 1 ? 'depends' : 'depend'} on it: ${dependents.join(', ')}${a.dependents.count > dependents.length ? ', …' : ''}.`, '');
  }
  return out;
}

function folded(summary: string, body: string[]): string[] {
  return ['', `<details><summary>${summary}</summary>`, '', ...body, '', '</details>'];
}

function findingsTable(report: Report, v: Vocabulary): string[] {
  const rows = report.findings.map((f) => {
    const where = f.location ? `${md(f.location.file)}:${f.location.line}` : f.address ? codeSpan(f.address) : md(f.source);
    const alt = FINDING_ALTERNATIVE[f.code];
    const safer = alt ? alt.say + (alt.code ? ` ${codeSpan(alt.code.text.replace(/\n\s*/g, ' '))}` : '') : '';
    return `| ${f.severity} | ${where} | \`${f.code}\`: ${md(inFormat(f.message.split('\n')[0] ?? '', v))} | ${safer} |`;
  });
  return ['| Severity | Where | What | Safer |', '|---|---|---|---|', ...rows];
}

/** Where the Action puts the gate's status: right under the title, where the CLI writes its gate line. */
export const GATE_SLOT = '<!-- blastgate:gate -->';
const GATE_END = '<!-- blastgate:gate-end -->';
const GATE_REGION = new RegExp(`${GATE_SLOT}\\n[\\s\\S]*?${GATE_END}`);

/**
 * The report with the gate's status in its slot, replacing the status an earlier run put there (a review re-uses
 * the stored report). A report without a slot gets the status on top.
 */
export function placeGate(report: string, status: string): string {
  const filled = `${GATE_SLOT}\n${status}\n${GATE_END}`;
  if (GATE_REGION.test(report)) return report.replace(GATE_REGION, () => filled);
  if (report.includes(GATE_SLOT)) return report.replace(GATE_SLOT, () => filled);
  return `${status}\n\n${report}`;
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const { decision } = report;
  const v = vocabulary(report);
  const gate = gateText(report);
  const authorship = report.provenance.aiAuthored ? 'AI-authored' : 'human-authored';
  const envs = report.environments.map((e) => `${md(e.name)}${e.production ? ' (production)' : ''}`);
  const envText = envs.length > 3 ? `${envs.slice(0, 3).join(', ')} and ${envs.length - 3} more` : envs.join(', ');
  const out: string[] = [
    `### ${ICON[decision.verdict]} Blastgate: ${VERDICT_TITLE[decision.verdict]}`,
    '',
    opts.gate ?? `**Gate ${gate.state}** — ${md(gate.opens)}.`,
    '',
    md(inFormat(headline(report), v)),
    '',
    `${actionCounts(report.changes)} · ${authorship}${envText ? ` · ${envText}` : ''}`,
  ];

  const shown = notable(report).filter((a) => !a.ignored);
  const risky = shown.filter((a) => riskyEnough(a, report));
  const groups = groupChanges(risky, groupKey);
  if (groups.length > 0) {
    out.push('', '| Severity | Resource | What happens | Why |', '|---|---|---|---|');
    out.push(...groups.slice(0, MAX_VISIBLE_ROWS).map((g) => row(g, v)));
    if (groups.length > MAX_VISIBLE_ROWS) {
      const rest = groups.slice(MAX_VISIBLE_ROWS).reduce((n, g) => n + g.members.length, 0);
      out.push('', `…and ${plural(rest, 'more risky change')} in the sections below.`);
    }
    const first = groups[0] ? alternativesFor(groups[0].top)[0] : undefined;
    if (first) out.push('', `**Safer:** ${first.say.replace(/:$/, '.')} Ready to paste below.`);
  }

  if (groups.length > 0) {
    const body: string[] = [];
    let size = 0;
    let written = 0;
    for (const g of groups) {
      const lines = section(g, report, v);
      const chars = lines.reduce((n, l) => n + l.length + 1, 0);
      if (written >= MAX_SECTIONS || size + chars > SECTION_BUDGET) break;
      body.push(...lines);
      size += chars;
      written++;
    }
    if (written < groups.length) body.push(`…${plural(groups.length - written, 'more row')} in the JSON report (\`--format json\`, or the Action's report-path).`);
    out.push(...folded(`🛠 Safe alternatives, ready to paste, and why each change scores (${plural(risky.length, 'change')})`, body));
  }

  const pictured = risky.filter((a) => a.dependents.count > 0).sort((a, b) => b.score - a.score || b.dependents.count - a.dependents.count)[0];
  const graph = pictured ? blastRadius(pictured) : undefined;
  if (pictured && graph) {
    out.push(...folded(`🗺️ Blast radius: ${plural(pictured.dependents.count, 'resource')} ${pictured.dependents.count === 1 ? 'depends' : 'depend'} on ${codeSpan(pictured.change.address)}`, ['```mermaid', ...graph, '```']));
  }

  if (report.findings.length > 0) out.push(...folded(`Findings in the ${v.config} (${report.findings.length})`, findingsTable(report, v)));

  const ignored = report.changes.filter((a) => a.ignored && a.severity !== 'none');
  if (ignored.length > 0) {
    const lines = ignored.slice(0, MAX_LISTED).map((a) => `- ${codeSpan(a.change.address)} ${whatHappens(a, v)} — ${a.severity} ${a.score}, ignored by the policy`);
    out.push(...folded(`Ignored by the policy (${ignored.length})`, lines));
  }
  const others = shown.filter((a) => !riskyEnough(a, report));
  if (others.length > 0) {
    const lines = others.slice(0, MAX_LISTED).map((a) => `- ${codeSpan(a.change.address)} ${whatHappens(a, v)} — ${a.severity} ${a.score}${whyShort(a) ? `: ${inFormat(whyShort(a), v)}` : ''}`);
    if (others.length > MAX_LISTED) lines.push(`- …and ${others.length - MAX_LISTED} more in the JSON report`);
    out.push(...folded(`Below the warn threshold (${others.length})`, lines));
  }

  const evidence = [
    ...report.environments.map((e) => `- environment ${md(e.name)}${e.production ? ' (production)' : ''}: ${md(inFormat(e.because, v))} — ${md(e.source)}`),
    ...[...new Set(report.provenance.signals.map((s) => s.detail))].map((d) => `- authorship: ${md(d)}`),
  ];
  out.push(...folded('Environment and authorship evidence', evidence));
  if (report.drift.length > 0) {
    const lines = report.drift.slice(0, MAX_LISTED).map((d) => `- ${codeSpan(d.address)} ${d.action}`);
    out.push(...folded(`Drift: ${plural(report.drift.length, 'change')} made outside ${v.cloudformation ? 'CloudFormation' : 'Terraform'} (not by this PR)`, lines));
  }
  out.push('', `<sub>Policy: ${report.policy ? (report.policy.origin === 'defaults' ? 'the defaults' : codeSpan(report.policy.origin)) : 'the defaults'} · Blastgate</sub>`);
  return `${out.join('\n')}\n`;
}
