import { assess } from './analysis/assess.js';
import type { PlanInput, Provenance, Report, InputFinding } from './model.js';
import { decide } from './policy/decide.js';
import type { Policy } from './policy/types.js';

export interface AnalyzeOptions {
  policy: Policy;
  environment?: string;
  workspace?: string;
  /** Known authorship (--ai-authored, or provenance from the PR); undefined = nobody said. */
  aiAuthored?: boolean;
  aiAuthoredBecause?: string;
  /** Provenance already decided (the Action, from the PR and its commits); wins over `aiAuthored`. */
  provenance?: Provenance;
  /** Findings about the PR's edits to what governs the gate (its policy, workflows, owners). */
  governance?: InputFinding[];
}

/** Without evidence either way the PR is treated as AI-authored: the gate fails safe. */
function provenanceOf(opts: AnalyzeOptions): Provenance {
  if (opts.provenance) return opts.provenance;
  if (opts.aiAuthored === undefined) {
    return {
      aiAuthored: true,
      signals: [{ kind: 'assumed', detail: 'authorship not given (--ai-authored or a PR event): treated as AI-authored, fail safe' }],
    };
  }
  return {
    aiAuthored: opts.aiAuthored,
    signals: [{ kind: 'override', detail: opts.aiAuthoredBecause ?? `ai-authored set to ${String(opts.aiAuthored)}` }],
  };
}

/** The whole analysis, pure: normalized inputs and options in, report out. */
export function analyzePlans(given: PlanInput[], opts: AnalyzeOptions): Report {
  const provenance = provenanceOf(opts);
  const [first, ...rest] = given;
  const inputs = first && opts.governance?.length ? [{ ...first, findings: [...(first.findings ?? []), ...opts.governance] }, ...rest] : given;
  const { environments, changes, findings } = assess(
    inputs,
    { ...(opts.environment ? { explicit: opts.environment } : {}), ...(opts.workspace ? { workspace: opts.workspace } : {}) },
    opts.policy,
  );
  return {
    provenance,
    environments,
    sources: inputs.map((i) => ({
      path: i.source.path,
      format: i.source.format,
      ...(i.formatVersion ? { formatVersion: i.formatVersion } : {}),
      ...(i.toolVersion ? { toolVersion: i.toolVersion } : {}),
      resourceChanges: i.changes.length,
      drift: i.drift.length,
      ...(i.read ? { bytes: i.read.bytes, durationMs: Math.round(i.read.durationMs) } : {}),
    })),
    changes,
    drift: inputs.flatMap((i) => i.drift.filter((c) => c.action !== 'no-op' && c.action !== 'read')),
    findings,
    decision: decide({ changes, findings, inputs, environments }, opts.policy, provenance),
    policy: { origin: opts.policy.origin, warn: opts.policy.thresholds.warn, gate: opts.policy.gate },
  };
}
