import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const MIGRATIONS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../backend/database/migrations',
)

/**
 * A development start pushes the whole schema of the code it runs; a
 * production start on that database then migrates it. A migration that does
 * not first ask whether the pushed tables already have its changes adds a
 * column twice and stops the start (docs/contributing.md, "Migrations").
 */
describe('every committed migration', () => {
  for (const adapter of ['sqlite', 'postgres'] as const) {
    const dir = path.join(MIGRATIONS, adapter)
    const files = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .sort()

    it(`[${adapter}] has at least the initial migration`, () => {
      expect(files[0]).toMatch(/_initial\.ts$/)
    })

    for (const [index, file] of files.entries()) {
      const name = file.replace(/\.ts$/, '')
      const source = readFileSync(path.join(dir, file), 'utf8')
      // The body of `up` with comments, spaces and trailing commas gone, so layout does not matter.
      const body = source
        .slice(source.indexOf('export async function up'))
        .replace(/^\s*\/\/.*$/gm, '')
        .replace(/\s+/g, '')
        .replace(/,([}\])])/g, '$1')
      const firstStatement = body.slice(body.indexOf('{', body.indexOf(')')) + 1)

      if (index === 0) {
        it(`[${adapter}] ${name} adopts a schema pushed before migrations, before creating anything`, () => {
          const expected = 'if(awaitadoptPushedSchema({db,payload,snapshot}))return'
          expect(firstStatement.slice(0, expected.length)).toBe(expected)
        })
      } else {
        it(`[${adapter}] ${name} is recorded without running where a development push made its changes`, () => {
          const expected = `if(awaitadoptPushedChanges({db,name:'${name}',payload,snapshot}))return`
          expect(firstStatement.slice(0, expected.length)).toBe(expected)
          expect(source).toContain(`import snapshot from './${name}.json' with { type: 'json' }`)
        })
      }
    }
  }
})
