import js from '@eslint/js'
import perfectionist from 'eslint-plugin-perfectionist'
import tseslint from 'typescript-eslint'

/** What ships in the npm package: the plugin. Everything else is the reference backend, tests or tools. */
const PACKAGE_FILES = ['src/**/*.{ts,tsx}', 'collections/**/*.{ts,tsx}', 'globals/**/*.{ts,tsx}']
const APP_FILES = ['src/app/**']

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'dist/',
      'build/',
      '.data/',
      'payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
      'test/e2e/artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { perfectionist },
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Payload's own order: types first, then packages, then our files, each group alphabetical.
      'perfectionist/sort-imports': [
        'error',
        {
          type: 'alphabetical',
          groups: [
            'type',
            ['parent-type', 'sibling-type', 'index-type', 'internal-type'],
            ['builtin', 'external'],
            ['internal', 'parent', 'sibling', 'index'],
            'side-effect',
            'unknown',
          ],
          newlinesBetween: 'always',
        },
      ],
    },
  },
  {
    // The package boundary: plugin code never reaches into the reference backend, and reads no environment.
    files: PACKAGE_FILES,
    ignores: APP_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/app/*',
                '**/app/**',
                '**/seed/**',
                '**/test/**',
                '**/bench/**',
                '**/payload.config*',
                '@payload-config',
              ],
              message:
                'Package code (src/, collections/, globals/) must not import the reference backend (src/app, seed, payload.config.ts), tests or benchmarks: it would ship in the npm package.',
            },
            {
              group: ['@payloadcms/db-*'],
              message:
                'The plugin never depends on a database adapter: the host chooses one (src/app/database does for the reference backend).',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            'The plugin reads no environment variables: take the value as a plugin option; payload.config.ts maps the environment to options (src/app/config/environment.ts).',
        },
      ],
    },
  },
  {
    // Payload's migration template destructures { db, payload, req } in every up and down, used or not.
    files: ['src/app/database/migrations/{sqlite,postgres}/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
  },
  {
    // Tests read loosely-typed JSON responses.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
