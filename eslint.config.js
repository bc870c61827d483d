// ESLint flat config. Besides the usual TypeScript and React-hooks rules
// (hooks rules are errors; `npm run lint` allows zero warnings), it fences the
// layers of docs/architecture.md: domain imports nothing else of ours;
// engine, storage and io import only domain; state imports any of those;
// cli (the Node entries) imports domain, engine and io; ui imports state and
// domain; nothing imports cli. Only ui and state may use React, only storage
// and state Dexie. test/layerFence.test.ts proves each fence.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import patterns for our own layers, matching relative imports like `../../ui/App`. */
const layer = (name) => [`**/${name}`, `**/${name}/**`];
const fence = (forbidden, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: forbidden.flatMap(layer),
          message: `This layer may not import from src/${forbidden.join(', src/')} (see docs/architecture.md).`,
        },
        ...extra,
      ],
    },
  ],
});
const noUiLibraries = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*', 'wouter', 'wouter/*'],
  message: 'Only src/ui and src/state may depend on React and UI libraries.',
};
const noDexie = {
  group: ['dexie', 'dexie-react-hooks'],
  message: 'Only src/storage (the database) and src/state (which watches it) may use Dexie.',
};

export default tseslint.config(
  { ignores: ['dist/', 'bench/dist/', 'bench/dist-node/', 'bench/peers/node_modules/', 'node_modules/', 'test-results/', 'playwright-report/', '.reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: Object.fromEntries(
      Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error']),
    ),
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: fence(['engine', 'storage', 'io', 'state', 'ui', 'cli'], [noUiLibraries, noDexie]),
  },
  {
    // The step kinds are loaded by the first page (to read and list workflows): their parser checks
    // come through kinds/parsedChecks.ts and liquidCheck.ts, so the parsers load with the validator.
    files: ['src/domain/workflow/kinds/*.ts'],
    ignores: ['src/domain/workflow/kinds/*.test.ts', 'src/domain/workflow/kinds/{adminApiVariables,runCodeData,parsedChecks}.ts'],
    rules: fence(
      ['engine', 'storage', 'io', 'state', 'ui', 'cli'],
      [
        noUiLibraries,
        noDexie,
        {
          regex: '^(liquidjs|graphql|jsonc-parser|saxes|@dagrejs/.*|\\.\\./liquid|\\.\\./\\.\\./runCode|\\./adminApiVariables|\\./runCodeData)$',
          message: 'Step kinds are on the first page: reach parsers through kinds/parsedChecks.ts or liquidCheck.ts (docs/benchmarks.md, startup-bundle).',
        },
      ],
    ),
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: fence(['storage', 'io', 'state', 'ui', 'cli'], [noUiLibraries, noDexie]),
  },
  {
    files: ['src/io/**/*.ts'],
    rules: fence(['engine', 'storage', 'state', 'ui', 'cli'], [noUiLibraries, noDexie]),
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: fence(['engine', 'io', 'state', 'ui', 'cli'], [noUiLibraries]),
  },
  {
    // State joins the layers below for the UI: it may import all of them, never the UI.
    files: ['src/state/**/*.{ts,tsx}'],
    rules: fence(['ui', 'cli']),
  },
  {
    // Node entries (npm run validate, npm run simulate): the engine and io on the domain, no browser storage.
    files: ['src/cli/**/*.ts'],
    rules: fence(['storage', 'state', 'ui'], [noUiLibraries, noDexie]),
  },
  {
    // The UI reaches storage, the engine and io only through src/state.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: fence(['engine', 'storage', 'io', 'cli'], [noDexie]),
  },
);
