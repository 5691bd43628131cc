// npm run bench: Blastgate on big plans, side by side with the floor of a non-streaming tool (node's
// readFileSync + JSON.parse) and the jq filter users write today, on the same generated files in one run.
// Writes bench/RESULTS.md. Plans and CDK assemblies are made in a temp folder (kept there for the next run, never committed).
//
// Options: --sizes 10,100,500,1024 (MB of 2^20 bytes)  --retag-sizes 100,1024 (plans where 15% of the resources
//          get a tag added in place: a mass retag)  --runs 3  --big-runs 1 (jq from 500 MB on)  --start-runs 15
//          --cli dist/cli.js  --dir TMPDIR/blastgate-bench  --out bench/RESULTS.md
// Start-up, the guard and the CloudFormation pair are timed side by side with `node -e 0` in the same rounds.
// Empty --sizes / --retag-sizes skip the plans.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { GENERATOR_VERSION, generatePlan } from './generate.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,500,1024' },
    'retag-sizes': { type: 'string', default: '100,1024' },
    'start-runs': { type: 'string', default: '15' },
    'render-only': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    'big-runs': { type: 'string', default: '1' },
    cli: { type: 'string', default: join(repo, 'dist/cli.js') },
    dir: { type: 'string', default: join(tmpdir(), 'blastgate-bench') },
    out: { type: 'string', default: join(repo, 'bench/RESULTS.md') },
  },
});
const sizesOf = (list) => list.split(',').filter((s) => s.trim() !== '').map(Number);
const SIZES = sizesOf(opts.sizes);
const RETAG_SIZES = sizesOf(opts['retag-sizes']);
/** The share of resources a mass retag updates in place. */
const RETAG_SHARE = 0.15;
const START_RUNS = Number(opts['start-runs']);
const NODE24 = join(repo, 'test/node24/node_modules/.bin/node');
const RUNS = Number(opts.runs);
const BIG_RUNS = Number(opts['big-runs']);
const CLI = resolve(opts.cli);
const MB = 1024 * 1024;
const SEED = 42;
const JQ_FILTER = '[.resource_changes[] | select(.change.actions|index("delete"))] | length';
const TIME = '/usr/bin/time';
const TINY_PLAN = join(repo, 'fixtures/terraform/tfdata-taint.plan.json');

function which(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

const jq = which('jq');
const jqVersion = jq ? spawnSync(jq, ['--version'], { encoding: 'utf8' }).stdout.trim() : undefined;
const hasTime = existsSync(TIME);

/** One run of a command: wall time (ms), peak RSS (MB) and CPU time (ms, 10 ms steps) from /usr/bin/time, exit status, stdout, stderr. */
function runOnce(argv, input) {
  const rssFile = join(opts.dir, `rss-${process.pid}.txt`);
  const command = hasTime ? [TIME, '-f', '%M %U %S', '-o', rssFile, ...argv] : argv;
  const started = performance.now();
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 30, ...(input !== undefined ? { input } : {}) });
  const wallMs = performance.now() - started;
  let rssMb;
  let cpuMs;
  if (hasTime && existsSync(rssFile)) {
    const [rss, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    rssMb = rss / 1024;
    cpuMs = (user + system) * 1000;
    rmSync(rssFile);
  }
  return { wallMs, rssMb, cpuMs, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The plan of a size, generated once into the temp folder; its manifest says what a correct analysis finds. */
function planOf(sizeMb, updates) {
  const path = join(opts.dir, `plan-${sizeMb}mb-g${GENERATOR_VERSION}-s${SEED}${updates ? `-u${updates}` : ''}.json`);
  const manifestPath = `${path}.manifest`;
  if (!existsSync(path) || !existsSync(manifestPath)) {
    process.stderr.write(`generating a ${sizeMb} MB plan in ${opts.dir} ...\n`);
    const started = performance.now();
    const manifest = generatePlan(path, sizeMb * MB, SEED, updates ? { updates } : {});
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, generatedInMs: Math.round(performance.now() - started) }));
  }
  const label = `${sizeMb} MB${updates ? ' retag' : ''}`;
  return { path, sizeMb, label, retag: Boolean(updates), bytes: statSync(path).size, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) };
}

/** Node streaming the file's bytes and doing nothing with them: the floor of any streaming reader. */
const STREAM_BYTES = `const fs = require('fs'); const fd = fs.openSync(process.argv[1], 'r'); const b = Buffer.allocUnsafe(1 << 21);
for (let n, at = 0; (n = fs.readSync(fd, b, 0, b.length, at)) > 0; ) at += n;`;

