import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pipeline's direction: sources → model → analysis → decision → report → delivery (CLI, Action, guard).
// Each layer names what it must never import; src/util and src/model.ts sit below all of them.
const layer = (name, path) => ({ group: [`**/${path}`, `**/${path}/**`], message: `${name} is a layer above this one: the pipeline runs one way.` });
const SHELLS = [layer('src/cli', 'cli'), layer('src/action', 'action'), layer('src/github', 'github'), layer('src/guard', 'guard')];
const SOURCES = layer('src/sources (a reader)', 'sources');
const ANALYSIS = layer('src/analysis', 'analysis');
const POLICY = layer('src/policy', 'policy');
const REPORT = layer('src/report', 'report');
const PIPELINE = layer('src/pipeline.ts', 'pipeline.js');
const GITHUB_CLIENTS = { group: ['@actions/github', '@actions/github/**', '@octokit/*'], message: 'Only src/github talks to GitHub.' };

const boundary = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'fixtures/', 'test/node24/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      'no-console': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The Action is a thin shell: one small module per event over the core.
    files: ['src/action/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    // Every GitHub call (REST, GraphQL, artifacts) lives in src/github: the rest of the code gets plain data.
    files: ['src/**/*.ts'],
    ignores: ['src/github/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/github', '@actions/github/*', '@octokit/*'], message: 'GitHub calls live in src/github: add a function there.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name=/^(rest|graphql|paginate|request)$/][object.name='gh']",
          message: 'GitHub calls live in src/github: add a function there.',
        },
      ],
    },
  },
  // Later entries override the import rule above for their files; each keeps the GitHub-client ban.
  boundary(['src/util/**', 'src/model.ts'], [SOURCES, ANALYSIS, POLICY, REPORT, PIPELINE, layer('src/catalog', 'catalog'), ...SHELLS, GITHUB_CLIENTS]),
  boundary(['src/catalog/**'], [SOURCES, ANALYSIS, POLICY, REPORT, PIPELINE, ...SHELLS, GITHUB_CLIENTS]),
  boundary(['src/sources/**'], [ANALYSIS, POLICY, REPORT, PIPELINE, ...SHELLS, GITHUB_CLIENTS]),
  boundary(['src/analysis/**'], [SOURCES, REPORT, PIPELINE, ...SHELLS, GITHUB_CLIENTS]),
  boundary(['src/policy/**', 'src/gate/**', 'src/provenance/**'], [SOURCES, REPORT, PIPELINE, ...SHELLS, GITHUB_CLIENTS]),
  boundary(['src/report/**'], [SOURCES, ...SHELLS, GITHUB_CLIENTS]),
  boundary(['src/cli/**', 'src/action/**', 'src/guard/**', 'src/verify/**', 'src/pipeline.ts'], [GITHUB_CLIENTS]),
);
