import type { Location } from '../../model.js';
import type { Attribute, Block, Expr, HclFile } from './syntax.js';

// One module directory in Terraform's terms: its resources, module calls, moved and removed blocks,
// variables, locals and providers. Override files (override.tf, *_override.tf) are merged as Terraform does.

export interface Provisioner {
  /** local-exec, remote-exec, file */
  type: string;
  location: Location;
  /** The block's text with whitespace collapsed: base and head are compared on it. */
  text: string;
  /** What it runs, for people: the command, inline or script argument as written. */
  runs: string;
}

export interface Resource {
  /** Within its module: `aws_s3_bucket.logs`, `data.external.git_sha`. */
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  location: Location;
  attributes: Map<string, Attribute>;
  /** The lifecycle block's arguments, merged over all lifecycle blocks. */
  lifecycle: Map<string, Attribute>;
  provisioners: Provisioner[];
  /** Has count or for_each. */
  repeated: boolean;
}

export interface ModuleCall {
  name: string;
  /** The source as written; undefined when it is not a literal string. */
  source?: string;
  location: Location;
  repeated: boolean;
  arguments: Map<string, Attribute>;
}

export interface MovedBlock {
  from: string;
  to: string;
  location: Location;
}

export interface RemovedBlock {
  from: string;
  /** `lifecycle { destroy = ... }`; Terraform destroys when it is absent. */
  destroy?: Expr;
  location: Location;
}

export interface Variable {
  name: string;
  default?: Expr;
  sensitive: boolean;
  location: Location;
}

export interface ProviderConfig {
  name: string;
  alias?: string;
  block: Block;
}

export interface ModuleConfig {
  /** The directory, relative to the root module's directory ('' for the root). */
  dir: string;
  resources: Map<string, Resource>;
  calls: Map<string, ModuleCall>;
  moved: MovedBlock[];
  removed: RemovedBlock[];
  variables: Map<string, Variable>;
  locals: Map<string, Attribute>;
  /** required_providers: local name -> source address (`hashicorp/external`). */
  requiredProviders: Map<string, { source: string; location: Location }>;
  providers: ProviderConfig[];
}

const isOverrideFile = (name: string): boolean => /(^|\/)(override|[^/]*_override)\.tf$/.test(name);

/** Terraform's override rule: arguments replace, nested blocks replace by type, lifecycle merges by argument. */
function mergeOverride(primary: Block, override: Block): Block {
  const attributes = new Map([...primary.attributes, ...override.attributes]);
  const overridden = new Set(override.blocks.map((b) => b.type));
  const blocks = primary.blocks.filter((b) => !overridden.has(b.type) || b.type === 'lifecycle');
  for (const b of override.blocks) {
    if (b.type === 'lifecycle') {
      const lifecycle = blocks.find((p) => p.type === 'lifecycle');
      if (lifecycle) {
        blocks[blocks.indexOf(lifecycle)] = { ...lifecycle, attributes: new Map([...lifecycle.attributes, ...b.attributes]) };
        continue;
      }
    }
    blocks.push(b);
  }
  return { ...primary, attributes, blocks };
}

function mergedBlocks(files: HclFile[]): Block[] {
  const primary = files.filter((f) => !isOverrideFile(f.path)).flatMap((f) => f.body.blocks);
  for (const file of files.filter((f) => isOverrideFile(f.path))) {
    for (const block of file.body.blocks) {
      const key = [block.type, ...block.labels].join('\u0000');
      const i = block.labels.length > 0 ? primary.findIndex((p) => [p.type, ...p.labels].join('\u0000') === key) : -1;
      if (i >= 0) primary[i] = mergeOverride(primary[i] as Block, block);
      else primary.push(block);
    }
  }
  return primary;
}

const literalString = (expr: Expr | undefined): string | undefined =>
  expr?.literal && typeof expr.value === 'string' ? expr.value : undefined;