/** What bounds a byte scanner in JavaScript: a loop that only finds the strings, and Blastgate's validating scan. */
const FLOOR = `const fs = require('fs'); const fd = fs.openSync(process.argv[1], 'r'); const b = Buffer.allocUnsafe(1 << 21);
let n, at = 0, strings = 0, inString = false;
while ((n = fs.readSync(fd, b, 0, b.length, at)) > 0) {
  for (let i = 0; i < n; i++) { const c = b[i]; if (inString) { if (c === 92) i++; else if (c === 34) inString = false; } else if (c === 34) { inString = true; strings++; } }
  at += n;
}`;

/** A script bundled from the source into the temp folder, to time one part of Blastgate on its own. */
function partScript(name, contents) {
  const path = join(opts.dir, `${name}.mjs`);
  buildSync({
    stdin: { contents, resolveDir: repo, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: path,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return path;
}

/** Blastgate's scanner alone: it validates the whole file and builds nothing. */
const SCAN_ONLY = `import { openSync, readSync } from 'node:fs';
import { JsonCursor } from './src/sources/terraform/scan.ts';
const fd = openSync(process.argv[2], 'r');
const cursor = new JsonCursor((b, o, l, p) => readSync(fd, b, o, l, p));
cursor.skipValue();
cursor.finish();`;

/** Blastgate's reader alone: the input the analysis gets, without the analysis and the report. */
const READ_ONLY = `import { readPlan } from './src/sources/load.ts';
readPlan(process.argv[2]);`;

/** The tools compared on each plan: how to run them, and whether their answer is right. */
const TOOLS = [
  {
    name: 'blastgate analyze',
    argv: (plan) => [process.execPath, CLI, 'analyze', plan.path, '--format', 'json', '--ai-authored', 'true'],
    check: (run, plan) => {
      if (run.status !== 0 && run.status !== 1) return `exit ${run.status}: ${run.stderr.trim().split('\n')[0]}`;
      const report = JSON.parse(run.stdout);
      const destroys = report.changes.filter((c) => c.action === 'delete' || c.action === 'replace').length;
      const want = plan.manifest.deletesAndReplacements;
      return destroys === want ? `ok: ${destroys} deletes and replacements, verdict ${report.verdict}` : `WRONG: ${destroys} deletes and replacements, want ${want}`;
    },
  },
  {
    name: 'node readFileSync + JSON.parse',
    argv: (plan) => [process.execPath, '-e', "JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))", plan.path],
    check: (run) => (run.status === 0 ? 'ok' : `fails: ${(/Error: .*/.exec(run.stderr)?.[0] ?? run.stderr.trim().split('\n')[0]).slice(0, 120)}`),
  },
  {
    name: 'jq (deletes)',
    plainOnly: true,
    argv: (plan) => [jq, JQ_FILTER, plan.path],
    missing: () => (jq ? undefined : 'jq is not installed (apt-get install -y jq): not measured'),
    runs: (plan) => (plan.sizeMb >= 500 ? BIG_RUNS : RUNS),
    check: (run, plan) => {
      if (run.status !== 0) return `fails: ${run.stderr.trim().split('\n')[0]}`;
      const count = Number(run.stdout.trim());
      return count === plan.manifest.deletesAndReplacements ? `ok: ${count}` : `WRONG: ${count}, want ${plan.manifest.deletesAndReplacements}`;
    },
  },
  {
    name: 'floor: node streaming the bytes',
    argv: (plan) => [process.execPath, '-e', STREAM_BYTES, plan.path],
    check: (run) => (run.status === 0 ? 'reference' : `fails: ${run.stderr.trim().split('\n')[0]}`),
  },
  {
    name: 'floor: JS loop finding the strings',
    plainOnly: true,
    argv: (plan) => [process.execPath, '-e', FLOOR, plan.path],
    check: (run) => (run.status === 0 ? 'reference' : `fails: ${run.stderr.trim().split('\n')[0]}`),
  },
  {
    name: 'part: Blastgate scanner, validating only',
    plainOnly: true,
    argv: (plan) => [process.execPath, scripts.scan, plan.path],
    check: (run) => (run.status === 0 ? 'reference' : `fails: ${run.stderr.trim().split('\n')[0]}`),
  },
  {
    name: 'part: Blastgate reader only',
    argv: (plan) => [process.execPath, scripts.read, plan.path],
    check: (run) => (run.status === 0 ? 'reference' : `fails: ${run.stderr.trim().split('\n')[0]}`),
  },
];

/** Runs every tool on a plan, round-robin so that the machine's other load falls on all of them alike. */
function measurePlan(plan) {
  const results = TOOLS.filter((tool) => !(plan.retag && tool.plainOnly)).map((tool) => ({ tool, runs: [], missing: tool.missing?.() }));
  const rounds = Math.max(...results.map((r) => r.tool.runs?.(plan) ?? RUNS));
  for (let round = 0; round < rounds; round++) {
    for (const result of results) {
      if (result.missing || round >= (result.tool.runs?.(plan) ?? RUNS)) continue;
      process.stderr.write(`  ${plan.label}, ${result.tool.name}, run ${round + 1}\n`);
      const run = runOnce(result.tool.argv(plan));
      result.runs.push(run);
      result.check = result.tool.check(run, plan);
    }
  }
  return results.map(({ tool, runs, missing, check }) => ({
    name: tool.name,
    missing,
    runs: runs.length,
    wallMs: runs.length ? median(runs.map((r) => r.wallMs)) : undefined,
    rssMb: runs.length && runs[0].rssMb !== undefined ? Math.max(...runs.map((r) => r.rssMb)) : undefined,
    ok: runs.length > 0 && runs.every((r) => r.status === 0 || (tool.name.startsWith('blastgate') && r.status === 1)),
    check,
  }));
}

/**
 * Cases timed side by side with `node -e 0`, round-robin in the same rounds (so the machine's other load falls on all
 * alike): each is { name, argv, input? }. Wall time is the median, CPU time (user + system) the mean.
 * To add a case, push it to STARTUP_CASES (or GUARD_COMMANDS for the guard's latency).
 */
const STARTUP_CASES = [
  { name: '`node -e 0` (bare Node start)', argv: [process.execPath, '-e', '0'] },
  { name: '`analyze` on a tiny plan', argv: [process.execPath, CLI, 'analyze', TINY_PLAN, '--ai-authored', 'true'] },
  { name: '`guard` on `ls -la` (no plan to read)', argv: [process.execPath, CLI, 'guard', '--agent', 'generic', '--audit', join(opts.dir, 'guard-audit.log')], input: '{"command":"ls -la"}' },
  ...(existsSync(NODE24)
    ? [
        { name: 'Node 24: `node -e 0`', argv: [NODE24, '-e', '0'] },
        { name: 'Node 24: `analyze` on a tiny plan (compile cache)', argv: [NODE24, CLI, 'analyze', TINY_PLAN, '--ai-authored', 'true'] },
      ]
    : []),
];

function sideBySide(cases, runs) {
  const times = cases.map(() => []);
  for (let round = 0; round < runs; round++) {
    process.stderr.write(`  start-up, round ${round + 1} of ${runs}\n`);
    cases.forEach((c, i) => times[i].push(runOnce(c.argv, c.input)));
  }
  return cases.map((c, i) => ({
    name: c.name,
    wallMs: median(times[i].map((r) => r.wallMs)),
    cpuMs: times[i][0].cpuMs === undefined ? undefined : mean(times[i].map((r) => r.cpuMs)),
    rssMb: times[i][0].rssMb === undefined ? undefined : Math.max(...times[i].map((r) => r.rssMb)),
    status: times[i].at(-1).status,
  }));
}

/** The commands an agent typically runs, one a line (bench/guard-commands.txt), for the guard's decision latency. */
const GUARD_COMMANDS = readFileSync(join(repo, 'bench/guard-commands.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

/** The guard on every command, twice, from a folder with a Terraform configuration: p50 and p99 of the wall time. */
function guardLatency(nodeMs) {
  const cwd = join(opts.dir, 'guard-repo');
  mkdirSync(join(cwd, 'infra/prod'), { recursive: true });
  writeFileSync(join(cwd, 'infra/prod/main.tf'), 'resource "aws_db_instance" "orders" {\n  identifier = "orders"\n}\n');
  const walls = [];
  const answers = { allow: 0, ask: 0, deny: 0, other: 0 };
  for (let round = 0; round < 2; round++) {
    process.stderr.write(`  guard, ${GUARD_COMMANDS.length} commands, round ${round + 1}\n`);
    for (const command of GUARD_COMMANDS) {
      const run = runOnce([process.execPath, CLI, 'guard', '--agent', 'generic', '--audit', join(opts.dir, 'guard-audit.log')], JSON.stringify({ command, cwd }));
      walls.push(run.wallMs);
      if (round === 0) {
        const decision = /"decision":"(\w+)"/.exec(run.stdout)?.[1];
        answers[decision in answers ? decision : 'other']++;
      }
    }
  }
  return { commands: GUARD_COMMANDS.length, p50: percentile(walls, 50), p99: percentile(walls, 99), nodeMs, answers };
}

/**
 * Two versions of a CDK app of CDK_STACKS service stacks, synthesized offline by aws-cdk-lib in a child process (cwd is
 * the repo, for its node_modules): `base` is the target branch, `head` a PR that changes three stacks. Each stack is a
 * service (table, bucket, queue and its dead-letter queue, a worker function fed by the queue, an ops role), with
 * cdk synth's context so templates carry construct paths and CDKMetadata. fixtures/cdk/apps.ts exports only its
 * whole scenario app, where every stack changes, so none of it fits here. Prints what it synthesized.
 */
const CDK_APP = `const { App, Duration, RemovalPolicy, Stack } = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb'), iam = require('aws-cdk-lib/aws-iam'), lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3'), sqs = require('aws-cdk-lib/aws-sqs');
const { SqsEventSource } = require('aws-cdk-lib/aws-lambda-event-sources');
const [dir, count] = process.argv.slice(1);
const context = { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true, 'aws:cdk:version-reporting': true, 'aws:cdk:disable-stack-trace': true };
const out = { cdk: require('aws-cdk-lib/package.json').version };
for (const version of ['base', 'head']) {
  const head = version === 'head';
  const app = new App({ outdir: dir + '/' + version, context });
  for (let i = 0; i < Number(count); i++) {
    const stack = new Stack(app, 'Service' + String(i).padStart(2, '0') + 'Prod', { env: { account: '111111111111', region: 'eu-west-1' }, tags: { Team: 'team-' + (i % 11) } });
    // DESTROY, so that replacing the table loses its data: the gate closes on that, not on a retained one.
    const table = new dynamodb.Table(stack, 'Table', {
      partitionKey: { name: head && i === 7 ? 'tenantId' : 'id', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'createdAt', type: dynamodb.AttributeType.NUMBER },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const bucket = head && i === 23 ? undefined : new s3.Bucket(stack, 'Uploads', { encryption: s3.BucketEncryption.S3_MANAGED, enforceSSL: true, versioned: true, removalPolicy: RemovalPolicy.DESTROY });
    const dlq = new sqs.Queue(stack, 'DeadLetters', { retentionPeriod: Duration.days(14) });
    const queue = new sqs.Queue(stack, 'Jobs', { visibilityTimeout: Duration.seconds(60), deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } });
    const worker = new lambda.Function(stack, 'Worker', {
      runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', timeout: Duration.seconds(30),
      code: lambda.Code.fromInline('exports.handler = async (e) => ({ release: ' + (head && i === 41 ? 2 : 1) + ', records: e.Records.length });'),
      environment: { TABLE: table.tableName, QUEUE: queue.queueUrl, ...(bucket ? { BUCKET: bucket.bucketName } : {}) },
    });
    worker.addEventSource(new SqsEventSource(queue, { batchSize: 10 }));
    table.grantReadWriteData(worker);
    bucket?.grantReadWrite(worker);
    const ops = new iam.Role(stack, 'OpsRead', { assumedBy: new iam.AccountRootPrincipal() });
    table.grantReadData(ops);
    queue.grantConsumeMessages(ops);
  }
  const stacks = app.synth().stacks;
  out[version] = { stacks: stacks.length, resources: stacks.reduce((n, s) => n + Object.keys(s.template.Resources).length, 0) };
}
console.log(JSON.stringify(out));`;
const CDK_APP_VERSION = 1;
const CDK_STACKS = 55;
/** The stacks the PR changes: a table's key (a replacement), a bucket removed, new Lambda code. */
const CDK_CHANGED = ['Service07Prod', 'Service23Prod', 'Service41Prod'];

/** The two assemblies, synthesized once into the temp folder like the plans; the manifest is written last. */
function assembliesOf() {
  const dir = join(opts.dir, `cdk-${CDK_STACKS}stacks-a${CDK_APP_VERSION}`);
  const manifestPath = `${dir}.manifest`;
  if (!existsSync(manifestPath)) {
    process.stderr.write(`synthesizing two CDK assemblies of ${CDK_STACKS} stacks in ${dir} ...\n`);
    rmSync(dir, { recursive: true, force: true });
    const started = performance.now();
    const synth = spawnSync(process.execPath, ['-e', CDK_APP, dir, String(CDK_STACKS)], { cwd: repo, encoding: 'utf8' });
    if (synth.status !== 0) return { error: (/Error: .*/.exec(synth.stderr)?.[0] ?? synth.stderr.trim().split('\n')[0]).slice(0, 160) };
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(synth.stdout), synthesizedInMs: Math.round(performance.now() - started) }));
  }
  return { base: join(dir, 'base'), head: join(dir, 'head'), manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) };
}

/** The CDK path end to end: `analyze --base --head` on the two assemblies; the report must name the changed stacks. */
function cdkAssembly() {
  const what = `CDK assemblies of ${CDK_STACKS} stacks, a PR changing 3: \`analyze --base --head --format json\``;
  const assemblies = assembliesOf();
  if (assemblies.error) return { what, notMeasured: `not measured: synthesis failed: ${assemblies.error}` };
  const { base, head, manifest } = assemblies;
  const runs = Array.from({ length: RUNS }, (_, i) => {
    process.stderr.write(`  CDK assemblies, blastgate analyze, run ${i + 1}\n`);
    return runOnce([process.execPath, CLI, 'analyze', '--base', base, '--head', head, '--format', 'json']);
  });
  const check = (run) => {
    // 1: the table replaced and the bucket deleted are production data (stack names end in Prod).
    if (run.status !== 1) return `WRONG: exit ${run.status}, want 1: ${run.stderr.trim().split('\n')[0]}`;
    const report = JSON.parse(run.stdout);
    const stacks = report.sources.map((s) => s.path.slice(s.path.lastIndexOf('#') + 1)).sort();
    return stacks.join() === CDK_CHANGED.join() ? `ok: exit 1, verdict ${report.verdict}, ${report.changes.length} changes in ${stacks.join(', ')}` : `WRONG: stacks ${stacks.join(', ')}, want ${CDK_CHANGED.join(', ')}`;
  };
  const checks = runs.map(check);
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    what: `${what} (${manifest.base.stacks} → ${manifest.head.stacks} stacks, ${manifest.base.resources} → ${manifest.head.resources} resources, aws-cdk-lib ${manifest.cdk}; median of ${RUNS})`,
    measured:
      `blastgate ${fmt.s(median(runs.map((r) => r.wallMs)))}, peak RSS ${fmt.mb(hasTime ? Math.max(...runs.map((r) => r.rssMb)) : undefined)}; ` +
      (checks.find((c) => !c.startsWith('ok')) ?? checks[0]),
  };
}

