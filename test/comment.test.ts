import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aws } from '../src/catalog/aws.js';
import type { Report } from '../src/model.js';
import { analyzePlans } from '../src/pipeline.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { alternativesFor } from '../src/report/alternatives.js';
import { MAX_VISIBLE_ROWS, renderMarkdown } from '../src/report/markdown.js';
import { mermaidLabel } from '../src/report/mermaid.js';
import { renderText } from '../src/report/text.js';
import { headline, riskyEnough, whyShort } from '../src/report/words.js';
import { composeInputs } from '../src/sources/compose.js';
import { readTerraformPlan } from '../src/sources/terraform/plan.js';
import { analyzeFiles, fixture, repoRoot } from './helpers.js';

// The PR comment as a reviewer reads it at a PR's width: structure checked on every fixture the repository has.

const PLANS = readdirSync(join(repoRoot, 'fixtures/terraform')).filter((f) => f.endsWith('.plan.json'));
const GITHUB_LIMIT = 65_536;

/** Lines a reader sees without opening anything: outside <details> bodies (a summary line is visible). */
function visibleLines(md: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const line of md.split('\n')) {
    if (line.startsWith('<details>')) {
      if (depth === 0) out.push(line);
      depth++;
    } else if (line.startsWith('</details>')) depth--;
    else if (depth === 0 && line.trim() !== '') out.push(line);
  }
  return out;
}

/** Every table outside <details>, as its rows. */
function visibleTables(md: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of visibleLines(md)) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;

