import picomatch from 'picomatch';
import { TAG_ATTRIBUTES, type Change, type Environment, type EnvironmentSignal, type PlanInput } from '../model.js';
import type { EnvironmentPolicy } from '../policy/types.js';

// DESIGN.md section 5: these names are production, these are not; any other name, or none, is production
// unless the policy says otherwise (fail safe).
const PRODUCTION = ['prod', 'production', 'prd', 'live'];
const NON_PRODUCTION = ['dev', 'development', 'test', 'qa', 'staging', 'stage', 'sandbox', 'preview', 'ephemeral'];

/** Variable and tag keys that name an environment. */
const ENV_KEY = /^(env|environment|stage|env_name|environment_name|stage_name|deploy_env|deployment_environment|app_env|tier)$/i;

export interface EnvironmentContext {
  /** --environment / the Action's `environment` input. */
  explicit?: string;
  /** TF_WORKSPACE of the run. */
  workspace?: string;
  policy: EnvironmentPolicy;
}

type Verdict = 'production' | 'non-production' | 'unnamed';

function tokens(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.replace(/\d+$/, ''));
}

/** Production or not by name: whole value first, then its words (`payments-prod-eu` is production). */
export function classifyName(name: string, policy: EnvironmentPolicy): Verdict {
  const prod = new Set([...PRODUCTION, ...policy.production.map((n) => n.toLowerCase())]);
  const nonProd = new Set([...NON_PRODUCTION, ...policy.nonProduction.map((n) => n.toLowerCase())]);
  const whole = name.trim().toLowerCase();
  if (prod.has(whole)) return 'production';
  if (nonProd.has(whole)) return 'non-production';
  const words = tokens(name);
  if (words.some((w) => prod.has(w))) return 'production';
  if (words.some((w) => nonProd.has(w))) return 'non-production';
  return 'unnamed';
}

function named(source: string, name: string, policy: EnvironmentPolicy, because: string): Environment {
  const verdict = classifyName(name, policy);
  const production = verdict === 'unnamed' ? policy.unknown === 'production' : verdict === 'production';
  const suffix = verdict === 'unnamed' ? `; "${name}" is not a known environment name, so it counts as ${policy.unknown}` : '';
  return { source, name, production, because: `${because}${suffix}` };
}

function tagSignals(changes: Change[]): EnvironmentSignal[] {
  const signals: EnvironmentSignal[] = [];
  for (const change of changes) {
    if (change.mode !== 'managed') continue;
    const values = change.after ?? change.before;
    if (!values) continue;
    for (const attribute of TAG_ATTRIBUTES) {
      const tags = values[attribute];
      if (typeof tags !== 'object' || tags === null) continue;
      for (const [key, value] of Object.entries(tags)) {
        if (ENV_KEY.test(key) && typeof value === 'string' && value.trim()) {
          signals.push({ kind: 'tag', key: `${change.address} ${key}`, value });
        }
      }
    }
  }
  return signals;
}

/** Among several signals of one kind, production wins: one production value is enough to treat the plan as production. */
function strongest(signals: EnvironmentSignal[], policy: EnvironmentPolicy): EnvironmentSignal | undefined {
  const rank = (s: EnvironmentSignal) => ({ production: 0, unnamed: 1, 'non-production': 2 })[classifyName(s.value, policy)];
  return [...signals].sort((a, b) => rank(a) - rank(b))[0];
}

function pathSignal(path: string, policy: EnvironmentPolicy): EnvironmentSignal | undefined {
  // Only words that are environment names count: paths hold many other words.
  const words = path.split(/[\\/]/).flatMap((segment) => tokens(segment));
  const hits = words
    .filter((w) => classifyName(w, policy) !== 'unnamed')
    .map((w): EnvironmentSignal => ({ kind: 'path', key: path, value: w }));
  return strongest(hits, policy);
}

/** The environment of one plan: explicit > policy rules > signals in the plan > TF_WORKSPACE > path > unknown. */
export function detectEnvironment(input: PlanInput, ctx: EnvironmentContext): Environment {
  const source = input.source.path;
  const { policy } = ctx;
  if (ctx.explicit) return named(source, ctx.explicit, policy, 'given explicitly (--environment)');

  for (const rule of policy.rules) {
    const matches =
      (!rule.path || picomatch.isMatch(source, rule.path, { dot: true })) &&
      (!rule.workspace || (ctx.workspace !== undefined && picomatch.isMatch(ctx.workspace, rule.workspace))) &&
      (!rule.variable ||
        input.signals.some(
          (s) => (s.kind === 'variable' || s.kind === 'stack') && s.key === rule.variable?.name && picomatch.isMatch(s.value, rule.variable.value),
        ));
    if (matches) {
      const env = named(source, rule.name, policy, `policy rule for "${rule.name}"`);
      return rule.production === undefined ? env : { ...env, production: rule.production };
    }
  }

  const variable = strongest(
    input.signals.filter((s) => s.kind === 'variable' && ENV_KEY.test(s.key)),
    policy,
  );
  if (variable) return named(source, variable.value, policy, `variable ${variable.key} = "${variable.value}"`);

  // CloudFormation: a stack named like an environment (PaymentsProd, Dev/Checkout).
  const stack = strongest(
    input.signals.filter((s) => s.kind === 'stack' && (s.key === 'stackName' || s.key === 'displayName') && classifyName(s.value, policy) !== 'unnamed'),
    policy,
  );
  if (stack) return named(source, stack.value, policy, `stack ${stack.key === 'stackName' ? 'name' : 'display name'} "${stack.value}"`);

  const tag = strongest(
    [...tagSignals(input.changes), ...input.signals.filter((s) => s.kind === 'tag' && ENV_KEY.test(s.key.split(' ').pop() ?? ''))],
    policy,
  );
  if (tag) {
    const [address, key] = tag.key.split(' ');
    return named(source, tag.value, policy, `tag ${key ?? ''} = "${tag.value}" on ${address ?? ''}`);
  }

  if (ctx.workspace && ctx.workspace !== 'default') {
    return named(source, ctx.workspace, policy, `TF_WORKSPACE = "${ctx.workspace}"`);
  }

  const path = pathSignal(source, policy);
  if (path) return named(source, path.value, policy, `the plan file's path names "${path.value}"`);

  const production = policy.unknown === 'production';
  return {
    source,
    name: 'unknown',
    production,
    because: `nothing names the environment, so it counts as ${policy.unknown}${production ? ' (fail safe)' : ' (policy)'}`,
  };
}
