import js from '@eslint/js'
import perfectionist from 'eslint-plugin-perfectionist'
import tseslint from 'typescript-eslint'

/** What ships in the npm package: the plugin. Everything else is the reference backend, tests or tools. */
const PACKAGE_FILES = ['src/**/*.{ts,tsx}', 'collections/**/*.{ts,tsx}', 'globals/**/*.{ts,tsx}']
/** Users of the package inside this repository: they import it as a host would, by its entry points. */
const PACKAGE_USERS = [
  'backend/**/*.{ts,tsx}',
  'seed/**/*.ts',
  'bench/**/*.ts',
  'deploy/**/*.ts',
  'website/**/*.{ts,tsx}',
  'payload.config.ts',
]
const INTERNALS = {
  group: ['**/src/*', '**/src/**', '**/collections/**', '**/globals/**'],
  message:
    'Import the plugin through its entry points (payload-plugin-charity, /types, /access, /fields, /client, /rsc, /server), as a host would: its internals may move.',
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '**/.next/',
      'dist/',
      '**/build/',
      '.data/',
      'payload-types.ts',
      'backend/app/(payload)/admin/importMap.js',
      'test/fixtures/next-host/app/(payload)/admin/importMap.js',
      '**/next-env.d.ts',
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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/backend/**',
                'charity-backend',
                'charity-backend/**',
                '**/website/**',
                '**/seed/**',
                '**/test/**',
                '**/bench/**',
                '**/payload.config*',
                '@payload-config',
              ],
              message:
                'Package code (src/, collections/, globals/) must not import the reference backend (backend/, seed/, payload.config.ts), the website, tests or benchmarks: it would ship in the npm package.',
            },
            {
              group: ['@payloadcms/db-*'],
              message:
                'The plugin never depends on a database adapter: the host chooses one (backend/database does for the reference backend).',
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
            'The plugin reads no environment variables: take the value as a plugin option; payload.config.ts maps the environment to options (backend/config/environment.ts).',
        },
      ],
    },
  },
  {
    // Everything else in the repository uses the package by its published entry points.
    files: PACKAGE_USERS,
    rules: { 'no-restricted-imports': ['error', { patterns: [INTERNALS] }] },
  },
  {
    // The seed is a client of the backend's config, never of the backend's code.
    files: ['seed/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            INTERNALS,
            {
              group: ['**/backend/**'],
              message:
                'The seed does not import the backend: it reads what it needs from the config (custom.database, custom.afterBulkLoad).',
            },
          ],
        },
      ],
    },
  },
  {
    // The server takes its start-up work as a callback; only the program entries join the backend to the
    // seed: the server (backend/main.ts) and the seed's command on the backend's CLI helper (backend/cli/seed.ts).
    files: ['backend/**/*.{ts,tsx}'],
    ignores: ['backend/main.ts', 'backend/cli/seed.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            INTERNALS,
            {
              group: ['**/seed/**'],
              message:
                'The backend does not import the seed: the server takes a StartupTask; only the program entries (backend/main.ts, backend/cli/seed.ts) join the two.',
            },
          ],
        },
      ],
    },
  },
  {
    // The website is a client of the backend's HTTP API: no code of the package, the backend or the seed
    // (types from payload-types.ts are fine), except the package's rich-text converters, made for websites.
    files: ['website/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'payload-plugin-charity',
              message:
                'The website reads the backend over HTTP only (REST, GraphQL): of the package it imports only payload-plugin-charity/richtext.',
            },
          ],
          patterns: [
            {
              group: [
                '**/src/*',
                '**/src/**',
                '**/collections/**',
                '**/globals/**',
                '**/backend/**',
                '**/seed/**',
                '**/payload.config*',
                '@payload-config',
                // Not the bare name: as a directory it would keep the one entry below from being let through.
                'payload-plugin-charity/**',
                '!payload-plugin-charity/richtext',
                'charity-backend',
                'charity-backend/**',
              ],
              message:
                'The website reads the backend over HTTP only (REST, GraphQL): it imports no code of the package, the backend or the seed. Types from payload-types.ts are fine, and so is payload-plugin-charity/richtext.',
            },
            {
              group: [
                'payload',
                'payload/**',
                '@payloadcms/db-*',
                '@payloadcms/next',
                '@payloadcms/next/**',
              ],
              message:
                "The website never runs Payload: read the backend's REST or GraphQL API instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // Payload's migration template destructures { db, payload, req } in every up and down, used or not.
    files: ['backend/database/migrations/{sqlite,postgres}/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
  },
  {
    // Tests read loosely-typed JSON responses.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
