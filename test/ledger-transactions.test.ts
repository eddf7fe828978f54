import type { AdapterName } from './helpers/databases.ts'
import type { RunningTestServer } from './helpers/server.ts'

import path from 'node:path'

import { ApiClient } from './helpers/client.ts'
import { describeForEachAdapter, untilServing } from './helpers/harness.ts'
import { createFreshDatabase, ROOT, startServerProcess } from './helpers/server.ts'

/** What the warning says, without its quotes (JSON log lines escape them). */
const NO_TRANSACTION = 'gives the donations ledger no transaction'

type Booted = { server: RunningTestServer; drop: () => Promise<void> }

/** Boot a server on a fresh database and wait until it serves: onInit has run by then. */
const boot = async (adapter: AdapterName, env: Record<string, string> = {}): Promise<Booted> => {
  const database = await createFreshDatabase(adapter)
  const server = await startServerProcess({ DATABASE_URI: database.uri, ...env })
  await untilServing(new ApiClient(server.url))
  return { server, drop: database.drop }
}

const useServer = (start: () => Promise<Booted>) => {
  const booted = {} as Booted
  beforeAll(async () => Object.assign(booted, await start()), 180_000)
  afterAll(async () => {
    await booted.server?.stop()
    await booted.drop?.().catch(() => undefined)
  }, 60_000)
  return booted
}

describe('a host on plain @payloadcms/db-sqlite (no transactions, no serialized hook-in)', () => {
  const host = useServer(() =>
    boot('sqlite', {
      PAYLOAD_CONFIG_PATH: path.join(ROOT, 'test/fixtures/host/payload.config.ts'),
      // The project's paths: the host imports the package's sources, no build needed.
      TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'),
      HOST_VARIANT: 'default',
    }),
  )

  it('is warned at start that the ledger and its totals are not atomic, and how to fix it', () => {
    const output = host.server.output()
    expect(output).toContain(NO_TRANSACTION)
    expect(output).toContain('SERIALIZED_TRANSACTIONS')
    expect(output).toContain('docs/plugin.md')
  })
})

describeForEachAdapter('the reference backend', (adapter) => {
  const backend = useServer(() => boot(adapter))

  // The test mongod runs standalone: MongoDB without a replica set has no transactions, and says so.
  const standaloneMongo =
    adapter === 'mongodb' && !/[?&]replicaSet=/.test(process.env.TEST_MONGODB_URL ?? '')

  it(`${standaloneMongo ? 'warns' : 'gives no warning'} about the ledger's transactions`, () => {
    expect(backend.server.output().includes(NO_TRANSACTION)).toBe(standaloneMongo)
  })
})
