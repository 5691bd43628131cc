import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REDACTED } from '../src/model.js';
import { PROGRESS_FROM_BYTES, progressLines, readPlan, readPlanFile, STREAM_FROM_BYTES } from '../src/sources/load.js';
import { UPDATE_KEEPS } from '../src/sources/terraform/unchanged.js';
import { analyzeFiles, fixture, repoRoot } from './helpers.js';
import { cutDownNoOp, expectSameRead } from './streaming-equality.js';

// The streaming reader (big plans) against the whole-document reader, on the real-terraform fixtures and on
// variants of them that a byte scanner could get wrong.

const fixtures = readdirSync(join(repoRoot, 'fixtures/terraform'))
  .filter((f) => f.endsWith('.plan.json'))
  .map((f) => f.replace('.plan.json', ''))
  .sort();
const dir = mkdtempSync(join(tmpdir(), 'blastgate-streaming-'));
type Doc = Record<string, unknown> & { resource_changes: Record<string, unknown>[] };

function doc(name: string): Doc {
  return JSON.parse(readFileSync(fixture(name), 'utf8')) as Doc;
}

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The same document with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the streaming reader on every fixture', () => {
  it.each(fixtures)('%s: the same input and reports as read whole', (name) => {
    expectSameRead(fixture(name));
    expectSameRead(fixture(name), { stream: true, bufferSize: 64 });
  });

  it.each([
    ['aws-guards-off', 'guard-disabled'],
    ['aws-env-retag', undefined],
  ])('%s: in-place updates are kept with their tags and guards only, and judged the same', (name, code) => {
    const streamed = readPlan(fixture(name), { stream: true });
    const updates = streamed.changes.filter((c) => c.action === 'update');
    expect(updates.length).toBeGreaterThan(0);
    const whole = readPlan(fixture(name), { stream: false }).changes.filter((c) => c.action === 'update');
    // The whole read keeps more than the streamed one: the compaction happened.
    expect(updates.reduce((n, c) => n + Object.keys(c.after ?? {}).length, 0)).toBeLessThan(whole.reduce((n, c) => n + Object.keys(c.after ?? {}).length, 0));
    for (const c of updates) for (const side of [c.before, c.after]) for (const key of Object.keys(side ?? {})) expect(UPDATE_KEEPS.has(key), key).toBe(true);
    if (code) expect(analyzeFiles([fixture(name)]).changes.flatMap((a) => a.findings.map((f) => f.code))).toContain(code);
    expectSameRead(fixture(name));
  });

  it.each(['aws-vpc-replaced-many-dependents', 'tfdata-module-count-foreach', 'tfdata-sensitive', 'tfdata-moved', 'tfdata-import'])(
    '%s: the same with keys in reverse order and pretty-printed',
    (name) => {
      expectSameRead(write(`${name}.reversed.json`, reversed(doc(name))));
      expectSameRead(write(`${name}.pretty.json`, JSON.stringify(doc(name), null, 2)));
    },
  );

  it('keeps the 2000 unchanged resources of a big plan cut down, and still gates its one risky change', () => {
    const path = fixture('aws-many-unchanged-one-risky');
    expect(expectSameRead(path)).toBe(2000);
    const input = readPlan(path, { stream: true });
    const unchanged = input.changes.filter((c) => c.action === 'no-op');
    expect(unchanged).toHaveLength(2000);
    expect(unchanged.every((c) => c.before === null)).toBe(true);
    expect(analyzeFiles([path]).decision.verdict).toBe('review');
    // Their equal tags are kept once.
    expect(new Set(unchanged.map((c) => c.after)).size).toBeLessThan(10);
  });
});

