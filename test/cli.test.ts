import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidReport, fixture, hasNode24, node24, repoRoot, runCli } from './helpers.js';

// The bundle, built from the current sources and run as users run it, on the machine's Node and on Node 24 (GitHub's runtime for actions).
const runtimes: [string, string][] = [['machine node', process.execPath]];
if (hasNode24()) runtimes.push(['node 24', node24]);

const dir = mkdtempSync(join(tmpdir(), 'blastgate-cli-'));
const realPlan = readFileSync(fixture('aws-db-destroyed'), 'utf8');
const bad = {
  truncated: realPlan.slice(0, Math.floor(realPlan.length / 2)),
  notJson: 'resource "aws_s3_bucket" "b" {}\n',
  notPlan: JSON.stringify({ hello: 'world' }),
  unknownAction: (() => {
    const doc = JSON.parse(realPlan) as { resource_changes: { change: { actions: string[] } }[] };
    doc.resource_changes[0]!.change.actions = ['destroy'];
    return JSON.stringify(doc);
  })(),
  empty: '',
  state: JSON.stringify({ format_version: '1.0', terraform_version: '1.11.4', values: { root_module: {} } }),
  futureFormat: JSON.stringify({ format_version: '2.0', resource_changes: [] }),
};
for (const [name, text] of Object.entries(bad)) writeFileSync(join(dir, `${name}.json`), text);
mkdirSync(join(dir, 'a-directory.json'));

describe.each(runtimes)('the bundled CLI on %s', (_label, node) => {
  it('prints the version and the usage', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(runCli(['--version'], { node }).stdout.trim()).toBe(pkg.version);
    const help = runCli(['--help'], { node });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('blastgate analyze [PLAN ...]');
  });

  it('exits 1 with a closed gate on a production database destroy, and writes a valid JSON report', () => {
    const out = join(dir, `report-${_label.replace(/\W/g, '')}.json`);
    const run = runCli(['analyze', fixture('aws-db-destroyed'), '--format', 'json', '--output', out], { node });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { verdict: string; gate: string };
    assertValidReport(report);
    expect(report).toMatchObject({ verdict: 'review', gate: 'closed' });
  });

  it('exits 0 when the gate is open', () => {
    const run = runCli(['analyze', fixture('aws-tags-only'), '--ai-authored', 'true'], { node });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Blastgate: pass/);
  });

  it('decides authorship from a pull_request event and its commits, as the Action does', () => {
    const event = JSON.parse(readFileSync(join(repoRoot, 'fixtures/github/webhooks/pull_request.opened.json'), 'utf8')) as {
      pull_request: { user: { login: string; id: number; type: string } };
    };
    const commits = join(repoRoot, 'fixtures/github/rest/pulls-list-commits.example.json');
    const human = join(dir, 'event-human.json');
    writeFileSync(human, JSON.stringify(event));
    const byHuman = runCli(['analyze', fixture('aws-db-destroyed'), '--event', human, '--commits', commits, '--format', 'json'], { node });
    expect(byHuman.status).toBe(0);
    expect(JSON.parse(byHuman.stdout)).toMatchObject({ verdict: 'warn', provenance: { aiAuthored: false } });

    event.pull_request.user = { login: 'devin-ai-integration[bot]', id: 158243242, type: 'Bot' };
    const agent = join(dir, 'event-devin.json');
    writeFileSync(agent, JSON.stringify(event));
    const byAgent = runCli(['analyze', fixture('aws-db-destroyed'), '--event', agent, '--commits', commits, '--format', 'json'], { node });
    expect(byAgent.status).toBe(1);
    const report = JSON.parse(byAgent.stdout) as { verdict: string; provenance: { aiAuthored: boolean; signals: { kind: string }[] } };
    expect(report.verdict).toBe('review');
    expect(report.provenance.signals.map((s) => s.kind)).toContain('pr-author');
    expect(JSON.stringify(report)).not.toContain('actedFor');
  });

  it('reads the Terraform configuration of base and head: a guard removed in HCL is gated', () => {
    const hcl = (c: string) => join(repoRoot, 'fixtures/hcl', c);
    const run = runCli(['analyze', '--tf-base', hcl('prevent-destroy/base'), '--tf-head', hcl('prevent-destroy/head'), '--format', 'json'], { node });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { verdict: string; findings: { code: string; location?: { file: string; line: number } }[] };
    assertValidReport(report);
    expect(report.verdict).toBe('review');
    expect(report.findings.find((f) => f.code === 'prevent-destroy-removed' && f.location)?.location).toEqual({ file: 'main.tf', line: 23 });
  });

  it('a .tf file that does not parse is bad input: exit 2 naming the file and line', () => {
    const hcl = join(repoRoot, 'fixtures/hcl/parse-errors');
    const run = runCli(['analyze', '--tf-base', join(hcl, 'base'), '--tf-head', join(hcl, 'missing-value')], { node });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^blastgate: .*\.tf: line \d+: /);
  });

  it.each([
    ['truncated.json', 'is not complete JSON (truncated?)'],
    ['notJson.json', 'is not valid JSON: '],
    ['notPlan.json', 'is JSON but not a Terraform plan'],
    ['unknownAction.json', 'unknown action ["destroy"]'],
    ['empty.json', 'is empty'],
    ['missing.json', 'no such file'],
    ['a-directory.json', 'is a directory'],
    ['state.json', 'is Terraform state, not a plan'],
    ['futureFormat.json', 'unsupported plan format_version "2.0"'],
  ])('bad input %s: exit 2, one line naming the file and the problem', (file, problem) => {
    const path = join(dir, file);
    const run = runCli(['analyze', path], { node });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`blastgate: ${path}`);
    expect(lines[0]).toContain(problem);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [[], 'no command given'],
    [['analyze'], 'no PLAN given'],
    [['plan', 'x.json'], 'unknown command "plan"'],
    [['verify', 'x.json'], 'verify needs --approved REPORT'],
    [['verify', '--approved', 'r.json'], 'no PLAN given'],
    [['verify', 'x.json', '--approved', 'r.json', '--environment', 'dev'], '--environment does not go with verify'],
    [['analyze', 'x.json', '--format', 'yaml'], '--format must be text, markdown, json or sarif'],
    [['analyze', 'x.json', '--ai-authored', 'maybe'], '--ai-authored must be true or false'],
    [['analyze', '--base', 'a'], '--base and --head go together'],
    [['analyze', 'x.json', '--commits', 'c.json'], '--commits goes with --event'],
    [['analyze', '--tf-base', 'a'], '--tf-base and --tf-head go together'],
    [['analyze', '--tf-diff', 'main..HEAD', '--tf-base', 'a', '--tf-head', 'b'], 'give --tf-diff or --tf-base/--tf-head, not both'],
    [['analyze', 'x.json', '--bogus'], 'unknown option --bogus'],
  ])('usage error %j: exit 2 and one line', (args, problem) => {
    const run = runCli(args, { node });
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(problem);
  });

  it('a bad policy file is bad input: exit 2 naming the file, key and line; no report is written', () => {
    const policy = join(dir, 'bad-policy.yml');
    writeFileSync(policy, 'approvals: 1\ngate: everyone\n');
    const out = join(dir, 'never-written.json');
    const run = runCli(['analyze', fixture('aws-db-destroyed'), '--config', policy, '--output', out], { node });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`blastgate: ${policy}: line 2: /gate: must be one of "ai-authored", "all"`);
    expect(existsSync(out)).toBe(false);
  });
});
