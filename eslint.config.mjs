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
    ignores: [
      'node_modules/',
      'dist/',
      'static/build/',
      '.forge-rehearsal/',
      '.preview-data/',
      'artifacts/',
      'generated/',
      'coverage/',
      'test/fixtures/lint-negative-control/',
    ],
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
      // tsconfig has noUncheckedIndexedAccess: every index read is `T | undefined`, and `!` marks the ones the code
      // has just bounded (a loop index, a non-empty list). The compiler flags every other unchecked access.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The classic hooks rules. The plugin's React Compiler diagnostics (set-state-in-effect, immutability…) stay off:
  // the pages are not compiled with the React Compiler, and their loading effects set state on purpose.
  {
    files: ['static/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', 'preview/**', 'fixtures/**'],
    rules: {
      // Tests load modules inside jest.isolateModules and fresh module registries; scripts load them lazily.
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      // Tests probe values the types say cannot occur (that is what they test); fuzzers build control characters.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      'no-control-regex': 'off',
      'preserve-caught-error': 'off',
      // Fixtures are cast to the shapes under test on purpose.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // The runtime stand-in mimics SDK objects that keep `this`; browser-test helpers keep last-seen values for messages.
      '@typescript-eslint/no-this-alias': 'off',
      'no-useless-assignment': 'off',
      '@typescript-eslint/return-await': 'off',
      // Node's http handlers read best as `return res.end(...)`.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Parsed responses and stored documents are read as they came, untyped.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes implement async ports with synchronous bodies.
      '@typescript-eslint/require-await': 'off',
      // node:test's test() and describe() return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'before', 'after', 'beforeEach', 'afterEach'] }] },
      ],
    },
  },
  // The in-memory storage adapter implements the asynchronous storage port with synchronous bodies.
  { files: ['src/storage/memory.ts'], rules: { '@typescript-eslint/require-await': 'off' } },
  { files: ['preview/client/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.{js,cjs,mjs}', 'static/vite.config.mts'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs', 'jest.config.js', 'scripts/stubs/**'], languageOptions: { globals: globals.node, sourceType: 'commonjs' } },
);
