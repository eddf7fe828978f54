/**
 * `npm run generate:public-types`: starts the reference backend on an empty
 * SQLite database in a temporary folder (API only), reads its OpenAPI document
 * and writes the public types the package ships (src/exports/publicTypes.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startServer } from '../server/index.ts'
import { PUBLIC_TYPES_FILE, publicTypesSource } from './publicTypes.ts'
import { isProgram, runCli } from './runCli.ts'

if (isProgram(import.meta.url)) {
  await runCli({
    command: 'npm run generate:public-types',
    description:
      'Writes src/exports/publicTypes.ts from the OpenAPI document of the reference backend, started API-only on an empty SQLite database in a temporary folder.',
    run: async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'charity-public-types-'))
      process.env.DATABASE_URI = `file:${path.join(dir, 'types.db')}`
      process.env.MEDIA_DIR = path.join(dir, 'media')
      process.env.PAYLOAD_ADMIN = 'false'
      process.env.PAYLOAD_JOBS_AUTORUN = 'false'
      const server = await startServer({ admin: false, port: 0 })
      try {
        const response = await fetch(`${server.url}/api/openapi.json`)
        if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`)
        const source = await publicTypesSource(await response.json())
        writeFileSync(path.resolve(import.meta.dirname, '../..', PUBLIC_TYPES_FILE), source)
        console.log(`Wrote ${PUBLIC_TYPES_FILE}`)
      } finally {
        await server.close()
        rmSync(dir, { recursive: true, force: true })
      }
    },
  })
}
