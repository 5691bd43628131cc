import type { StackTree } from './nested.js';
import { isRecord } from '../../util/record.js';
import type { Template } from './template.js';

// Who refers to whom inside a template: Ref, Fn::GetAtt, ${…} in Fn::Sub, and DependsOn. The core's graph
// counts dependents from these edges, so a replaced table counts the functions that read it.

export interface Reference {
  id: string;
  /** The attribute of Fn::GetAtt or ${Id.Attribute}: `Arn`, `Outputs.TopicArn`. */
  attribute?: string;
}

/** `${Name}` and `${Name.Attribute}` in a Fn::Sub string; `${!Literal}` is an escape, not a reference. */
function subPlaceholders(text: string, locals: ReadonlySet<string>): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
    const name = (match[1] ?? '').trim();
    const dot = name.indexOf('.');
    const id = dot < 0 ? name : name.slice(0, dot);
    if (locals.has(id)) continue;
    found.push(dot < 0 ? { id } : { id, attribute: name.slice(dot + 1) });
  }
  return found;
}

/** Every reference in a template value, pseudo parameters (AWS::Region) included: callers keep the ones they know. */
export function referencesIn(value: unknown, locals: ReadonlySet<string> = new Set()): Reference[] {
  if (Array.isArray(value)) return value.flatMap((v) => referencesIn(v, locals));
  if (!isRecord(value)) return [];
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [key] = keys as [string];
    const arg = value[key];
    if (key === 'Ref' && typeof arg === 'string') return locals.has(arg) ? [] : [{ id: arg }];
    if (key === 'Fn::GetAtt') {
      const [id, ...attribute] = typeof arg === 'string' ? arg.split('.') : Array.isArray(arg) ? arg : [];
      if (typeof id === 'string') {
        const name = attribute.every((a) => typeof a === 'string') ? attribute.join('.') : '';
        return [name ? { id, attribute: name } : { id }, ...referencesIn(attribute, locals)];
      }
    }
    if (key === 'Fn::Sub') {
      if (typeof arg === 'string') return subPlaceholders(arg, locals);
      if (Array.isArray(arg) && typeof arg[0] === 'string') {
        const variables = isRecord(arg[1]) ? arg[1] : {};
        const inner = new Set([...locals, ...Object.keys(variables)]);
        return [...subPlaceholders(arg[0], inner), ...referencesIn(Object.values(variables), locals)];
      }
    }
  }
  return Object.values(value).flatMap((v) => referencesIn(v, locals));
}

function dependsOn(value: unknown): Reference[] {
  if (typeof value === 'string') return [{ id: value }];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((id) => ({ id })) : [];
}

/** One stack in a tree of nested stacks, as far as references are concerned. */
export interface ReferenceScope {
  template: Template;
  /** Address prefix of the stack's resources: `Stack` or `Stack/NestedStackLogicalId`. */
  prefix: string;
  /** Nested stacks this stack declares, by the logical ID of their AWS::CloudFormation::Stack resource. */
  nested: ReadonlyMap<string, ReferenceScope>;
  /** What each parameter is given by the parent stack, as addresses (nested stacks only). */
  parameters?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The addresses a reference stands for: a resource of this stack, a parent resource passed in, a nested output. */
function resolve(ref: Reference, scope: ReferenceScope, seen: Set<ReferenceScope>): string[] {
  if (scope.parameters?.has(ref.id)) return [...(scope.parameters.get(ref.id) ?? [])];
  const resource = scope.template.Resources[ref.id];
  if (!resource) return [];
  const nested = scope.nested.get(ref.id);
  const output = ref.attribute?.startsWith('Outputs.') ? ref.attribute.slice('Outputs.'.length) : undefined;
  if (nested && output !== undefined && !seen.has(nested)) {
    seen.add(nested);
    const value = nested.template.Outputs?.[output]?.Value;
    const inner = referencesIn(value).flatMap((r) => resolve(r, nested, seen));
    if (inner.length > 0) return inner;
  }
  return [`${scope.prefix}/${ref.id}`];
}

/** The parameters a parent passes to one nested stack, resolved to the parent's addresses. */
function nestedParameters(scope: ReferenceScope, nestedId: string): Map<string, Set<string>> {
  const parameters = scope.template.Resources[nestedId]?.Properties?.['Parameters'];
  const resolved = new Map<string, Set<string>>();
  if (!isRecord(parameters)) return resolved;
  for (const [name, value] of Object.entries(parameters)) {
    resolved.set(name, new Set(referencesIn(value).flatMap((r) => resolve(r, scope, new Set()))));
  }
  return resolved;
}

/** The reference scope of a stack and, nested in it, of every nested stack whose template is known. */
export function referenceScope(tree: StackTree, prefix: string, parameters?: ReadonlyMap<string, ReadonlySet<string>>): ReferenceScope {
  const nested = new Map<string, ReferenceScope>();
  const scope: ReferenceScope = { template: tree.template, prefix, nested, parameters };
  for (const [id, child] of tree.nested) nested.set(id, referenceScope(child, `${prefix}/${id}`, nestedParameters(scope, id)));
  return scope;
}

/** address -> addresses it refers to, for a stack and every nested stack under it. */
export function stackReferences(scope: ReferenceScope, into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const [id, resource] of Object.entries(scope.template.Resources)) {
    if (!isRecord(resource) || resource.Type === 'AWS::CDK::Metadata') continue;
    const refs = [...referencesIn(resource.Properties), ...dependsOn(resource.DependsOn)];
    const targets = new Set(refs.flatMap((r) => resolve(r, scope, new Set())));
    const from = `${scope.prefix}/${id}`;
    targets.delete(from);
    if (targets.size === 0) continue;
    const existing = into.get(from);
    if (existing) for (const t of targets) existing.add(t);
    else into.set(from, targets);
  }
  for (const nested of scope.nested.values()) stackReferences(nested, into);
  return into;
}