describe('plain no-ops', () => {
  /** aws-db-destroyed with one more unchanged bucket whose before and after hold markers. */
  function withUnchangedBucket(extra: Record<string, unknown> = {}): Doc {
    const d = doc('aws-db-destroyed');
    d.resource_changes.push({
      address: 'aws_s3_bucket.kept',
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'kept',
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: ['no-op'],
        before: { bucket: 'marker-before', tags: { env: 'prod' } },
        after: { bucket: 'marker-after', tags: { env: 'prod' }, tags_all: { env: 'prod' } },
        after_unknown: { tags: {}, versioning: [{}] },
        before_sensitive: { tags: {} },
        after_sensitive: { tags: {}, tags_all: {} },
        ...extra,
      },
    });
    return d;
  }

  it('keep their identity and tags: no before, and of after only the tag attributes', () => {
    const input = readPlan(write('unchanged.json', withUnchangedBucket()), { stream: true });
    expect(input.changes.find((c) => c.address === 'aws_s3_bucket.kept')).toMatchObject({
      action: 'no-op',
      configAddress: 'aws_s3_bucket.kept',
      type: 'aws_s3_bucket',
      mode: 'managed',
      before: null,
      after: { tags: { env: 'prod' }, tags_all: { env: 'prod' } },
    });
    expect(cutDownNoOp(readPlan(write('unchanged.json', withUnchangedBucket()), { stream: false }).changes.at(-1)!)).toEqual(
      input.changes.at(-1),
    );
  });

  it('without secrets are never given to JSON.parse whole', () => {
    const path = write('unchanged.json', withUnchangedBucket());
    const parse = vi.spyOn(JSON, 'parse');
    readPlan(path, { stream: true });
    const texts = parse.mock.calls.map(([text]) => String(text));
    expect(texts.some((t) => t.includes('aws_s3_bucket.kept'))).toBe(true);
    expect(texts.some((t) => t.includes('marker-before') || t.includes('marker-after'))).toBe(false);
  });

  it('marked sensitive still give their secrets, redacted wherever they appear unmarked', () => {
    const d = withUnchangedBucket({
      before: { bucket: 'b', password: 'hunter2-secret' },
      after: { bucket: 'b', password: 'hunter2-secret' },
      before_sensitive: { password: true },
      after_sensitive: { password: true },
    });
    const destroyed = d.resource_changes[0]!['change'] as { before: Record<string, unknown> };
    destroyed.before['description'] = 'uses hunter2-secret to log in';
    const kept = d.resource_changes.at(-1)!['change'] as { before: Record<string, unknown> };
    kept.before['bucket'] = 'marker-not-needed';
    const path = write('sensitive-unchanged.json', d);
    expectSameRead(path);
    const parse = vi.spyOn(JSON, 'parse');
    const input = readPlan(path, { stream: true });
    expect(parse.mock.calls.some(([text]) => String(text).includes('marker-not-needed'))).toBe(false);
    expect(JSON.stringify(input)).not.toContain('hunter2-secret');
    expect(input.changes[0]?.before?.['description']).toBe(`uses ${REDACTED} to log in`);
  });

  it('with a key written with escapes are read as JSON.parse reads them', () => {
    const text = JSON.stringify(withUnchangedBucket()).replace('"tags_all":', '"t\\u0061gs_all":');
    expect(text).toContain('t\\u0061gs_all');
    const path = write('escaped-key.json', text);
    expectSameRead(path);
    expect(readPlan(path, { stream: true }).changes.at(-1)?.after).toEqual({ tags: { env: 'prod' }, tags_all: { env: 'prod' } });
  });

  it('that are moves or imports are read whole', () => {
    for (const extra of [{ importing: { id: 'b' } }]) {
      const input = readPlan(write('import.json', withUnchangedBucket(extra)), { stream: true });
      expect(input.changes.at(-1)).toMatchObject({ action: 'import', before: { bucket: 'marker-before' } });
    }
    const moved = withUnchangedBucket();
    moved.resource_changes.at(-1)!['previous_address'] = 'aws_s3_bucket.old';
    const input = readPlan(write('moved.json', moved), { stream: true });
    expect(input.changes.at(-1)).toMatchObject({ action: 'move', previousAddress: 'aws_s3_bucket.old', before: { bucket: 'marker-before' } });
  });
});

