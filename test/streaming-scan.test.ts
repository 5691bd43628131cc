import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonCursor, JsonSyntaxError, type ReadBytes } from '../src/sources/terraform/scan.js';
import { fixture } from './helpers.js';

// The byte scanner must accept exactly what JSON.parse accepts, wherever the buffer boundaries fall.

function fromBytes(bytes: Buffer): ReadBytes {
  return (buffer, offset, length, position) => bytes.copy(buffer, offset, position, Math.min(bytes.length, position + length));
}

/** Skips the whole document; the error, if any. */
function scan(text: string | Buffer, bufferSize = 7): JsonSyntaxError | undefined {
  const cursor = new JsonCursor(fromBytes(Buffer.from(text)), bufferSize);
  try {
    cursor.skipValue();
    cursor.finish();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A small deterministic generator (mulberry32), so that failures repeat. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the JSON byte scanner', () => {
  it.each([
    '{}', '[]', '0', '-0', '1.5e+10', '-12.25E-3', '"a\\u00e9\\n\\"b"', 'true', 'false', 'null', ' \t\r\n{"a" : [1, {"b":null}] }\n',
    `{"deep":${'['.repeat(200)}1${']'.repeat(200)}}`,
    '"\u00e9\u4e2d\ud83d\ude00"',
  ])('accepts %s, as JSON.parse does', (text) => {
    expect(parses(text)).toBe(true);
    expect(scan(text)).toBeUndefined();
  });

  it.each([
    ['', 0, true], ['{', 1, true], ['{"a":', 5, true], ['[1,', 3, true], ['"abc', 4, true], ['tru', 3, true],
    ['{"a" 1}', 5, false], ['[1 2]', 3, false], ['{,}', 1, false], ['[1,]', 3, false], ['{"a":1,}', 7, false],
    ['01', 1, false], ['1.', 2, true], ['1e', 2, true], ['-', 1, true], ['1.x', 2, false], ['+1', 0, false], ['.5', 0, false],
    ['"a\tb"', 2, false], ['"\\x"', 2, false], ['"\\u12g4"', 5, false], ['nul', 3, true], ['nulL', 3, false],
    ['{} {}', 3, false], ['[}', 1, false], ['{]', 1, false], ['{1:2}', 1, false], ["{'a':1}", 1, false], ['\ufeff{}', 0, false],
  ])('refuses %j at byte %i (truncated: %s), as JSON.parse does', (text, offset, truncated) => {
    expect(parses(text)).toBe(false);
    const error = scan(text);
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect(error?.offset).toBe(offset);
    expect(error?.truncated).toBe(truncated);
  });

  it('agrees with JSON.parse on thousands of one-byte mutations of a real plan, at any buffer size', () => {
    const plan = readFileSync(fixture('tfdata-sensitive'));
    const next = random(5);
    const bytes = [...'{}[]",:\\ 0123456789-+.eEtrufalsn\t\n\u0001x'].map((c) => c.charCodeAt(0));
    let refused = 0;
    for (let n = 0; n < 3000; n++) {
      const mutated = Buffer.from(plan);
      mutated[Math.floor(next() * mutated.length)] = bytes[Math.floor(next() * bytes.length)] as number;
      const ok = parses(mutated.toString('utf8'));
      if (!ok) refused++;
      expect(scan(mutated, 1 + Math.floor(next() * 64)) === undefined, `mutation ${n}`).toBe(ok);
    }
    expect(refused).toBeGreaterThan(300);
  });

  it('cuts out the text of a value that spans many buffer refills', () => {
    const value = JSON.stringify({ a: 'x'.repeat(1000), b: [1, 2, 3] });
    const cursor = new JsonCursor(fromBytes(Buffer.from(`[${value}]`)), 4);
    const texts: string[] = [];
    cursor.array(() => texts.push(cursor.capture()));
    expect(texts).toEqual([value]);
  });
});
