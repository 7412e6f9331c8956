import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'coverage', 'docs', 'public', 'bench-out', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pipeline is pure: it runs in Node, in a worker and in the page alike.
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'src/pipeline must not import React.' },
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'src/pipeline must not import maplibre-gl.' },
            { group: ['zustand', 'zustand/*'], message: 'src/pipeline must not import the store.' },
            {
              group: [
                '**/store/**',
                '**/map/**',
                '**/ui/**',
                '**/timeline/**',
                '**/workers/**',
                '**/persistence/**',
              ],
              message: 'src/pipeline must not import app layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
);
