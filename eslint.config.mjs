// `npm run lint` (inside `npm test`): typescript-eslint's strict type-checked rules, the React hooks rules for the
// Custom UI, and (in the same script) Prettier's check and the unused-exports check. Product code (src/, static/src/)
// gets the full strict set; tests, benchmarks, scripts and the preview get it with the few rules that only add noise
// where inputs are deliberately untyped (parsed responses, fixtures) relaxed.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'static/build/', '.forge-rehearsal/', '.preview-data/', 'artifacts/', 'generated/', 'coverage/', 'test/fixtures/lint-negative-control/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers and booleans read naturally in messages; objects, null and undefined still fail.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  { files: ['static/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    files: ['test/**', 'bench/**', 'scripts/**', 'preview/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes implement async ports with synchronous bodies.
      '@typescript-eslint/require-await': 'off',
      // node:test's test() and describe() return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'before', 'after', 'beforeEach', 'afterEach'] }] }],
    },
  },
  { files: ['preview/client/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.{js,cjs,mjs}', 'static/vite.config.mts'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs', 'jest.config.js', 'scripts/stubs/**'], languageOptions: { globals: globals.node, sourceType: 'commonjs' } },
);
