// ESLint: typescript-eslint plus the Lit, web-component and Lit accessibility rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', '.cache/', 'coverage/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(
      Object.entries(litA11y.configs.recommended.rules ?? {}).map(([rule, level]) => [rule, level]),
    ),
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // Rules that need the types: a promise nobody awaits or catches can fail silently, in the
    // widget (an error the host never sees) and in tests (an assertion that runs after the test).
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test runs these itself; their promises are not the caller's to await.
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
            // @open-wc's DOM-diff plugin types chai's `equal` as a promise for `.dom.equal`'s
            // sake; a plain `expect(x).to.equal(y)` is synchronous.
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: ['Equal'] },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['test/**/*.ts'],
    // chai assertions such as `expect(x).to.exist` are property reads by design.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
