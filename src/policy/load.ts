import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isNode } from 'yaml';
import schema from '../../schema/policy.schema.json' with { type: 'json' };
import { InputError } from '../errors.js';
import { readTextFile } from '../files.js';
import { DEFAULT_POLICY, DEFAULT_POLICY_PATH } from './defaults.js';
import { findPolicy } from './find.js';
import { GUARD_CLASSES, type GuardAnswer, type GuardPolicy, type GuardRule, type GuardWrapper, type Policy } from './types.js';

export { DEFAULT_POLICY_PATH };

let compiled: ValidateFunction | undefined;
/** Compiled on first use: a policy-less run pays nothing for it. */
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: false }).compile(schema);
  return compiled;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(top level)';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown key "${String(error.params['additionalProperty'])}"`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${error.message ?? 'is invalid'}`;
}

interface GuardInput {
  rules?: Record<string, GuardAnswer | Partial<GuardRule>>;
  wrappers?: GuardWrapper[];
  planTimeoutSeconds?: number;
}

/** The guard section with defaults filled in: a rule given as one answer applies to both environments. */
function guardPolicy(input: GuardInput | undefined): GuardPolicy {
  const defaults = DEFAULT_POLICY.guard;
  const rules = { ...defaults.rules };
  for (const c of GUARD_CLASSES) {
    const given = input?.rules?.[c];
    if (given === undefined) continue;
    rules[c] = typeof given === 'string' ? { production: given, nonProduction: given } : { ...defaults.rules[c], ...given };
  }
  return { rules, wrappers: input?.wrappers ?? defaults.wrappers, planTimeoutSeconds: input?.planTimeoutSeconds ?? defaults.planTimeoutSeconds };
}

/** Parses and validates policy text; errors name the key and its line. Pure apart from nothing: text in, Policy out. */
export function parsePolicy(text: string, origin: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.linePos?.[0];
    const message = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(origin, `${pos ? `line ${pos.line}: ` : ''}not valid YAML: ${message}`);
  }
  const data: unknown = doc.toJS() ?? {};
  const validate = validator();
  if (!validate(data)) {
    const error = validate.errors?.[0];
    if (!error) throw new InputError(origin, 'does not match the policy schema');
    const path = error.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
    const node = doc.getIn(path, true);
    const range = isNode(node) ? node.range : undefined;
    const line = range ? `line ${lineCounter.linePos(range[0]).line}: ` : '';
    throw new InputError(origin, `${line}${describe(error)}`);
  }
  const p = data as Partial<Omit<Policy, 'thresholds' | 'environments' | 'provenance' | 'guard'>> & {
    guard?: GuardInput;
    thresholds?: Partial<Policy['thresholds']>;
    environments?: Partial<Policy['environments']>;
    provenance?: Partial<Policy['provenance']>;
  };
  return {
    gate: p.gate ?? DEFAULT_POLICY.gate,
    thresholds: { ...DEFAULT_POLICY.thresholds, ...p.thresholds },
    approvals: p.approvals ?? DEFAULT_POLICY.approvals,
    reviewers: p.reviewers ?? DEFAULT_POLICY.reviewers,
    teams: p.teams ?? DEFAULT_POLICY.teams,
    requirements: p.requirements ?? DEFAULT_POLICY.requirements,
    ...(p.breakGlass ? { breakGlass: p.breakGlass } : {}),
    label: p.label ?? DEFAULT_POLICY.label,
    environments: { ...DEFAULT_POLICY.environments, ...p.environments },
    overrides: p.overrides ?? DEFAULT_POLICY.overrides,
    circuitBreakers: p.circuitBreakers ?? DEFAULT_POLICY.circuitBreakers,
    provenance: { ...DEFAULT_POLICY.provenance, ...p.provenance },
    guard: guardPolicy(p.guard),
    origin,
  };
}

/** Reads the policy file: an explicit path must exist; without one, the repository's is used when it has one. */
export function loadPolicy(explicitPath: string | undefined, cwd = process.cwd()): Policy {
  const path = explicitPath ?? findPolicy(cwd);
  if (!path) return DEFAULT_POLICY;
  let text: string;
  try {
    text = readTextFile(explicitPath ? path : join(cwd, path));
  } catch (error) {
    // Name the file as the user wrote it, not the joined path.
    throw error instanceof InputError ? new InputError(path, error.detail) : error;
  }
  return parsePolicy(text, path);
}
