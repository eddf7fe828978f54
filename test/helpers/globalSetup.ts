import type { GlobalConfig, ProjectConfig } from 'jest'

import path from 'node:path'

import { ADAPTER_LABELS, chosenAdapters } from './databases.ts'
import { bundleTestServer } from './server.ts'

type MemoryServer = { getUri: () => string; stop: () => Promise<boolean> }

declare global {
  var __charityMongo: MemoryServer | undefined
}

/**
 * Starts one mongod for the whole run when one can be had (cached or
 * downloaded binary, or MONGOMS_SYSTEM_BINARY), and says plainly which
 * databases are skipped and why.
 */
export default async function globalSetup(
  _globalConfig: GlobalConfig,
  projectConfig: ProjectConfig,
): Promise<void> {
  const chosen = chosenAdapters()
  const notChosen = `skipped (not in TEST_ADAPTERS=${process.env.TEST_ADAPTERS})`
  const lines: string[] = [
    `${ADAPTER_LABELS.sqlite}: ${chosen.includes('sqlite') ? 'runs (embedded)' : notChosen}`,
  ]

  lines.push(
    !chosen.includes('postgres')
      ? `${ADAPTER_LABELS.postgres}: ${notChosen}`
      : process.env.POSTGRES_URL
        ? `${ADAPTER_LABELS.postgres}: runs (POSTGRES_URL)`
        : `${ADAPTER_LABELS.postgres}: skipped (POSTGRES_URL is not set)`,
  )

  if (!chosen.includes('mongodb')) {
    lines.push(`${ADAPTER_LABELS.mongodb}: ${notChosen}`)
  } else if (process.env.TEST_MONGODB_URL) {
    lines.push(`${ADAPTER_LABELS.mongodb}: runs (TEST_MONGODB_URL)`)
  } else {
    try {
      const { MongoMemoryServer } = await import('mongodb-memory-server')
      const server = await Promise.race([
        MongoMemoryServer.create(),
        new Promise<never>((_, reject) =>
          setTimeout(
            () => reject(new Error('timed out after 60 s starting mongod')),
            60_000,
          ).unref(),
        ),
      ])
      globalThis.__charityMongo = server
      process.env.TEST_MONGODB_URL = server.getUri()
      lines.push(`${ADAPTER_LABELS.mongodb}: runs (mongodb-memory-server)`)
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error))
        .replace(/\s+/g, ' ')
        .trim()
      process.env.TEST_MONGODB_SKIP_REASON = `no mongod binary: ${reason}`
      lines.push(`${ADAPTER_LABELS.mongodb}: skipped (no mongod binary: ${reason})`)
    }
  }

  // jest.config.js leaves the packed-plugin hosts out unless TEST_HOSTS is set: say so, never silently.
  if (
    projectConfig.testPathIgnorePatterns.some((pattern) => pattern.endsWith('plugin-host.test.ts'))
  ) {
    lines.push('Packed-plugin hosts: not in this run (npm run test:hosts runs them; .ci/run does)')
  }

  const started = performance.now()
  const bundle = await bundleTestServer()
  lines.push(
    bundle
      ? `Server under test: the bundle of npm start (with the seed and the other tools the suites run), built in ${((performance.now() - started) / 1000).toFixed(1)} s (${path.relative(process.cwd(), bundle)}; TEST_SERVER=source runs the sources)`
      : 'Server under test: the sources through tsx (TEST_SERVER=source)',
  )

  process.stdout.write(`\n${lines.join('\n')}\n`)
}
