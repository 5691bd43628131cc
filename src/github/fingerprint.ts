import { createHmac, timingSafeEqual } from 'node:crypto';
import type { GateState } from './sticky.js';

// A keyed fingerprint of what the reviewers approved: the destructive set, who approved, the head commit and the
// gate. The key is a secret of the workflow (`fingerprint-key`): anyone can edit a comment's text, nobody without
// the key can write a fingerprint that matches their edit.

function canonical(state: GateState): string {
  const destructive = [...(state.destructive ?? [])]
    .map((c) => ({ address: c.address, action: c.action, replacePaths: [...c.replacePaths].sort() }))
    .sort((a, b) => a.address.localeCompare(b.address) || a.action.localeCompare(b.action));
  return JSON.stringify({
    headSha: state.headSha,
    verdict: state.verdict,
    gate: state.gate ?? 'closed',
    approvers: [...(state.approvers ?? [])].sort(),
    destructive,
  });
}

export function fingerprint(state: GateState, key: string): string {
  return createHmac('sha256', key).update(canonical(state)).digest('hex');
}

export function fingerprintMatches(state: GateState, key: string, claimed: string): boolean {
  const expected = Buffer.from(fingerprint(state, key), 'hex');
  const given = Buffer.from(claimed, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
