import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlan } from '../src/sources/load.js';
import { fixture } from './helpers.js';
import { expectSameRead } from './streaming-equality.js';

// Plans as Windows PowerShell 5.1 saves them (`terraform show -json tfplan > plan.json` writes UTF-16LE with a
// byte-order mark) and with a UTF-8 byte-order mark, read whole and streamed; duplicate top-level keys refused.

const dir = mkdtempSync(join(tmpdir(), 'blastgate-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf8bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
const write = (name: string, content: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('byte-order marks and UTF-16', () => {
  // tfdata-sensitive has a non-ASCII-free body; aws-env-two-modules has module keys; add a non-ASCII tag too.
  const cases = ['aws-db-destroyed', 'tfdata-sensitive', 'aws-env-two-modules'];
  it.each(cases.flatMap((name) => [
    [name, 'UTF-16LE with BOM', utf16le],
    [name, 'UTF-8 with BOM', utf8bom],
  ] as const))('%s saved as %s reads as the UTF-8 original, whole and streamed', (name, _, encode) => {
    const original = readFileSync(fixture(name), 'utf8').replace('"Team": "payments"', '"Team": "paiements-équipe-✓"');
    const plain = write(`${name}.plain.json`, original);
    const encoded = write(`${name}.${encode === utf16le ? 'utf16' : 'bom'}.json`, encode(original));
    const expected = readPlan(plain, { stream: false });
    for (const options of [{ stream: false }, { stream: true }, { stream: true, bufferSize: 16 }]) {
      const got = readPlan(encoded, options);
      expect(got.changes.map((c) => [c.address, c.action])).toEqual(expected.changes.map((c) => [c.address, c.action]));
      expect(got.signals).toEqual(expected.signals);
    }
    expectSameRead(encoded);
    expectSameRead(encoded, { stream: true, bufferSize: 16 });
  });

  it('a UTF-16 plan with a JSON error names the place in the text, streamed and whole alike', () => {
    const broken = readFileSync(fixture('tfdata-cbd'), 'utf8').replace('"resource_changes": [', '"resource_changes": [,');
    const path = write('broken.utf16.json', utf16le(broken));
    expectSameRead(path);
    expect(() => readPlan(path, { stream: true })).toThrow(/is not valid JSON: .*line \d+, column \d+/);
  });
});

describe('a plan that names a top-level part twice is bad input, whole and streamed', () => {
  const base = JSON.parse(readFileSync(fixture('aws-db-destroyed'), 'utf8')) as Record<string, unknown>;
  it.each(['resource_changes', 'configuration', 'variables', 'format_version'])('"%s" twice', (key) => {
    const body = JSON.stringify(base);
    // The second copy is empty: one reader taking the first and another the last would disagree about the plan.
    const empty = key === 'format_version' ? '"1.2"' : key === 'resource_changes' ? '[]' : '{}';
    const path = write(`dup-${key}.json`, `${body.slice(0, -1)},"${key}":${empty}}`);
    for (const stream of [false, true]) {
      expect(() => readPlan(path, { stream })).toThrow(`${path}: has "${key}" twice at the top level`);
    }
    expectSameRead(path);
  });

  it('a JSON document that is not a plan may repeat keys: it is not read as a plan at all', () => {
    const path = write('not-a-plan.json', '{"a":1,"a":2}');
    expect(() => readPlan(path, { stream: true })).toThrow('is JSON but not a Terraform plan');
    expectSameRead(path);
  });
});
