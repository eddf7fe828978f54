/**
 * `npm run migrate:create -- <name>`: Payload's `migrate:create` once per SQL
 * adapter (SQLite and PostgreSQL each have their own folder under
 * backend/database/migrations), then prettier and eslint --fix on what it wrote.
 *
 * `npm run migrate:check [-- --dir <folder>]`: fails when the schema the
 * config makes differs from the newest committed snapshot of either adapter,
 * i.e. the schema changed without a migration. CI runs it.
 *
 * Neither connects to a database: the schema comes from the config alone.
 */
import type { SanitizedConfig } from 'payload'

import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { migrationDirOf } from '../database/adapter.ts'
import {
  describeSchemaChanges,
  latestSnapshotFile,
  readSnapshot,
  type Snapshot,
} from '../database/migrations/snapshots.ts'
import { cliCommand, runCli, UsageError } from './runCli.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const KINDS = ['sqlite', 'postgres'] as const
type Kind = (typeof KINDS)[number]
const LABELS: Record<Kind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' }

/**
 * A `DATABASE_URI` that selects the adapter without a server: nothing here
 * connects (Payload's migrate:create does not either), so PostgreSQL's needs
 * no database behind it.
 */
const uriFor = (kind: Kind, scratch: string) =>
  kind === 'sqlite'
    ? `file:${path.join(scratch, 'unused.db')}`
    : 'postgres://schema-only@127.0.0.1:1/not-connected'

/** Run a step of this CLI, or Payload's own, in a process of its own: the config reads DATABASE_URI once, at import. */
const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PAYLOAD_CONFIG_PATH: 'payload.config.ts', ...env },
    stdio: 'inherit',
  })

/** `data`: a migration that changes rows, not the schema: written even with no schema change, for its `up` to fill in. */
const create = (name: string, { data = false } = {}): number => {
  if (!/^\w+$/.test(name))
    throw new UsageError('Give the migration a name of letters, digits and _.')
  const scratch = mkdtempSync(path.join(tmpdir(), 'charity-migrate-'))
  const written: string[] = []
  try {
    for (const kind of KINDS) {
      const dir = migrationDirOf(kind)
      const before = new Set(readdirSync(dir))
      const result = run(
        [
          path.join(ROOT, 'node_modules/payload/bin.js'),
          'migrate:create',
          name,
          // No schema change: write nothing rather than ask whether to write an empty migration (or, for data, write it).
          data ? '--force-accept-warning' : '--skip-empty',
        ],
        // As `npm run payload` runs Payload's CLI (Node 20 and lexical's entry: docs/operators.md).
        {
          DATABASE_URI: uriFor(kind, scratch),
          NODE_OPTIONS: '--conditions=development --no-deprecation',
        },
      )
      if (result.status !== 0) return result.status ?? 1
      const added = readdirSync(dir).filter((file) => !before.has(file))
      if (!added.length) console.log(`${LABELS[kind]}: no schema changes, no migration written.`)
      written.push(
        ...added.filter((file) => file.endsWith('.ts')).map((file) => path.join(dir, file)),
      )
      if (added.length) written.push(path.join(dir, 'index.ts'))
    }
  } finally {
    rmSync(scratch, { force: true, recursive: true })
  }
  if (!written.length) return 0
  for (const file of written.filter((file) => isIndex(file))) addImportExtensions(file)
  // Payload's template leaves imports unsorted and its own layout: bring it to the project's.
  const bin = (tool: string) => path.join(ROOT, 'node_modules/.bin', tool)
  for (const [tool, args] of [
    ['eslint', ['--fix', ...written]],
    ['prettier', ['--write', '--log-level=warn', ...written, ...written.map(jsonBeside)]],
  ] as const) {
    const result = spawnSync(bin(tool), [...args], { cwd: ROOT, stdio: 'inherit' })
    if (result.status !== 0) return result.status ?? 1
  }
  // On the formatted text, whose layout is the project's (Payload's own template varies by release).
  const migrations = written.filter((file) => !isIndex(file))
  for (const file of migrations) addAdoptGuard(file)
  if (migrations.length) {
    const result = spawnSync(bin('prettier'), ['--write', '--log-level=warn', ...migrations], {
      cwd: ROOT,
      stdio: 'inherit',
    })
    if (result.status !== 0) return result.status ?? 1
  }
  console.log(`\nWritten:\n  ${written.map((file) => path.relative(ROOT, file)).join('\n  ')}`)
  console.log('Review them, then commit them with the change to the config.')
  return 0
}

/**
 * Payload writes the migrations' index with extensionless imports, which only
 * some loaders resolve: each import names its file, as every other import in
 * the project does, so tsx, esbuild (`npm run build:server`) and tsc agree.
 */
