import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers: core <- worker <- store <- ui; cli imports only the core.
// Each rule below names the layer it protects and how to fix a violation.
const coreStaysPure = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'cytoscape', 'mermaid', '@tanstack/*'],
      message: 'src/core is pure TypeScript (runs in the worker, Node and the CLI): move UI code to src/ui.',
    },
    {
      group: ['**/ui/**', '**/store/**', '**/worker/**', '**/cli/**', '../ui', '../store', '../worker'],
      message: 'src/core must not import outer layers: pass data in as arguments instead.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report', 'bench/out', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/store/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreStaysPure],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'src/core has no DOM: take what you need as an argument.' },
        { name: 'document', message: 'src/core has no DOM: take what you need as an argument.' },
        { name: 'localStorage', message: 'src/core has no storage: persistence lives in src/store.' },
        { name: 'fetch', message: 'gotopo makes no network requests from the core.' },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/store/**', '**/worker/**', 'react', 'zustand', 'cytoscape', 'mermaid'], message: 'The CLI uses only src/core.' }] }],
    },
  },
  {
    files: ['src/store/**/*.ts', 'src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', 'react-dom', 'cytoscape', 'mermaid'], message: 'Data flows one way: store and worker never import views.' }] }],
    },
  },
);
