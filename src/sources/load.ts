import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { PlanInput } from '../model.js';
import { looksLikeTerraformPlan, readTerraformPlan } from './terraform/plan.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Where a JSON.parse error happened, as line:column, when the engine says a position. */
function parseErrorDetail(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position?.[1]) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)$/, '')} (line ${line}, column ${column})`;
}

export function parseJsonFile(path: string): unknown {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new InputError(path, 'is a directory, not a plan file');
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(error)})`);
  }
  if (text.trim() === '') throw new InputError(path, 'is empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // A parse error at the very end of the text means the file stops early, whatever the engine calls it.
    const position = /at position (\d+)/.exec(String(error))?.[1];
    const truncated = /Unexpected end of JSON input/.test(String(error)) || (position !== undefined && Number(position) >= text.trimEnd().length - 1);
    throw new InputError(
      path,
      truncated ? 'is not complete JSON (truncated?)' : `is not valid JSON: ${parseErrorDetail(text, error)}`,
    );
  }
}

/** Reads one positional PLAN input, telling the format apart by content. */
export function readPlanFile(path: string): PlanInput {
  const doc = parseJsonFile(path);
  if (looksLikeTerraformPlan(doc)) return readTerraformPlan(doc, { path, format: 'terraform-plan' });
  if (isRecord(doc) && Array.isArray(doc['Changes']) && 'ChangeSetId' in doc) {
    throw new InputError(path, 'CloudFormation change sets are not supported yet');
  }
  if (isRecord(doc) && isRecord(doc['values']) && !('planned_values' in doc)) {
    throw new InputError(path, 'is Terraform state, not a plan (run `terraform show -json PLANFILE`)');
  }
  throw new InputError(path, 'is JSON but not a Terraform plan (expected the output of `terraform show -json PLANFILE`)');
}