const addImportExtensions = (file: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(/(from '\.\/[\w-]+)'/g, "$1.ts'"))

/**
 * Every migration after the first starts by asking whether a development
 * start already pushed what it changes (backend/database/migrations/adopt.ts):
 * then it is recorded without running, instead of failing on a table or index
 * that is already there.
 */
const addAdoptGuard = (file: string) => {
  const name = path.basename(file, '.ts')
  const text = readFileSync(file, 'utf8')
    .replace(
      /(from '@payloadcms\/db-\w+'\n)/,
      `$1\nimport { adoptPushedChanges } from '../adopt.ts'\nimport snapshot from './${name}.json' with { type: 'json' }\n`,
    )
    .replace(
      /(export async function up\([^)]*\): Promise<void> \{\n)/,
      `$1  // A development start may have pushed this change already (docs/contributing.md, "Migrations").\n  if (await adoptPushedChanges({ db, name: '${name}', payload, snapshot })) return\n`,
    )
  writeFileSync(file, text)
}

/** A folder's list of migrations (a migration may itself be named `…_index`). */
const isIndex = (file: string) => path.basename(file) === 'index.ts'

const jsonBeside = (file: string) => (isIndex(file) ? file : file.replace(/\.ts$/, '.json'))

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<Snapshot> | Snapshot
  generateMigration: (before: Snapshot, after: Snapshot) => Promise<string[]>
  upSnapshot?: (snapshot: Snapshot) => Snapshot
}
type DrizzleAdapter = { schema: unknown; requireDrizzleKit: () => DrizzleKit }

/** One adapter's check, in its own process (DATABASE_URI chose the adapter). */
const checkOne = async (kind: Kind, dir: string): Promise<number> => {
  const label = LABELS[kind]
  const latest = latestSnapshotFile(dir)
  const { default: payload } = await import('payload')
  const { default: config } = (await import(
    pathToFileURL(path.join(ROOT, 'payload.config.ts')).href
  )) as {
    default: Promise<SanitizedConfig> | SanitizedConfig
  }
  // As `payload migrate:create` does: the adapter builds its schema, nothing connects.
  await payload.init({ config: await config, disableDBConnect: true, disableOnInit: true })
  const adapter = payload.db as unknown as DrizzleAdapter
  const kit = adapter.requireDrizzleKit()
  const current = await kit.generateDrizzleJson(adapter.schema)
  let committed: Snapshot = latest ? readSnapshot(latest) : { tables: {} }
  // Snapshots written by an older drizzle-kit are upgraded the way migrate:create upgrades them.
  if (kit.upSnapshot && Number(committed.version) < Number(current.version)) {
    committed = kit.upSnapshot(committed)
  }
  const statements = latest ? await kit.generateMigration(committed, current) : ['(no migrations)']
  if (!statements.length) {
    console.log(`${label}: the schema matches ${path.basename(latest as string, '.json')}.`)
    return 0
  }
  const changes = latest ? describeSchemaChanges(committed, current) : []
  console.error(
    [
      `${label}: the schema differs from the newest migration's snapshot` +
        ` (${latest ? path.relative(ROOT, latest) : `none in ${path.relative(ROOT, dir)}`}).`,
      ...changes.map((line) => `  ${line}`),
      `  ${statements.length} statement(s) would be needed, first: ${statements[0].split('\n')[0]}`,
    ].join('\n'),
  )
  return 1
}

const check = (root: string | undefined): number => {
  let failed = 0
  const scratch = mkdtempSync(path.join(tmpdir(), 'charity-migrate-'))
  try {
    for (const kind of KINDS) {
      const dir = root ? path.resolve(root, kind) : migrationDirOf(kind)
      const result = run(
        [
          '--conditions=development',
          '--import',
          'tsx',
          fileURLToPath(import.meta.url),
          'check-one',
          kind,
          dir,
        ],
        { DATABASE_URI: uriFor(kind, scratch), NODE_ENV: 'development' },
      )
      if (result.status !== 0) failed += 1
    }
  } finally {
    rmSync(scratch, { force: true, recursive: true })
  }
  if (failed) {
    console.error(
      '\nThe schema changed without a migration. Run `npm run migrate:create -- <what_changed>`' +
        ' and commit the files it writes (docs/contributing.md, "Changing the schema").',
    )
    return 1
  }
  return 0
}

await runCli({
  commands: {
    create: cliCommand({
      command: 'npm run migrate:create',
      description:
        'Writes a migration for SQLite and for PostgreSQL from the change to the config\n(no database needed), then formats what it wrote.',
      positionals: [{ name: 'name', help: 'what changed, in letters, digits and _' }],
      options: {
        data: {
          type: 'boolean',
          help: 'a data migration: written without a schema change, its up left to fill in',
        },
      },
      run: ({ positionals: [name], values }) => create(name, { data: values.data }),
    }),
    check: cliCommand({
      command: 'npm run migrate:check',
      description:
        "Fails when the schema the config makes differs from either adapter's newest snapshot.",
      options: {
        dir: {
          type: 'string',
          value: 'FOLDER',
          help: 'check the snapshots in FOLDER/sqlite and FOLDER/postgres instead',
        },
      },
      showStack: true,
      run: ({ values }) => check(values.dir),
    }),
    'check-one': cliCommand({
      command: 'migrations.ts check-one',
      hidden: true,
      positionals: [
        { name: 'kind', help: KINDS.join(' or ') },
        { name: 'dir', help: 'the snapshots folder' },
      ],
      showStack: true,
      run: ({ positionals: [kind, dir] }) => {
        if (!KINDS.includes(kind as Kind)) throw new UsageError(`No adapter '${kind}'.`)
        return checkOne(kind as Kind, dir)
      },
    }),
  },
})
