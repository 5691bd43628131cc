import picomatch from 'picomatch';
import { lookup } from '../catalog/index.js';
import { isDestructive, type AssessedChange, type Change, type Environment, type InputFindingOf, type PlanInput } from '../model.js';
import { withDisks } from '../catalog/machines.js';
import type { Override, Policy } from '../policy/types.js';
import { environmentDemoted, EnvironmentResolver, type EnvironmentContext } from './environment.js';
import { buildGraph } from './graph.js';
import { disabledGuards } from './guards.js';
import { movedAdvice } from './moved-fix.js';
import { detectRenames } from './renames.js';
import { weighFinding } from './input-findings.js';
import { scoreChange } from './score.js';
import { guardWeight, OVERRIDE_SCORE, severityOf } from './weights.js';

export interface Assessment {
  environments: Environment[];
  changes: AssessedChange[];
  /** Every input's own findings, weighed. */
  findings: InputFindingOf[];
}

/** Changes the report lists: everything but no-ops and data-source reads. */
export function isReported(change: Change): boolean {
  return change.action !== 'no-op' && change.action !== 'read';
}

function overrideFor(change: Change, overrides: Override[]): Override | undefined {
  return overrides.find(
    (o) =>
      (!o.type || picomatch.isMatch(change.type, o.type)) &&
      (!o.address || picomatch.isMatch(change.address, o.address, { literalBrackets: false })),
  );
}

function assessPlan(input: PlanInput, environments: EnvironmentResolver, policy: Policy): AssessedChange[] {
  const graph = buildGraph(input);
  // Renames are paired here only where a moved block keeps them; other readers pair their own (logical IDs).
  const renames = new Map(
    detectRenames(input.renameFix === 'moved-block' ? input.changes : [], (type) => {
      const match = lookup(type);
      return match.matched === 'exact' ? match.entry.identity : undefined;
    }).map((r) => [r.from, r]),
  );
  const none = { count: 0, addresses: [] };

  return input.changes.filter(isReported).map((change): AssessedChange => {
    const looked = lookup(change.type);
    const catalog = { ...looked, entry: withDisks(change.type, change.before ?? change.after, looked.entry) };
    const environment = environments.of(change);
    const dependents = isDestructive(change) ? graph.dependentsOf(change.configAddress) : none;
    const scored = scoreChange({
      change,
      catalog,
      production: environment.production,
      dependents,
      dependentsKnown: graph.known,
      guards: disabledGuards(change),
      manyDependents: policy.thresholds.manyDependents,
    });
    const rename = renames.get(change);
    if (rename) {
      scored.findings.push({
        code: 'rename-without-moved',
        message:
          `${rename.from.address} looks renamed to ${rename.to.address} (same ${rename.evidence.join(', ')}) without a moved block: ` +
          `Terraform will destroy it and create a new one. ${movedAdvice(rename.from, rename.to)}`,
      });
    }
    let score = scored.score;
    const demoted = environmentDemoted(change, policy.environments);
    if (demoted && environment.production) {
      score = Math.max(score, Math.round(guardWeight(catalog.entry)));
      const detail = `its own tag ${demoted.from} becomes ${demoted.to}: a later plan would judge it as non-production`;
      scored.findings.push({ code: 'environment-demoted', message: `${change.address}: ${detail}` });
      scored.factors.push({ name: 'environment', detail });
    }
    const override = overrideFor(change, policy.overrides);
    // An ignored address cannot be entered with a moved block: what moves in from outside it is judged as if it
    // were destroyed, and what a move brings in and destroys in one plan is never ignored.
    const from = change.previousAddress;
    const movedIn = override?.action === 'ignore' && from !== undefined && overrideFor({ ...change, address: from }, policy.overrides)?.action !== 'ignore';
    if (movedIn && !isDestructive(change)) {
      const asDeleted = scoreChange({
        change: { ...change, action: 'delete', causes: ['no-config'] },
        catalog,
        production: environment.production,
        dependents: graph.dependentsOf(change.configAddress),
        dependentsKnown: graph.known,
        guards: [],
        manyDependents: policy.thresholds.manyDependents,
      });
      score = Math.max(score, asDeleted.score);
      scored.factors.push(...asDeleted.factors.filter((f) => f.name !== 'what'));
    }
    if (movedIn) {
      scored.findings.push({
        code: 'moved-into-ignored',
        message: `${change.address} is moved in from ${from ?? ''}, outside what the policy ignores: judged as if ${from ?? ''} were destroyed`,
      });
    }
    const ignored = override?.action === 'ignore' && !movedIn && !(isDestructive(change) && from !== undefined);
    if (override?.action === 'critical') {
      score = Math.max(score, OVERRIDE_SCORE);
      scored.findings.push({
        code: 'override-critical',
        message: `the policy makes ${change.address} always critical${override.reason ? `: ${override.reason}` : ''}`,
      });
      scored.factors.push({ name: 'policy', detail: 'always critical by policy override' });
    } else if (ignored) {
      scored.factors.push({ name: 'policy', detail: `ignored by policy override${override?.reason ? `: ${override.reason}` : ''}` });
      if (!override?.type) {
        scored.findings.push({
          code: 'ignore-without-type',
          message: `the policy ignores ${change.address} by address alone: an ignore override without \`type\` ignores any resource that reaches that address, a database as much as a log group`,
        });
      }
    } else if (override?.action === 'ignore') {
      scored.factors.push({ name: 'policy', detail: `not ignored: it comes from ${from ?? ''} by a move in this plan` });
    }
    return {
      change,
      environment,
      resourceClass: catalog.entry.class,
      dependents,
      findings: scored.findings,
      factors: scored.factors,
      score,
      severity: severityOf(score),
      ignored,
    };
  });
}

/** Scores every change of every plan. Pure: inputs, context and policy in, assessment out. */
export function assess(inputs: PlanInput[], ctx: Omit<EnvironmentContext, 'policy'>, policy: Policy): Assessment {
  const environments: Environment[] = [];
  const changes: AssessedChange[] = [];
  const findings: InputFindingOf[] = [];
  for (const input of inputs) {
    const resolver = new EnvironmentResolver(input, { ...ctx, policy: policy.environments });
    environments.push(resolver.whole());
    changes.push(...assessPlan(input, resolver, policy));
    findings.push(...(input.findings ?? []).map((f) => ({ ...weighFinding(f), source: input.source.path })));
  }
  return { environments, changes, findings };
}
