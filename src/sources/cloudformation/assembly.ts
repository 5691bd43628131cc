import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../errors.js';
import { readStackTree, type StackTree } from './nested.js';
import { readJsonFile } from '../../files.js';
import { isRecord } from '../../util/record.js';

// A CDK cloud assembly (cdk.out): manifest.json lists the stacks, asset manifests say where nested stack
// templates are, and stages are nested assemblies in subdirectories. Only the files are read; nothing runs.

export interface StackArtifact {
  /** Pairs the stack between base and head: its artifact id, after the ids of the stages around it. */
  key: string;
  stackName: string;
  displayName: string;
  /** From the artifact's environment, when it names a real account or region. */
  account?: string;
  region?: string;
  /** Stack-level tags (CDK's `tags` stack property). */
  tags: Record<string, string>;
  tree: StackTree;
  /** Construct path -> logical ID from the artifact's metadata: the construct paths of templates without aws:cdk:path. */
  logicalIds: [string, string][];
}

export interface Assembly {
  version?: string;
  stacks: StackArtifact[];
}

function stringMap(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** S3 object key -> local file of every file asset the manifest's asset manifests list. */
function assetFiles(dir: string, artifacts: Record<string, unknown>): Map<string, string> {
  const files = new Map<string, string>();
  for (const artifact of Object.values(artifacts)) {
    if (!isRecord(artifact) || artifact['type'] !== 'cdk:asset-manifest') continue;
    const file = isRecord(artifact['properties']) ? artifact['properties']['file'] : undefined;
    if (typeof file !== 'string' || !existsSync(join(dir, file))) continue;
    const manifest = readJsonFile(join(dir, file));
    const entries = isRecord(manifest) && isRecord(manifest['files']) ? Object.values(manifest['files']) : [];
    for (const entry of entries) {
      if (!isRecord(entry) || !isRecord(entry['source']) || typeof entry['source']['path'] !== 'string') continue;
      const local = join(dir, entry['source']['path']);
      for (const destination of isRecord(entry['destinations']) ? Object.values(entry['destinations']) : []) {
        if (isRecord(destination) && typeof destination['objectKey'] === 'string') files.set(destination['objectKey'], local);
      }
    }
  }
  return files;
}

/** The aws:cdk:logicalId entries of an artifact's metadata, inline or in its additional metadata file (newer CDK). */
function logicalIdsOf(dir: string, artifact: Record<string, unknown>): [string, string][] {
  const extra = artifact['additionalMetadataFile'];
  const metadata =
    typeof extra === 'string' && existsSync(join(dir, extra)) ? readJsonFile(join(dir, extra)) : artifact['metadata'];
  const pairs: [string, string][] = [];
  for (const [path, entries] of isRecord(metadata) ? Object.entries(metadata) : []) {
    for (const entry of Array.isArray(entries) ? entries : []) {
      if (isRecord(entry) && entry['type'] === 'aws:cdk:logicalId' && typeof entry['data'] === 'string') {
        pairs.push([path.replace(/^\//, ''), entry['data']]);
      }
    }
  }
  return pairs;
}

/** `aws://123456789012/eu-west-1`; CDK writes unknown-account / unknown-region for environment-agnostic stacks. */
function environmentOf(value: unknown): { account?: string; region?: string } {
  const match = typeof value === 'string' ? /^aws:\/\/([^/]*)\/(.*)$/.exec(value) : null;
  const account = match?.[1];
  const region = match?.[2];
  return {
    ...(account && account !== 'unknown-account' ? { account } : {}),
    ...(region && region !== 'unknown-region' ? { region } : {}),
  };
}

type Manifest = Record<string, unknown> & { artifacts: Record<string, unknown> };

function readManifest(dir: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new InputError(dir, 'is a directory without manifest.json (expected a cloud assembly, e.g. cdk.out)');
  const manifest = readJsonFile(file);
  if (!isRecord(manifest) || !isRecord(manifest['artifacts'])) throw new InputError(file, 'is not a cloud assembly manifest (no "artifacts")');
  return manifest as Manifest;
}

function readStacks(dir: string, artifacts: Record<string, unknown>, prefix: string, depth: number): StackArtifact[] {
  const assets = assetFiles(dir, artifacts);
  const stacks: StackArtifact[] = [];
  for (const [id, artifact] of Object.entries(artifacts)) {
    if (!isRecord(artifact)) continue;
    const properties = isRecord(artifact['properties']) ? artifact['properties'] : {};
    if (artifact['type'] === 'cdk:cloud-assembly' && typeof properties['directoryName'] === 'string') {
      // Stages nest assemblies; CDK's own limit is far below this, which only stops a manifest that loops.
      if (depth > 20) throw new InputError(dir, 'nests cloud assemblies more than 20 deep');
      const nested = join(dir, properties['directoryName']);
      stacks.push(...readStacks(nested, readManifest(nested).artifacts, `${prefix}${id}/`, depth + 1));
      continue;
    }
    if (artifact['type'] !== 'aws:cloudformation:stack') continue;
    const templateFile = properties['templateFile'];
    if (typeof templateFile !== 'string') throw new InputError(join(dir, 'manifest.json'), `stack "${id}" has no templateFile`);
    stacks.push({
      key: `${prefix}${id}`,
      stackName: typeof properties['stackName'] === 'string' ? properties['stackName'] : id,
      displayName: typeof artifact['displayName'] === 'string' ? artifact['displayName'] : id,
      ...environmentOf(artifact['environment']),
      tags: stringMap(properties['tags']),
      tree: readStackTree(join(dir, templateFile), assets),
      logicalIds: logicalIdsOf(dir, artifact),
    });
  }
  return stacks;
}

export function readAssembly(dir: string): Assembly {
  const manifest = readManifest(dir);
  const version = typeof manifest['version'] === 'string' ? manifest['version'] : undefined;
  return { ...(version ? { version } : {}), stacks: readStacks(dir, manifest.artifacts, '', 0) };
}