const INTERNAL = /\btrap \d|\[[VU]: |\[policy: |DESIGN\.md|\bissue \d+|\.\.\/shared/;

function checkStructure(md: string, name: string): void {
  const lines = md.split('\n');
  expect(lines[0], name).toMatch(/^### \S+ Blastgate: /);
  expect(lines[2], name).toMatch(/^\*\*Gate (open|closed|pending)\*\* — /);
  for (const table of visibleTables(md)) for (const row of table) expect(cells(row), `${name}: ${row}`).toBeLessThanOrEqual(4);
  expect(visibleLines(md).length, name).toBeLessThanOrEqual(30);
  expect(md, name).not.toMatch(INTERNAL);
  expect(md.length, name).toBeLessThan(GITHUB_LIMIT);
  // Details open and close in pairs, and code fences too.
  expect(md.match(/<details>/g)?.length ?? 0, name).toBe(md.match(/<\/details>/g)?.length ?? 0);
  expect((md.match(/^```/gm)?.length ?? 0) % 2, name).toBe(0);
}

describe('the comment on every Terraform fixture', () => {
  it.each(PLANS)('%s: title, the gate line, tables of at most 4 columns, ~30 visible lines, no internal notes', (name) => {
    for (const aiAuthored of [true, false]) checkStructure(renderMarkdown(analyzeFiles([join(repoRoot, 'fixtures/terraform', name)], { aiAuthored })), name);
  });

  it('every risky change of every fixture gets a safe alternative, or the comment says none is known', () => {
    let withAlternative = 0;
    let risky = 0;
    for (const name of PLANS) {
      const report = analyzeFiles([join(repoRoot, 'fixtures/terraform', name)]);
      for (const a of report.changes.filter((c) => !c.ignored && riskyEnough(c, report) && (c.change.action === 'delete' || c.change.action === 'replace'))) {
        risky++;
        if (alternativesFor(a).length > 0) withAlternative++;
      }
    }
    expect(risky).toBeGreaterThan(20);
    expect(withAlternative).toBe(risky);
  });
});

describe('grouping and the visible budget', () => {
  it('groups alike changes into one row with the members in details: "6 × aws_subnet"', () => {
    const md = renderMarkdown(analyzeFiles([fixture('aws-vpc-replaced-many-dependents')]));
    const visible = visibleLines(md).join('\n');
    expect(visible).toMatch(/\| 6 × `aws_subnet` \| destroyed and recreated \| `vpc_id` and `cidr_block` force replacement/);
    expect(visible).not.toContain('aws_subnet.private[0]');
    expect(md).toMatch(/Members: `aws_subnet\.private\[0\]` \(100\), .*`aws_subnet\.public\[2\]` \(100\)\./);
    // The score details are stated once per group, not once per member.
    expect(md.match(/Why critical 100 \(the riskiest member\)/g)?.length).toBeGreaterThanOrEqual(1);
    expect(md.match(/aws\\_subnet is VPC subnet/g)?.length).toBe(1);
  });

  it('about 40 risky changes of different kinds still show ~30 lines, the rest folded and counted', () => {
    const doc = JSON.parse(readFileSync(fixture('aws-db-destroyed'), 'utf8')) as { resource_changes: { address: string; type: string; name: string; change: { actions: string[] } }[] };
    const template = doc.resource_changes.find((r) => r.change.actions.includes('delete'));
    if (!template) throw new Error('fixture has no delete');
    const types = Object.keys(aws()).slice(0, 45);
    doc.resource_changes = types.map((type, i) => ({ ...structuredClone(template), type, name: `r${i}`, address: `${type}.r${i}` }));
    const report = analyzePlans([readTerraformPlan(doc, { path: 'many.plan.json', format: 'terraform-plan' })], { policy: DEFAULT_POLICY, aiAuthored: true });
    const md = renderMarkdown(report);
    checkStructure(md, 'many');
    const rows = visibleTables(md)[0] ?? [];
    expect(rows.length).toBe(2 + MAX_VISIBLE_ROWS);
    expect(visibleLines(md).join('\n')).toMatch(/…and \d+ more risky changes in the sections below\./);
  });

  it('a plan far beyond a comment stays below GitHub\'s limit and says where the rest is', () => {
    const doc = JSON.parse(readFileSync(fixture('aws-db-destroyed'), 'utf8')) as { resource_changes: { address: string; type: string; name: string; change: { actions: string[] } }[] };
    const template = doc.resource_changes.find((r) => r.change.actions.includes('delete'));
    if (!template) throw new Error('fixture has no delete');
    const types = Object.keys(aws());
    doc.resource_changes = Array.from({ length: 3000 }, (_, i) => {
      const type = types[i % types.length] ?? 'aws_s3_bucket';
      return { ...structuredClone(template), type, name: `r${i}`, address: `module.m${i}.${type}.${'long_name_'.repeat(8)}${i}` };
    });
    const report = analyzePlans([readTerraformPlan(doc, { path: 'huge.plan.json', format: 'terraform-plan' })], { policy: DEFAULT_POLICY, aiAuthored: true });
    const md = renderMarkdown(report);
    checkStructure(md, 'huge');
    expect(md).toMatch(/more rows? in the JSON report/);
  });
});

describe('words', () => {
  it('a CloudFormation report never speaks Terraform: stack, logical ID, template', async () => {
    const inputs = await composeInputs({
      plans: [],
      cloudformation: { base: join(repoRoot, 'examples/cloudformation/base/shop-prod.yaml'), head: join(repoRoot, 'examples/cloudformation/head/shop-prod.yaml') },
    });
    const cdk = await composeInputs({ plans: [], cloudformation: { base: join(repoRoot, 'examples/cdk/base.out'), head: join(repoRoot, 'examples/cdk/head.out') } });
    for (const report of [analyzePlans(inputs, { policy: DEFAULT_POLICY, aiAuthored: true }), analyzePlans(cdk, { policy: DEFAULT_POLICY, aiAuthored: true })]) {
      for (const out of [renderMarkdown(report), renderText(report)]) {
        expect(out).not.toMatch(/\bTerraform\b|\bconfiguration\b|\bmoved\b|\bremoved\b/i);
        expect(out).toMatch(/template/);
      }
    }
    const md = renderMarkdown(analyzePlans(cdk, { policy: DEFAULT_POLICY, aiAuthored: true }));
    // The fix for a renamed construct is visible, not buried: the Safer line names it.
    const visible = visibleLines(md).join('\n');
    expect(visible).toMatch(/\*\*Safer:\*\* Its logical ID changed: keep the old one .*`cdk refactor`/);
    expect(md).toContain("overrideLogicalId('OrdersA9B65338')");
    expect(md).toMatch(/RemovalPolicy\.RETAIN/);
  });

  it('a Terraform report offers moved, removed and snapshot-first where they apply', () => {
    const md = renderMarkdown(analyzeFiles([fixture('aws-db-destroyed')]));
    expect(md).toMatch(/removed \{\n {2}from = aws_db_instance\.orders\n\n {2}lifecycle \{\n {4}destroy = false/);
    expect(md).toContain('final_snapshot_identifier');
    expect(md).toContain('aws rds create-db-snapshot');
    const renamed = renderMarkdown(analyzeFiles([fixture('aws-s3-bucket-renamed')]));
    expect(renamed).toMatch(/```hcl\n(# in [^\n]*\n)?moved \{/);
    const guards = renderMarkdown(analyzeFiles([fixture('aws-guards-off')]));
    expect(guards).toMatch(/Switch the guard back on:\n\n```hcl\n# on [^\n]+\n(deletion_protection|skip_final_snapshot|force_destroy)[^\n]* = (true|false)/);
  });

  it('headlines count what the policy ignored, even when the verdict passes', () => {
    const policy = { ...DEFAULT_POLICY, overrides: [{ type: 'aws_db_instance', action: 'ignore' as const, reason: 'test database' }] };
    const report = analyzeFiles([fixture('aws-db-destroyed')], { policy });
    expect(report.decision.verdict).not.toBe('review');
    expect(headline(report)).toMatch(/The policy ignores 1 risky change \(1 critical\)\./);
    expect(renderMarkdown(report)).toMatch(/Ignored by the policy \(1\)/);
  });

  it('plain grammar: "1 resource depends on it"', () => {
    const report = analyzeFiles([fixture('aws-vpc-replaced-many-dependents')]);
    const one = report.changes.find((a) => a.dependents.count === 1);
    if (!one) throw new Error('no change with one dependent');
    expect(whyShort(one)).toContain('1 resource depends on it');
    expect(renderMarkdown(report)).not.toMatch(/\b1 resources\b|\b1 changes\b|\b1 approvals\b/);
  });

  it('every report says which policy judged it', () => {
    const report: Report = analyzeFiles([fixture('aws-db-destroyed')]);
    expect(renderMarkdown(report)).toContain('Policy: the defaults');
    expect(renderText(report)).toContain('Policy: defaults');
    const named = analyzeFiles([fixture('aws-db-destroyed')], { policy: { ...DEFAULT_POLICY, origin: 'examples/blastgate.yml' } });
    expect(renderMarkdown(named)).toContain('Policy: `examples/blastgate.yml`');
  });
});

describe('the blast radius picture', () => {
  it('draws the riskiest change with dependents and what depends on it, in details, with generated ids', () => {
    const md = renderMarkdown(analyzeFiles([fixture('aws-vpc-replaced-many-dependents')]));
    const block = /<details><summary>🗺️ Blast radius: (\d+) resources depend on `([^`]+)`<\/summary>\n\n```mermaid\n([\s\S]*?)```/.exec(md);
    expect(block).not.toBeNull();
    const graph = block?.[3] ?? '';
    expect(graph).toMatch(/^flowchart LR\n {2}n0\["aws_\w+\.\w+"\]/);
    // Ids are generated, never addresses; the cap keeps it readable.
    for (const id of graph.matchAll(/^\s+(\w+)\[/gm)) expect(id[1]).toMatch(/^n\d+$/);
    expect(graph.match(/^\s+n\d+\[/gm)?.length).toBeLessThanOrEqual(1 + 3 * 9 + 1);
  });

  it('labels cannot end themselves or inject markup', () => {
    const label = mermaidLabel('a"]; click n0 "http://evil" <b>x</b> `y` |z| [0]');
    expect(label).not.toMatch(/["<>`|[\]]/);
  });
});

describe('colour in the terminal', () => {
  it('is off unless asked for, and the words are the same either way', () => {
    const report = analyzeFiles([fixture('aws-db-destroyed')]);
    const plain = renderText(report);
    const colored = renderText(report, { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(colored).toContain('\u001b[');
    expect(colored.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')).toBe(plain);
  });
});
