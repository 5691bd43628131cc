import { describe, expect, it } from 'vitest';
import { toJsonReport } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { analyzeFiles, fixture } from './helpers.js';

// Two reads of the same plan take different times on a loaded machine; the reports people compare must not differ.

describe('reports do not depend on how long reading took', () => {
  const report = analyzeFiles([fixture('aws-db-destroyed')]);
  const slower = { ...report, sources: report.sources.map((s) => ({ ...s, durationMs: (s.durationMs ?? 0) + 12_345 })) };

  it('the text and markdown reports are the same for a fast and a slow read', () => {
    expect(report.sources[0]?.durationMs).toBeTypeOf('number');
    expect(renderText(slower)).toBe(renderText(report));
    expect(renderMarkdown(slower)).toBe(renderMarkdown(report));
    expect(renderText(report)).toMatch(/^Read .*aws-db-destroyed\.plan\.json: \d+(\.\d)? (B|kB|MB|GB)$/m);
  });

  it('the JSON report keeps the timing in sources[].durationMs', () => {
    const json = toJsonReport(slower) as { sources: { durationMs?: number }[] };
    expect(json.sources[0]?.durationMs).toBe((report.sources[0]?.durationMs ?? 0) + 12_345);
  });
});
