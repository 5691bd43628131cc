import { lookup } from '../catalog/index.js';
import type { InputFinding, Severity, SourceFinding, Stake } from '../model.js';
import {
  FINDING_SEVERITY,
  guardSeverity,
  highest,
  lowered,
  outageSeverity,
  PROVIDER_GUARD_SEVERITY,
  raised,
  UNKNOWN_CONTENTS_SEVERITY,
} from './weights.js';

// Readers say what a finding puts at stake; this weighs it. A protection removed in the source weighs what the
// same guard switched off in a plan does.

function stakeSeverity(code: InputFinding['code'], stake: Stake): Severity {
  switch (stake.kind) {
    case 'protection':
      return stake.contentsUnknown || stake.types.length === 0 ? UNKNOWN_CONTENTS_SEVERITY : highest(stake.types.map(guardSeverity), UNKNOWN_CONTENTS_SEVERITY);
    case 'availability':
      return outageSeverity(stake.type);
    case 'provider':
      return PROVIDER_GUARD_SEVERITY;
    case 'retention-policy':
      // No object goes yet, but this is how a destroy is prepared: severe for data stores only.
      return lookup(stake.type).entry.class === 'data' ? 'high' : 'low';
    case 'code':
      return FINDING_SEVERITY[code] ?? 'medium';
  }
}

/** The severity of a reader's finding: what is at stake, one band lower when uncertain, one higher when the plan destroys it too. */
export function findingSeverity(f: InputFinding): Severity {
  let severity = stakeSeverity(f.code, f.stake);
  if (f.uncertain) severity = lowered(severity);
  if (f.destroyedToo) severity = raised(severity);
  return severity;
}

export function weighFinding(f: InputFinding): SourceFinding {
  return {
    code: f.code,
    severity: findingSeverity(f),
    ...(f.address !== undefined ? { address: f.address } : {}),
    ...(f.location ? { location: f.location } : {}),
    message: f.message,
  };
}
