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
    files: ['sidebar/**/*.ts', 'tools/preview/app/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...layers(),
  ...emulatorEntry(),
);

/**
 * The emulator is a package of its own (@pds/emulator): outside emulator/, code imports it only
 * through its entry, so its files can move behind emulator/index.ts. Its own tests
 * (tests/emulator) may reach inside.
 */
function emulatorEntry() {
  return [
    {
      files: ['**/*.ts', '**/*.mjs', '**/*.js'],
      // sidebar/ has its own rule of this name (pages import no emulator at all).
      ignores: ['emulator/**', 'tests/emulator/**', 'sidebar/**'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: '^(\\.\\./|\\./)+emulator/(?!index$)',
                message: "Import the emulator through its entry: `from '@pds/emulator'`.",
              },
              { regex: '^@pds/emulator/', message: "Import the emulator through its entry: `from '@pds/emulator'`." },
            ],
          },
        ],
      },
    },
  ];
}

/**
 * The layers (docs/architecture.md): domain ← workbook ← features ← endpoints ← index. A file
 * imports only from its own layer or those below; text, domain and the wire types (shared) are
 * the bottom. Sidebar pages run in the browser: they import the wire types, domain and text, and
 * anything else only as a type (erased from the bundle).
 */
function layers() {
  const FEATURES = ['documents', 'forms', 'overview', 'rhythm', 'addon'];
  const above = {
    base: ['platform', 'workbook', ...FEATURES, 'endpoints'],
    platform: ['workbook', ...FEATURES, 'endpoints'],
    workbook: [...FEATURES, 'endpoints'],
    feature: ['endpoints'],
    endpoints: [],
  };
  const groups = [
    { files: ['src/domain/**/*.ts', 'src/text/**/*.ts', 'src/shared/**/*.ts'], layer: 'base', name: 'domain, text and wire types' },
    { files: ['src/platform/**/*.ts'], layer: 'platform', name: 'platform' },
    { files: ['src/workbook/**/*.ts'], layer: 'workbook', name: 'workbook' },
    { files: FEATURES.map((f) => `src/${f}/**/*.ts`), layer: 'feature', name: 'features' },
    { files: ['src/endpoints/**/*.ts'], layer: 'endpoints', name: 'endpoints' },
  ];
  const rule = (name, dirs) => [
    'error',
    {
      patterns: [
        ...(dirs.length ? [{ regex: `^(\\.\\./)+(${dirs.join('|')})(/|$)`, message: `Layer break: ${name} may not import ${dirs.join(', ')} (domain ← workbook ← features ← endpoints ← index).` }] : []),
        { regex: '^(\\.\\./)+index$', message: `Layer break: only the entry file is above ${name}; nothing imports it.` },
      ],
    },
  ];
  const server = groups.map(({ files, layer, name }) => ({ files, rules: { 'no-restricted-imports': rule(name, above[layer]) } }));
  const sidebar = {
    files: ['sidebar/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(platform|workbook|endpoints|index|' + FEATURES.join('|') + ')(/|$)',
              allowTypeImports: true,
              message: 'Sidebar pages ship to the browser: import the wire types, domain and text; anything else only with `import type`.',
            },
          ],
        },
      ],
    },
  };
  return [...server, sidebar];
}
