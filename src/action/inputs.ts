import { InputError } from '../errors.js';

// The Action's inputs (action.yml), validated once with clear errors. Names are a public contract.

export interface ActionInputs {
  plans: string[];
  config: string;
  environment?: string;
  aiAuthored: 'auto' | 'true' | 'false';
  token: string;
  comment: boolean;
  label?: string;
  enforce: boolean;
  /** analyze (a PR) or verify (after merge: is the plan about to be applied what was approved?). */
  mode: 'analyze' | 'verify';
  /** The secret that keys the comment's fingerprint of what was approved. */
  fingerprintKey?: string;
  /** Two CloudFormation templates or cdk.out assemblies (target branch's, PR's), relative to the workspace. */
  cloudformation?: { base: string; head: string };
  /** The Terraform configuration of the base and the head checkouts, relative to the workspace. */
  tf?: { base: string; head: string };
}

function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new InputError(`input "${name}"`, `must be true or false, not "${value}"`);
}

/** `get` returns an input's trimmed value, '' when unset (as @actions/core getInput does). */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const plans = get('plan')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  const aiAuthored = (get('ai-authored') || 'auto').toLowerCase();
  if (aiAuthored !== 'auto' && aiAuthored !== 'true' && aiAuthored !== 'false') {
    throw new InputError('input "ai-authored"', `must be auto, true or false, not "${aiAuthored}"`);
  }
  const token = get('github-token');
  if (!token) throw new InputError('input "github-token"', 'is empty (the default is the workflow token, github.token)');
  const label = get('label');
  if (label.length > 50) throw new InputError('input "label"', 'is longer than GitHub allows for a label name (50 characters)');
  const environment = get('environment');
  const mode = (get('mode') || 'analyze').toLowerCase();
  if (mode !== 'analyze' && mode !== 'verify') throw new InputError('input "mode"', `must be analyze or verify, not "${mode}"`);
  const fingerprintKey = get('fingerprint-key');
  const [cfnBase, cfnHead] = [get('base'), get('head')];
  if (!cfnBase !== !cfnHead) throw new InputError(`input "${cfnBase ? 'head' : 'base'}"`, 'is empty: base and head go together');
  const [tfBase, tfHead] = [get('tf-base'), get('tf-head')];
  if (!tfBase !== !tfHead) throw new InputError(`input "${tfBase ? 'tf-head' : 'tf-base'}"`, 'is empty: tf-base and tf-head go together');
  return {
    plans,
    config: get('config') || '.github/blastgate.yml',
    ...(environment ? { environment } : {}),
    aiAuthored,
    token,
    comment: bool('comment', get('comment'), true),
    ...(label ? { label } : {}),
    enforce: bool('enforce', get('enforce'), true),
    mode,
    ...(fingerprintKey ? { fingerprintKey } : {}),
    ...(cfnBase && cfnHead ? { cloudformation: { base: cfnBase, head: cfnHead } } : {}),
    ...(tfBase && tfHead ? { tf: { base: tfBase, head: tfHead } } : {}),
  };
}
