// The normalized model: every reader produces these records, every later stage consumes them.
// Nothing after a reader knows which input format a change came from, except through these fields.

/** What applying the plan does to one resource instance, in the model's own vocabulary. */
export type Action =
  | 'create'
  | 'update'
  | 'replace'
  | 'delete'
  | 'forget'
  | 'import'
  | 'move'
  | 'read'
  | 'no-op'
  | 'orphan';

export type ReplaceOrder = 'create-before-destroy' | 'destroy-before-create' | 'unknown';

/** Why a resource is replaced or deleted, as far as the input says. */
export type Cause =
  | 'attributes' // a changed attribute forces replacement (replace_paths)
  | 'cannot-update' // the provider cannot update in place
  | 'tainted'
  | 'requested' // -replace=ADDR or replace_triggered_by
  | 'type-change'
  | 'logical-id-change'
  | 'no-config' // the resource (or its module) was removed from the configuration
  | 'count-index' // count shrank or an index no longer exists
  | 'each-key' // for_each key no longer exists
  | 'wrong-repetition'
  | 'moved-target-missing'
  | 'removed-block'
  | 'unknown';

/** What survives when the resource goes away. */
export type Retention = 'retain' | 'snapshot' | 'forget';

export type InputFormat =
  | 'terraform-plan'
  | 'terraform-config'
  | 'cloudformation-template'
  | 'cdk-assembly'
  | 'cloudformation-changeset';

/** A place in a configuration file, for links and annotations. */
export interface Location {
  file: string;
  line: number;
  column?: number;
}

export interface SourceRef {
  /** The input file as the user named it. */
  path: string;
  format: InputFormat;
}

/** A value the plan cannot know yet; stands in for `after_unknown` leaves. */
export const UNKNOWN = '(known after apply)';
/** Stands in for every sensitive leaf; the real value never leaves the reader. */
export const REDACTED = '(sensitive value)';

export interface Change {
  address: string;
  /** The address without instance keys, as in the configuration: module.a.aws_s3_bucket.b */
  configAddress: string;
  type: string;
  provider: string;
  mode: 'managed' | 'data';
  /** Module path (module.a.module.b), empty for the root module. */
  module: string;
  name: string;
  index?: string | number;
  source: SourceRef;
  action: Action;
  replaceOrder?: ReplaceOrder;
  causes: Cause[];
  /** Attribute paths that force replacement, dotted (`list[1].id`). */
  replacePaths: string[];
  /** Attributes before and after, sensitive values redacted, unknown values as UNKNOWN. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  retention?: Retention;
  previousAddress?: string;
  importing?: boolean;
  /** Set when the plan defers this change to a later round, with the plan's reason. */
  deferred?: string;
  /** Where the resource is declared, when the configuration is known. */
  location?: Location;
  /** CloudFormation: the construct path from `aws:cdk:path` metadata. */
  constructPath?: string;
  /** The replacement is possible, not certain (CloudFormation's Conditional / MAY_REPLACE). */
  possibleReplacement?: boolean;
}

/** One thing that tells which environment a plan, or a part of it, is for. */
export interface EnvironmentSignal {
  kind: 'variable' | 'tag' | 'workspace' | 'path' | 'stack' | 'module-input';
  key: string;
  value: string;
  /** module-input: the module (without instance keys, `module.a.module.b`) whose resources the value describes. */
  module?: string;
  /** module-input: the value is each module instance's own for_each key. */
  eachKey?: boolean;
  /** variable: nothing in the configuration references it, so it describes nothing. */
  unreferenced?: boolean;
}

/** How big the input file was and how long reading it took. */
export interface ReadStats {
  bytes: number;
  durationMs: number;
}

/** Attributes that hold tags or labels, per provider: the environment is read from them, so a reader keeps them. */
export const TAG_ATTRIBUTES: readonly string[] = ['tags', 'tags_all', 'labels', 'user_labels', 'resource_labels'];

