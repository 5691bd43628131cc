import { describe, expect, it } from 'vitest';
import type { AssessedChange, Report } from '../src/model.js';
import { parsePolicy } from '../src/policy/load.js';
import { analyzeFiles, fixture, jsonReport } from './helpers.js';

// The policy's ignore overrides and circuit breakers under a PR that wants through, on plans made by the real
// terraform (fixtures/terraform/README.md).

function at(report: Report, address: string): AssessedChange {
  const found = report.changes.find((a) => a.change.address === address);
  if (!found) throw new Error(`${address} not in ${report.changes.map((a) => a.change.address).join(', ')}`);
  return found;
}
const codes = (a: AssessedChange) => a.findings.map((f) => f.code);
const ignoring = (override: string) => parsePolicy(`overrides:\n  - ${override}\n    action: ignore\n    reason: scratch space\n`, 'blastgate.yml');

describe('an ignored address cannot be entered with a moved block', () => {
  for (const override of ['address: "module.scratch.*"', 'type: aws_db_instance\n    address: "module.scratch.*"']) {
    it(`a production database moved into it is judged as if destroyed (${override.split('\n')[0]})`, () => {
      const report = analyzeFiles([fixture('aws-db-moved-into-ignored')], { policy: ignoring(override) });
      jsonReport(report);
      const db = at(report, 'module.scratch.aws_db_instance.main');
      expect(db.change.action).toBe('move');
      expect(db.change.previousAddress).toBe('aws_db_instance.main');
      expect(db.ignored).toBe(false);
      expect(codes(db)).toContain('moved-into-ignored');
      expect(db.severity).toBe('critical');
      expect(report.decision.verdict).toBe('review');
    });

    it(`moved into it and deleted there in one plan is never ignored (${override.split('\n')[0]})`, () => {
      const report = analyzeFiles([fixture('aws-db-moved-then-deleted')], { policy: ignoring(override) });
      const db = at(report, 'module.scratch.aws_db_instance.main[0]');
      expect(db.change.action).toBe('delete');
      expect(db.ignored).toBe(false);
      expect(report.decision.gatedAddresses).toEqual(['module.scratch.aws_db_instance.main[0]']);
    });
  }

  it('without the policy the move alone is no destruction', () => {
    expect(analyzeFiles([fixture('aws-db-moved-into-ignored')]).decision.verdict).toBe('pass');
  });

  it('an ignore override that names no type says so on what it ignores; one with a type does not', () => {
    const byAddress = analyzeFiles([fixture('aws-module-removed')], { policy: ignoring('address: "module.storage.*"') });
    expect(byAddress.changes.every((a) => a.ignored)).toBe(true);
    expect(byAddress.changes.every((a) => codes(a).includes('ignore-without-type'))).toBe(true);
    const typed = analyzeFiles([fixture('aws-module-removed')], { policy: ignoring('type: "aws_*"\n    address: "module.storage.*"') });
    expect(typed.changes.some((a) => codes(a).includes('ignore-without-type'))).toBe(false);
  });
});

describe('the environment-destroy circuit breaker', () => {
  it('divides by what existed before the plan: twenty throwaway creates do not dilute six of eight destroyed', () => {
    const report = analyzeFiles([fixture('tfdata-destroy-diluted')]);
    expect(report.changes.filter((a) => a.change.action === 'create')).toHaveLength(20);
    expect(report.changes.filter((a) => a.change.action === 'delete')).toHaveLength(6);
    expect(report.decision.verdict).toBe('fail');
    expect(report.decision.reasons.join('\n')).toContain('environment-destroy');
  });
});
