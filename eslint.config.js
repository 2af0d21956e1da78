// Lint holds the lines the code's layout draws: the app never imports the
// pipeline; data and chart builders never import React; only the one chart
// wrapper touches ECharts directly.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'scratch', 'bench/out', 'data'] },
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
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/pipeline/**'], message: 'The app reads the dataset, never the pipeline.' }] }],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/url/**/*.ts', 'src/charts/options/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['react', 'react-dom', 'echarts', 'echarts/core'], patterns: [{ group: ['**/pipeline/**'] }] }],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'echarts', message: 'Use the chart wrapper in src/charts.' }, { name: 'echarts/core', message: 'Use the chart wrapper in src/charts.' }],
          patterns: [{ group: ['**/pipeline/**'] }, { group: ['echarts/*', 'echarts-for-react*'], message: 'Use the chart wrapper in src/charts.' }],
        },
      ],
    },
  },
);
