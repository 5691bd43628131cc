import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import { classifyName, ENV_KEY } from '../analysis/environment.js';
import type { EnvironmentPolicy } from '../policy/types.js';
import type { NameSignal, Operation } from './classify.js';

// The environment a command touches, by the rules plans use: the policy's rules first, then names
// (profiles, namespaces, stacks, resource names, variables, workspaces, the configuration's own variables and tags,
// paths); one production name is enough; nothing named, or only names that are neither, is the policy's `unknown`
// (production unless the policy says otherwise).

export interface CommandEnvironment {
  production: boolean;
  name: string;
  because: string;
}

/** Terraform files read for environment names; larger ones are skipped (a hook has no time for them). */
const MAX_FILE_BYTES = 512 * 1024;
const MAX_FILES = 200;
/** `environment = "prod"` in variable defaults, tags, tfvars; `key = "prod/terraform.tfstate"` in a backend. */
const ASSIGNMENT = /^\s*"?([A-Za-z_][A-Za-z0-9_-]*)"?\s*[=:]\s*"([^"\n$]{1,100})"/gm;
const DEFAULT_OF = /variable\s+"([A-Za-z_][A-Za-z0-9_-]*)"\s*\{[^}]*?default\s*=\s*"([^"\n$]{1,100})"/g;

/** Names the Terraform configuration in `dir` gives itself: env-like variable defaults, tags and tfvars, the backend key. */
export function configurationNames(dir: string): NameSignal[] {
  const names: NameSignal[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir).filter((f) => /\.(tf|tfvars|tofu)$|\.auto\.tfvars$|\.tf\.json$|\.tfvars\.json$/.test(f)).slice(0, MAX_FILES);
  } catch {
    return names;
  }
  for (const file of entries) {
    const path = join(dir, file);
    let text: string;
    try {
      if (statSync(path).size > MAX_FILE_BYTES) continue;
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(DEFAULT_OF)) {
      if (ENV_KEY.test(m[1] ?? '')) names.push({ kind: 'variable', value: m[2] ?? '', from: `variable "${m[1] ?? ''}" default in ${file}` });
    }
    for (const m of text.matchAll(ASSIGNMENT)) {
      const key = m[1] ?? '';
      const value = m[2] ?? '';
      if (ENV_KEY.test(key) && (file.endsWith('.tfvars') || file.endsWith('.tfvars.json') || !/variable/.test(key))) {
        names.push({ kind: 'variable', value, from: `${key} in ${file}` });
      } else if ((key === 'key' || key === 'prefix' || key === 'workspace_key_prefix') && /\//.test(value)) {
        names.push({ kind: 'path', value, from: `backend ${key} in ${file}` });
      }
    }
  }
  const selected = join(dir, '.terraform', 'environment');
  if (existsSync(selected)) {
    try {
      const workspace = readFileSync(selected, 'utf8').trim();
      if (workspace) names.push({ kind: 'workspace', value: workspace, from: 'the selected workspace (.terraform/environment)' });
    } catch {
      // an unreadable marker names nothing
    }
  }
  return names;
}

function pathWords(path: string): string[] {
  return path.split(/[\\/]/).filter(Boolean);
}

/** The environment of one operation. `repoRoot` makes directory paths relative for the policy's path rules. */
export function environmentOf(
  operation: Operation,
  policy: EnvironmentPolicy,
  repoRoot: string | undefined,
  configurationTrusted: (dir: string) => boolean = () => false,
): CommandEnvironment {
  const names = [...operation.names];
  const fromConfiguration = new Set<string>();
  const tf = operation.terraform;
  const dir = tf ? tf.dir : operation.class === 'wrapper' ? operation.cwd : undefined;
  if (tf?.dir !== undefined) {
    for (const n of configurationNames(tf.dir)) {
      names.push(n);
      if (n.kind !== 'workspace') fromConfiguration.add(n.from);
    }
  }
  if (tf?.workspace !== undefined && !names.some((n) => n.kind === 'workspace' && n.value === tf.workspace)) {
    names.push({ kind: 'workspace', value: tf.workspace, from: 'the workspace selected earlier in the command' });
  }
  const shownDir = dir !== undefined && repoRoot !== undefined ? relative(repoRoot, dir) || '.' : dir;
  const workspace = names.find((n) => n.kind === 'workspace')?.value;

  for (const rule of policy.rules) {
    const matches =
      (!rule.path || (shownDir !== undefined && picomatch.isMatch(shownDir, rule.path, { dot: true }))) &&
      (!rule.workspace || (workspace !== undefined && picomatch.isMatch(workspace, rule.workspace))) &&
      (!rule.variable || names.some((n) => n.kind === 'variable' && n.from.includes(rule.variable?.name ?? '\0') && picomatch.isMatch(n.value, rule.variable?.value ?? '')));
    if (matches) {
      const verdict = classifyName(rule.name, policy);
      const production = rule.production ?? (verdict === 'unnamed' ? policy.unknown === 'production' : verdict === 'production');
      return { production, name: rule.name, because: `policy rule for "${rule.name}"` };
    }
  }

  // Outside a repository the whole absolute path would speak (a home folder named "dev"): it may only say production.
  const pathFrom = `the directory ${shownDir ?? dir ?? ''}`;
  if (dir !== undefined) {
    for (const word of pathWords(shownDir ?? dir)) names.push({ kind: 'path', value: word, from: pathFrom });
  }
  const judged = names
    .filter((n) => n.value.trim() !== '' && n.value !== 'default')
    .flatMap((n) => {
      const values = n.kind === 'path' ? pathWords(n.value) : [n.value];
      return values.map((value) => ({ ...n, value, verdict: classifyName(value, policy) }));
    });
  const production = judged.find((n) => n.verdict === 'production');
  if (production) return { production: true, name: production.value, because: `${production.from} names "${production.value}"` };
  // Names the working tree's configuration gives itself can be the agent's own edit: they only make a command
  // non-production when the configuration is as the default branch has it.
  const other = judged.find(
    (n) =>
      n.verdict === 'non-production' &&
      !(n.from === pathFrom && repoRoot === undefined) &&
      (!fromConfiguration.has(n.from) || (tf?.dir !== undefined && configurationTrusted(tf.dir))),
  );
  if (other) return { production: false, name: other.value, because: `${other.from} names "${other.value}"` };
  const isProduction = policy.unknown === 'production';
  return {
    production: isProduction,
    name: 'unknown',
    because: `nothing in the command names the environment, so it counts as ${policy.unknown}${isProduction ? ' (fail safe)' : ' (policy)'}`,
  };
}
