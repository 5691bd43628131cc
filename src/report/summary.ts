import type { Action, AssessedChange, Report, Verdict } from '../model.js';

// What every rendering shares: which changes to show first, and how to count the rest.

export const VERDICT_TITLE: Record<Verdict, string> = {
  pass: 'pass',
  warn: 'warning',
  review: 'second review required',
  fail: 'blocked',
};

/** Changes worth a row of their own: anything scored, or with a finding; riskiest first. */
export function notable(report: Report): AssessedChange[] {
  return report.changes
    .filter((a) => a.score > 0 || a.findings.length > 0)
    .sort((a, b) => b.score - a.score || a.change.address.localeCompare(b.change.address));
}

const ORDER: Action[] = ['delete', 'replace', 'forget', 'update', 'create', 'import', 'move', 'orphan'];

/** "2 delete, 1 replace, 5 update" */
export function actionCounts(changes: AssessedChange[]): string {
  const counts = new Map<Action, number>();
  for (const a of changes) counts.set(a.change.action, (counts.get(a.change.action) ?? 0) + 1);
  const parts = ORDER.filter((action) => counts.has(action)).map((action) => `${counts.get(action)} ${action}`);
  return parts.length > 0 ? parts.join(', ') : 'no changes';
}

/** The `moved {}` blocks the findings suggest, to paste. */
export function movedBlocks(report: Report): string[] {
  return report.changes.flatMap((a) =>
    a.findings.filter((f) => f.code === 'rename-without-moved').map((f) => f.message.slice(f.message.search(/^(# in |moved \{)/m))),
  );
}

/** 491 MB, 6 kB */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** Changes alike for a reader: same type, same action, same cause and class. One row, members in details. */
export interface Group {
  members: AssessedChange[];
  /** The riskiest member, which the row's severity and score come from. */
  top: AssessedChange;
}

export function groupChanges(changes: AssessedChange[], keyOf: (a: AssessedChange) => string): Group[] {
  const groups = new Map<string, AssessedChange[]>();
  for (const a of changes) {
    const key = keyOf(a);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()]
    .map((members) => {
      const sorted = [...members].sort((a, b) => b.score - a.score || a.change.address.localeCompare(b.change.address));
      return { members: sorted, top: sorted[0] as AssessedChange };
    })
    .sort((a, b) => b.top.score - a.top.score || b.members.length - a.members.length || a.top.change.address.localeCompare(b.top.change.address));
}
