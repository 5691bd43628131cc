import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../src/sources/load.js';
import { unapprovedChanges } from '../src/verify/compare.js';
import { analyzeFiles, fixture, jsonReport, runCli } from './helpers.js';

// blastgate verify PLAN --approved REPORT: at apply time, is the plan within what the reviewers approved?

const dir = mkdtempSync(join(tmpdir(), 'blastgate-verify-'));

function approvedReport(plans: string[], edit?: (json: { changes: { address: string; action: string; replacePaths: string[] }[] }) => void): string {
  const json = jsonReport(analyzeFiles(plans.map(fixture))) as { changes: { address: string; action: string; replacePaths: string[] }[] };
  edit?.(json);
  const path = join(dir, `approved-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('blastgate verify (the bundled CLI)', () => {
  it('passes the plan that was approved', () => {
    const run = runCli(['verify', fixture('aws-db-replaced-engine'), '--approved', approvedReport(['aws-db-replaced-engine'])]);
    expect(run.stdout).toMatch(/^Blastgate verify: approved\. The plan destroys or replaces 2 resource/);
    expect(run.status).toBe(0);
  });

  it('passes a plan with fewer destructive changes than approved', () => {
    const approved = approvedReport(['aws-db-destroyed', 'aws-kms-key-destroyed']);
    expect(runCli(['verify', fixture('aws-db-destroyed'), '--approved', approved]).status).toBe(0);
  });

  it('fails a plan with a destructive change nobody approved, naming it', () => {
    const run = runCli(['verify', fixture('aws-db-destroyed'), '--approved', approvedReport(['aws-db-replaced-engine'])]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('delete  aws_db_instance.orders: not in the approved report');
  });

  it('fails when a replacement is forced by an attribute the reviewers did not see', () => {
    const approved = approvedReport(['aws-db-replaced-engine'], (json) => {
      for (const c of json.changes) if (c.address === 'aws_db_instance.catalog') c.replacePaths = [];
    });
    const run = runCli(['verify', fixture('aws-db-replaced-engine'), '--approved', approved, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      approved: false,
      destructive: 2,
      unapproved: [{ address: 'aws_db_instance.catalog', action: 'replace', why: 'replacement now also forced by engine' }],
    });
  });

  it('fails when an approved delete became a replacement', () => {
    const approved = approvedReport(['aws-db-destroyed'], (json) => {
      for (const c of json.changes) if (c.address === 'aws_db_instance.orders') c.action = 'replace';
    });
    const run = runCli(['verify', fixture('aws-db-destroyed'), '--approved', approved]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('approved as replace, now delete');
  });

  it('a file that is not a report is bad input', () => {
    const notReport = join(dir, 'not-a-report.json');
    writeFileSync(notReport, JSON.stringify({ schemaVersion: 2 }));
    const run = runCli(['verify', fixture('aws-db-destroyed'), '--approved', notReport]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(new RegExp(`^blastgate: ${notReport}: is not a Blastgate report \\(schemaVersion 1\\)`));
  });
});

describe('unapprovedChanges', () => {
  it('creates, updates and moves need no approval', () => {
    const changes = readPlanFile(fixture('aws-s3-bucket-moved')).changes.concat(readPlanFile(fixture('aws-create-only')).changes);
    expect(unapprovedChanges(changes, [])).toEqual([]);
  });
});
