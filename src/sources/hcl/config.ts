import { posix } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import { InputError } from '../../errors.js';
import type { Location } from '../../model.js';
import { within } from '../../util/terraform-address.js';
import { readModule, type ModuleCall, type ModuleConfig, type Resource } from './module.js';
import { parseHcl } from './parse.js';
import type { Expr, HclFile, Literal } from './syntax.js';
import type { SourceTree } from './tree.js';

// A whole configuration: the root module and every local module it calls, with module-aware addresses.
// Modules from a registry or a git URL are not fetched: what they declare is unknown, and said to be.

export interface ModuleNode {
  /** '' for the root, `module.a.module.b` below it (no instance keys). */
  path: string;
  config: ModuleConfig;
  /** The call in the parent module. */
  call?: ModuleCall;
  /** This module, or one above it, has count or for_each. */
  repeated: boolean;
}

export interface PlacedResource extends Resource {
  /** Module-qualified, without instance keys: `module.db.aws_db_instance.main`. */
  configAddress: string;
  /** The module path, as in Change.module. */
  module: string;
}

export interface TerraformConfig {
  /** How messages name this configuration: the directory, or REV:dir. */
  name: string;
  /** False when the root directory does not exist in this tree. */
  exists: boolean;
  /** The number of .tf files in the root directory. */
  rootFiles: number;
  modules: Map<string, ModuleNode>;
  resources: Map<string, PlacedResource>;
  /** Calls whose source is not a local directory, by module path: what they declare is unknown. */
  opaque: Map<string, ModuleCall>;
  /** The root module's variables as this tree sets them: *.tfvars over defaults, literals only. */
  rootValues: Map<string, Literal>;
}

const MAX_DEPTH = 32;
const isLocalSource = (source: string) => source.startsWith('./') || source.startsWith('../');

function parseDir(tree: SourceTree, parser: Parser, dir: string, names: string[]): HclFile[] {
  return names
    .filter((n) => n.endsWith('.tf'))
    .map((n) => {
      const path = posix.join(dir || '.', n);
      return parseHcl(parser, tree.read(path), path, tree.describe(path));
    });
}

/** terraform.tfvars, then *.auto.tfvars in name order: later files win, as in Terraform. */
function rootValues(tree: SourceTree, parser: Parser, names: string[], config: ModuleConfig): Map<string, Literal> {
  const values = new Map<string, Literal>();
  for (const variable of config.variables.values()) {
    if (variable.default?.literal && !variable.sensitive) values.set(variable.name, variable.default.value);
  }
  const tfvars = [...names.filter((n) => n === 'terraform.tfvars'), ...names.filter((n) => n.endsWith('.auto.tfvars')).sort()];
  for (const name of tfvars) {
    const parsed = parseHcl(parser, tree.read(name), name, tree.describe(name));
    for (const [key, attribute] of parsed.body.attributes) {
      if (config.variables.get(key)?.sensitive) continue;
      if (attribute.value.literal) values.set(key, attribute.value.value);
      else values.delete(key);
    }
  }
  return values;
}

/** Reads the configuration rooted at the tree's root module. I/O through `tree` only. */
export function loadConfig(tree: SourceTree, parser: Parser): TerraformConfig {
  const rootNames = tree.files('');
  const config: TerraformConfig = {
    name: tree.describe(''),
    exists: rootNames !== undefined,
    rootFiles: rootNames?.filter((n) => n.endsWith('.tf')).length ?? 0,
    modules: new Map(),
    resources: new Map(),
    opaque: new Map(),
    rootValues: new Map(),
  };
  if (!rootNames) return config;

  const byDir = new Map<string, ModuleConfig>();
  const moduleAt = (dir: string, names: string[]) => {
    let module = byDir.get(dir);
    if (!module) byDir.set(dir, (module = readModule(dir, parseDir(tree, parser, dir, names))));
    return module;
  };

  const root = moduleAt('', rootNames);
  config.rootValues = rootValues(tree, parser, rootNames, root);
  const queue: { node: ModuleNode; chain: string[] }[] = [{ node: { path: '', config: root, repeated: false }, chain: [''] }];
  while (queue.length > 0) {
    const { node, chain } = queue.shift() as { node: ModuleNode; chain: string[] };
    config.modules.set(node.path, node);
    for (const resource of node.config.resources.values()) {
      const configAddress = within(node.path, resource.address);
      config.resources.set(configAddress, { ...resource, configAddress, module: node.path });
    }
    for (const call of node.config.calls.values()) {
      const path = within(node.path, `module.${call.name}`);
      if (call.source === undefined || !isLocalSource(call.source) || chain.length > MAX_DEPTH) {
        config.opaque.set(path, call);
        continue;
      }
      const dir = posix.normalize(posix.join(node.config.dir || '.', call.source)).replace(/\/$/, '');
      const childDir = dir === '.' ? '' : dir;
      if (chain.includes(childDir)) {
        config.opaque.set(path, call); // a module that calls itself: Terraform refuses it too
        continue;
      }
      const names = tree.files(childDir);
      if (!names) {
        throw new InputError(tree.describe(call.location.file), `line ${call.location.line}: module "${call.name}": source "${call.source}" is not a directory here`);
      }
      queue.push({
        node: { path, config: moduleAt(childDir, names), call, repeated: node.repeated || call.repeated },
        chain: [...chain, childDir],
      });
    }
  }
  return config;
}

/** Where the module whose content is unknown (registry, git) that holds an address is called. */
export function opaqueCallOf(config: TerraformConfig, configAddress: string): Location | undefined {
  for (const [path, call] of config.opaque) {
    if (configAddress === path || configAddress.startsWith(`${path}.`)) return call.location;
  }
  return undefined;
}

/**
 * The value of an expression when the configuration fixes it: a literal, or `var.x` / `local.y` that resolve to
 * one (tfvars and defaults in the root, the call's argument in a module). Undefined when only Terraform can tell.
 */
export function resolveValue(config: TerraformConfig, module: string, expr: Expr | undefined, depth = 0): { value: Literal } | undefined {
  if (!expr || depth > 16) return undefined;
  if (expr.literal) return { value: expr.value };
  const ref = /^(var|local)\.([A-Za-z_][\w-]*)$/.exec(expr.text.trim());
  const node = config.modules.get(module);
  if (!ref || !node) return undefined;
  const [, kind, name = ''] = ref;
  if (kind === 'local') return resolveValue(config, module, node.config.locals.get(name)?.value, depth + 1);
  if (module === '') return config.rootValues.has(name) ? { value: config.rootValues.get(name) as Literal } : undefined;
  const argument = node.call?.arguments.get(name);
  if (argument) {
    const parent = module.split('.').slice(0, -2).join('.');
    return resolveValue(config, parent, argument.value, depth + 1);
  }
  return resolveValue(config, module, node.config.variables.get(name)?.default, depth + 1);
}
