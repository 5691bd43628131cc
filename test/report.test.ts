import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePlans } from '../src/pipeline.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { escapeMarkdown } from '../src/report/escape.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import { readTerraformPlan } from '../src/sources/terraform/plan.js';
import { analyzeFiles, fixture, jsonReport } from './helpers.js';

describe('the JSON report (schemaVersion 1)', () => {
  it('carries the contract fields, every change but no-ops and reads, and validates against the schema', () => {
    const report = analyzeFiles([fixture('aws-db-destroyed')]);
    const json = jsonReport(report) as {
      schemaVersion: number;
      changes: { action: string; source: string; reasons: string[] }[];
      requirement: { approvals: number } | null;
    };
    expect(json.schemaVersion).toBe(1);
    expect(json.changes.length).toBeGreaterThan(0);
    expect(json.changes.every((c) => c.action !== 'no-op' && c.action !== 'read')).toBe(true);
    expect(json.changes.every((c) => c.source === fixture('aws-db-destroyed'))).toBe(true);
    expect(json.changes.every((c) => c.reasons.length > 0)).toBe(true);
    // A production database destroyed is critical: two approvals by default (one for high).
    expect(json.requirement?.approvals).toBe(2);
  });

  it('requirement is null while the gate is open by verdict', () => {
    const json = jsonReport(analyzeFiles([fixture('aws-tags-only')]));
    expect(json['gate']).toBe('open');
    expect(json['requirement']).toBeNull();
  });
});

describe('markdown (the PR comment)', () => {
  it('puts the headline first, then a table of risky changes, details folded', () => {
    const md = renderMarkdown(analyzeFiles([fixture('aws-db-destroyed')]));
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^### 🛑 Blastgate: second review required$/);
    expect(lines[2]).toMatch(/^\*\*Gate closed\*\* — it opens with 2 approvals of the head commit/);
    expect(lines[4]).toMatch(/^Second review required: this AI-authored PR destroys 1 production resource/);
    expect(md.indexOf('| Severity |')).toBeGreaterThan(md.indexOf('Second review required'));
    expect(md.indexOf('<details>')).toBeGreaterThan(md.indexOf('| Severity |'));
  });

  it('cannot be made to inject HTML, links, tables or mentions by strings from the plan', () => {
    const doc = JSON.parse(readFileSync(fixture('aws-db-destroyed'), 'utf8')) as {
      resource_changes: { address: string; change: { actions: string[] } }[];
    };
    const evil = '<img src=x onerror=alert(1)> @octocat | [x](http://evil) `code` **bold**';
    const rc = doc.resource_changes.find((r) => r.change.actions.includes('delete'));
    if (!rc) throw new Error('fixture has no delete');
    rc.address = `aws_db_instance.main["${evil}"]`;
    const input = readTerraformPlan(doc, { path: 'evil/<b>plan</b>.json', format: 'terraform-plan' });
    const md = renderMarkdown(analyzePlans([input], { policy: DEFAULT_POLICY, aiAuthored: true }));
    // Inside a code span GitHub renders text literally; outside, nothing from the plan may stay raw.
    const spans = [...md.matchAll(/`([^`\n]*)`/g)].map((m) => m[1] ?? '');
    expect(spans.some((span) => span.includes('<img'))).toBe(true);
    // Fenced blocks (the alternatives to paste) render literally too; only their fence could end them.
    const outside = md.replace(/^```[a-z]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
    expect(outside).not.toContain('<img');
    expect(outside).not.toContain('<b>');
    expect(outside).not.toMatch(/@octocat/);
    expect(outside).not.toContain('](http://evil)');
    for (const line of md.split('\n').filter((l) => l.startsWith('| ') && l.includes('aws_db_instance.main'))) {
      // every unescaped pipe is a cell border: the row keeps the header's 4 columns
      expect(line.split(/(?<!\\)\|/).length - 2).toBe(4);
    }
  });

  it('escapeMarkdown neutralises markdown and mentions', () => {
    expect(escapeMarkdown('a|b <c> @d [e](f) *g*')).toBe('a\\|b &lt;c&gt; @\u200bd \\[e\\]\\(f\\) \\*g\\*');
  });
});

describe('text (a terminal)', () => {
  it('says the verdict, the environment, authorship and each risky change with its factors', () => {
    const text = renderText(analyzeFiles([fixture('aws-db-destroyed')]));
    expect(text).toMatch(/^Blastgate: second review required \(verdict review, gate closed, score \d+\)/);
    expect(text).toContain('production');
    expect(text).toContain('AI-authored');
    expect(text).toMatch(/CRITICAL\s+\d+\s+delete\s+aws_db_instance\./);
    expect(text).toContain('To open the gate:');
  });
});
