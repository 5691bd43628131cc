import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'fixtures/'] },
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
);
