import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // CommonJS config and jest set-up files.
    files: ['**/*.cjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Server code runs in Apps Script's V8: no Node globals there.
    files: ['src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      // Globals Apps Script's V8 does not provide (guides/v8-runtime): they work in tests on Node
      // and fail in production.
      'no-restricted-globals': [
        'error',
        ...['URL', 'URLSearchParams', 'setTimeout', 'setInterval', 'clearTimeout', 'fetch', 'TextEncoder', 'TextDecoder', 'structuredClone', 'queueMicrotask', 'Buffer', 'process', 'require', 'window', 'document'].map((name) => ({
          name,
          message: `${name} does not exist in Apps Script.`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='url'][arguments.length=0]", message: "zod's .url() needs the URL global, which Apps Script lacks: use a regex." },
      ],
    },
  },
  {
    files: ['sidebar/**/*.ts', 'emulator/preview/app/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
