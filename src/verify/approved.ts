import { Ajv } from 'ajv';
import reportSchema from '../../schema/report.schema.json' with { type: 'json' };
import { InputError } from '../errors.js';
import { parseJsonFile } from '../sources/load.js';
import { isDestructive } from '../model.js';
import type { ApprovedChange } from './compare.js';

/** The destructive set of an approved report (the schemaVersion 1 JSON that `analyze` writes). */
export function readApprovedReport(path: string): ApprovedChange[] {
  const doc = parseJsonFile(path);
  const validate = new Ajv({ allErrors: false, strict: false }).compile(reportSchema);
  if (!validate(doc)) {
    const error = validate.errors?.[0];
    throw new InputError(path, `is not a Blastgate report (schemaVersion 1): ${error?.instancePath || '(top level)'} ${error?.message ?? 'is invalid'}`);
  }
  const changes = (doc as { changes: { address: string; action: string; replacePaths?: string[] }[] }).changes;
  return changes
    .filter(isDestructive)
    .map((c) => ({ address: c.address, action: c.action, replacePaths: c.replacePaths ?? [] }));
}
