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
        "import { startServer } from '../../backend/server/index.ts'",
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

  it('lets the reference backend read the environment and import the package by its entry points', async () => {
    const messages = await lint(
      'backend/cli/probe.ts',
      "import { charityPlugin } from 'payload-plugin-charity'\nimport { runWebhookQueue } from 'payload-plugin-charity/server'\n\nexport const probe = [charityPlugin, runWebhookQueue, process.env.X]\n",
    )
    expect(messages).toEqual([])
  }, 60_000)

  it.each([
    ['backend/cli/probe.ts', "import { runWebhookQueue } from '../../src/webhooks/runner.ts'"],
    ['seed/probe.ts', "import { slugify } from '../src/fields/slug.ts'"],
    ['bench/probe.ts', "import { Posts } from '../collections/Posts/index.ts'"],
    ['payload.config.ts', "import { charityPlugin } from './src/plugin.ts'"],
  ])(
    'fails when %s reaches into the package instead of its entry points',
    async (file, line) => {
      const name = /import \{ (\w+) \}/.exec(line)?.[1]
      const messages = await lint(file, `${line}\n\nexport const probe = ${name}\n`)
      expect(messages).toEqual([expect.stringMatching(/^no-restricted-imports: .*entry points/)])
    },
    60_000,
  )

  it('fails when the seed imports the backend, or the backend the seed', async () => {
    const seed = await lint(
      'seed/probe.ts',
      "import { contentVersion } from '../backend/server/cache/contentVersion.ts'\n\nexport const probe = contentVersion\n",
    )
    expect(seed).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*The seed does not import the backend/),
    ])
    const backend = await lint(
      'backend/server/probe.ts',
      "import { seedIfEmpty } from '../../seed/onStart.ts'\n\nexport const probe = seedIfEmpty\n",
    )
    expect(backend).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*The backend does not import the seed/),
    ])
  }, 60_000)

  it.each([
    ['backend/main.ts', "import { seedOnStart } from '../seed/onStart.ts'"],
    ['backend/cli/seed.ts', "import { seedSampleContent } from '../../seed/run.ts'"],
  ])(
    'lets the program entry %s join the backend to the seed',
    async (file, line) => {
      const name = /import \{ (\w+) \}/.exec(line)?.[1]
      const messages = await lint(file, `${line}\n\nexport const probe = ${name}\n`)
      expect(messages).toEqual([])
    },
    60_000,
  )

  it('keeps the other commands apart from the seed', async () => {
    const messages = await lint(
      'backend/cli/reconcile.ts',
      "import { seedSampleContent } from '../../seed/run.ts'\n\nexport const probe = seedSampleContent\n",
    )
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*The backend does not import the seed/),
    ])
  }, 60_000)
})
