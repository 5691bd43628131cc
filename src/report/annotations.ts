import { posix } from 'node:path';
import type { Location, Report, Severity } from '../model.js';
import { rank } from '../analysis/weights.js';

// A report as GitHub annotations on the lines that matter: error for what the gate holds, warning for what
// reaches the warn threshold, notice for findings below it. The Action prints them as workflow commands.
// GitHub shows 10 annotations of each level per step (50 per job): the riskiest come first, and when a level
// has more, its tenth says how many more there are and where they are listed.

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  /** Repository-relative; absent when the thing has no line in the head commit (a deleted resource). */
  path?: string;
  line?: number;
  level: AnnotationLevel;
  title: string;
  message: string;
}

export interface AnnotationOptions {
  /** The policy's warn threshold (default medium). */
  warn?: Severity;
  /** The root module's directory in the repository: locations are relative to it. */
  root?: string;
}

export const ANNOTATIONS_PER_LEVEL = 10;
const TITLE_MAX = 255;
const MESSAGE_MAX = 4000;
const LEVELS: AnnotationLevel[] = ['error', 'warning', 'notice'];

interface Item extends Annotation {
  severity: Severity;
  /** A change's score; findings have none and sort after changes of their severity. */
  score: number;
  /** How many things this annotation stands for (several on one line). */
  count: number;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** Negative when `a` is the riskier: severity first, then score. */
const riskier = (a: Item, b: Item) => rank(b.severity) - rank(a.severity) || b.score - a.score;

function place(location: Location | undefined, root: string): { path: string; line: number } | undefined {
  if (!location) return undefined;
  const path = posix.normalize(posix.join(root.replace(/\\/g, '/') || '.', location.file.replace(/\\/g, '/')));
  return path === '..' || path.startsWith('../') ? undefined : { path, line: location.line };
}

function items(report: Report, warn: Severity, root: string): Item[] {
  const gated = new Set(report.decision.gatedAddresses);
  const level = (address: string, severity: Severity): AnnotationLevel | undefined =>
    gated.has(address) ? 'error' : rank(severity) >= rank(warn) ? 'warning' : undefined;
  const out: Item[] = [];
  for (const a of report.changes) {
    const l = a.ignored ? undefined : level(a.change.address, a.severity);
    if (!l) continue;
    const why = a.findings.length > 0 ? a.findings.map((f) => f.message) : a.factors.map((f) => `${f.name}: ${f.detail}`);
    out.push({
      ...place(a.change.location, root),
      level: l,
      severity: a.severity,
      score: a.score,
      count: 1,
      title: `${a.change.address}: ${a.change.action}, ${a.severity} (${a.score})`,
      message: why.join('\n'),
    });
  }
  for (const f of report.findings) {
    const address = f.address ?? f.source;
    out.push({
      ...place(f.location, root),
      level: level(address, f.severity) ?? 'notice',
      severity: f.severity,
      score: -1,
      count: 1,
      title: `${address}: ${f.code}, ${f.severity}`,
      message: f.message,
    });
  }
  return out;
}

/** Two items on one line: the higher level (then severity) leads, the other's text follows. */
function combine(a: Item, b: Item): Item {
  const aFirst = LEVELS.indexOf(a.level) < LEVELS.indexOf(b.level) || (a.level === b.level && riskier(a, b) <= 0);
  const [first, second] = aFirst ? [a, b] : [b, a];
  return { ...first, count: a.count + b.count, message: `${first.message}\n\n${second.title}\n${second.message}` };
}

/** One annotation per line. */
function merged(list: Item[]): Item[] {
  const out: Item[] = [];
  const at = new Map<string, number>();
  for (const item of list) {
    const key = item.path === undefined ? undefined : `${item.path}:${item.line}`;
    const i = key === undefined ? undefined : at.get(key);
    if (i === undefined) {
      if (key !== undefined) at.set(key, out.length);
      out.push(item);
    } else {
      out[i] = combine(out[i] as Item, item);
    }
  }
  return out;
}

export function annotationsFor(report: Report, opts: AnnotationOptions = {}): Annotation[] {
  const all = merged(items(report, opts.warn ?? 'medium', opts.root ?? ''));
  const out: Annotation[] = [];
  for (const level of LEVELS) {
    const list = all.filter((i) => i.level === level).sort(riskier);
    const shown = list.length > ANNOTATIONS_PER_LEVEL ? list.slice(0, ANNOTATIONS_PER_LEVEL - 1) : list;
    for (const item of shown) {
      out.push({
        ...(item.path !== undefined ? { path: item.path, line: item.line } : {}),
        level,
        title: clip(item.count > 1 ? `${item.title} and ${item.count - 1} more on this line` : item.title, TITLE_MAX),
        message: clip(item.message, MESSAGE_MAX),
      });
    }
    const rest = list.slice(shown.length);
    if (rest.length > 0) {
      out.push({
        level,
        title: `${rest.length} more ${level === 'notice' ? 'notices' : `${level}s`} from Blastgate`,
        message: clip(`GitHub shows ${ANNOTATIONS_PER_LEVEL} per level; the report lists them all:\n${rest.map((r) => r.title).join('\n')}`, MESSAGE_MAX),
      });
    }
  }
  return out;
}
