import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readActionMetadata } from './action-metadata.js';
import { repoRoot } from './helpers.js';

// The repository's own workflows and the README's sample workflows, as a reviewer of their security would read them:
// nothing granted by default, each job asks for its own permissions, every action pinned to a commit.

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: unknown;
  uses?: string;
  steps?: Step[];
  strategy?: { matrix?: Record<string, unknown> };
  if?: string;
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const workflowDir = join(repoRoot, '.github/workflows');
const workflowFiles = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
/** The README's sample workflows: its yaml blocks that define jobs. */
const readmeWorkflows = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((text) => /^jobs:/m.test(text));

const sources: [string, string][] = [
  ...workflowFiles.map((f): [string, string] => [`.github/workflows/${f}`, readFileSync(join(workflowDir, f), 'utf8')]),
  ...readmeWorkflows.map((text, i): [string, string] => [`README.md workflow ${i + 1}`, text]),
];
const workflow = (file: string) => parse(readFileSync(join(workflowDir, file), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const runs = (job: Job | undefined) => (job?.steps ?? []).map((s) => s.run ?? '').join('\n');

const PINNED = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;

describe.each(sources)('%s', (_name, text) => {
  const parsed = parse(text) as Workflow;

  it('parses, grants nothing at the top and lets every job ask for its own permissions', () => {
    expect(parsed.permissions).toEqual({});
    expect(Object.keys(parsed.jobs).length).toBeGreaterThan(0);
    for (const [name, job] of Object.entries(parsed.jobs)) {
      expect(job.permissions, `job ${name}`).toBeTypeOf('object');
      expect(JSON.stringify(job.permissions), `job ${name}`).not.toMatch(/write-all|read-all/);
    }
  });

  it('pins every action to a commit SHA, with its version in a comment', () => {
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].map(([, ref = '', rest = '']) => ({ ref, rest }));
    expect(uses.length).toBeGreaterThan(0);
    // Blastgate itself has no release commit to pin yet: the README says how to pin it, and only it may use @v1.
    const own = (ref: string, rest: string) => ref === 'blastgate/blastgate@v1' && /# pin to the release's commit SHA/.test(rest);
    const bad = uses.filter(
      ({ ref, rest }) => !ref.startsWith('./') && !own(ref, rest) && !(PINNED.test(ref) && /^\s+# v\d+\.\d+\.\d+\s*$/.test(rest)),
    );
    expect(bad.map(({ ref, rest }) => `${ref}${rest}`)).toEqual([]);
  });

  it('checks out without leaving the token in the git config', () => {
    for (const step of steps(parsed).filter((s) => s.uses?.startsWith('actions/checkout@'))) {
      expect(step.with?.['persist-credentials'], JSON.stringify(step)).toBe(false);
    }
  });
});

describe('pins agree with each other', () => {
  it('one action at one commit carries one version everywhere', () => {
    const versions = new Map<string, Set<string>>();
    for (const [, text] of sources) {
      for (const [, ref = '', version = ''] of text.matchAll(/uses:\s*(\S+@[0-9a-f]{40})\s+# (v\S+)/g)) {
        versions.set(ref, (versions.get(ref) ?? new Set()).add(version));
      }
    }
    const bySha = [...versions].filter(([, v]) => v.size > 1).map(([ref, v]) => `${ref}: ${[...v].join(', ')}`);
    expect(bySha).toEqual([]);
    const repos = new Map<string, Set<string>>();
    for (const ref of versions.keys()) {
      const [action = '', sha = ''] = ref.split('@');
      const repo = action.split('/').slice(0, 2).join('/');
      repos.set(repo, (repos.get(repo) ?? new Set()).add(sha));
    }
    expect([...repos].filter(([, shas]) => shas.size > 1).map(([repo]) => repo), 'an action pinned to two commits').toEqual([]);
  });
});

describe('CI', () => {
  const ci = workflow('ci.yml');

  it('runs the README\'s install and test commands on Node 20, 22 and 24', () => {
    const test = ci.jobs['test'];
    expect(test?.strategy?.matrix?.['node']).toEqual([20, 22, 24]);
    expect(readme).toContain('npm ci\nnpm test');
    expect(runs(test)).toMatch(/^npm ci$/m);
    expect(runs(test)).toMatch(/^npm test$/m);
    expect(runs(test)).toContain('npm ci --prefix test/node24');
    expect(steps(ci).some((s) => s.uses?.startsWith('hashicorp/setup-terraform@'))).toBe(true);
  });

  it('runs every test tier but the corpus one (its files live outside the repository)', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const tiers = scripts.filter((name) => /^test(:|$)/.test(name) && name !== 'test:corpus');
    const commands = runs(ci.jobs['test']);
    for (const tier of tiers) expect(commands, tier).toMatch(new RegExp(`^npm (run )?${tier}$`, 'm'));
  });

  it('checks that dist/ is fresh', () => {
    expect(Object.values(ci.jobs).some((j) => /npm run check-dist/.test(runs(j)))).toBe(true);
  });

  it('runs the Action from its own checkout on bundled plans and asserts its outputs', () => {
    const job = ci.jobs['self-test'];
    const local = (job?.steps ?? []).filter((s) => s.uses === './');
    expect(local.length).toBeGreaterThanOrEqual(1);
    const declared = Object.keys(readActionMetadata().inputs ?? {});
    for (const step of local) {
      expect(step.id).toBeTruthy();
      for (const input of Object.keys(step.with ?? {})) expect(declared).toContain(input);
      expect(existsSync(join(repoRoot, String(step.with?.['plan'])))).toBe(true);
    }
    const assertions = (job?.steps ?? []).filter((s) => s.run && Object.values(s.env ?? {}).some((v) => /steps\.\w+\.outputs\./.test(v)));
    expect(assertions.length).toBeGreaterThan(0);
    const outputs = new Set(Object.values(assertions[0]?.env ?? {}).map((v) => /outputs\.([\w-]+)/.exec(v)?.[1]));
    for (const output of ['verdict', 'score', 'ai-authored', 'report-path']) expect(outputs).toContain(output);
    // Read-only: the self-test posts nothing.
    expect(JSON.stringify(job?.permissions)).not.toContain('write');
  });
});

describe('release', () => {
  const release = workflow('release.yml');

  it('runs on vX.Y.Z tags, checks dist/, publishes the release and moves the major tag', () => {
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    const all = Object.values(release.jobs).map(runs).join('\n');
    expect(all).toContain('npm run check-dist');
    expect(all).toContain('gh release create');
    expect(all).toMatch(/major="\$\{TAG%%\.\*\}"/);
  });

  it('gives the write permission only to the job that runs no repository code', () => {
    for (const [name, job] of Object.entries(release.jobs)) {
      const writes = JSON.stringify(job.permissions).includes('write');
      const runsCode = (job.steps ?? []).some((s) => s.uses?.startsWith('actions/checkout@') || /\bnpm\b/.test(s.run ?? ''));
      expect(writes && runsCode, `job ${name}`).toBe(false);
    }
  });
});

describe('CodeQL and Dependabot', () => {
  it('CodeQL analyses JavaScript and TypeScript', () => {
    const codeql = workflow('codeql.yml');
    const init = steps(codeql).find((s) => s.uses?.startsWith('github/codeql-action/init@'));
    expect(init?.with?.['languages']).toBe('javascript-typescript');
    expect(steps(codeql).some((s) => s.uses?.startsWith('github/codeql-action/analyze@'))).toBe(true);
  });

  it('Dependabot updates npm packages and GitHub Actions', () => {
    const config = parse(readFileSync(join(repoRoot, '.github/dependabot.yml'), 'utf8')) as { version: number; updates: { 'package-ecosystem': string; directory: string }[] };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => `${u['package-ecosystem']} ${u.directory}`)).toEqual(expect.arrayContaining(['npm /', 'github-actions /']));
  });

  it('SECURITY.md says how to report and that gate bypasses are in scope', () => {
    const text = readFileSync(join(repoRoot, 'SECURITY.md'), 'utf8');
    expect(text).toMatch(/Report a vulnerability/);
    expect(text).toMatch(/Bypasses of the gate/);
  });
});