/** One stack's template pair (the stack whose table is replaced), side by side with `node -e 0`. */
function cloudformationPair() {
  const assemblies = assembliesOf();
  if (assemblies.error) return { notMeasured: `not measured: synthesis failed: ${assemblies.error}` };
  const file = (side) => join(side === 'base' ? assemblies.base : assemblies.head, 'Service07Prod.template.json');
  const [node, pair] = sideBySide(
    [
      { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
      { name: 'pair', argv: [process.execPath, CLI, 'analyze', '--base', file('base'), '--head', file('head'), '--format', 'json'] },
    ],
    RUNS,
  );
  return { wallMs: pair.wallMs, rssMb: pair.rssMb, nodeMs: node.wallMs, ok: pair.status === 1 ? 'ok: exit 1 (the table replaced)' : `WRONG: exit ${pair.status}` };
}

const fmt = {
  s: (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`),
  ms: (ms) => `${Math.round(ms)} ms`,
  mb: (mb) => (mb === undefined ? '–' : `${Math.round(mb)} MB`),
  rate: (bytes, ms) => (ms === undefined ? '–' : `${Math.round(bytes / MB / (ms / 1000))}`),
  ratio: (a, b) => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`),
};

function targetRows(measured, startup, guard, pair, cdk) {
  const at = (size, name, retag = false) => measured.find((m) => m.plan.sizeMb === size && m.plan.retag === retag)?.results.find((r) => r.name.startsWith(name));
  const rows = [];
  const [node, analyze, guardStart] = startup;
  const startRatio = (c) => c.wallMs / node.wallMs;
  rows.push(['cold start: `analyze` on a tiny plan ≤ 1.3× `node -e 0` (wall; CPU in brackets)', `${startRatio(analyze).toFixed(2)}× (CPU ${fmt.ratio(analyze.cpuMs, node.cpuMs)})`, startRatio(analyze) <= 1.3]);
  rows.push(['cold start: `guard` with no plan ≤ 1.3× `node -e 0`', `${startRatio(guardStart).toFixed(2)}× (CPU ${fmt.ratio(guardStart.cpuMs, node.cpuMs)})`, startRatio(guardStart) <= 1.3]);
  const bg100 = at(100, 'blastgate');
  const parse100 = at(100, 'node readFileSync');
  if (bg100 && parse100?.ok) rows.push(['100 MB: ≤ 0.6× bare JSON.parse', fmt.ratio(bg100.wallMs, parse100.wallMs), bg100.wallMs / parse100.wallMs <= 0.6]);
  if (bg100?.rssMb !== undefined) rows.push(['100 MB: peak RSS ≤ 100 MB', fmt.mb(bg100.rssMb), bg100.rssMb <= 100]);
  for (const retag of [false, true]) {
    const bg1g = at(1024, 'blastgate', retag);
    const bytes = at(1024, 'floor: node streaming', retag);
    const label = retag ? `1 GB mass retag (${Math.round(RETAG_SHARE * 100)}% updated in place)` : '1 GB';
    if (!bg1g) continue;
    rows.push([`${label}: analysed correctly`, bg1g.check, bg1g.ok && bg1g.check.startsWith('ok')]);
    if (bytes?.wallMs) rows.push([`${label}: ≤ 4× Node streaming its bytes`, fmt.ratio(bg1g.wallMs, bytes.wallMs), bg1g.wallMs / bytes.wallMs <= 4]);
    if (bg1g.rssMb !== undefined) rows.push([`${label}: peak RSS ≤ 150 MB`, fmt.mb(bg1g.rssMb), bg1g.rssMb <= 150]);
  }
  if (pair.wallMs !== undefined) {
    rows.push(['CloudFormation: a one-stack template pair < 0.25 s', `${fmt.s(pair.wallMs)} (\`node -e 0\` ${fmt.s(pair.nodeMs)})`, pair.wallMs < 250]);
    if (pair.rssMb !== undefined) rows.push(['CloudFormation: a one-stack template pair < 100 MB', fmt.mb(pair.rssMb), pair.rssMb < 100]);
  }
  if (cdk.wallMs !== undefined) rows.push(['CDK: the 55-stack assemblies < 0.5 s', fmt.s(cdk.wallMs), cdk.wallMs < 500]);
  if (guard) rows.push([`guard: decision latency on ${guard.commands} typical commands`, `p50 ${fmt.ms(guard.p50)}, p99 ${fmt.ms(guard.p99)} (\`node -e 0\` ${fmt.ms(guard.nodeMs)})`, true]);
  return rows;
}

/** Where Blastgate's time and memory go on each plan, from the floor and part rows: what bounds the targets. */
function bounds(measured, startup) {
  const nodeMs = startup[0].wallMs;
  const lines = ['## What bounds the time and the memory', ''];
  for (const { plan, results } of measured) {
    const get = (n) => results.find((r) => r.name.startsWith(n));
    const [bg, parse, loop, scan, read] = ['blastgate', 'node readFileSync', 'floor: JS', 'part: Blastgate scanner', 'part: Blastgate reader'].map(get);
    const bytes = get('floor: node streaming');
    if (plan.retag && bg?.wallMs && read?.wallMs && bytes?.wallMs) {
      lines.push(
        `- ${plan.label} (${plan.manifest.actions.update} updates in place): blastgate ${fmt.s(bg.wallMs)}, peak RSS ${fmt.mb(bg.rssMb)}. ` +
          `Node streaming the bytes takes ${fmt.s(bytes.wallMs)}; the whole reader ${fmt.s(read.wallMs)} (${fmt.ratio(read.wallMs, bytes.wallMs)} that floor; peak RSS ${fmt.mb(read.rssMb)}, ` +
          'the updates compacted as they are read); the analysis and the report of every change add the other ' +
          `${fmt.s(bg.wallMs - read.wallMs)} and ${fmt.mb(bg.rssMb - read.rssMb)}: they hold every change and its assessment, and the JSON report is built as one string.`,
      );
      continue;
    }
    if (!bg?.wallMs || !loop?.wallMs || !scan?.wallMs || !read?.wallMs) continue;
    lines.push(
      `- ${plan.label}: blastgate ${fmt.s(bg.wallMs)}${parse?.ok ? ` (bare JSON.parse ${fmt.s(parse.wallMs)})` : ' (bare JSON.parse cannot read it)'}, ` +
        `peak RSS ${fmt.mb(bg.rssMb)}. Of the time: node starting ${fmt.ms(nodeMs)}; a JS loop that only finds the strings ${fmt.s(loop.wallMs)}; ` +
        `the validating scan ${fmt.s(scan.wallMs)}; the whole reader ${fmt.s(read.wallMs)} (peak RSS ${fmt.mb(read.rssMb)}); ` +
        `the analysis and the report the other ${fmt.s(bg.wallMs - read.wallMs)} (and ${fmt.mb(bg.rssMb - read.rssMb)} of RSS on top of the reader's).`,
    );
  }
  const at = (size, name, retag = false) => measured.find((m) => m.plan.sizeMb === size && m.plan.retag === retag)?.results.find((r) => r.name.startsWith(name));
  const [bg, parse, loop, read, jqRun] = ['blastgate', 'node', 'floor: JS', 'part: Blastgate reader', 'jq'].map((n) => at(100, n));
  if (bg?.wallMs && parse?.ok && loop?.wallMs && read?.wallMs) {
    const budget = 0.6 * parse.wallMs;
    const fixed = loop.wallMs + (bg.wallMs - read.wallMs);
    lines.push(
      '',
      `On 100 MB, 0.6× JSON.parse is ${fmt.s(budget)}${jqRun?.wallMs ? ` and 4× faster than jq is ${fmt.s(jqRun.wallMs / 4)}` : ''}. ` +
        `The cheapest pass over the bytes in a node process plus the analysis and the report already take ${fmt.s(fixed)}, ` +
        `which leaves ${fmt.s(Math.max(0, Math.min(budget, jqRun?.wallMs ? jqRun.wallMs / 4 : budget) - fixed))} for validating, ` +
        `cutting out and parsing the parts read and building the input; that takes ${fmt.s(read.wallMs - loop.wallMs)} here.`,
    );
  }
  lines.push(
    '',
    'Every byte is validated, the skipped parts too, so that bad bytes anywhere are an error as JSON.parse would make them. ' +
      'In JavaScript that is a pass over the bytes, and the floor row shows what the cheapest such pass costs here: ' +
      "a large share of the bare JSON.parse time, whose parser is native code. The reader never builds an unchanged resource's " +
      'values (an unchanged after is compared with its before rather than walked again), and keeps its identity and tags only; ' +
      'of an in-place update it keeps the tags and guard attributes of both sides (what it is judged by).',
    '',
  );
  const [node, analyze, guardStart] = startup;
  if (node && analyze && guardStart) {
    lines.push(
      `Start-up: \`analyze\` on a tiny plan takes ${fmt.ms(analyze.wallMs - node.wallMs)} of wall time and ${analyze.cpuMs === undefined ? '–' : fmt.ms(analyze.cpuMs - node.cpuMs)} of CPU ` +
        `more than \`node -e 0\`; \`guard\` on a command that needs no plan ${fmt.ms(guardStart.wallMs - node.wallMs)} and ${guardStart.cpuMs === undefined ? '–' : fmt.ms(guardStart.cpuMs - node.cpuMs)}. ` +
        'What is left is loading code: the entry loads only the chunks its input needs (about 300 kB for a Terraform plan, no YAML, ajv, ' +
        'tree-sitter or cloudformation-diff; catalog tables are compiled on the first lookup of their family), but Node still resolves, ' +
        "reads, compiles and links each ES module chunk, and its ESM loader costs more per module than `node -e 0`'s whole start. " +
        "On Node 22+ the CLI enables Node's compile cache, which skips compiling on later runs (the Node 24 rows).",
      '',
    );
  }
  return lines;
}

function render(measured, { startup, guard, pair, cdk }, context) {
  const lines = [
    '# Benchmark: start-up, the guard, big plans, CloudFormation',
    '',
    'Regenerated by `npm run bench` (bench/run.mjs); do not edit by hand.',
    '',
    `Machine: ${context.cpus} CPUs (${context.cpuModel}), ${context.memGb} GB RAM, Node ${process.version}, ${jqVersion ?? 'no jq'}. ` +
      `Load average ${context.loadBefore} before the run and ${context.loadAfter} after it: other work shares these CPUs, so times carry noise; ratios come from the same rounds.`,
    '',
    `Blastgate: ${context.cli}.`,
    '',
    `Plans: generated by bench/generate.mjs (version ${GENERATOR_VERSION}, seed ${SEED}): teams of services, each of 18 AWS resources ` +
      '(instances with count, roles, queues, SSM parameters and a database whose values are sensitive, buckets, a Lambda); ' +
      'planned_values, resource_changes and prior_state each hold every resource, the configuration holds the modules and their references; ' +
      'about 3% of the resources are deleted or replaced, 3% updated, 2% created, the rest unchanged. ' +
      `The "retag" plans are the same with ${Math.round(RETAG_SHARE * 100)}% of the resources updated in place (a tag added): a mass retag.`,
    '',
    `Each tool runs as its own process on the same file; wall time is the median of ${RUNS} runs (jq: ${BIG_RUNS} run${BIG_RUNS === 1 ? '' : 's'} from 500 MB on, ` +
      'where one run takes most of a minute and gigabytes of memory), peak RSS is the largest of the runs (/usr/bin/time). ' +
      `blastgate runs \`analyze PLAN --format json\` and its report is checked against the generator's counts; jq runs \`${JQ_FILTER}\`.`,
    '',
    '| Plan | Tool | Runs | Wall | MB/s | Peak RSS | vs JSON.parse | Result |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { plan, results } of measured) {
    const parse = results.find((r) => r.name.startsWith('node'));
    for (const r of results) {
      if (r.missing) {
        lines.push(`| ${plan.label} | ${r.name} | 0 | – | – | – | – | ${r.missing} |`);
        continue;
      }
      const vs = parse?.ok && r !== parse ? fmt.ratio(r.wallMs, parse.wallMs) : r === parse ? '1.00×' : '–';
      lines.push(
        `| ${plan.label} (${(plan.bytes / MB).toFixed(0)} MB, ${plan.manifest.resourceChanges} changes, ${plan.manifest.actions.update} updates) | ${r.name} | ${r.runs} | ${fmt.s(r.wallMs)} | ${r.ok ? fmt.rate(plan.bytes, r.wallMs) : '–'} | ${fmt.mb(r.rssMb)} | ${vs} | ${r.check} |`,
      );
    }
  }
  lines.push('', '| Plan | blastgate ÷ JSON.parse | jq ÷ blastgate |', '| --- | --- | --- |');
  for (const { plan, results } of measured) {
    const [bg, parse, jqResult] = ['blastgate', 'node', 'jq'].map((n) => results.find((r) => r.name.startsWith(n)));
    lines.push(`| ${plan.label} | ${parse?.ok ? fmt.ratio(bg.wallMs, parse.wallMs) : 'JSON.parse fails'} | ${jqResult?.wallMs ? fmt.ratio(jqResult.wallMs, bg.wallMs) : '–'} |`);
  }
  lines.push(
    '',
    '| Other | Measured |',
    '| --- | --- |',
    `| ${cdk.what} | ${cdk.notMeasured ?? cdk.measured} |`,
    `| one stack's template pair (Service07Prod, its table replaced), median of ${RUNS} | ${pair.notMeasured ?? `${fmt.s(pair.wallMs)}, peak RSS ${fmt.mb(pair.rssMb)}; \`node -e 0\` in the same rounds ${fmt.s(pair.nodeMs)}; ${pair.ok}`} |`,
    ...(guard
      ? [
          `| guard: ${guard.commands} typical commands (bench/guard-commands.txt) twice, \`guard --agent generic\` | p50 ${fmt.ms(guard.p50)}, p99 ${fmt.ms(guard.p99)}; first round: ${guard.answers.allow} allow, ${guard.answers.ask} ask, ${guard.answers.deny} deny${guard.answers.other ? `, ${guard.answers.other} other` : ''} |`,
        ]
      : []),
    '',
    `## Start-up, side by side (${START_RUNS} rounds; wall: median; CPU: mean of user + system)`,
    '',
    '| Case | Wall | × node -e 0 | CPU | Peak RSS |',
    '| --- | --- | --- | --- | --- |',
    ...startup.map((c) => `| ${c.name} | ${fmt.ms(c.wallMs)} | ${fmt.ratio(c.wallMs, startup[0].wallMs)} | ${c.cpuMs === undefined ? '–' : fmt.ms(c.cpuMs)} | ${fmt.mb(c.rssMb)} |`),
    '',
    '## Targets',
    '',
    '| Target | Measured | Met |',
    '| --- | --- | --- |',
    ...targetRows(measured, startup, guard, pair, cdk).map(([target, value, met]) => `| ${target} | ${value} | ${met ? 'yes' : 'no'} |`),
    '',
    ...bounds(measured, startup),
  );
  return `${lines.join('\n')}\n`;
}

