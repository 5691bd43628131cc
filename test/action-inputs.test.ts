import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPlans } from '../src/action/globs.js';
import { parseInputs } from '../src/action/inputs.js';

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('Action inputs', () => {
  it('defaults', () => {
    expect(parseInputs(getter({ plan: 'plan.json', 'github-token': 't' }))).toEqual({
      plans: ['plan.json'],
      config: '.github/blastgate.yml',
      aiAuthored: 'auto',
      token: 't',
      comment: true,
      enforce: true,
      mode: 'analyze',
    });
  });

  it('several plans, one per line; booleans in the usual spellings', () => {
    const inputs = parseInputs(getter({ plan: ' a.json\n\nenvs/*/plan.json \n', 'github-token': 't', comment: 'false', enforce: 'False', 'ai-authored': 'TRUE', label: 'needs-second-review' }));
    expect(inputs).toMatchObject({ plans: ['a.json', 'envs/*/plan.json'], comment: false, enforce: false, aiAuthored: 'true', label: 'needs-second-review' });
  });

  it.each([
    [{ 'ai-authored': 'maybe' }, 'input "ai-authored": must be auto, true or false, not "maybe"'],
    [{ enforce: 'sometimes' }, 'input "enforce": must be true or false, not "sometimes"'],
    [{ 'github-token': '' }, 'input "github-token": is empty'],
    [{ label: 'x'.repeat(51) }, 'input "label": is longer than GitHub allows'],
  ])('%j is refused clearly', (values, message) => {
    expect(() => parseInputs(getter({ plan: 'p', 'github-token': 't', ...values }))).toThrow(message);
  });
});

describe('plan globs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'blastgate-globs-'));
  for (const f of ['envs/prod/plan.json', 'envs/dev/plan.json', 'envs/prod/notes.txt', 'node_modules/x/plan.json', 'root.json']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '{}');
  }

  it('expands globs relative to the workspace, skipping node_modules, and keeps literal paths', () => {
    expect(expandPlans(['envs/*/plan.json', 'root.json'], dir)).toEqual({
      matched: ['envs/dev/plan.json', 'envs/prod/plan.json', 'root.json'],
      unmatched: [],
    });
    expect(expandPlans(['**/plan.json'], dir).matched).toEqual(['envs/dev/plan.json', 'envs/prod/plan.json']);
  });

  it('reports what matched nothing', () => {
    expect(expandPlans(['missing.json', 'nothing/*.json'], dir)).toEqual({ matched: [], unmatched: ['missing.json', 'nothing/*.json'] });
  });
});
