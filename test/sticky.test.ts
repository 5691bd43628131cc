import { describe, expect, it } from 'vitest';
import { MARKER, MAX_BODY, parseSticky, renderSticky, type GateState } from '../src/github/sticky.js';

const state: GateState = {
  version: 1,
  headSha: 'c'.repeat(40),
  verdict: 'review',
  score: 95,
  aiAuthored: true,
  requirement: { approvals: 1, reviewers: [], teams: [], reason: 'one human' },
  excluded: { logins: ['octocat'], ids: [1], because: { octocat: 'the PR author' } },
  gatedAddresses: ['aws_db_instance.main'],
};

describe('the sticky comment', () => {
  it('round-trips the state and the report, behind the marker', () => {
    const body = renderSticky(state, '**Gate: closed**', '### report\n| a | b |', 'https://example.test/run');
    expect(body.startsWith(MARKER)).toBe(true);
    expect(parseSticky(body)).toEqual({ state, report: '### report\n| a | b |' });
  });

  it('ignores bodies without the marker at the start, and a state that does not decode', () => {
    expect(parseSticky(`hello\n${MARKER}`)).toBeUndefined();
    expect(parseSticky(`${MARKER}\n<!-- blastgate:state bm90IGpzb24= -->\n`)?.state).toBeUndefined();
  });

  it('a report that a comment cannot hold is trimmed below the limit, with a pointer to the job summary and closed blocks', () => {
    const report = `<details><summary>x</summary>\n\n\`\`\`hcl\n${'line of a long report\n'.repeat(5000)}`;
    const body = renderSticky(state, 'status', report, 'https://example.test/run');
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(body).toContain('[job summary](https://example.test/run)');
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(body).toContain('</details>');
    expect(parseSticky(body)?.state).toEqual(state);
  });
});
