// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'];

/** Runtime boundaries (ARCHITECTURE.md): enforced here, not by memory. */
const noElectron = {
  group: ['electron'],
  message: "Only electron/main and electron/preload may import 'electron'.",
};
const noNode = {
  group: nodeBuiltins,
  message: 'This folder runs without Node: no node:* imports.',
};
const noNodeSide = {
  group: ['**/electron/**'],
  message: 'The renderer and shared code never import Node-side code.',
};
const noRawZod = {
  name: 'zod',
  allowTypeImports: true,
  message: "Import { z } from shared/zod.ts (it turns zod's eval-based JIT off for the CSP).",
};
const noRenderer = {
  group: ['**/renderer/**'],
  message: 'Only the renderer imports renderer code.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, noNode, noNodeSide, noRenderer] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
        'Buffer',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [noRawZod], patterns: [noElectron, noNode, noNodeSide] },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noRawZod], patterns: [noElectron, noRenderer] }],
    },
  },
  {
    files: ['shared/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRenderer] }] },
  },
  {
    files: ['electron/core/cli/**/*.ts', 'tests/**/*.{ts,mjs}'],
    rules: { 'no-console': 'off' },
  },
  {
    // Test assertions use vitest's asymmetric matchers (typed `any`) and parse raw files.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
