import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { loadPolicy, parsePolicy } from '../src/policy/load.js';

function errorOf(text: string): string {
  try {
    parsePolicy(text, '.github/blastgate.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('policy file', () => {
  it('fills defaults around what the file sets', () => {
    const policy = parsePolicy(
      'version: 1\napprovals: 2\nthresholds:\n  review: critical\nenvironments:\n  nonProduction: [perf]\n',
      'p.yml',
    );
    expect(policy.approvals).toBe(2);
    expect(policy.thresholds).toEqual({ warn: 'medium', review: 'critical', manyDependents: 5 });
    expect(policy.environments.nonProduction).toEqual(['perf']);
    expect(policy.environments.unknown).toBe('production');
    expect(policy.circuitBreakers).toEqual(DEFAULT_POLICY.circuitBreakers);
    expect(policy.origin).toBe('p.yml');
  });

  it('requirements per severity and a break-glass team, with delays', () => {
    const policy = parsePolicy('requirements:\n  critical:\n    approvals: 3\n    delay: 24h\n    teams: [acme/dba]\nbreakGlass:\n  team: sre-leads\n', 'p.yml');
    expect(policy.requirements).toEqual({ critical: { approvals: 3, delay: '24h', teams: ['acme/dba'] } });
    expect(policy.breakGlass).toEqual({ team: 'sre-leads' });
    expect(errorOf('requirements:\n  critical:\n    delay: tomorrow\n')).toMatch(/line 3: \/requirements\/critical\/delay: must match pattern/);
    expect(errorOf('breakGlass:\n  team: sre\n  approvals: 1\n')).toMatch(/line 3: \/breakGlass\/approvals: must be >= 2/);
  });

  it('an empty file is the defaults', () => {
    expect(parsePolicy('', 'p.yml')).toEqual({ ...DEFAULT_POLICY, origin: 'p.yml' });
  });

  it('names the file, the line and the unknown key', () => {
    expect(errorOf('version: 1\napprovals: 1\nthreshold:\n  review: high\n')).toBe(
      '.github/blastgate.yml: line 1: (top level): unknown key "threshold"',
    );
    expect(errorOf('thresholds:\n  review: severe\n')).toBe(
      '.github/blastgate.yml: line 2: /thresholds/review: must be one of "low", "medium", "high", "critical"',
    );
    expect(errorOf('overrides:\n  - type: aws_s3_bucket\n    action: skip\n')).toMatch(
      /^\.github\/blastgate\.yml: line 3: \/overrides\/0\/action: must be one of "ignore", "critical"$/,
    );
    expect(errorOf('approvals: 0\n')).toBe('.github/blastgate.yml: line 1: /approvals: must be >= 1');
  });

  it('reports YAML syntax errors with their line', () => {
    expect(errorOf('gate: all\nreviewers: [alice\n')).toMatch(/^\.github\/blastgate\.yml: line \d+: not valid YAML: /);
  });

  it('reads .github/blastgate.yml when no path is given, and defaults without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blastgate-policy-'));
    expect(loadPolicy(undefined, dir)).toBe(DEFAULT_POLICY);
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/blastgate.yml'), 'gate: all\n');
    expect(loadPolicy(undefined, dir).gate).toBe('all');
  });

  it('an explicit path that does not exist is bad input', () => {
    expect(() => loadPolicy('/nonexistent/blastgate.yml')).toThrow('/nonexistent/blastgate.yml: no such file');
  });
});
