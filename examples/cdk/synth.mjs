// Synthesizes the example CDK app twice with aws-cdk-lib, offline: base.out is what the target branch
// synthesizes, head.out what a PR synthesizes. The PR renames the orders table's construct (a new logical ID:
// CloudFormation would create an empty table and delete the old one) and deletes the uploads bucket.
//
//   node examples/cdk/synth.mjs            writes examples/cdk/base.out and examples/cdk/head.out
//   node examples/cdk/synth.mjs --check    exits 1 when the committed assemblies differ from a fresh synthesis
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';

const here = dirname(fileURLToPath(import.meta.url));
// What `cdk synth` passes to an app; no version reporting and no creation stack traces, so the output depends on
// neither the library's version nor the folder it runs from.
const CONTEXT = { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:version-reporting': false, 'aws:cdk:disable-stack-trace': true, 'aws:cdk:disable-creation-stack-traces': true };

function synthesize(version, outdir) {
  const app = new App({ outdir, context: CONTEXT });
  const stack = new Stack(app, 'ShopProd', { env: { account: '111111111111', region: 'eu-west-1' } });
  new dynamodb.Table(stack, version === 'base' ? 'Orders' : 'OrdersTable', {
    partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },
    removalPolicy: RemovalPolicy.DESTROY,
  });
  if (version === 'base') new s3.Bucket(stack, 'Uploads', { removalPolicy: RemovalPolicy.DESTROY });
  new s3.Bucket(stack, 'Site', { removalPolicy: RemovalPolicy.RETAIN });
  app.synth();
}

/** The files of an assembly that Blastgate reads, by name. */
function files(dir) {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'blastgate-example-cdk-')) : here;
let stale = false;
for (const version of ['base', 'head']) {
  const dir = join(out, `${version}.out`);
  if (!check) rmSync(dir, { recursive: true, force: true });
  synthesize(version, dir);
  if (check && JSON.stringify(files(dir)) !== JSON.stringify(files(join(here, `${version}.out`)))) {
    console.error(`examples/cdk/${version}.out differs from a fresh synthesis (run node examples/cdk/synth.mjs)`);
    stale = true;
  }
}
if (check) rmSync(out, { recursive: true, force: true });
process.exitCode = stale ? 1 : 0;
