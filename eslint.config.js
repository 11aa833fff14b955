// Lint: typescript-eslint's recommended rules, plus the layer rules of docs/architecture.md:
// imports point downwards only, so `core` stays pure and pages never reach into the worker.
import tseslint from 'typescript-eslint';

/**
 * date-fns is imported one function at a time (`date-fns/format`): through its index, every
 * module that uses any function seems to load all of them, and the build could not put the
 * functions a page draws with into that page's chunks (vite.config.ts), so each page fetched
 * them as six files of their own before its first draw.
 */
const DATE_FNS_BY_FUNCTION = {
  name: 'date-fns',
  message: "Import the function from its own module: `import { format } from 'date-fns/format'`.",
};

// `allowed` names single modules of a banned folder a layer may still import, e.g. the pages
// may import platform/clock (the one clock a test can set) and nothing else under platform/.
const layer = (files, banned, message, allowed = {}) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [DATE_FNS_BY_FUNCTION],
        patterns: banned.map((name) => ({
          regex: `(^|/)${name}/${(allowed[name] ?? []).map((file) => `(?!${file}$)`).join('')}`,
          message: `${message} (${name}/ is off limits here${allowed[name] ? `, but for ${allowed[name].join(', ')}` : ''})`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', '.tmp/', 'coverage/'] },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules for the extension's TypeScript: floating and misused promises lose
    // errors silently in a worker that can stop at any time.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Preact event handlers and the worker's listeners may be async: listeners return their
      // promise so tests can await the work, and the browser ignores it. Promises nobody
      // handles are still caught by no-floating-promises.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false, arguments: false } },
      ],
      // Message handlers and fakes return promises by contract, some without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests inspect mocks' calls and pages' untyped values: `any` there is the point.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page content is text, never HTML.' },
      ],
    },
  },
  {
    // Files outside the layers below (their rule repeats this).
    files: ['src/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [DATE_FNS_BY_FUNCTION] }] },
  },
  layer(
    ['src/core/**'],
    ['db', 'messaging', 'platform', 'background', 'content', 'popup', 'options', 'ui'],
    'core/ is pure domain logic',
  ),
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'document', 'window', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is an argument in core/.' },
      ],
    },
  },
  layer(
    ['src/db/**'],
    ['messaging', 'platform', 'background', 'content', 'popup', 'options', 'ui'],
    'db/ imports core and the clock only',
    { platform: ['clock'] },
  ),
  {
    // One clock for the extension: a test sets it, so weeks and days never depend on the day
    // the suite runs. core/ takes time as an argument (its own rule above).
    files: ['src/**'],
    ignores: ['src/core/**', 'src/platform/clock.ts', 'src/content/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take the time from platform/clock (now()), which tests set.' },
      ],
    },
  },
  layer(
    ['src/messaging/**'],
    ['db', 'platform', 'background', 'content', 'popup', 'options', 'ui'],
    'messaging/ imports core types only',
  ),
  layer(['src/platform/**'], ['db', 'background', 'popup', 'options', 'ui'], 'platform/ wraps browser APIs only'),
  layer(
    ['src/background/**'],
    ['content', 'popup', 'options', 'ui'],
    'the worker imports core, db, messaging, platform',
  ),
  layer(
    ['src/content/**'],
    ['db', 'platform', 'background', 'popup', 'options', 'ui'],
    'content scripts message the worker',
  ),
  layer(
    ['src/popup/**', 'src/options/**', 'src/reader/**', 'src/review/**'],
    ['platform', 'background', 'content'],
    'pages import ui, core, db, messaging and the clock',
    { platform: ['clock'] },
  ),
  layer(['src/ui/**'], ['platform', 'background', 'content', 'popup', 'options'], 'ui/ is shared by the pages', {
    platform: ['clock'],
  }),
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
