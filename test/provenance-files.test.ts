// `--event FILE --commits FILE`: reading the files, and every way they can be wrong, as the one-line
// errors the CLI prints. Also: the committed GitHub fixtures are what the extraction script makes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { readProvenanceFiles } from '../src/provenance/files.js';
import { DEFAULT_PROVENANCE_SETTINGS } from '../src/provenance/settings.js';
import { readJson, repoRoot } from './helpers.js';

const fixture = (path: string): string => join(repoRoot, 'fixtures/github', path);
const OPENED = fixture('webhooks/pull_request.opened.json');
const REVIEW = fixture('webhooks/pull_request_review.submitted.json');
const PUSH = fixture('webhooks/push.json');
const COMMITS = fixture('rest/pulls-list-commits.example.json');

const dir = mkdtempSync(join(tmpdir(), 'blastgate-provenance-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

/** The API's example commit, authored by Copilot's coding agent. */
function copilotCommit(): unknown {
  const [commit] = readJson(COMMITS) as Record<string, Record<string, unknown>>[];
  if (!commit?.['commit']) throw new Error('the commits fixture has no commit');
  commit['commit']['author'] = { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com', date: '2026-11-02T10:00:00Z' };
  return commit;
}

describe('readProvenanceFiles', () => {
  it('reads a pull_request event and its commits', () => {
    const result = readProvenanceFiles(OPENED, COMMITS);
    expect(result.aiAuthored).toBe(false);
    expect(result.signals.map((s) => s.kind)).toEqual(['none']);
    expect(result.authors.map((a) => a.login)).toEqual(['Codertocat', 'octocat']);
  });

  it('reads a pull_request_review event, and an event alone', () => {
    expect(readProvenanceFiles(REVIEW).signals[0]?.detail).toMatch(/commits not read/);
  });

  it('passes the policy settings on', () => {
    const labelled = readJson(OPENED) as { pull_request: { labels: { name: string }[] } };
    labelled.pull_request.labels = [{ name: 'robot-made' }];
    const path = file('labelled.json', JSON.stringify(labelled));
    expect(readProvenanceFiles(path).aiAuthored).toBe(false);
    expect(readProvenanceFiles(path, undefined, { ...DEFAULT_PROVENANCE_SETTINGS, labels: ['robot-made'] }).aiAuthored).toBe(true);
  });

  it("accepts `gh api --paginate --slurp`'s array of pages", () => {
    const pages = file('pages.json', JSON.stringify([readJson(COMMITS), [copilotCommit()]]));
    const result = readProvenanceFiles(OPENED, pages);
    expect(result.aiAuthored).toBe(true);
    expect(result.signals.map((s) => s.kind)).toEqual(['commit-author']);
    expect(result.signals[0]?.detail).toMatch(/\(on 1 of 2 commits: /);
  });

  it.each([
    ['a missing event file', () => readProvenanceFiles(join(dir, 'nope.json')), join(dir, 'nope.json'), 'no such file'],
    ['an event that is not JSON', () => readProvenanceFiles(file('bad.json', '{"action": ')), join(dir, 'bad.json'), /^is not valid JSON: /],
    [
      'a push event',
      () => readProvenanceFiles(PUSH, COMMITS),
      PUSH,
      'not a pull_request or pull_request_review event: no pull_request object (top-level keys: ref, before, after, created, deleted, forced)',
    ],
    ['an event without a PR author', () => readProvenanceFiles(file('nouser.json', '{"pull_request": {"number": 1}}')), join(dir, 'nouser.json'), /pull_request\.user\.login is missing/],
    ['a commits file that is an object', () => readProvenanceFiles(OPENED, file('obj.json', '{"sha": "abc"}')), join(dir, 'obj.json'), /^not a list of commits/],
    [
      'a commits file of the wrong objects',
      () => readProvenanceFiles(OPENED, file('wrong.json', '[{"id": 1}]')),
      join(dir, 'wrong.json'),
      'element 0 has no sha or commit.message: not the answer of GET /repos/{owner}/{repo}/pulls/{number}/commits',
    ],
  ])('%s is bad input naming the file', (_name, run, path, detail) => {
    const error = errorOf(run);
    expect(error.file).toBe(path);
    if (typeof detail === 'string') expect(error.detail).toBe(detail);
    else expect(error.detail).toMatch(detail);
    expect(error.message).not.toContain('\n');
  });
});

describe('fixtures/github', () => {
  it('is what scripts/github-fixtures.mjs extracts from the installed packages', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts/github-fixtures.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  });
});
