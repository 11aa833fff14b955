// Lint: typescript-eslint's recommended rules, plus the layer rules of docs/architecture.md:
// imports point downwards only, so `core` stays pure and pages never reach into the worker.
import tseslint from 'typescript-eslint';

const layer = (files, banned, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((name) => ({
          regex: `(^|/)${name}/`,
          message: `${message} (${name}/ is off limits here)`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', '.tmp/', 'coverage/'] },
  ...tseslint.configs.recommended,
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
    'db/ imports core only',
  ),
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
    ['src/popup/**', 'src/options/**'],
    ['platform', 'background', 'content'],
    'pages import ui, core, db, messaging',
  ),
  layer(['src/ui/**'], ['platform', 'background', 'content', 'popup', 'options'], 'ui/ is shared by the pages'),
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
