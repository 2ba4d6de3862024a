import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import vitest from '@vitest/eslint-plugin'
import prettier from 'eslint-config-prettier'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The app's layers: app → features → lib, components and i18n, and within a
 * feature, api never imports components (the api reads and changes the poll;
 * what is drawn of it is the components' affair). src/layers.test.ts shows
 * the rule failing.
 */
const LAYERS = [
  {
    target: ['./src/lib', './src/components', './src/i18n'],
    from: ['./src/features', './src/app'],
    message:
      'lib, components and i18n serve the features and the app: they import neither.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'A feature does not import the app that starts it.',
  },
  {
    target: './src/features/*/api/**',
    from: ['./src/features/*/components/**', './src/components/**'],
    message:
      'api never imports components: preload what a poll needs in the query function, through the feature.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'coverage',
      'playwright-report',
      'test-results',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      react.configs.flat.recommended,
      react.configs.flat['jsx-runtime'],
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.strict,
      pluginQuery.configs['flat/recommended-strict'],
    ],
    languageOptions: { globals: globals.browser },
    settings: { react: { version: 'detect' } },
    rules: {
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['Portal'] } }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@bitrix24/b24jssdk',
              message:
                'Only src/lib/bitrix24-frame.ts talks to the SDK; use the Portal interface.',
            },
          ],
          patterns: [
            {
              group: ['**/e2e/**', '**/testing/**'],
              message: 'App code must not depend on test code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    plugins: { 'import-x': importX },
    settings: {
      // The files whose imports the rules follow (the plugin's default is .js alone).
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
      // No loop of imports, a lazy import() included: every module can be read before those that import it.
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/lib/bitrix24-frame.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    extends: [testingLibrary.configs['flat/react'], vitest.configs.recommended],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['e2e/**/*.ts', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['e2e/portal/**/*.{ts,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src', '**/src/**'],
              message:
                'The simulated portal is a package of its own: it never imports the app (src/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.spec.ts', 'e2e/support/**/*.ts'],
    extends: [playwright.configs['flat/recommended']],
  },
  prettier,
)
