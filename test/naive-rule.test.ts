import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/policy/defaults.js';
import { parsePolicy } from '../src/policy/load.js';
import type { AnalyzeOptions } from '../src/pipeline.js';
import { analyzeFiles, fixture, readJson } from './helpers.js';

// Blastgate beside the rule most pipelines start with: "gate any plan that deletes something"
// (tfcmt's destroy warning, a weighted count of deletions, `cdk diff --fail-on destructive`).
// Each row is a real plan where the two disagree, and why Blastgate is right to.

/** The naive rule: the gate closes when any resource change includes a delete. */
function naiveGateCloses(planPath: string): boolean {
  const plan = readJson(planPath) as { resource_changes?: { change: { actions: string[] } }[] };
  return (plan.resource_changes ?? []).some((rc) => rc.change.actions.includes('delete'));
}

interface Case {
  plan: string;
  options?: Partial<AnalyzeOptions>;
  blastgate: 'open' | 'closed';
  because: string;
}

const cases: Record<string, Case> = {
  'tainted helper recreated': { plan: 'tfdata-taint', blastgate: 'open', because: 'terraform_data holds nothing; re-running it loses nothing' },
  'helper replaced by its triggers': { plan: 'tfdata-triggers-replace', blastgate: 'open', because: 'triggers_replace exists to recreate helpers on purpose' },
  'helper replaced on request': { plan: 'tfdata-replace-requested', blastgate: 'open', because: '-replace of a helper is routine' },
  'helper removed by a removed block': { plan: 'tfdata-removed-destroy', blastgate: 'open', because: 'destroying a helper has no blast radius' },
  'for_each key of helpers dropped': { plan: 'tfdata-for-each-key-removed', blastgate: 'open', because: 'helpers again, whatever their keys' },
  'create-before-destroy replacement of stateless compute': {
    plan: 'aws-cbd-replace',
    blastgate: 'open',
    because: 'the old object serves until the new one exists, and nothing is lost',
  },
  'database destroyed in dev': { plan: 'aws-dev-db-destroyed', blastgate: 'open', because: 'not production: reported as a warning' },
  'database destroyed by a human-authored PR': {
    plan: 'aws-db-destroyed',
    options: { aiAuthored: false },
    blastgate: 'open',
    because: 'the gate is for AI-authored PRs by default; a human PR gets the warning',
  },
  'a type the team ignores': {
    plan: 'aws-db-destroyed',
    options: { policy: parsePolicy('overrides:\n  - type: aws_db_instance\n    action: ignore\n  - type: aws_db_*\n    action: ignore\n', 'p.yml') },
    blastgate: 'open',
    because: 'the policy takes the type out of the decision',
  },
  'protections switched off in place': {
    plan: 'aws-guards-off',
    blastgate: 'closed',
    because: 'no delete yet, but deletion protection, final snapshots and force_destroy are how a destroy is prepared',
  },
  'in-place change of a type the team marks critical': {
    plan: 'aws-tags-only',
    options: { policy: parsePolicy('overrides:\n  - type: aws_s3_bucket\n    action: critical\n', 'p.yml') },
    blastgate: 'closed',
    because: 'the policy makes every change of the type critical',
  },
};

describe('Blastgate beside "gate any delete"', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const naive = naiveGateCloses(fixture(c.plan)) ? 'closed' : 'open';
    const report = analyzeFiles([fixture(c.plan)], { policy: DEFAULT_POLICY, aiAuthored: true, ...c.options });
    expect(report.decision.gate, c.because).toBe(c.blastgate);
    expect(naive, 'the two rules must disagree on this plan').not.toBe(c.blastgate);
  });

  it('has at least ten such cases', () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(10);
  });

  it.each(['aws-db-destroyed', 'aws-db-replaced-engine', 'aws-s3-bucket-renamed', 'aws-kms-key-destroyed', 'aws-count-shift'])(
    'and both close on %s: nothing harmful slips through',
    (plan) => {
      expect(naiveGateCloses(fixture(plan))).toBe(true);
      expect(analyzeFiles([fixture(plan)]).decision.gate).toBe('closed');
    },
  );
});