describe('the README\'s pull request workflow is safe to copy', () => {
  const pr = readmeWorkflows.map((text) => parse(text) as Workflow).find((w) => JSON.stringify(w.on).includes('pull_request'));
  const jobs = Object.entries(pr?.jobs ?? {});
  const blastgate = (job: Job) => (job.steps ?? []).some((s) => s.uses?.startsWith('blastgate/blastgate@'));
  const gates = jobs.filter(([, job]) => blastgate(job));
  const planners = jobs.filter(([, job]) => /terraform plan/.test(runs(job)));

  it('plans in jobs that cannot write to GitHub, with only the cloud role they need', () => {
    expect(planners.length).toBeGreaterThan(0);
    for (const [name, job] of planners) {
      expect(job.permissions, name).toEqual({ contents: 'read', 'id-token': 'write' });
      expect(blastgate(job), name).toBe(false);
      expect((job.steps ?? []).some((s) => s.uses?.startsWith('hashicorp/setup-terraform@')), name).toBe(true);
      expect((job.steps ?? []).some((s) => s.uses?.startsWith('actions/upload-artifact@')), name).toBe(true);
    }
  });

  it('gates in exactly one job that fans in every plan, holds the write permissions and runs no PR code', () => {
    expect(gates).toHaveLength(1);
    const [, gate] = gates[0] as [string, Job & { needs?: unknown }];
    expect(gate.permissions).toMatchObject({ 'pull-requests': 'write', statuses: 'write', actions: 'read' });
    expect([gate.needs].flat()).toEqual(planners.map(([name]) => name));
    const download = (gate.steps ?? []).find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with?.['pattern']).toMatch(/\*/);
    expect((gate.steps ?? []).filter((s) => s.run)).toEqual([]);
    expect((gate.steps ?? []).some((s) => s.uses?.startsWith('hashicorp/setup-terraform@'))).toBe(false);
    const inputs = (gate.steps ?? []).find((s) => s.uses?.startsWith('blastgate/blastgate@'))?.with ?? {};
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['plan', 'tf-base', 'tf-head', 'fingerprint-key']));
  });

  it('re-evaluates on an edited body, and a review never cancels a plan run', () => {
    const on = pr?.on as { pull_request: { types: string[] }; pull_request_review: unknown };
    expect(on.pull_request.types).toContain('edited');
    expect(on.pull_request_review).toBeDefined();
    const concurrency = pr?.concurrency as { group: string; 'cancel-in-progress': unknown };
    expect(concurrency.group).toContain('github.event_name');
    expect(String(concurrency['cancel-in-progress'])).toMatch(/github\.event_name == 'pull_request'|false/);
  });

  it('gives the same fingerprint-key wherever Blastgate runs', () => {
    const keys = readmeWorkflows
      .flatMap((text) => steps(parse(text) as Workflow))
      .filter((s) => s.uses?.startsWith('blastgate/blastgate@'))
      .map((s) => s.with?.['fingerprint-key']);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(new Set(keys)).toEqual(new Set(['${{ secrets.BLASTGATE_FINGERPRINT_KEY }}']));
  });
});