describe('bad input, streamed or read whole: the same one-line error', () => {
  const plan = readFileSync(fixture('aws-db-destroyed'), 'utf8');

  it('a plan cut short anywhere is truncated JSON, with the byte it stops at', () => {
    for (const at of [1, 100, 5000, 12345, plan.length - 2]) {
      const path = write(`cut-${at}.json`, plan.slice(0, at));
      expectSameRead(path);
      expect(() => readPlan(path, { stream: true })).toThrow(`${path}: is not complete JSON (truncated?): the input stops at byte ${at}`);
    }
  });

  it('a bad byte in a part the analysis skips names its byte, line and column', () => {
    // A comma between two members of planned_values' first nested object.
    const at = plan.indexOf('},"', plan.indexOf('"planned_values"')) + 1;
    const text = `${plan.slice(0, at)}#${plan.slice(at + 1)}`;
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    const path = write('bad-byte.json', text);
    expectSameRead(path);
    expect(() => readPlan(path, { stream: true })).toThrow(`${path}: is not valid JSON: unexpected "#" at byte ${at} (line ${line}, column ${column})`);
  });

  it.each([
    ['after, then before', (after: string, before: string) => `"after":${after},"before":${before}`],
    ['before, then after (terraform)', (after: string, before: string) => `"before":${before},"after":${after}`],
  ])('an unchanged resource whose second side repeats the first, %s, read right or refused where it goes wrong', (_, sides) => {
    const valid = '{"bucket":"b","tags":{"env":"prod"}}';
    const element = (after: string, before: string) =>
      `{"resource_changes":[{"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","change":{"actions":["no-op"],${sides(after, before)}}}]}`;
    expectSameRead(write('repeat.json', element(valid, valid)));
    expect(readPlan(write('repeat.json', element(valid, valid)), { stream: true }).changes[0]).toMatchObject({
      before: null,
      after: { tags: { env: 'prod' } },
    });
    for (const bad of [`${valid.slice(0, -1)},"x":1}`, `${valid}1`, `${valid.slice(0, -1)}`, valid.replace('prod', 'dev')]) {
      for (const path of [write('repeat-bad-1.json', element(valid, bad)), write('repeat-bad-2.json', element(bad, valid))]) {
        expectSameRead(path);
        expectSameRead(path, { stream: true, bufferSize: 16 });
      }
    }
  });

  it.each([
    ['empty', '  \n'],
    ['state', { format_version: '1.0', values: { root_module: {} } }],
    ['an array', [1, 2]],
    ['not a plan', { hello: 'world' }],
    ['future format', { format_version: '2.0', resource_changes: [{ nonsense: true }] }],
    ['not an array', { format_version: '1.2', configuration: {}, resource_changes: {} }],
    ['element not an object', { resource_changes: [{ type: 't', name: 'n', change: { actions: ['create'] } }, 42] }],
    ['deferred before elements', { resource_changes: [42], deferred_changes: [7] }],
    ['drift after elements', { resource_changes: [42], resource_drift: 'x' }],
    ['unknown action', { resource_changes: [{ type: 't', name: 'n', address: 't.n', change: { actions: ['destroy'] } }] }],
  ])('%s', (name, content) => {
    const path = write(`${name.replace(/ /g, '-')}.json`, content);
    expectSameRead(path);
    expect(() => readPlan(path, { stream: true })).toThrow(path);
  });
});

describe('files that cannot be read', () => {
  it.each([true, false])('streamed: %s, a directory or a missing file is said as for any input', (stream) => {
    const directory = join(dir, 'a-directory.json');
    mkdirSync(directory, { recursive: true });
    expect(() => readPlan(directory, { stream })).toThrow(`${directory}: is a directory, not a file`);
    expect(() => readPlan(join(dir, 'missing.json'), { stream })).toThrow('missing.json: no such file');
  });
});

describe('other formats', () => {
  it('a big JSON file that is not a Terraform plan is read as it would be read whole', () => {
    const changeSet = { ChangeSetId: 'arn:aws:cloudformation:eu-west-1:123456789012:changeSet/x/1', StackName: 's', Changes: [] };
    expectSameRead(write('change-set.json', changeSet));
  });
});

describe('reading a plan file', () => {
  it('streams from STREAM_FROM_BYTES on, reads smaller files whole, and says the size and the time taken', () => {
    const small = fixture('aws-db-destroyed');
    const big = doc('aws-db-destroyed');
    big['padding'] = 'x'.repeat(STREAM_FROM_BYTES);
    const bigPath = write('big.json', big);
    const cut = (path: string) => readPlan(path).changes.some((c) => c.action === 'no-op' && c.before === null);
    expect(cut(small)).toBe(false);
    expect(cut(bigPath)).toBe(true);
    const read = readPlan(bigPath);
    expect(read.read.bytes).toBe(readFileSync(bigPath).length);
    expect(read.read.durationMs).toBeGreaterThan(0);
    expect(readPlanFile(bigPath).changes).toHaveLength(read.changes.length);
  });

  it('says how far a long read has got: a line per 100 MB and one at the end; nothing for smaller plans', () => {
    const MB = 1024 * 1024;
    const lines: string[] = [];
    const big = progressLines('plan.json', (line) => lines.push(line));
    for (let read = 0; read <= 250 * MB; read += 2 * MB) big(read, 250 * MB);
    big(250 * MB, 250 * MB);
    expect(lines).toEqual([
      'reading plan.json: 100 of 250 MB (40%)',
      'reading plan.json: 200 of 250 MB (80%)',
      'reading plan.json: 250 of 250 MB (100%)',
    ]);
    const quiet: string[] = [];
    const small = progressLines('small.json', (line) => quiet.push(line));
    small(PROGRESS_FROM_BYTES - 1, PROGRESS_FROM_BYTES - 1);
    expect(quiet).toEqual([]);
  });

  it('reports progress as it reads, up to the whole file', () => {
    const path = fixture('aws-many-unchanged-one-risky');
    const seen: [number, number][] = [];
    readPlan(path, { stream: true, bufferSize: 1 << 16, onProgress: (read, total) => seen.push([read, total]) });
    const size = readFileSync(path).length;
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every(([, total]) => total === size)).toBe(true);
    expect(seen.map(([read]) => read)).toEqual([...seen.map(([read]) => read)].sort((a, b) => a - b));
    expect(seen.at(-1)?.[0]).toBe(size);
  });
});
