// One lint setup for the repo (format is prettier's job; `npm run lint` runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'appPackage/build/**',
      '.data/**',
      'test-output/**',
      'coverage/**',
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
