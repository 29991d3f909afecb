// Lint rules, including the architecture's boundaries: the model, engine and analysis
// never import React or the app; the app reaches the engine only through the worker.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'tmp',
      'public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/model/**', 'src/sim/**', 'src/analysis/**', 'src/calibrate/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@xyflow/*', 'zustand', 'zustand/*'],
              message: 'The core is pure TypeScript.',
            },
            {
              group: ['**/app/**', '**/cli/**', 'node:*'],
              message: 'The core must not depend on the app, the CLI or Node.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'console', 'postMessage'],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sim/*/**', '**/sim/!(index|worker*)*'],
              message: 'The app talks to the engine through the worker only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The diagram (geometry, layout) is drawn by both the canvas and the exporters, and
    // runs in Node for tests: pure TypeScript over the model.
    files: ['src/app/diagram/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-i18next', 'i18next', '@xyflow/*', 'zustand'],
              message: 'The diagram is pure TypeScript; the canvas and the exporters draw it.',
            },
            {
              regex: '^\\.\\./(?!\\.\\./(model|analysis)/)',
              message: 'The diagram depends on the model and the analysis only.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'console'],
    },
  },
);
