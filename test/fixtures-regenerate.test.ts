// The committed Terraform plan fixtures (fixtures/terraform) are made by
// scripts/make-fixtures.mjs with the real terraform binary. Where terraform is
// on the PATH, this test regenerates the terraform_data cases (no provider,
// a few seconds) into a temporary directory and checks that terraform still
// plans the same addresses, actions and action reasons as the committed files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { hasTerraform } from './helpers.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'fixtures', 'terraform');
const SCRIPT = join(ROOT, 'scripts', 'make-fixtures.mjs');

interface ResourceChange {
  address: string;
  action_reason?: string;
  change: { actions: string[] };
}

interface PlanJson {
  format_version: string;
  terraform_version: string;
  resource_changes?: ResourceChange[];
  variables?: Record<string, { value: unknown }>;
}

function readPlan(file: string): PlanJson {
  return JSON.parse(readFileSync(file, 'utf8')) as PlanJson;
}

/** The part of a plan that must not drift: address, actions, action reason. */
function shape(plan: PlanJson): string[] {
  return (plan.resource_changes ?? [])
    .map((rc) => `${rc.address} ${rc.change.actions.join(',')} ${rc.action_reason ?? '-'}`)
    .sort();
}

const committed = readdirSync(FIXTURES).filter((f) => f.endsWith('.plan.json'));
const committedTfdata = committed.filter((f) => f.startsWith('tfdata-')).sort();

describe('committed terraform fixtures', () => {
  const versions = readFileSync(join(FIXTURES, 'TERRAFORM_VERSION'), 'utf8').trim().split('\n');

  it.each(committed)('%s is a plan from the recorded terraform version, without machine paths', (file) => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const plan = JSON.parse(text) as PlanJson;
    expect(plan.format_version).toMatch(/^1\./);
    expect(versions).toContain(plan.terraform_version);
    expect(plan.resource_changes?.length ?? 0).toBeGreaterThan(0);
    expect(text).not.toMatch(/"\/(tmp|work|root|home)\//);
  });

  it('tfdata-sensitive carries the secret in plaintext (for leak tests)', () => {
    const plan = readPlan(join(FIXTURES, 'tfdata-sensitive.plan.json'));
    expect(plan.variables?.['db_password']?.value).toBe('s3cr3t-do-not-leak');
  });
});

describe('regenerating the terraform_data fixtures', () => {
  const out = mkdtempSync(join(tmpdir(), 'blastgate-regen-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.skipIf(!hasTerraform())(
    'plans the same addresses, actions and reasons as the committed files',
    () => {
      const r = spawnSync(process.execPath, [SCRIPT, '--only', 'tfdata', '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 55_000,
      });
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);

      const written = readdirSync(out).filter((f) => f.endsWith('.plan.json')).sort();
      expect(written).toEqual(committedTfdata);
      for (const file of written) {
        const fresh = shape(readPlan(join(out, file)));
        const old = shape(readPlan(join(FIXTURES, file)));
        expect(fresh, file).toEqual(old);
      }
    },
    60_000,
  );
});
