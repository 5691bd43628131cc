import { expect } from 'vitest';
import type { Change, PlanInput } from '../src/model.js';
import { analyzePlans } from '../src/pipeline.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { toJsonReport } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { readPlan, type PlanRead, type ReadOptions } from '../src/sources/load.js';
import { TAG_ATTRIBUTES } from '../src/model.js';
import { UPDATE_KEEPS } from '../src/sources/terraform/unchanged.js';

// The streaming reader against the whole-document reader on one file: the same input, but for the plain no-ops
// it keeps cut down and the in-place updates it keeps compacted (src/sources/terraform/unchanged.ts), and the same
// reports; or the same error.

function read(path: string, options: ReadOptions): PlanRead | Error {
  try {
    return readPlan(path, options);
  } catch (error) {
    return error as Error;
  }
}

/** What the streaming reader documents a plain no-op keeps: no `before`, and of `after` only the tag attributes. */
export function cutDownNoOp(change: Change): Change {
  const after = change.after && Object.fromEntries(Object.entries(change.after).filter(([k]) => TAG_ATTRIBUTES.includes(k)));
  return { ...change, before: null, after };
}

/** What the streaming reader documents an in-place update keeps: of before and after, tags and guards only. */
export function compactedUpdate(change: Change): Change {
  const keep = (values: Change['before']) => values && Object.fromEntries(Object.entries(values).filter(([k]) => UPDATE_KEEPS.has(k)));
  return { ...change, before: keep(change.before), after: keep(change.after) };
}

/** Both readers on `path`; returns how many plain no-ops the streaming reader cut down. */
export function expectSameRead(path: string, streamOptions: ReadOptions = { stream: true }): number {
  const whole = read(path, { stream: false });
  const streamed = read(path, streamOptions);
  if (whole instanceof Error || streamed instanceof Error) {
    expect(streamed instanceof Error ? streamed.message : 'read without error').toBe(whole instanceof Error ? whole.message : 'read without error');
    return 0;
  }
  let cut = 0;
  expect(streamed.changes).toHaveLength(whole.changes.length);
  streamed.changes.forEach((change, i) => {
    const full = whole.changes[i] as Change;
    const isCut = full.action === 'no-op' && !full.deferred;
    if (isCut) cut++;
    const isCompacted = full.action === 'update' && !full.deferred;
    expect(change).toStrictEqual(isCut ? cutDownNoOp(full) : isCompacted ? compactedUpdate(full) : full);
  });
  expect(streamed.drift).toStrictEqual(whole.drift);
  // The same references; their order may differ in a plan whose keys are not in terraform's order (stream.ts).
  const entries = (input: PlanInput) => [...input.references].map(([from, to]) => [from, [...to].sort()]).sort();
  expect(entries(streamed)).toStrictEqual(entries(whole));
  // Everything else but how long reading took.
  const rest = (input: PlanRead) => ({ ...input, changes: [], drift: [], read: { bytes: input.read.bytes } });
  expect(rest(streamed)).toStrictEqual(rest(whole));

  for (const environment of [undefined, 'production']) {
    const opts = { policy: DEFAULT_POLICY, aiAuthored: true, ...(environment ? { environment } : {}) };
    const [a, b] = [analyzePlans([streamed], opts), analyzePlans([whole], opts)];
    const stable = (report: typeof a) => JSON.parse(JSON.stringify(toJsonReport(report)), (k: string, v: unknown) => (k === 'durationMs' ? undefined : v)) as unknown;
    expect(stable(a)).toStrictEqual(stable(b));
    expect(renderText(a)).toBe(renderText(b));
    expect(renderMarkdown(a)).toBe(renderMarkdown(b));
  }
  return cut;
}
