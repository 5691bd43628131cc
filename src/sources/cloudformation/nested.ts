import { existsSync } from 'node:fs';
import { isRecord } from '../../util/record.js';
import { dirname, isAbsolute, join } from 'node:path';
import { readTemplateFile, type Template, type TemplateResource } from './template.js';

// Nested stacks: an AWS::CloudFormation::Stack resource whose template sits beside the parent's. CDK says where
// in the resource's asset metadata; integration snapshots drop that metadata, so the S3 object key in TemplateURL
// is looked up in the assembly's asset manifests; a plain template may name a local file before `aws cloudformation package`.

export interface StackTree {
  file: string;
  template: Template;
  /** Nested stacks whose template was found, by the logical ID of their AWS::CloudFormation::Stack resource. */
  nested: Map<string, StackTree>;
}

/** S3 object key -> local file, from a cloud assembly's asset manifests. */
type AssetFiles = ReadonlyMap<string, string>;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  return isRecord(value) ? Object.values(value).flatMap(strings) : [];
}

function nestedTemplateFile(resource: TemplateResource, dir: string, assets: AssetFiles): string | undefined {
  const metadata = resource.Metadata ?? {};
  const assetPath = metadata['aws:asset:path'];
  if (typeof assetPath === 'string' && metadata['aws:asset:property'] === 'TemplateURL') {
    const file = isAbsolute(assetPath) ? assetPath : join(dir, assetPath);
    if (existsSync(file)) return file;
  }
  const url = resource.Properties?.['TemplateURL'];
  for (const part of strings(url)) {
    const key = part.slice(part.lastIndexOf('/') + 1);
    const asset = assets.get(key);
    if (asset && existsSync(asset)) return asset;
  }
  if (typeof url === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    const file = isAbsolute(url) ? url : join(dir, url);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Reads a stack's template and, depth first, every nested stack template that can be found. */
export function readStackTree(file: string, assets: AssetFiles = new Map(), seen: ReadonlySet<string> = new Set()): StackTree {
  const template = readTemplateFile(file);
  const nested = new Map<string, StackTree>();
  const chain = new Set([...seen, file]);
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (!isRecord(resource) || resource.Type !== 'AWS::CloudFormation::Stack') continue;
    const child = nestedTemplateFile(resource, dirname(file), assets);
    // A template that nests itself would never end: the repeat is left unread.
    if (child && !chain.has(child)) nested.set(id, readStackTree(child, assets, chain));
  }
  return { file, template, nested };
}
