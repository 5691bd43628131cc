import type { CatalogMatch } from '../catalog/types.js';
import { isDestructive, type Cause, type Change, type Dependents, type Factor, type Finding, type ResourceClass } from '../model.js';
import { EXTRA_GUARD_WEIGHT, guardWeight } from './weights.js';
import type { DisabledGuard } from '../catalog/guards.js';

// Blast radius = what is lost × how much depends on it × where it is.
// Every term that moves the score is written down as a factor, so the comment can say why.

export interface ScoreInput {
  change: Change;
  catalog: CatalogMatch;
  production: boolean;
  dependents: Dependents;
  dependentsKnown: boolean;
  guards: DisabledGuard[];
  manyDependents: number;
}

export interface Scored {
  score: number;
  factors: Factor[];
  findings: Finding[];
}

const CAUSE_TEXT: Record<Cause, string> = {
  attributes: 'a changed attribute forces replacement',
  'cannot-update': 'the provider cannot update it in place',
  tainted: 'it is tainted',
  requested: 'replacement was requested (-replace or replace_triggered_by)',
  'type-change': 'its type changed',
  'logical-id-change': 'its logical ID changed',
  'no-config': 'it (or its module) was removed from the configuration',
  'count-index': 'its count index no longer exists',
  'each-key': 'its for_each key no longer exists',
  'wrong-repetition': 'it changed between count and for_each',
  'moved-target-missing': 'its moved target does not exist',
  'removed-block': 'a removed block destroys it',
  unknown: 'the plan does not say why',
};

const CLASS_FINDING: Partial<Record<ResourceClass, { code: Finding['code']; text: string }>> = {
  data: { code: 'stateful-destroy', text: 'data that cannot come back is lost' },
  foundation: { code: 'foundation-destroy', text: 'a foundation others run on goes away; its replacement cascades' },
  identity: { code: 'identity-destroy', text: 'an identity others use goes away' },
  edge: { code: 'edge-destroy', text: 'an entry point users reach goes away' },
};

/**
 * How much of the data is lost: retained or forgotten objects keep it, a snapshot keeps a copy. A replacement
 * kept only by snapshot still leaves the service on an empty new store until someone restores it by hand.
 */
function lossFactor(change: Change): number {
  if (change.retention === 'retain' || change.retention === 'forget') return 0;
  if (change.retention === 'snapshot') return change.action === 'replace' ? 0.6 : 0.25;
  return 1;
}

/** How long it is gone: create-before-destroy keeps the old one until the new one exists. */
function outageFactor(change: Change): number {
  if (change.action === 'delete') return 1;
  switch (change.replaceOrder) {
    case 'create-before-destroy':
      return 0.5;
    case 'destroy-before-create':
      return 1;
    default:
      return 0.85;
  }
}

function howText(change: Change): string {
  const retention = change.retention ? ` (${change.retention === 'forget' ? 'the old object is forgotten, not destroyed' : `kept by ${change.retention}`})` : '';
  if (change.action === 'delete') return `destroyed${retention}`;
  return `replaced ${change.replaceOrder === 'create-before-destroy' ? 'create-before-destroy: the old one lives until the new one exists' : change.replaceOrder === 'destroy-before-create' ? 'destroy-before-create: gone until the new one is up' : 'in an unknown order'}${retention}`;
}

function causeText(change: Change): string {
  const parts = change.causes.map((c) => CAUSE_TEXT[c]);
  if (change.replacePaths.length > 0) parts.push(`forced by ${change.replacePaths.join(', ')}`);
  return parts.join('; ');
}

export function scoreChange(input: ScoreInput): Scored {
  const { change, catalog, production, dependents } = input;
  const { entry } = catalog;
  const factors: Factor[] = [
    {
      name: 'what',
      detail: `${change.type} is ${entry.what} (${entry.class}${catalog.matched === 'name' ? ', classed from its name: not in the catalog' : ''})`,
    },
  ];
  const findings: Finding[] = [];
  let raw = 0;

  if (isDestructive(change)) {
    const loss = lossFactor(change);
    const outage = outageFactor(change);
    factors.push({ name: 'how', detail: howText(change) });
    const why = causeText(change);
    if (why) factors.push({ name: 'why', detail: why });

    const n = dependents.count;
    const depPoints = n === 0 ? 0 : Math.min(30, 12 * Math.log2(1 + n)) * (entry.class === 'ephemeral' ? 0.25 : 1) * outage;
    if (n > 0) {
      const direct = dependents.addresses.filter((a) => a.depth === 1).length;
      factors.push({ name: 'dependents', detail: `${n} resource${n === 1 ? '' : 's'} depend on it (${direct} directly)` });
    } else if (!input.dependentsKnown) {
      factors.push({ name: 'dependents', detail: 'unknown: the plan has no configuration section' });
    }
    raw = Math.max(100 * entry.dataLoss * loss, 100 * entry.outage * outage + depPoints);

    const classFinding = CLASS_FINDING[entry.class];
    if (classFinding && !(entry.class === 'data' && loss === 0)) {
      findings.push({ code: classFinding.code, message: `${change.address} is ${change.action === 'delete' ? 'destroyed' : 'replaced'}: ${classFinding.text}` });
    }
    if (entry.credential) {
      findings.push({ code: 'credential-rotation', message: `${change.address} is a credential: replacing it rotates a secret that others hold` });
    }
    if (n >= input.manyDependents) {
      findings.push({ code: 'many-dependents', message: `${n} resources depend on ${change.address}` });
    }
    if (change.retention) {
      findings.push({
        code: 'retained',
        message: change.retention === 'forget' ? `${change.address}: the real object is kept, Terraform forgets it` : `${change.address} is kept by ${change.retention}`,
      });
    }
  } else if (change.action === 'forget' || change.action === 'orphan') {
    const tool = change.action === 'forget' ? 'Terraform forgets it' : 'it leaves the stack (orphaned) and nobody manages it now';
    factors.push({ name: 'how', detail: `removed from ${change.action === 'forget' ? 'state' : 'the stack'} only; the real object stays` });
    findings.push({ code: 'retained', message: `${change.address}: the real object is kept, ${tool}` });
  }

  if (input.guards.length > 0) {
    const each = input.guards.map((g) => `${g.attribute} ${JSON.stringify(g.from)} → ${JSON.stringify(g.to)} (${g.meaning})`);
    factors.push({ name: 'guards', detail: each.join('; ') });
    findings.push({ code: 'guard-disabled', message: `${change.address}: ${each.join('; ')}` });
    // A setting that loses a store's data by itself weighs as that data, whatever resource carries it.
    const lost = Math.max(0, ...input.guards.map((g) => g.dataLoss ?? 0));
    raw = Math.max(raw, guardWeight({ dataLoss: Math.max(entry.dataLoss, lost), outage: entry.outage }) + EXTRA_GUARD_WEIGHT * (input.guards.length - 1));
  }

  if (change.deferred) {
    factors.push({ name: 'deferred', detail: `Terraform defers this change to a later plan (${change.deferred})` });
    findings.push({ code: 'deferred', message: `${change.address} is deferred (${change.deferred}) and will be planned again` });
  }

  if (raw > 0) {
    factors.push({
      name: 'where',
      detail: production ? 'production: full weight' : 'not production: half weight',
    });
  }
  const score = Math.round(Math.min(100, raw * (production ? 1 : 0.5)));
  return { score, factors, findings };
}
