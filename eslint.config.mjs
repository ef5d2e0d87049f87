// `npm run lint` (eslint 9, flat config). README › Lint explains the choices.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

// Office.js round trips. eslint-plugin-office-addins recognises a round trip only as a literal `context.sync()` and its
// rules take no options, so it does not see the project's counted wrapper (src/excel/syncCounter.ts: a CountedSync is
// always called through a variable named `sync`, or as `countingSync(context)()`). The selectors below name the
// wrapper, so a round trip in a loop or in an iteration callback is caught whichever way it is made.
const SYNC_CALL =
  ":matches(CallExpression[callee.name='sync'], CallExpression[callee.callee.name='countingSync'], CallExpression[callee.object.name='context'][callee.property.name='sync'])";
const LOOP = ':matches(ForStatement, ForInStatement, ForOfStatement, WhileStatement, DoWhileStatement)';
const ITERATION_CALLBACK =
  'CallExpression[callee.property.name=/^(forEach|map|flatMap|filter|reduce|reduceRight|some|every|find|findIndex)$/] > :function';
const noSyncInLoop = [
  { selector: `${LOOP} ${SYNC_CALL}`, message: 'A round trip (sync) inside a loop: queue everything, then sync once (brief: never context.sync() in a loop).' },
  { selector: `${ITERATION_CALLBACK} ${SYNC_CALL}`, message: 'A round trip (sync) inside an iteration callback: queue everything, then sync once.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'coverage/**', 'demo-output/**', 'test-output/**', '.tmp/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // text from cells is data (brief); Microsoft's recommended Office add-in config has it too
      'no-eval': 'error',
      // the project's convention for a parameter or binding kept on purpose (a signature, a rest sibling)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // plain Node scripts (CommonJS)
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // product code and tests print through their own channels; only the ribbon commands log errors (no UI to show them)
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: { 'no-console': ['error', { allow: ['error'] }] },
  },
  {
    // the code that calls Office.js: Microsoft's rules, plus the project's sync wrapper (above)
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'no-restricted-syntax': ['error', ...noSyncInLoop],
    },
  },
  {
    // every round trip of Ricalcola is counted (RunOutcome.syncs): no bare context.sync() outside the wrapper; the
    // one-shot operations listed in `ignores` make a single round trip of their own
    files: ['src/excel/**/*.ts'],
    ignores: ['src/excel/syncCounter.ts', 'src/excel/settings.ts', 'src/excel/writeOverride.ts', 'src/excel/officeHost.ts', 'src/excel/selectCell.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noSyncInLoop,
        { selector: "CallExpression[callee.object.name='context'][callee.property.name='sync']", message: 'Call the counted wrapper (countingSync, src/excel/syncCounter.ts), not context.sync().' },
      ],
    },
  },
  {
    // type-aware rules where they matter and are cheap: an un-awaited promise in the Office.js code (a sync not
    // waited for, a command that ends before its work); a small program (tsconfig.lint.json) keeps it fast
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts'],
    languageOptions: { parserOptions: { project: './tsconfig.lint.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
