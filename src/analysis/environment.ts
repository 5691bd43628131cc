import picomatch from 'picomatch';
import { TAG_ATTRIBUTES, type Change, type Environment, type EnvironmentSignal, type EvidenceKind, type PlanInput } from '../model.js';
import type { EnvironmentPolicy } from '../policy/types.js';

// These names are production, these are not; any other name, or none, is production unless the policy says
// otherwise (fail safe).
const PRODUCTION = ['prod', 'production', 'prd', 'live'];
const NON_PRODUCTION = ['dev', 'development', 'test', 'qa', 'staging', 'stage', 'sandbox', 'preview', 'ephemeral'];

/** Variable, module input and tag keys that name an environment. */
export const ENV_KEY = /^(env|environment|stage|env_name|environment_name|stage_name|deploy_env|deployment_environment|app_env|tier)$/i;

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

/** One piece of evidence about where a resource lives, and how to say it. */
interface Evidence {
  kind: EvidenceKind;
  key?: string;
  value: string;
  says: string;
}

function named(source: string, evidence: Evidence, policy: EnvironmentPolicy, also = ''): Environment {
  const { value: name } = evidence;
  const verdict = classifyName(name, policy);
  const production = verdict === 'unnamed' ? policy.unknown === 'production' : verdict === 'production';
  const suffix = verdict === 'unnamed' ? `; "${name}" is not a known environment name, so it counts as ${policy.unknown}` : '';
  return {
    source,
    name,
    production,
    because: `${evidence.says}${suffix}${also}`,
    decidedBy: { kind: evidence.kind, ...(evidence.key !== undefined ? { key: evidence.key } : {}), value: name },
  };
}

/** Tag-like attributes: Terraform's maps (tags, labels) and CloudFormation's [{Key, Value}] lists. */
function tagEntries(values: Record<string, unknown> | null): [string, string][] {
  if (!values) return [];
  const out: [string, string][] = [];
  for (const attribute of [...TAG_ATTRIBUTES, 'Tags']) {
    const tags = values[attribute];
    if (Array.isArray(tags)) {
      for (const t of tags) {
        if (typeof t === 'object' && t !== null && typeof (t as Record<string, unknown>)['Key'] === 'string') {
          const { Key, Value } = t as Record<string, unknown>;
          if (typeof Value === 'string') out.push([Key as string, Value]);
        }
      }
    } else if (typeof tags === 'object' && tags !== null) {
      for (const [key, value] of Object.entries(tags)) if (typeof value === 'string') out.push([key, value]);
    }
  }
  return out.filter(([key, value]) => ENV_KEY.test(key) && value.trim() !== '');
}

/** The environment a resource's own tags or labels name, on one side of the change. */
function ownTags(change: Change, side: 'before' | 'after'): Evidence[] {
  return tagEntries(change[side]).map(([key, value]) => ({
    kind: 'tag',
    key: `${change.address} ${key}`,
    value,
    says: `its own tag ${key} = "${value}"`,
  }));
}

/** A delete is judged by what it was; a create (or an unchanged resource) by what it is after; anything else by both. */
function ownEvidence(change: Change): Evidence[] {
  if (change.action === 'delete' || change.action === 'forget' || change.action === 'orphan') return ownTags(change, 'before');
  if (change.action === 'create' || change.action === 'no-op' || change.action === 'read') return ownTags(change, 'after');
  return [...ownTags(change, 'before'), ...ownTags(change, 'after')];
}

