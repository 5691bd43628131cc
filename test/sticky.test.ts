import { describe, expect, it } from 'vitest';
import type { GateState } from '../src/gate/state.js';
import { MARKER, MAX_BODY, parseSticky, renderSticky } from '../src/github/sticky.js';
import { GATE_SLOT, placeGate } from '../src/report/markdown.js';

const where = { repo: 'acme/infra', pr: 7 };

const state: GateState = {
  version: 2,
  repo: 'acme/infra',
  pr: 7,
  headSha: 'c'.repeat(40),
  verdict: 'review',
  score: 95,
  aiAuthored: true,
  requirement: { approvals: 1, reviewers: [], teams: [], reason: 'one human' },
  excluded: { logins: ['octocat'], ids: [1], because: { octocat: 'the PR author' } },
  gatedAddresses: ['aws_db_instance.main'],
  gate: 'closed',
  approvers: [],
  destructive: [{ address: 'aws_db_instance.main', action: 'delete', replacePaths: [] }],
};

describe('the sticky comment', () => {
  it('round-trips the state and the report, behind the marker', () => {
    const body = renderSticky(state, '### report\n| a | b |', 'https://example.test/run');
    expect(body.startsWith(MARKER)).toBe(true);
    expect(parseSticky(body, where)).toEqual({ state, report: '### report\n| a | b |' });
  });

  it('the title comes first, then the gate; a later run replaces the gate in the stored report, never adds one', () => {
    const report = `### 🛑 Blastgate: second review required\n\n${GATE_SLOT}\n\nthe rest`;
    const first = renderSticky(state, placeGate(report, '**Gate: closed** — needs 2 more'), 'https://example.test/run');
    const visible = first.split('\n').filter((l) => !l.startsWith('<!--'));
    expect(visible[0]).toBe('### 🛑 Blastgate: second review required');
    expect(visible[2]).toBe('**Gate: closed** — needs 2 more');
    const stored = parseSticky(first, where)?.report ?? '';
    const second = placeGate(stored, '**Gate: closed** — needs 1 more');
    expect(second).toContain('needs 1 more');
    expect(second).not.toContain('needs 2 more');
    expect(second.match(/\*\*Gate: /g)).toHaveLength(1);
  });

  it('ignores bodies without the marker at the start, and a state that does not decode', () => {
    expect(parseSticky(`hello\n${MARKER}`, where)).toBeUndefined();
    expect(parseSticky(`${MARKER}\n<!-- blastgate:state bm90IGpzb24= -->\n`, where)?.state).toBeUndefined();
  });

  it('a report that a comment cannot hold is trimmed below the limit, with a pointer to the job summary and closed blocks', () => {
    const report = `<details><summary>x</summary>\n\n\`\`\`hcl\n${'line of a long report\n'.repeat(5000)}`;
    const body = renderSticky(state, report, 'https://example.test/run');
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(body).toContain('[job summary](https://example.test/run)');
    expect(body).toContain('`report-path` output');
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(body).toContain('</details>');
    expect(parseSticky(body, where)?.state).toEqual(state);
  });
});

describe('the recorded gate state (schema/gate-state.schema.json)', () => {
  const encode = (value: unknown) => `${MARKER}\n<!-- blastgate:state ${Buffer.from(JSON.stringify(value)).toString('base64')} -->\n`;

  it('a state that does not match the schema is no state: a forged verdict, an unknown field, a missing head', () => {
    expect(parseSticky(encode({ ...state, verdict: 'approved' }), where)?.state).toBeUndefined();
    expect(parseSticky(encode({ ...state, gate: 'open', trusted: true }), where)?.state).toBeUndefined();
    expect(parseSticky(encode({ ...state, headSha: undefined }), where)?.state).toBeUndefined();
    expect(parseSticky(encode({ ...state, version: 3 }), where)?.state).toBeUndefined();
  });

  it('a version 1 state is migrated: the repository and PR it was found on, the gate closed unless it said otherwise', () => {
    const v1 = { ...state, repo: undefined, pr: undefined, gate: undefined, approvers: undefined, destructive: undefined };
    const migrated = parseSticky(encode({ ...v1, version: 1 }), where)?.state;
    expect(migrated).toEqual({ ...state, gate: 'closed', approvers: [], destructive: [] });
  });
});
