import { ESLint } from 'eslint'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Lint a snippet as if it were the given file of the repository. */
const lint = async (filePath: string, code: string): Promise<string[]> => {
  const eslint = new ESLint({ cwd: ROOT })
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) })
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

describe('the package boundary (eslint)', () => {
  it('fails when package code imports the reference backend, the seed or a database adapter', async () => {
    const messages = await lint(
      'src/hooks/probe.ts',
      [
        "import { startServer } from '../app/server/index.ts'",
        "import { seedIfEmpty } from '../../seed/onStart.ts'",
        "import { sqliteAdapter } from '@payloadcms/db-sqlite'",
        'export const probe = [startServer, seedIfEmpty, sqliteAdapter]',
        '',
      ].join('\n'),
    )
    expect(messages.filter((message) => message.startsWith('no-restricted-imports'))).toHaveLength(
      3,
    )
  }, 60_000)

  it('fails when package code reads the environment', async () => {
    const messages = await lint(
      'collections/Probe.ts',
      'export const secret = process.env.SECRET\n',
    )
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-properties: .*reads no environment/),
    ])
  }, 60_000)

  it('lets the reference backend do both', async () => {
    const messages = await lint(
      'src/app/cli/probe.ts',
      "import { charityPlugin } from '../../exports/index.ts'\n\nexport const probe = [charityPlugin, process.env.X]\n",
    )
    expect(messages).toEqual([])
  }, 60_000)
})
