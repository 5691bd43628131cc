import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { SEVERITIES, type FindingCode, type Location, type Report, type Severity } from '../model.js';

// The report as SARIF 2.1.0 for code scanning: what the gate holds is an error, what reaches the policy's warn
// threshold a warning. A result sits on the .tf line that declares the resource when the configuration was read,
// else on the input file, so GitHub shows it on the PR's diff or at least beside the plan.

export interface SarifOptions {
  /** The policy's warn threshold (default medium). */
  warn?: Severity;
  /** The head configuration's folder as given (--tf-head): locations inside it are relative to it. */
  root?: string;
  version?: string;
}

/** What each rule is about, as code scanning lists it. */
const RULES: Partial<Record<FindingCode | 'destructive-change', string>> = {
  'destructive-change': 'A resource is destroyed or replaced',
  'stateful-destroy': 'Data that cannot come back is destroyed or replaced',
  'foundation-destroy': 'A foundation others run on is destroyed or replaced',
  'identity-destroy': 'An identity or key others rely on is destroyed or replaced',
  'edge-destroy': 'An entry point (DNS, load balancer, CDN) is destroyed or replaced',
  'many-dependents': 'Many resources depend on what is destroyed or replaced',
  'credential-rotation': 'A credential is replaced, which rotates a secret others hold',
  'rename-without-moved': 'A rename without a moved block destroys and recreates the resource',
  'logical-id-rename': 'A logical ID change makes CloudFormation replace the resource',
  'guard-disabled': 'A deletion guard is switched off',
  'destroy-before-create': 'The resource is gone until its replacement is up',
  'prevent-destroy-removed': 'prevent_destroy is removed',
  'moved-block-removed': 'A moved block is removed while its target exists',
  'removed-block-destroy': 'A removed block destroys the real object',
  'removed-block-forget': 'A removed block stops managing the real object',
  'create-before-destroy-removed': 'create_before_destroy is removed from a resource the plan replaces',
  'plan-time-code': 'Code runs at plan time',
  'config-plan-mismatch': 'The configuration and the plan disagree',
  'unmanaged-stack': 'A stack is no longer managed',
  'possible-replacement': 'CloudFormation may replace the resource',
  'iam-broadening': 'Permissions are broadened',
  'security-group-change': 'Network access is widened',
  'policy-or-workflow-edited': "The gate's own policy or workflow is edited",
  'override-critical': 'The policy marks this resource critical',
  'circuit-breaker': 'A circuit breaker of the policy trips',
};

const atLeast = (severity: Severity, threshold: Severity) => SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(threshold);

/** A repository-relative URI: `cdk.out#Stack` names its folder, a path leaving the repository keeps its input file. */
function uriOf(path: string): string {
  const file = posix.normalize(path.replace(/\\/g, '/').replace(/#.*$/, ''));
  return encodeURI(file.replace(/^\.\//, ''));
}

function place(location: Location | undefined, root: string, input: string): Result['locations'] {
  const inside = location ? posix.normalize(posix.join(root.replace(/\\/g, '/') || '.', location.file.replace(/\\/g, '/'))) : undefined;
  const at =
    location && inside && inside !== '..' && !inside.startsWith('../')
      ? { uri: uriOf(inside), line: location.line }
      : { uri: uriOf(input), line: 1 };
  return [{ physicalLocation: { artifactLocation: { uri: at.uri }, region: { startLine: Math.max(1, at.line) } } }];
}

/** Stable across runs for the same resource and rule, so code scanning updates an alert instead of opening another. */
const fingerprint = (ruleId: string, subject: string) => createHash('sha256').update(`${ruleId}\0${subject}`).digest('hex').slice(0, 32);

const firstLine = (text: string) => text.split('\n')[0] ?? '';

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  const warn = opts.warn ?? 'medium';
  const root = opts.root ?? '';
  const gated = new Set(report.decision.gatedAddresses);
  const level = (address: string, severity: Severity): Result.level | undefined =>
    gated.has(address) ? 'error' : atLeast(severity, warn) ? 'warning' : undefined;
  const used = new Set<string>();
  const results: Result[] = [];

  for (const a of report.changes) {
    const l = a.ignored ? undefined : level(a.change.address, a.severity);
    if (!l) continue;
    const ruleId = a.findings.find((f) => RULES[f.code])?.code ?? 'destructive-change';
    used.add(ruleId);
    const why = a.findings.length > 0 ? a.findings.map((f) => firstLine(f.message)) : a.factors.map((f) => `${f.name}: ${f.detail}`);
    results.push({
      ruleId,
      level: l,
      message: { text: `${a.change.address} (${a.change.action}, ${a.severity} ${a.score}, ${a.environment.name}): ${why.join('; ')}` },
      locations: place(a.change.location, root, a.change.source.path),
      partialFingerprints: { 'blastgate/v1': fingerprint(ruleId, a.change.address) },
      properties: { address: a.change.address, action: a.change.action, score: a.score, severity: a.severity, gated: gated.has(a.change.address) },
    });
  }
  for (const f of report.findings) {
    const address = f.address ?? f.source;
    const l = level(address, f.severity);
    if (!l) continue;
    used.add(f.code);
    results.push({
      ruleId: f.code,
      level: l,
      message: { text: `${address}: ${firstLine(f.message)}` },
      locations: place(f.location, root, f.source),
      partialFingerprints: { 'blastgate/v1': fingerprint(f.code, address) },
      properties: { address, severity: f.severity, gated: gated.has(address) },
    });
  }

  const rules: ReportingDescriptor[] = [...used].sort().map((id) => ({
    id,
    name: id.replace(/(^|-)(\w)/g, (_, __: string, c: string) => c.toUpperCase()),
    shortDescription: { text: RULES[id as FindingCode] ?? id },
    defaultConfiguration: { level: 'warning' },
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Blastgate', ...(opts.version ? { version: opts.version, semanticVersion: opts.version } : {}), rules } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