/** Everything one input file contributed. */
export interface PlanInput {
  source: SourceRef;
  formatVersion?: string;
  toolVersion?: string;
  changes: Change[];
  /** Changes made outside the tool (resource_drift): reported apart, never caused by the PR. */
  drift: Change[];
  /** configAddress -> configAddresses it references directly. */
  references: Map<string, Set<string>>;
  /**
   * Nodes of `references` that are not managed resources: `value` passes a reference on (a variable, an output, a
   * module call) and costs no hop; `data` is a data source read, never a dependent. Every other node is a resource.
   */
  nodeKinds?: Map<string, 'value' | 'data'>;
  /**
   * How a rename is kept instead of destroyed and recreated, when analysis should look for renames and say so:
   * `moved-block` (Terraform). Absent: the reader pairs renames itself (CloudFormation logical IDs) or nothing can.
   */
  renameFix?: 'moved-block';
  signals: EnvironmentSignal[];
  /** Findings about the input as a whole or resources outside `changes` (configuration edits, IAM broadening). */
  findings?: InputFinding[];
  /** Set by the file reader (sources/load.ts). */
  read?: ReadStats;
}

/** A delete or a replacement: the action takes the resource's current object away. */
export function isDestructive(change: { action: string }): boolean {
  return change.action === 'delete' || change.action === 'replace';
}

/** Destroys the real object: a delete or replacement that nothing retains or forgets. */
export function destroysObject(change: Pick<Change, 'action' | 'retention'>): boolean {
  return isDestructive(change) && change.retention !== 'retain' && change.retention !== 'forget';
}

export type Severity = 'none' | 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['none', 'low', 'medium', 'high', 'critical'];

export type ResourceClass = 'data' | 'foundation' | 'identity' | 'edge' | 'compute' | 'ephemeral';

/** Where an environment was read from: the input kinds of EnvironmentSignal, plus the decisions above and below them. */
export type EvidenceKind = EnvironmentSignal['kind'] | 'explicit' | 'policy' | 'module' | 'default';

export interface Environment {
  source: string;
  name: string;
  production: boolean;
  because: string;
  /** The evidence that decided it. */
  decidedBy?: { kind: EvidenceKind; key?: string; value?: string };
}

export type FindingCode =
  | 'prevent-destroy-removed'
  | 'moved-block-removed'
  | 'removed-block-destroy'
  | 'removed-block-forget'
  | 'create-before-destroy-removed'
  | 'plan-time-code'
  | 'config-plan-mismatch'
  | 'unmanaged-stack'
  | 'possible-replacement'
  | 'iam-broadening'
  | 'security-group-change'
  | 'policy-or-workflow-edited'
  | 'stateful-destroy'
  | 'foundation-destroy'
  | 'identity-destroy'
  | 'edge-destroy'
  | 'many-dependents'
  | 'credential-rotation'
  | 'rename-without-moved'
  | 'logical-id-rename'
  | 'guard-disabled'
  | 'destroy-before-create'
  | 'retained'
  | 'deferred'
  | 'override-critical'
  | 'environment-demoted'
  | 'moved-into-ignored'
  | 'ignore-without-type'
  | 'circuit-breaker';

export interface Finding {
  code: FindingCode;
  message: string;
}

/**
 * What a reader's finding puts at risk, as facts; analysis weighs it into a severity.
 * - `protection`: what protects resources of these types from being destroyed goes away (a guard, prevent_destroy,
 *   a moved block), or they go (a removed block); `contentsUnknown`: part of it is not at hand (a module from elsewhere).
 * - `availability`: create_before_destroy is gone for this type: only its outage counts.
 * - `provider`: a provider-wide protection, covering every resource of that provider.
 * - `retention-policy`: a CloudFormation DeletionPolicy or UpdateReplacePolicy weakened on this type.
 * - `code`: the finding's code alone says how much it matters.
 */
export type Stake =
  | { kind: 'protection'; types: string[]; contentsUnknown?: boolean }
  | { kind: 'availability'; type: string }
  | { kind: 'provider' }
  | { kind: 'retention-policy'; type: string }
  | { kind: 'code' };

