import { isRecord } from '../../util/record.js';
// The plan's `configuration` section as a reference graph: which configuration objects each one refers to.
// Nodes are module-qualified: `module.net.aws_vpc.main`, `module.net.var.cidr`, `module.net.output.vpc_id`.
// Terraform's JSON has no locals, so a reference that passes through a local is not seen.
// The configuration is the one after the change: a resource the PR removes is not in it. Its dependents come
// from `prior_state`, where terraform recorded each resource's dependencies when it was last applied.

type Json = Record<string, unknown>;


const INDEX = /\[(?:"(?:[^"\\]|\\.)*"|[0-9]+|\*)\]/g;

/** Strips instance keys: `module.a["x"].aws_s3_bucket.b[0]` -> `module.a.aws_s3_bucket.b` */
export function stripIndexes(address: string): string {
  return address.replace(INDEX, '');
}

/** Every `references` array anywhere below an expressions object (nested blocks included). */
function collectReferences(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collectReferences(v, out);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'references' && Array.isArray(v)) {
        for (const r of v) if (typeof r === 'string') out.push(r);
      } else {
        collectReferences(v, out);
      }
    }
  }
}

/** The node a reference written inside module `prefix` points at, or undefined for count/each/path/self. */
export function resolveReference(ref: string, prefix: string): string | undefined {
  const parts = stripIndexes(ref).split('.');
  const [head, second, third] = parts;
  if (!head || !second) return undefined;
  switch (head) {
    case 'var':
      return `${prefix}var.${second}`;
    case 'module':
      return third ? `${prefix}module.${second}.output.${third}` : `${prefix}module.${second}`;
    case 'data':
      return third ? `${prefix}data.${second}.${third}` : undefined;
    case 'local':
    case 'count':
    case 'each':
    case 'path':
    case 'self':
    case 'terraform':
      return undefined;
    default:
      return `${prefix}${head}.${second}`;
  }
}

/** What a module call passes into one input, as far as the configuration shows it. */
export interface ModuleInput {
  /** The module, without instance keys: `module.a.module.b`. */
  module: string;
  input: string;
  /** A string the input is set to (a literal, or a root variable's value passed down). */
  value?: string;
  /** The input is the module instance's for_each key. */
  eachKey?: boolean;
}

export interface ConfigFacts {
  references: Map<string, Set<string>>;
  /** Root variables the configuration marks sensitive. */
  sensitiveVariables: Set<string>;
  /** Resource nodes (managed and data) the configuration declares. */
  resources: Set<string>;
  /** Root variables something in the root module (a resource, module call, output or provider) refers to. */
  referencedVariables: Set<string>;
  moduleInputs: ModuleInput[];
}

/** What a node is when it is not a managed resource: `module.a.var.x`, `output.y` and `module.a` pass values on; `data.x.y` reads. */
function kindOf(node: string): 'value' | 'data' | undefined {
  const parts = node.split('.');
  let i = 0;
  while (parts[i] === 'module' && parts.length - i > 2) i += 2;
  const head = parts[i];
  if (parts.length - i < 2 || head === 'var' || head === 'output' || head === 'module') return 'value';
  return head === 'data' ? 'data' : undefined;
}

/** The graph's nodes that are not managed resources, for the model's `nodeKinds`. */
export function nodeKindsOf(references: Map<string, Set<string>>): Map<string, 'value' | 'data'> {
  const kinds = new Map<string, 'value' | 'data'>();
  const classify = (node: string) => {
    const kind = kinds.has(node) ? undefined : kindOf(node);
    if (kind) kinds.set(node, kind);
  };
  for (const [from, targets] of references) {
    classify(from);
    for (const to of targets) classify(to);
  }
  return kinds;
}

/** Prior state's resources, module by module (a module's own, then its children's); their values are not needed. */
export function priorStateResources(priorState: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (module: unknown): void => {
    if (!isRecord(module)) return;
    const resources = module['resources'];
    if (Array.isArray(resources)) for (const r of resources) out.push(r);
    const children = module['child_modules'];
    if (Array.isArray(children)) children.forEach(walk);
  };
  const values = isRecord(priorState) ? priorState['values'] : undefined;
  walk(isRecord(values) ? values['root_module'] : undefined);
  return out;
}

/**
 * The dependencies prior state records (`depends_on` of each resource, absolute addresses), gathered resource by
 * resource in prior state's order; kept per configuration node, so a big state costs no more than its configuration.
 */
export class StateDependencies {
  private readonly nodes = new Map<string, Set<string>>();

  add(resource: unknown): void {
    if (!isRecord(resource) || typeof resource['address'] !== 'string' || !Array.isArray(resource['depends_on'])) return;
    const node = stripIndexes(resource['address']);
    let set = this.nodes.get(node);
    if (!set) this.nodes.set(node, (set = new Set()));
    for (const d of resource['depends_on']) if (typeof d === 'string' && stripIndexes(d) !== node) set.add(stripIndexes(d));
  }

  /** Adds them to the configuration's graph, after what the configuration says. */
  addTo(facts: ConfigFacts): void {
    for (const [node, dependencies] of this.nodes) {
      facts.resources.add(node);
      let set = facts.references.get(node);
      if (!set) facts.references.set(node, (set = new Set()));
      for (const d of dependencies) set.add(d);
    }
  }
}

/** Root variables the configuration marks sensitive. */
export function sensitiveVariables(configuration: unknown): Set<string> {
  const out = new Set<string>();
  const root = isRecord(configuration) ? configuration['root_module'] : undefined;
  const vars = isRecord(root) ? root['variables'] : undefined;
  if (isRecord(vars)) {
    for (const [name, v] of Object.entries(vars)) if (isRecord(v) && v['sensitive'] === true) out.add(name);
  }
  return out;
}

