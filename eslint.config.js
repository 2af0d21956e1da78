// Lint holds the lines the code's layout draws (docs/architecture.md), and reads types:
// typescript-eslint's type-checked rules (floating and misused promises, unsafe any…). Layers,
// from the bottom: domain → pure code (data, url, format, i18n, chart option
// builders, lib) → store, charts, shared hooks and components → features → app.
// A layer never imports one above it; a feature never imports another feature;
// pure code never imports React, the store or ECharts values; only src/charts
// touches ECharts (types are allowed anywhere); nothing in src imports the
// pipeline. src/testing/lint-rules.test.ts proves each rule fails on a violating import.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Folders of pure code: data in, data out, no React, no store, no drawing. */
const PURE = ['src/domain', 'src/data', 'src/url', 'src/format', 'src/i18n', 'src/charts/options', 'src/lib'];
/** Shared code below the features. */
const SHARED = ['src/components', 'src/hooks', 'src/charts', 'src/store', ...PURE];

const ECHARTS = ['echarts', 'echarts/*', 'echarts-for-react', 'echarts-for-react/*'];
const UI = ['react', 'react-dom', 'react-dom/*', 'react-router', 'zustand', 'zustand/*'];

const zones = [
  // Features never reach up into the app, nor sideways into each other.
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/app',
    message: 'A feature never imports the app shell: take props or a shared hook.',
  })),
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature never imports another feature: move what both need to src/components or src/hooks.',
  })),
  // Shared code never imports features or the app.
  ...SHARED.flatMap((folder) => [
    { target: `./${folder}`, from: './src/features', message: 'Shared code never imports a feature.' },
    { target: `./${folder}`, from: './src/app', message: 'Shared code never imports the app shell.' },
  ]),
  // Pure code never imports stateful or drawing code.
  ...PURE.flatMap((folder) => [
    { target: `./${folder}`, from: './src/store', message: 'Pure code never reads the store: pass values in.' },
    { target: `./${folder}`, from: './src/hooks', message: 'Pure code never imports hooks.' },
    { target: `./${folder}`, from: './src/components', message: 'Pure code never imports components.' },
  ]),
  ...PURE.filter((folder) => folder !== 'src/charts/options').map((folder) => ({
    target: `./${folder}`,
    from: './src/charts',
    message: 'Pure code never imports chart code.',
  })),
  {
    target: './src/charts/options',
    from: './src/charts',
    except: ['./options', './palette.ts'],
    message: 'Option builders are pure: they take rows, labels and a palette, never the chart wrapper.',
  },
  { target: './src', from: './pipeline', message: 'The app reads the dataset, never the pipeline.' },
];

const noValueImports = (paths, message) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { patterns: [{ group: paths, message, allowTypeImports: true }] },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'scratch',
      'bench/out',
      'data',
      'src/testing/lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One naming convention for every file of the project: kebab-case (chart.tsx, filter-bar.tsx, view-state.test.ts).
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  // Plain JavaScript (this file, the test totals) is outside the TypeScript project: no type information to check with.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // no-cycle follows imports through TypeScript files too.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Only src/charts touches ECharts; types may be named anywhere.
      ...noValueImports(ECHARTS, 'Only src/charts imports ECharts; elsewhere import its types only.'),
    },
  },
  {
    files: ['src/charts/**/*.{ts,tsx}'],
    ignores: ['src/charts/options/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // Pure code: no React, router or store, and ECharts only as types.
    files: PURE.map((folder) => `${folder}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ECHARTS,
              message: 'Option builders and other pure code import ECharts types only.',
              allowTypeImports: true,
            },
            { group: UI, message: 'Pure code never imports React, the router or the store library.' },
          ],
        },
      ],
    },
  },
);
