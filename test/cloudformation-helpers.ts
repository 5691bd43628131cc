import { Ajv } from 'ajv';
import reportSchema from '../schema/report.schema.json' with { type: 'json' };
import type { InputFormat, PlanInput, Report } from '../src/model.js';
import { analyzePlans, type AnalyzeOptions } from '../src/pipeline.js';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { toJsonReport } from '../src/report/json.js';

// Shared by the CloudFormation and CDK tests: analysis with the defaults, and the JSON report checked against
// the published schema with the CloudFormation input formats listed (schema/report.schema.json lists
// terraform-plan only until the CLI reads these inputs; then this widening is a no-op).

const FORMATS: InputFormat[] = ['terraform-plan', 'cloudformation-template', 'cdk-assembly', 'cloudformation-changeset'];
const schema = structuredClone(reportSchema) as { properties: { sources: { items: { properties: { format: { enum: string[] } } } } } };
const format = schema.properties.sources.items.properties.format;
format.enum = [...new Set([...format.enum, ...FORMATS])];
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

export function analyzeInputs(inputs: PlanInput[], opts: Partial<AnalyzeOptions> = {}): Report {
  const report = analyzePlans(inputs, { policy: DEFAULT_POLICY, aiAuthored: true, ...opts });
  const json = toJsonReport(report);
  if (!validate(json)) throw new Error(`report does not match schema: ${ajv.errorsText(validate.errors)}`);
  return report;
}

/** The input of one stack, by the display name that ends its source path (`cdk.out#Prod/Service`). */
export function stackInput(inputs: PlanInput[], displayName: string): PlanInput {
  const found = inputs.find((i) => i.source.path.endsWith(`#${displayName}`));
  if (!found) throw new Error(`no input for ${displayName} in ${inputs.map((i) => i.source.path).join(', ')}`);
  return found;
}
