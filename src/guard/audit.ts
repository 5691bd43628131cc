import { appendFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GuardDecision } from './decide.js';

// One JSON line per decision, kept outside the repository's working tree by default (the user's state directory),
// so the agent whose commands it records does not edit it as part of its work.

export function defaultAuditPath(env: NodeJS.ProcessEnv = process.env): string {
  const state = env['XDG_STATE_HOME'] || join(homedir(), '.local', 'state');
  return join(state, 'blastgate', 'guard-audit.jsonl');
}

export interface AuditEntry {
  agent: string;
  command: string | undefined;
  cwd: string | undefined;
  decision: GuardDecision['decision'];
  reasons: string[];
  operations?: GuardDecision['operations'];
  policy?: string;
}

/** Appends one line; returns a problem to report instead of throwing (the decision stands either way). */
export function appendAudit(path: string, entry: AuditEntry, now: Date = new Date()): string | undefined {
  try {
    mkdirSync(dirname(path), { recursive: true });
    appendFileSync(path, `${JSON.stringify({ time: now.toISOString(), ...entry })}\n`);
    return undefined;
  } catch (error) {
    return `cannot append to the audit log ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
  }
}