mkdirSync(opts.dir, { recursive: true });
const scripts = { scan: partScript('scan-only', SCAN_ONLY), read: partScript('read-only', READ_ONLY) };
if (!existsSync(CLI)) {
  console.error(`no bundle at ${CLI}: run npm run build first (or pass --cli)`);
  process.exit(2);
}
if (!hasTime) process.stderr.write(`${TIME} is missing: peak RSS is not measured (apt-get install -y time)\n`);
if (!jq) process.stderr.write('jq is not installed: its rows say so (apt-get install -y jq)\n');
const context = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
  memGb: Math.round(totalmem() / 1024 ** 3),
  loadBefore: loadavg().map((l) => l.toFixed(1)).join(' '),
  cli: `\`${CLI.startsWith(repo) ? relative(repo, CLI) : basename(CLI)}\`, version ${spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).stdout.trim()}`,
};
// The measurements are kept beside the plans: `--render-only` writes RESULTS.md again from the last run.
const saved = join(opts.dir, 'last-run.json');
if (!opts['render-only']) {
  const startup = sideBySide(STARTUP_CASES, START_RUNS);
  const guard = guardLatency(startup[0].wallMs);
  const measured = [];
  for (const [sizes, updates] of [[SIZES, 0], [RETAG_SIZES, RETAG_SHARE]]) {
    for (const size of sizes) {
      const plan = planOf(size, updates);
      measured.push({ plan, results: measurePlan(plan) });
    }
  }
  const pair = cloudformationPair();
  const cdk = cdkAssembly();
  context.loadAfter = loadavg().map((l) => l.toFixed(1)).join(' ');
  writeFileSync(saved, JSON.stringify({ measured, startup, guard, pair, cdk, context }));
}
const last = JSON.parse(readFileSync(saved, 'utf8'));
writeFileSync(opts.out, render(last.measured, last, last.context));
process.stderr.write(`wrote ${opts.out}\n`);
