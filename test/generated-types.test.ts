import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { ROOT } from './helpers/server.ts'

const run = promisify(execFile)

describe('payload-types.ts', () => {
  it('matches what the current config generates (run `npm run generate:types` when this fails)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'charity-types-'))
    const output = path.join(dir, 'payload-types.ts')
    try {
      await run(
        process.execPath,
        [
          '--conditions=development',
          '--import',
          'tsx',
          path.join(ROOT, 'node_modules/payload/bin.js'),
          'generate:types',
        ],
        {
          cwd: ROOT,
          env: {
            NODE_ENV: 'test',
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            PAYLOAD_CONFIG_PATH: 'payload.config.ts',
            PAYLOAD_TYPES_OUTPUT: output,
            DATABASE_URI: `file:${path.join(dir, 'types.db')}`,
          },
          timeout: 120_000,
        },
      )
      expect(readFileSync(output, 'utf8')).toBe(
        readFileSync(path.join(ROOT, 'payload-types.ts'), 'utf8'),
      )
    } finally {
      rmSync(dir, { force: true, recursive: true })
    }
  }, 150_000)
})
