import { describe, expect, it } from 'vitest';
import type { AssessedChange, Report } from '../src/model.js';
import { analyzeFiles, fixture, jsonReport } from './helpers.js';

// Data lost without a destroy, guards that become unknown, backups deleted, and VMs whose disks are the data:
// plans made by the real terraform with the hashicorp/aws provider (fixtures/terraform/README.md).

function at(report: Report, address: string): AssessedChange {
  const found = report.changes.find((a) => a.change.address === address);
  if (!found) throw new Error(`${address} not in ${report.changes.map((a) => a.change.address).join(', ')}`);
  return found;
}
const messages = (a: AssessedChange) => a.findings.map((f) => f.message).join('\n');

describe('aws-data-lost-in-place: production stores, no database destroyed', () => {
  const report = analyzeFiles([fixture('aws-data-lost-in-place')]);
  jsonReport(report);

  it('is gated, and every store that loses data is among the gated changes', () => {
    expect(report.decision.verdict).toBe('review');
    expect(report.decision.gatedAddresses).toEqual(
      expect.arrayContaining([
        'aws_db_instance.ledger',
        'aws_dynamodb_table.sessions',
        'aws_s3_bucket_versioning.documents',
        'aws_s3_bucket_lifecycle_configuration.documents',
        'aws_cloudwatch_log_group.audit',
        'aws_backup_vault.main',
        'aws_backup_plan.daily',
      ]),
    );
  });

  it('a guard that becomes unknown at plan time may be switched off; automated backups deleted with the database', () => {
    const db = at(report, 'aws_db_instance.ledger');
    expect(db.change.after?.['deletion_protection']).toBe('(known after apply)');
    expect(messages(db)).toContain('deletion_protection true → "(known after apply)" (may be switched off');
    expect(messages(db)).toContain('delete_automated_backups false → true');
  });

  it('point-in-time recovery off, versioning suspended, a one-day expiration and a retention cut short', () => {
    expect(messages(at(report, 'aws_dynamodb_table.sessions'))).toContain('point-in-time recovery switched off');
    expect(messages(at(report, 'aws_s3_bucket_versioning.documents'))).toContain('"Enabled" → "Suspended"');
    expect(messages(at(report, 'aws_s3_bucket_lifecycle_configuration.documents'))).toContain('null → 1 (a lifecycle rule expires current objects');
    expect(messages(at(report, 'aws_cloudwatch_log_group.audit'))).toContain('3653 → 1');
    for (const address of ['aws_s3_bucket_versioning.documents', 'aws_s3_bucket_lifecycle_configuration.documents', 'aws_cloudwatch_log_group.audit']) {
      expect(['high', 'critical'], address).toContain(at(report, address).severity);
    }
  });

  it('the backup vault and the backup plan deleted', () => {
    expect(at(report, 'aws_backup_vault.main').severity).toBe('critical');
    expect(at(report, 'aws_backup_plan.daily').severity).toBe('high');
  });
});

describe('aws-instance-disk-destroyed: a VM whose 500 GB root volume holds the data', () => {
  it('weighs as data and is gated; a small stateless VM beside it is not', () => {
    const report = analyzeFiles([fixture('aws-instance-disk-destroyed')]);
    const host = at(report, 'aws_instance.ledger_host');
    expect(host.resourceClass).toBe('data');
    expect(host.factors.find((f) => f.name === 'what')?.detail).toContain('500 GB root volume');
    expect(at(report, 'aws_instance.web').resourceClass).toBe('compute');
    expect(report.decision.gatedAddresses).toEqual(['aws_instance.ledger_host']);
  });
});