/** The modules a resource sits in, outermost first, with each one's instance key, read from its address: module.a["x"].module.b.t.n → [module.a, "x"], [module.a.module.b]. */
function moduleChain(address: string): { module: string; key?: string }[] {
  const out: { module: string; key?: string }[] = [];
  const re = /^module\.([^.[]+)(?:\[(?:"((?:[^"\\]|\\.)*)"|([0-9]+))\])?\./;
  let rest = address;
  let path = '';
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    path = path ? `${path}.module.${m[1]}` : `module.${m[1]}`;
    const key = m[2] ?? m[3];
    out.push({ module: path, ...(key !== undefined ? { key } : {}) });
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** What the plan as a whole says, below the explicit environment and the policy's rules. */
interface PlanEvidence {
  source: string;
  /** Decided above the evidence: explicit input or a policy rule. */
  fixed?: Environment;
  moduleInputs: EnvironmentSignal[];
  /** Variables something references, stack names and tags, workspace, path: true for every resource of the plan. */
  planWide: Evidence[];
  /** Variables nothing references: said in the report, weighed as nothing. */
  ignored: string[];
}

function pathEvidence(path: string, policy: EnvironmentPolicy): Evidence[] {
  // Only words that are environment names count: paths hold many other words.
  return path
    .split(/[\\/]/)
    .flatMap((segment) => tokens(segment))
    .filter((w) => classifyName(w, policy) !== 'unnamed')
    .map((w) => ({ kind: 'path' as const, key: path, value: w, says: `the plan file's path names "${w}"` }));
}

function planEvidence(input: PlanInput, ctx: EnvironmentContext): PlanEvidence {
  const source = input.source.path;
  const { policy } = ctx;
  const base = { source, moduleInputs: [], planWide: [], ignored: [] };
  if (ctx.explicit) {
    return { ...base, fixed: named(source, { kind: 'explicit', value: ctx.explicit, says: 'given explicitly (--environment)' }, policy) };
  }
  for (const rule of policy.rules) {
    const matches =
      (!rule.path || picomatch.isMatch(source, rule.path, { dot: true })) &&
      (!rule.workspace || (ctx.workspace !== undefined && picomatch.isMatch(ctx.workspace, rule.workspace))) &&
      (!rule.variable ||
        input.signals.some(
          (s) => (s.kind === 'variable' || s.kind === 'stack') && s.key === rule.variable?.name && picomatch.isMatch(s.value, rule.variable.value),
        ));
    if (matches) {
      const env = named(source, { kind: 'policy', key: rule.name, value: rule.name, says: `policy rule for "${rule.name}"` }, policy);
      return { ...base, fixed: rule.production === undefined ? env : { ...env, production: rule.production } };
    }
  }

  const planWide: Evidence[] = [];
  const ignored: string[] = [];
  for (const s of input.signals) {
    if (s.kind === 'variable' && ENV_KEY.test(s.key)) {
      if (s.unreferenced) ignored.push(`variable ${s.key} = "${s.value}" (nothing references it)`);
      else planWide.push({ kind: 'variable', key: s.key, value: s.value, says: `variable ${s.key} = "${s.value}"` });
    }
  }
  // CloudFormation: a stack named like an environment (PaymentsProd, Dev/Checkout), and the stack's tags.
  for (const s of input.signals) {
    if (s.kind === 'stack' && (s.key === 'stackName' || s.key === 'displayName') && classifyName(s.value, policy) !== 'unnamed') {
      planWide.push({ kind: 'stack', key: s.key, value: s.value, says: `stack ${s.key === 'stackName' ? 'name' : 'display name'} "${s.value}"` });
    }
  }
  for (const s of input.signals) {
    const [where, key] = s.key.split(' ');
    if (s.kind === 'tag' && ENV_KEY.test(key ?? '')) planWide.push({ kind: 'tag', key: s.key, value: s.value, says: `tag ${key ?? ''} = "${s.value}" on ${where ?? ''}` });
  }
  if (ctx.workspace && ctx.workspace !== 'default') {
    planWide.push({ kind: 'workspace', value: ctx.workspace, says: `TF_WORKSPACE = "${ctx.workspace}"` });
  }
  planWide.push(...pathEvidence(source, policy));
  const moduleInputs = input.signals.filter((s) => s.kind === 'module-input' && ENV_KEY.test(s.key.split('.').pop() ?? ''));
  return { source, moduleInputs, planWide, ignored };
}

/** What a resource's module says: the inputs its module calls pass in, and module names that say production. */
function moduleEvidence(change: Change, plan: PlanEvidence, policy: EnvironmentPolicy): Evidence[] {
  const out: Evidence[] = [];
  for (const { module, key } of moduleChain(change.address).reverse()) {
    for (const s of plan.moduleInputs) {
      if (s.module !== module) continue;
      const value = s.eachKey ? key : s.value;
      if (value !== undefined && value.trim() !== '') out.push({ kind: 'module-input', key: s.key, value, says: `module input ${s.key} = "${value}"` });
    }
  }
  // A module called "prod" (or keyed "prod") holds production; the other way round a name is too weak to count.
  const modules = moduleChain(change.address);
  const path = modules.map((m) => (m.key !== undefined ? `${m.module.split('.').pop() ?? ''} ${m.key}` : (m.module.split('.').pop() ?? ''))).join(' ');
  for (const word of tokens(path)) {
    if (classifyName(word, policy) === 'production') out.push({ kind: 'module', key: modules.at(-1)?.module ?? '', value: word, says: `its module path names "${word}"` });
  }
  return out;
}

/** Any production evidence wins; then unnamed values (production unless the policy says otherwise); then the rest. */
function decideFrom(source: string, evidence: Evidence[], ignored: string[], policy: EnvironmentPolicy): Environment {
  const rank = (e: Evidence) => {
    const verdict = classifyName(e.value, policy);
    if (verdict === 'production') return 0;
    if (verdict === 'unnamed') return policy.unknown === 'production' ? 1 : 3;
    return 2;
  };
  let best: Evidence | undefined;
  for (const e of evidence) if (!best || rank(e) < rank(best)) best = e;
  const unheard = ignored.length > 0 ? `; not counted: ${ignored.join(', ')}` : '';
  if (best) {
    const outweighed = evidence.filter((e) => rank(e) > rank(best)).slice(0, 2);
    const over = outweighed.length > 0 && rank(best) < 2 ? `; production evidence wins over ${outweighed.map((e) => e.says).join(', ')}` : '';
    return named(source, best, policy, `${over}${unheard}`);
  }
  const production = policy.unknown === 'production';
  return {
    source,
    name: 'unknown',
    production,
    because: `nothing names the environment, so it counts as ${policy.unknown}${production ? ' (fail safe)' : ' (policy)'}${unheard}`,
    decidedBy: { kind: 'default' },
  };
}

/** Evidence about every resource of a plan, gathered once; then asked per resource. */
export class EnvironmentResolver {
  private readonly plan: PlanEvidence;

  constructor(
    private readonly input: PlanInput,
    private readonly ctx: EnvironmentContext,
  ) {
    this.plan = planEvidence(input, ctx);
  }

  /**
   * The environment of one resource: an explicit environment or a policy rule if there is one; otherwise its own
   * tags or labels, its module's inputs, the plan's referenced variables, stack, workspace and path, where any
   * production evidence wins.
   */
  of(change: Change): Environment {
    const { plan } = this;
    if (plan.fixed) return plan.fixed;
    const { policy } = this.ctx;
    return decideFrom(plan.source, [...ownEvidence(change), ...moduleEvidence(change, plan, policy), ...plan.planWide], plan.ignored, policy);
  }

  /** The plan's environment as a whole (for findings about the input): every resource's evidence, production wins. */
  whole(): Environment {
    const { plan } = this;
    if (plan.fixed) return plan.fixed;
    const { policy } = this.ctx;
    const evidence: Evidence[] = [];
    for (const change of this.input.changes) {
      if (change.mode !== 'managed') continue;
      evidence.push(...ownEvidence(change), ...moduleEvidence(change, plan, policy));
    }
    return decideFrom(plan.source, [...evidence, ...plan.planWide], plan.ignored, policy);
  }
}

/** The environment of one plan as a whole. */
export function detectEnvironment(input: PlanInput, ctx: EnvironmentContext): Environment {
  return new EnvironmentResolver(input, ctx).whole();
}

/** A retag that takes a resource's own production evidence away: how a destroy in the next PR is prepared. */
export function environmentDemoted(change: Change, policy: EnvironmentPolicy): { from: string; to: string } | undefined {
  if (change.action !== 'update' && change.action !== 'import') return undefined;
  const production = (e: Evidence) => classifyName(e.value, policy) === 'production';
  const before = ownTags(change, 'before').find(production);
  if (!before) return undefined;
  const after = ownTags(change, 'after');
  if (after.some(production)) return undefined;
  const [, key] = (before.key ?? '').split(' ');
  const to = after[0] ? `${(after[0].key ?? '').split(' ')[1] ?? ''} = "${after[0].value}"` : 'no environment tag';
  return { from: `${key ?? ''} = "${before.value}"`, to };
}
