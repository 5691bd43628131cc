import { lookup } from '../catalog/index.js';
import type { ApprovalRule, AssessedChange, Cause, InputFormat, Report, Severity } from '../model.js';

// Every sentence a reader sees about a report, worded once from the decision's data: the comment, the terminal,
// the JSON headline and the commit status say the same thing with the same numbers.

/** Words that differ between Terraform and CloudFormation: a CloudFormation reader never meets Terraform's. */
export interface Vocabulary {
  cloudformation: boolean;
  /** "plan" or "change" */
  plan: string;
  /** "configuration" or "template" */
  config: string;
}

const CLOUDFORMATION: readonly InputFormat[] = ['cloudformation-template', 'cdk-assembly', 'cloudformation-changeset'];

export const isCloudFormation = (format: InputFormat) => CLOUDFORMATION.includes(format);

export function vocabulary(report: Pick<Report, 'sources'>): Vocabulary {
  const cloudformation = report.sources.length > 0 && report.sources.every((s) => isCloudFormation(s.format));
  return cloudformation ? { cloudformation, plan: 'change', config: 'template' } : { cloudformation, plan: 'plan', config: 'configuration' };
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c" */
export function andList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Who may approve, how many, and how long after: the one wording of an approval rule. */
export function describeRule(rule: ApprovalRule): string {
  const from = rule.from ? ` from ${[...rule.from.reviewers, ...rule.from.teams.map((t) => `members of team ${t}`)].join(' or ')}` : '';
  const delay = rule.delayHours ? `, then a wait of ${rule.delayHours} h` : '';
  return `${plural(rule.approvals, 'approval')} of the head commit${from} by people who did not author or co-author the PR${delay}`;
}

/** What applying does to the resource, in a few words. */
export function whatHappens(a: AssessedChange, v: Vocabulary): string {
  const { change } = a;
  const cfn = isCloudFormation(change.source.format);
  if (change.action === 'delete') {
    if (change.retention === 'retain') return cfn ? 'leaves the stack, kept (Retain)' : 'leaves management, kept';
    if (change.retention === 'snapshot') return 'destroyed, a snapshot kept';
    if (change.retention === 'forget') return 'forgotten, kept';
    return 'destroyed';
  }
  if (change.action === 'replace') {
    if (change.possibleReplacement) return 'may be replaced';
    if (change.retention === 'retain') return 'replaced, the old one kept (Retain)';
    if (change.replaceOrder === 'create-before-destroy') return 'replaced (new one first)';
    if (change.replaceOrder === 'destroy-before-create') return 'destroyed and recreated';
    return 'replaced';
  }
  if (change.action === 'forget') return 'no longer managed, kept';
  if (change.action === 'orphan') return 'leaves the stack, kept';
  if (change.action === 'update') return a.findings.some((f) => f.code === 'guard-disabled') ? 'protection switched off' : 'updated';
  if (change.action === 'move') return v.cloudformation ? 'moved' : 'renamed in state';
  if (change.action === 'create') return 'created';
  if (change.action === 'import') return 'imported';
  return 'unchanged';
}

function causeWords(cause: Cause, cfn: boolean): string | undefined {
  switch (cause) {
    case 'no-config':
      return cfn ? 'gone from the template' : 'removed from the configuration';
    case 'tainted':
      return 'tainted';
    case 'requested':
      return 'replacement requested';
    case 'cannot-update':
      return 'cannot be updated in place';
    case 'type-change':
      return 'its type changed';
    case 'logical-id-change':
      return 'its logical ID changed';
    case 'count-index':
      return 'its `count` index is gone';
    case 'each-key':
      return 'its `for_each` key is gone';
    case 'wrong-repetition':
      return 'it changed between `count` and `for_each`';
    case 'moved-target-missing':
      return 'its `moved` target does not exist';
    case 'removed-block':
      return 'a `removed` block destroys it';
    default:
      return undefined;
  }
}

/** An attribute path as inline code, safe in a table cell. */
const attr = (path: string) => `\`${path.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;

/** The cause, the same for every member of a group: which attribute forces it, or why it goes. */
export function causeOf(a: AssessedChange): string {
  const { change } = a;
  const cfn = isCloudFormation(change.source.format);
  if (a.findings.some((f) => f.code === 'rename-without-moved')) return 'renamed without a `moved` block';
  if (change.causes.includes('logical-id-change')) return 'its logical ID changed (the construct was renamed)';
  if (change.replacePaths.length > 0) {
    const shown = change.replacePaths.slice(0, 2).map(attr);
    const more = change.replacePaths.length > 2 ? ` and ${change.replacePaths.length - 2} more` : '';
    return `${andList(shown)}${more} ${change.replacePaths.length === 1 ? 'forces' : 'force'} replacement`;
  }
  const guards = a.findings.filter((f) => f.code === 'guard-disabled');
  if (guards.length > 0) return 'a deletion guard is switched off';
  const words = change.causes.map((c) => causeWords(c, cfn)).filter((w): w is string => !!w);
  return words[0] ?? '';
}

/** What is at stake, in a few words, from the resource's class. */
export function stakeOf(a: AssessedChange, withCount = true): string {
  const { change } = a;
  const gone = (change.action === 'delete' || change.action === 'replace') && change.retention !== 'retain' && change.retention !== 'forget';
  if (!gone) return '';
  const n = a.dependents.count;
  const depends = withCount && n > 0 ? `${plural(n, 'resource')} ${n === 1 ? 'depends' : 'depend'} on it` : '';
  switch (a.resourceClass) {
    case 'data':
      return change.retention === 'snapshot' ? 'only the snapshot keeps its data' : 'its data cannot come back';
    case 'foundation':
      return depends || 'others run on it';
    case 'identity':
      return depends || 'an identity others use';
    case 'edge':
      return depends || 'an entry point users reach';
    default:
      return depends;
  }
}

/** "Why" in a few words: the cause, then what is at stake. */
export function whyShort(a: AssessedChange, withCount = true): string {
  return [causeOf(a), stakeOf(a, withCount)].filter((w) => w).join('; ');
}

/**
 * Analysis words some details in Terraform's terms; a CloudFormation report says the same in its own. Applied to
 * every analysis-made sentence a CloudFormation report shows.
 */
export function inFormat(text: string, v: Vocabulary): string {
  if (!v.cloudformation) return text;
  return text
    .replace(/unknown: the plan has no configuration section/g, 'not known from the templates')
    .replace(/it \(or its module\) was removed from the configuration/g, 'it is gone from the template')
    .replace(/removed from (the )?configuration/g, 'gone from the template')
    .replace(/\bTerraform\b/g, 'CloudFormation')
    .replace(/\bconfiguration\b/g, 'template')
    .replace(/\bplan\b/g, 'change');
}

/** "relational database instance" */
export const kindOf = (type: string) => lookup(type).entry.what;

const SEVERITY_ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '⚪', none: '⚪' };
export const severityBadge = (severity: Severity, score: number) => `${SEVERITY_ICON[severity]} ${severity} ${score}`;

/** Changes the policy leaves out, counted by severity: "the policy ignores 4 changes (2 critical, 1 high)". */
export function ignoredText(report: Report): string {
  const ignored = report.changes.filter((a) => a.ignored && a.severity !== 'none');
  if (ignored.length === 0) return '';
  const by = (['critical', 'high', 'medium', 'low'] as const)
    .map((s) => [s, ignored.filter((a) => a.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  return `The policy ignores ${plural(ignored.length, 'risky change')} (${by.join(', ')}).`;
}

/** "destroys 1 and replaces 3" of the changes given. */
function destructiveVerbs(changes: AssessedChange[]): string {
  const deletes = changes.filter((a) => a.change.action === 'delete').length;
  const replaces = changes.filter((a) => a.change.action === 'replace').length;
  const other = changes.length - deletes - replaces;
  const parts = [deletes > 0 ? `destroys ${deletes}` : '', replaces > 0 ? `replaces ${replaces}` : '', other > 0 ? `weakens ${other}` : ''].filter((p) => p);
  return andList(parts);
}

function author(report: Report): string {
  if (report.policy?.gate === 'all') return 'This PR (the policy gates every PR)';
  return report.provenance.aiAuthored ? 'This AI-authored PR' : 'This human-authored PR';
}

/** The report's one sentence: what the PR does that matters, and why the gate stands where it does. */
export function headline(report: Report): string {
  const { decision } = report;
  const v = vocabulary(report);
  const ignored = ignoredText(report);
  const tail = ignored ? ` ${ignored}` : '';
  if (report.sources.length === 0 && decision.verdict === 'fail') {
    return `No plan found: Blastgate cannot see what this PR would change, so the gate stays closed.${tail}`;
  }
  const gated = report.changes.filter((a) => decision.gatedAddresses.includes(a.change.address));
  const findingsGated = report.findings.filter((f) => decision.gatedAddresses.includes(f.address ?? f.source)).length;
  const what =
    gated.length > 0
      ? `${destructiveVerbs(gated)} production ${gated.length === 1 ? 'resource' : 'resources'}`
      : findingsGated > 0
        ? `weakens the protection of production resources (${plural(findingsGated, 'finding')})`
        : 'changes production resources';
  if (decision.verdict === 'fail') {
    const names = (decision.breakers ?? []).map((b) => `"${b.name}"`);
    const breaker = names.length > 0 ? `the circuit breaker${names.length > 1 ? 's' : ''} ${andList(names)}` : 'a circuit breaker';
    return `Blocked by ${breaker}: ${author(report).replace(/^This/, 'this')} ${what} (score ${decision.score}).${tail}`;
  }
  if (decision.verdict === 'review') return `Second review required: ${author(report).replace(/^This/, 'this')} ${what} (score ${decision.score}).${tail}`;
  const risky = report.changes.filter((a) => !a.ignored && a.severity !== 'none' && riskyEnough(a, report));
  const riskyFindings = report.findings.filter((f) => riskyEnoughSeverity(f.severity, report));
  if (decision.verdict === 'warn') {
    const count = risky.length + riskyFindings.length;
    const why = report.provenance.aiAuthored || report.policy?.gate === 'all' ? 'nothing in production reaches the review threshold' : 'the PR is human-authored';
    return `Warning: ${plural(count, 'risky change')} (score ${decision.score}); no gate because ${why}.${tail}`;
  }
  const changed = report.changes.filter((a) => a.change.action !== 'no-op' && a.change.action !== 'read').length;
  if (changed === 0 && report.findings.length === 0) return `Pass: the ${v.plan} changes nothing.${tail}`;
  return `Pass: nothing in this ${v.plan} destroys or recreates anything that matters.${tail}`;
}

const SEVERITY_ORDER: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];
function riskyEnoughSeverity(severity: Severity, report: Pick<Report, 'policy'>): boolean {
  return SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(report.policy?.warn ?? 'medium');
}
/** Reaches the policy's warn threshold, or the gate holds it. */
export function riskyEnough(a: AssessedChange, report: Pick<Report, 'policy' | 'decision'>): boolean {
  return report.decision.gatedAddresses.includes(a.change.address) || riskyEnoughSeverity(a.severity, report);
}

/** The gate and exactly what opens it, as the CLI sees it (no approvals known). */
export function gateText(report: Report): { state: string; opens: string } {
  const { decision } = report;
  const r = decision.requirement;
  if (report.sources.length === 0 && decision.verdict === 'fail') {
    return { state: 'closed', opens: `it opens when a plan is found: ${r?.reason ?? 'make the plan in an earlier step and point Blastgate at it'}` };
  }
  if (decision.verdict === 'fail') {
    const bg = r?.breakGlass;
    return {
      state: 'closed',
      opens: bg
        ? `ordinary approvals do not open it; break-glass: ${describeRule({ ...bg, from: { reviewers: [], teams: [bg.team] } })}, recorded as break-glass`
        : 'no approval opens it: change the plan (the policy has no break-glass route)',
    };
  }
  if (decision.verdict === 'review' && r) {
    return { state: decision.gate, opens: `it opens with ${describeRule(r)}; a new push needs new approvals` };
  }
  const why = decision.verdict === 'warn' ? 'warnings only, nothing for a second reviewer' : 'nothing needs a second review';
  return { state: 'open', opens: why };
}
