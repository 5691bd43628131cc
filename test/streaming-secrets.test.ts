import { describe, expect, it } from 'vitest';
import { REDACTED } from '../src/model.js';
import { secretRedactor } from '../src/sources/terraform/values.js';

// Big plans hold thousands of secrets; the redactor finds them by hash instead of trying each on each string.
// It must cut exactly what the plain rule cuts: equal strings whole; then shorter secrets where they stand as a
// word of their own (longest first); then each secret of 6 or more characters, in the order found, wherever it
// appears (also across a marker an earlier cut left).

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function plainRule(text: string, secrets: string[]): string {
  if (secrets.includes(text)) return REDACTED;
  const short = secrets.filter((s) => s.length < 6).sort((a, b) => b.length - a.length);
  const words = short.length > 0 ? text.replace(new RegExp(`(?<![A-Za-z0-9])(?:${short.map(escapeRegExp).join('|')})(?![A-Za-z0-9])`, 'g'), REDACTED) : text;
  return secrets.filter((s) => s.length >= 6).reduce((out, s) => (out.includes(s) ? out.split(s).join(REDACTED) : out), words);
}

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('secretRedactor', () => {
  it('cuts what the plain rule cuts, on random texts and overlapping secrets', () => {
    const next = random(11);
    const alphabet = 'abc()e sensitivvalu';
    const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const secrets = [...new Set(Array.from({ length: 1 + Math.floor(next() * 8) }, () => word(3 + Math.floor(next() * 8))))];
      secrets.push('e)abcd', 'abc(se', 'x(sensitive value)y');
      const redact = secretRedactor(new Set(secrets));
      for (let n = 0; n < 20; n++) {
        const text = n === 0 ? (secrets[0] as string) : secrets.slice(0, 3).join(word(2)) + word(Math.floor(next() * 30));
        expect(redact({ text })?.['text'], JSON.stringify({ text, secrets })).toBe(plainRule(text, secrets));
      }
    }
  });

  it('reaches every leaf and keeps the shape', () => {
    const redact = secretRedactor(new Set(['hunter2-secret', 'abc']));
    expect(redact({ a: ['x hunter2-secret y', { b: 'abc', c: 'xabcx', n: 1, z: null }] })).toEqual({
      a: [`x ${REDACTED} y`, { b: REDACTED, c: 'xabcx', n: 1, z: null }],
    });
    expect(redact(null)).toBeNull();
  });

  it('finds a secret among thousands, inside a longer string', () => {
    const secrets = new Set(Array.from({ length: 5000 }, (_, i) => `secret-${i.toString(36).padStart(8, '0')}`));
    const redact = secretRedactor(secrets);
    const values = Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`k${i}`, `arn:aws:s3:::bucket-${i}-with-a-longer-name`]));
    values['k7'] = `postgres://app:${[...secrets][100]}@db`;
    const out = redact(values);
    expect(out?.['k7']).toBe(`postgres://app:${REDACTED}@db`);
    expect(out?.['k8']).toBe(values['k8']);
  });
});
