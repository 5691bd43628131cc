import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceSpecInBundle } from '../scripts/service-spec-plugin.mjs';
import { repoRoot } from './helpers.js';

// The bundle answers cloudformation-diff's questions to the service specification from a table made at build time
// (scripts/service-spec-plugin.mjs). Every answer must be the database's: for every resource type, which properties
// force a replacement and which carry IAM or security-group rules, and what the resource itself is scrutinized as.

interface Model {
  scrutinizable?: string;
  properties: Record<string, { causesReplacement?: string; scrutinizable?: string }>;
}
interface Database {
  lookup(entity: string, field: string, op: string, value: string): Model[];
}
interface RealDatabase extends Database {
  all(entity: 'resource'): (Model & { cloudFormationType: string })[];
}

const require = createRequire(import.meta.url);
let dir = '';
let bundled: Database;
let real: RealDatabase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'blastgate-spec-'));
  await build({
    stdin: { contents: "export { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';", resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(dir, 'spec.mjs'),
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: [serviceSpecInBundle],
    logLevel: 'silent',
  });
  const module = (await import(pathToFileURL(join(dir, 'spec.mjs')).href)) as { loadAwsServiceSpecSync: () => Database };
  bundled = module.loadAwsServiceSpecSync();
  real = (require('@aws-cdk/aws-service-spec') as { loadAwsServiceSpecSync: () => RealDatabase }).loadAwsServiceSpecSync();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What cloudformation-diff reads of a model, and nothing else. */
function asked(model: Model | undefined) {
  if (!model) return undefined;
  return {
    scrutinizable: model.scrutinizable,
    properties: Object.fromEntries(Object.entries(model.properties).map(([name, p]) => [name, [p.causesReplacement, p.scrutinizable]])),
  };
}

describe('the service specification table in the bundle', () => {
  it('answers every resource type of the specification as the database does', () => {
    const types = [...new Set(real.all('resource').map((r) => r.cloudFormationType))];
    expect(types.length).toBeGreaterThan(1500);
    let replacing = 0;
    for (const type of types) {
      const want = asked(real.lookup('resource', 'cloudFormationType', 'equals', type)[0]);
      expect(asked(bundled.lookup('resource', 'cloudFormationType', 'equals', type)[0]), type).toEqual(want);
      replacing += Object.values(want?.properties ?? {}).filter(([causes]) => causes === 'yes').length;
    }
    // Not a table of empty rows: thousands of properties force a replacement.
    expect(replacing).toBeGreaterThan(2000);
  });

  it('knows the bucket name forces a replacement and a role policy is scrutinized', () => {
    expect(bundled.lookup('resource', 'cloudFormationType', 'equals', 'AWS::S3::Bucket')[0]?.properties['BucketName']).toEqual({ causesReplacement: 'yes' });
    expect(bundled.lookup('resource', 'cloudFormationType', 'equals', 'AWS::IAM::Policy')[0]?.scrutinizable).toBe('IdentityPolicyResource');
  });

  it('finds nothing for a type the specification does not have, as the database does', () => {
    expect(bundled.lookup('resource', 'cloudFormationType', 'equals', 'Custom::Thing')).toEqual([]);
    expect(real.lookup('resource', 'cloudFormationType', 'equals', 'Custom::Thing')).toEqual([]);
  });
});
