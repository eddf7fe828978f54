/**
 * `npm run search:rebuild`: builds the site search index again from every
 * published document (after a bulk load that bypassed Payload's hooks, or to
 * repair it). Exit status: 0 when done, 2 on bad usage.
 */
import { runCli } from './runCli.ts'

await runCli({
  command: 'npm run search:rebuild',
  description:
    'Builds the site search index (GET /api/search) again from every published\npost, event, campaign, group and appeal, in every locale.',
  run: async ({ withPayload }) => {
    const { rebuildSearchIndex } = await import('payload-plugin-charity/server')
    return withPayload(async (payload) => {
      const started = Date.now()
      const indexed = await rebuildSearchIndex(payload)
      console.log(`Indexed ${indexed} published documents in ${Date.now() - started} ms.`)
      return 0
    })
  },
})
