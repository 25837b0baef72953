import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Import direction: shared ← plugin; shared ← lib ← queries ← hooks ← components ← app.
// Nothing imports app/, and browser code never reaches into the Node-only plugin.
const zones = [
  {
    target: './src/shared',
    from: [
      './src/app',
      './src/components',
      './src/hooks',
      './src/queries',
      './src/lib',
      './src/plugin',
      './src/config',
    ],
  },
  {
    target: './src/plugin',
    from: [
      './src/app',
      './src/components',
      './src/hooks',
      './src/queries',
      './src/lib',
      './src/config',
    ],
  },
  {
    target: './src/lib',
    from: ['./src/app', './src/components', './src/hooks', './src/queries', './src/plugin'],
  },
  {
    target: './src/queries',
    from: ['./src/app', './src/components', './src/hooks', './src/plugin'],
  },
  { target: './src/hooks', from: ['./src/app', './src/components', './src/plugin'] },
  { target: './src/components', from: ['./src/app', './src/plugin'] },
  {
    target: './src/config',
    from: ['./src/app', './src/components', './src/hooks', './src/queries', './src/plugin'],
  },
  { target: './src/app', from: ['./src/plugin'] },
  {
    target: './src/search',
    from: [
      './src/app',
      './src/components',
      './src/hooks',
      './src/queries',
      './src/plugin',
      './src/lib',
      './src/config',
    ],
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'bench/corpus',
      'test-results',
      'playwright-report',
      'bench/.out',
      'screenshots',
      'tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.node } },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/plugin/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  prettier,
)
