import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalState, type GateState } from '../gate/state.js';

// A keyed fingerprint of the whole gate state: repository, PR, head commit, verdict, requirement, who may not
// approve, who approved and the destructive set. The key is a secret of the workflow (`fingerprint-key`): anyone
// with write access can edit a comment's text, nobody without the key can write a fingerprint that matches it.

export function fingerprint(state: GateState, key: string): string {
  return createHmac('sha256', key).update(canonicalState(state)).digest('hex');
}

export function fingerprintMatches(state: GateState, key: string, claimed: string): boolean {
  const expected = Buffer.from(fingerprint(state, key), 'hex');
  const given = Buffer.from(claimed, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