/** A module scope's known variable values: a string, or "the instance's for_each key". */
type Scope = Map<string, { value?: string; eachKey?: boolean }>;

/**
 * The configuration's graph, with the dependencies prior state records. `rootValues` are the plan's variable
 * values, so that a module input passed from a root variable is known.
 */
export function readConfiguration(configuration: unknown, state = new StateDependencies(), rootValues: Record<string, string> = {}): ConfigFacts {
  const facts: ConfigFacts = {
    references: new Map(),
    sensitiveVariables: new Set(),
    resources: new Set(),
    referencedVariables: new Set(),
    moduleInputs: [],
  };
  const root = isRecord(configuration) ? configuration['root_module'] : undefined;
  if (isRecord(root)) {
    facts.sensitiveVariables = sensitiveVariables(configuration);
    const scope: Scope = new Map(Object.entries(rootValues).map(([k, value]) => [k, { value }]));
    walkModule(root, '', facts, scope);
    // Providers of the root module (default_tags = { Environment = var.stage }).
    const providers = isRecord(configuration) ? configuration['provider_config'] : undefined;
    if (isRecord(providers)) {
      for (const p of Object.values(providers)) {
        if (!isRecord(p) || p['module_address'] !== undefined) continue;
        const refs: string[] = [];
        collectReferences(p['expressions'], refs);
        noteVariables(facts, refs, '');
      }
    }
  }
  state.addTo(facts);
  return facts;
}

function noteVariables(facts: ConfigFacts, refs: string[], prefix: string): void {
  if (prefix !== '') return;
  for (const ref of refs) {
    const [head, name] = ref.split('.');
    if (head === 'var' && name) facts.referencedVariables.add(name.replace(INDEX, ''));
  }
}

/** The value a module input gets, when the configuration shows it. */
function inputValue(expr: unknown, scope: Scope): { value?: string; eachKey?: boolean } | undefined {
  if (!isRecord(expr)) return undefined;
  if (typeof expr['constant_value'] === 'string') return { value: expr['constant_value'] };
  const refs: string[] = [];
  collectReferences(expr, refs);
  if (refs.includes('each.key')) return { eachKey: true };
  for (const ref of refs) {
    const [head, name] = ref.split('.');
    const known = head === 'var' && name ? scope.get(name) : undefined;
    if (known) return known;
  }
  return undefined;
}

function addEdges(facts: ConfigFacts, from: string, refs: string[], prefix: string): void {
  noteVariables(facts, refs, prefix);
  let set = facts.references.get(from);
  if (!set) facts.references.set(from, (set = new Set()));
  for (const ref of refs) {
    const to = resolveReference(ref, prefix);
    if (to && to !== from) set.add(to);
  }
}

function walkModule(module: Json, prefix: string, facts: ConfigFacts, scope: Scope): void {
  const resources = module['resources'];
  if (Array.isArray(resources)) {
    for (const r of resources) {
      if (!isRecord(r) || typeof r['address'] !== 'string') continue;
      const node = prefix + stripIndexes(r['address']);
      facts.resources.add(node);
      const refs: string[] = [];
      collectReferences(r['expressions'], refs);
      collectReferences(r['count_expression'], refs);
      collectReferences(r['for_each_expression'], refs);
      const dependsOn = r['depends_on'];
      if (Array.isArray(dependsOn)) refs.push(...dependsOn.filter((d): d is string => typeof d === 'string'));
      addEdges(facts, node, refs, prefix);
    }
  }
  const outputs = module['outputs'];
  if (isRecord(outputs)) {
    for (const [name, o] of Object.entries(outputs)) {
      const refs: string[] = [];
      collectReferences(isRecord(o) ? o['expression'] : undefined, refs);
      addEdges(facts, `${prefix}output.${name}`, refs, prefix);
    }
  }
  const calls = module['module_calls'];
  if (!isRecord(calls)) return;
  for (const [name, call] of Object.entries(calls)) {
    if (!isRecord(call)) continue;
    const child = `${prefix}module.${name}.`;
    // Inputs: each child variable refers to what the parent passed in.
    const expressions = call['expressions'];
    const childScope: Scope = new Map();
    if (isRecord(expressions)) {
      for (const [variable, expr] of Object.entries(expressions)) {
        const refs: string[] = [];
        collectReferences(expr, refs);
        addEdges(facts, `${child}var.${variable}`, refs, prefix);
        const known = inputValue(expr, scope);
        if (known) {
          childScope.set(variable, known);
          facts.moduleInputs.push({ module: child.slice(0, -1), input: variable, ...known });
        }
      }
    }
    // Everything in the child depends on the call's count/for_each/depends_on: model it through the module node.
    const callRefs: string[] = [];
    collectReferences(call['count_expression'], callRefs);
    collectReferences(call['for_each_expression'], callRefs);
    const dependsOn = call['depends_on'];
    if (Array.isArray(dependsOn)) callRefs.push(...dependsOn.filter((d): d is string => typeof d === 'string'));
    noteVariables(facts, callRefs, prefix);
    const inner = call['module'];
    if (isRecord(inner)) {
      walkModule(inner, child, facts, childScope);
      // `module.x` as a whole refers to every output of the child.
      const childOutputs = inner['outputs'];
      addEdges(
        facts,
        `${prefix}module.${name}`,
        isRecord(childOutputs) ? Object.keys(childOutputs).map((o) => `module.${name}.${o}`) : [],
        prefix,
      );
      if (callRefs.length > 0) {
        for (const node of facts.resources) {
          if (node.startsWith(child)) addEdges(facts, node, callRefs, prefix);
        }
      }
    }
  }
}
