import type { Report } from '../model.js';
import { headline } from './words.js';

// The schemaVersion 1 contract (schema/report.schema.json). Add fields; never rename.

const MAX_DEPENDENT_ADDRESSES = 20;

export function toJsonReport(report: Report): Record<string, unknown> {
  const { decision } = report;
  return {
    schemaVersion: 1,
    verdict: decision.verdict,
    gate: decision.gate,
    score: decision.score,
    headline: headline(report),
    reasons: decision.reasons,
    provenance: report.provenance,
    environments: report.environments,
    sources: report.sources,
    changes: report.changes.map((a) => ({
      address: a.change.address,
      type: a.change.type,
      action: a.change.action,
      source: a.change.source.path,
      environment: a.environment.name,
      environmentEvidence: {
        production: a.environment.production,
        because: a.environment.because,
        ...(a.environment.decidedBy ? { decidedBy: a.environment.decidedBy } : {}),
      },
      score: a.score,
      severity: a.severity,
      findings: a.findings,
      dependents: a.dependents.count,
      resourceClass: a.resourceClass,
      reasons: a.factors.map((f) => `${f.name}: ${f.detail}`),
      ...(a.change.replaceOrder ? { replaceOrder: a.change.replaceOrder } : {}),
      causes: a.change.causes,
      replacePaths: a.change.replacePaths,
      ...(a.change.previousAddress ? { previousAddress: a.change.previousAddress } : {}),
      ...(a.change.retention ? { retention: a.change.retention } : {}),
      ...(a.change.deferred ? { deferred: a.change.deferred } : {}),
      ...(a.change.location ? { location: a.change.location } : {}),
      ...(a.change.constructPath ? { constructPath: a.change.constructPath } : {}),
      ...(a.change.possibleReplacement ? { possibleReplacement: true } : {}),
      dependentAddresses: a.dependents.addresses.slice(0, MAX_DEPENDENT_ADDRESSES).map((d) => d.address),
      ignored: a.ignored,
      gated: decision.gatedAddresses.includes(a.change.address),
    })),
    findings: report.findings,
    drift: report.drift.map((c) => ({ address: c.address, type: c.type, action: c.action, source: c.source.path })),
    requirement: decision.requirement,
    policy: { origin: report.policy?.origin ?? 'defaults' },
    ...(decision.breakers ? { breakers: decision.breakers } : {}),
  };
}
