// One lint setup for the repo (format is prettier's job; `npm run lint` runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { readdirSync } from 'node:fs';

/*
 * Which package may import what. `no-restricted-imports` takes one option list per file, so each
 * folder's block below repeats the rules of the folders it sits in; `forbid` builds one entry.
 */
const forbid = (regex, message) => ({ regex, message });
const HOST = [
  forbid('^node:', 'The domain and the tab run without Node: take the capability through a port.'),
  forbid(
    `^(${builtinModules.filter((name) => !name.startsWith('_')).join('|')})(/.*)?$`,
    'The domain and the tab run without Node: take the capability through a port.',
  ),
];
const SERVER = [
  forbid('^(\\.\\./)+bot/', 'Only the server imports the server.'),
  forbid('^@ambassadors/bot(/|$)', 'Only the server imports the server.'),
];
const TAB = [
  forbid('^(\\.\\./)+tab/', 'Only the tab imports the tab.'),
  forbid('^@ambassadors/tab(/|$)', 'Only the tab imports the tab.'),
];
const SERVER_LIBRARIES = [
  forbid('^(restify|botbuilder|botframework)', 'The domain is host-free: server libraries stay in bot/.'),
  forbid('^@azure/', 'The domain is host-free: server libraries stay in bot/.'),
];
/** The server's parts (bot/src/<part>/), read from disk so a new folder gets the rules too. */
const BOT_PARTS = readdirSync(new URL('./bot/src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const COMPOSITION = forbid(
  '^(\\.\\./)+composition(/|$)',
  'Only main.ts imports the composition root, which wires the parts.',
);
const BOTBUILDER = forbid(
  '^(botbuilder|botframework)',
  'botbuilder stays behind the messaging port in conversation/.',
);
const COSMOS = forbid('^@azure/cosmos', 'The Cosmos SDK stays in storage/.');
const RUNTIME_ALONE = forbid(
  '^\\.\\./',
  'runtime/ (configuration, logger, telemetry) is used by every part and imports none.',
);
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
/** One block a server part: the server's rules plus that part's own. */
const botPartBlock = (part) => ({
  files: [`bot/src/${part}/**/*.ts`],
  rules: restrict([
    ...TAB,
    ...(part === 'composition' ? [] : [COMPOSITION]),
    ...(part === 'conversation' ? [] : [BOTBUILDER]),
    ...(part === 'storage' ? [] : [COSMOS]),
    ...(part === 'runtime' ? [RUNTIME_ALONE] : []),
  ]),
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'appPackage/build/**',
      '.data/**',
      'test-output/**',
      'coverage/**',
      '.tsbuild/**',
      'test/fixtures/forbidden-imports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  { files: ['shared/**/*.ts'], rules: restrict([...SERVER, ...TAB, ...HOST, ...SERVER_LIBRARIES]) },
  {
    files: ['tab/**/*.ts', 'tab/**/*.tsx'],
    // The build's own configuration runs in Node (vite), not in the browser.
    ignores: ['tab/vite.config.ts', 'tab/build/**'],
    rules: restrict([...SERVER, ...HOST]),
  },
  { files: ['bot/**/*.ts'], rules: restrict(TAB) },
  ...BOT_PARTS.map(botPartBlock),
  {
    files: ['tab/src/**/*.tsx', 'tab/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // A person reads VALIDATION_FAILED's details after "Oplysningerne er ikke gyldige:" — a plain
    // string there is English developer text in a Danish message. Zod failures carry their
    // fields; any other check names its reason in both languages through invalidInput().
    // The stores' argument guards are contract checks for code, not messages for people.
    files: ['shared/src/**/*.ts', 'bot/src/**/*.ts'],
    ignores: ['bot/src/storage/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "NewExpression[callee.name='DomainError'][arguments.0.value='VALIDATION_FAILED'] Property[key.name='details'] > :matches(Literal, TemplateLiteral)",
          message: 'Name the reason in both languages: invalidInput({ da, en }).',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'it', property: 'skip' },
        { object: 'describe', property: 'skip' },
      ],
    },
  },
);
