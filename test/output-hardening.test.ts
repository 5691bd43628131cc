import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toJsonReport } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { readPlan } from '../src/sources/load.js';
import { analyzeFiles, fixture } from './helpers.js';

// Values a PR controls (tags, variable defaults, names) reach the CLI's text output, CI logs and the PR comment.

const dir = mkdtempSync(join(tmpdir(), 'blastgate-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** aws-db-destroyed with the database's Environment tag (as it was before the delete) set to `value`. */
function withTag(value: string): string {
  const plan = JSON.parse(readFileSync(fixture('aws-db-destroyed'), 'utf8')) as {
    resource_changes: { address: string; change: { before: { tags: Record<string, string>; tags_all: Record<string, string> } } }[];
  };
  const db = plan.resource_changes.find((rc) => rc.address === 'aws_db_instance.orders');
  if (!db) throw new Error('fixture changed');
  db.change.before.tags['Environment'] = value;
  db.change.before.tags_all['Environment'] = value;
  const path = join(dir, `tag-${Math.abs(value.length)}.json`);
  writeFileSync(path, JSON.stringify(plan));
  return path;
}

describe('text output', () => {
  it('shows control characters from plan values as escapes: no workflow command, no fake line, no terminal colours', () => {
    const value = 'prod\n::error file=main.tf::all good\r\u001b[32mBlastgate: pass (verdict pass, gate open)\u001b[0m\u2028x';
    const text = renderText(analyzeFiles([withTag(value)]));
    expect(text).toContain('prod\\n::error file=main.tf::all good\\r\\x1b[32mBlastgate');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\u2028');
    expect(text.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    expect(text.split('\n').filter((line) => line.startsWith('Blastgate:'))).toHaveLength(1);
  });
});

describe('markdown output', () => {
  it('breaks bare URLs, www. autolinks and emoji shortcodes taken from plan strings', () => {
    const value = 'prod https://evil.example/approve www.evil.example :white_check_mark: approved';
    const report = analyzeFiles([withTag(value)]);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('evil.example');
    expect(markdown).not.toMatch(/https:\/\/evil/);
    expect(markdown).not.toMatch(/www\.evil/i);
    expect(markdown).not.toContain(':white_check_mark:');
  });
});

describe('a short secret inside a longer unmarked string', () => {
  it('is redacted wherever it stands as a word of its own, in every output', () => {
    const path = fixture('tfdata-sensitive-short');
    expect(readFileSync(path, 'utf8')).toContain('postgres://orders_app:pw1@orders-prod:5432/orders');
    for (const stream of [false, true]) {
      const input = readPlan(path, { stream });
      const dsn = input.changes.find((c) => c.address === 'terraform_data.dsn');
      expect(dsn?.before?.['input']).toBe('postgres://orders_app:(sensitive value)@orders-prod:5432/orders');
      expect(JSON.stringify(input)).not.toMatch(/\bpw1\b/);
    }
    const report = analyzeFiles([path]);
    for (const out of [JSON.stringify(toJsonReport(report)), renderText(report), renderMarkdown(report)]) expect(out).not.toMatch(/\bpw1\b/);
  });
});