/** A finding a reader makes about an input (not one scored change): facts, no severity yet. */
export interface InputFinding extends Finding {
  stake: Stake;
  /** What decides it is not certain (a default that varies, an expression only Terraform evaluates). */
  uncertain?: boolean;
  /** The same plan also destroys or replaces what it was about. */
  destroyedToo?: boolean;
  /** The resource it is about, when there is one. */
  address?: string;
  location?: Location;
}

/** A finding that belongs to an input rather than to one scored change; gated like a change of its severity. */
export interface SourceFinding extends Finding {
  severity: Severity;
  /** The resource it is about, when there is one. */
  address?: string;
  location?: Location;
}

/** One term of a score, so that every score explains itself. */
export interface Factor {
  name: string;
  detail: string;
}

export interface Dependents {
  count: number;
  /** Addresses with their distance from the change (1 = references it directly). */
  addresses: { address: string; depth: number }[];
}

export interface AssessedChange {
  change: Change;
  environment: Environment;
  resourceClass: ResourceClass;
  dependents: Dependents;
  findings: Finding[];
  factors: Factor[];
  score: number;
  severity: Severity;
  /** The policy told to leave this change out of the decision. */
  ignored: boolean;
}

export interface SignalRecord {
  kind: string;
  detail: string;
}

export interface Provenance {
  aiAuthored: boolean;
  signals: SignalRecord[];
}

export type Verdict = 'pass' | 'warn' | 'review' | 'fail';
export type Gate = 'open' | 'closed' | 'pending';

/** What opens a gate: how many distinct human approvals of the head commit, from whom, and how long after. */
export interface ApprovalRule {
  approvals: number;
  /** Hours that must pass after the approval that completes the rule, on the current head commit. */
  delayHours?: number;
  /** Only approvals from these people or members of these teams count (teams as `org/slug` or `slug`). */
  from?: { reviewers: string[]; teams: string[] };
}

export interface Requirement extends ApprovalRule {
  /** Reviewers and teams requested while the gate is closed. */
  reviewers: string[];
  teams: string[];
  reason: string;
  /** Each gated change and the rule its severity (or circuit breaker) asks for. */
  perChange?: { address: string; severity: Severity; rule: ApprovalRule }[];
  /** For a fail verdict: approvals from members of a named team that open it anyway, recorded as break-glass. */
  breakGlass?: ApprovalRule & { team: string };
}

export interface Decision {
  verdict: Verdict;
  gate: Gate;
  score: number;
  /** One sentence: why this verdict. */
  headline: string;
  reasons: string[];
  requirement: Requirement | null;
  /** Addresses of the changes that decided a review or fail verdict. */
  gatedAddresses: string[];
  /** The policy's circuit breakers this plan trips, by name, with what tripped them. */
  breakers?: { name: string; reason?: string; addresses: string[] }[];
}

/** Which policy judged the report, and the thresholds the renderings need. */
export interface PolicyUsed {
  /** The policy file's path as given or found, or "defaults". */
  origin: string;
  /** Severity from which a change is reported as a warning. */
  warn: Severity;
  /** `all`: every PR is gated; `ai-authored`: only AI-authored ones. */
  gate: 'ai-authored' | 'all';
}

export interface SourceSummary {
  path: string;
  format: InputFormat;
  formatVersion?: string;
  toolVersion?: string;
  resourceChanges: number;
  drift: number;
  bytes?: number;
  durationMs?: number;
}

/** An input's finding, weighed, with the input it came from. */
export type InputFindingOf = SourceFinding & { source: string };

export interface Report {
  provenance: Provenance;
  environments: Environment[];
  sources: SourceSummary[];
  changes: AssessedChange[];
  /** Input-level findings, with the input they came from. */
  findings: InputFindingOf[];
  drift: Change[];
  decision: Decision;
  policy?: PolicyUsed;
}