function provisionerOf(block: Block): Provisioner {
  const runs = ['command', 'inline', 'script', 'scripts', 'source', 'content']
    .map((name) => block.attributes.get(name)?.value.text)
    .find((t) => t !== undefined);
  return { type: block.labels[0] ?? '', location: block.location, text: block.text.replace(/\s+/g, ' '), runs: runs ?? '' };
}

function resourceOf(block: Block, mode: 'managed' | 'data'): Resource | undefined {
  const [type, name] = block.labels;
  if (!type || !name) return undefined;
  const lifecycle = new Map(block.blocks.filter((b) => b.type === 'lifecycle').flatMap((b) => [...b.attributes]));
  return {
    address: `${mode === 'data' ? 'data.' : ''}${type}.${name}`,
    mode,
    type,
    name,
    location: block.location,
    attributes: block.attributes,
    lifecycle,
    provisioners: block.blocks.filter((b) => b.type === 'provisioner').map(provisionerOf),
    repeated: block.attributes.has('count') || block.attributes.has('for_each'),
  };
}

function addResource(config: ModuleConfig, resource: Resource | undefined): void {
  if (resource) config.resources.set(resource.address, resource);
}

/** The Terraform meaning of one directory's parsed files. Pure. */
export function readModule(dir: string, files: HclFile[]): ModuleConfig {
  const config: ModuleConfig = {
    dir,
    resources: new Map(),
    calls: new Map(),
    moved: [],
    removed: [],
    variables: new Map(),
    locals: new Map(),
    requiredProviders: new Map(),
    providers: [],
  };
  for (const block of mergedBlocks(files)) {
    const [label] = block.labels;
    switch (block.type) {
      case 'resource':
        addResource(config, resourceOf(block, 'managed'));
        break;
      case 'data':
        addResource(config, resourceOf(block, 'data'));
        break;
      case 'check':
        // Data sources scoped to a check block are read at plan time like any other.
        for (const inner of block.blocks.filter((b) => b.type === 'data')) addResource(config, resourceOf(inner, 'data'));
        break;
      case 'module': {
        if (!label) break;
        const source = literalString(block.attributes.get('source')?.value);
        config.calls.set(label, {
          name: label,
          ...(source !== undefined ? { source } : {}),
          location: block.location,
          repeated: block.attributes.has('count') || block.attributes.has('for_each'),
          arguments: block.attributes,
        });
        break;
      }
      case 'moved': {
        const from = block.attributes.get('from')?.value.text;
        const to = block.attributes.get('to')?.value.text;
        if (from && to) config.moved.push({ from: from.replace(/\s+/g, ''), to: to.replace(/\s+/g, ''), location: block.location });
        break;
      }
      case 'removed': {
        const from = block.attributes.get('from')?.value.text;
        const destroy = block.blocks.filter((b) => b.type === 'lifecycle').map((b) => b.attributes.get('destroy')?.value).find(Boolean);
        if (from) config.removed.push({ from: from.replace(/\s+/g, ''), ...(destroy ? { destroy } : {}), location: block.location });
        break;
      }
      case 'variable': {
        if (!label) break;
        const value = block.attributes.get('default')?.value;
        const sensitive = block.attributes.get('sensitive')?.value;
        config.variables.set(label, {
          name: label,
          ...(value ? { default: value } : {}),
          sensitive: sensitive?.literal === true && sensitive.value === true,
          location: block.location,
        });
        break;
      }
      case 'locals':
        for (const [name, attribute] of block.attributes) config.locals.set(name, attribute);
        break;
      case 'terraform':
        for (const required of block.blocks.filter((b) => b.type === 'required_providers')) {
          for (const [name, attribute] of required.attributes) {
            const v = attribute.value;
            const source = v.literal && typeof v.value === 'object' && v.value !== null && !Array.isArray(v.value) ? v.value['source'] : undefined;
            config.requiredProviders.set(name, { source: typeof source === 'string' ? source : `hashicorp/${name}`, location: attribute.location });
          }
        }
        break;
      case 'provider': {
        if (!label) break;
        const alias = literalString(block.attributes.get('alias')?.value);
        config.providers.push({ name: label, ...(alias ? { alias } : {}), block });
        break;
      }
    }
  }
  return config;
}
