/**
 * `npm run search:rebuild`: builds the site search index again from every
 * document, its published and its latest version (after a bulk load that
 * bypassed Payload's hooks, or to repair it). Exit status: 0 done, 2 bad usage.
 */
import { runCli } from './runCli.ts'

await runCli({
  command: 'npm run search:rebuild',
  description:
    'Builds the site search index (GET /api/search) again from every post, event,\ncampaign, group and appeal: published versions, and latest versions for draft=true.',
  run: async ({ withPayload }) => {
    const { rebuildSearchIndex } = await import('payload-plugin-charity/server')
    return withPayload(async (payload) => {
      const started = Date.now()
      const indexed = await rebuildSearchIndex(payload)
      console.log(`Indexed ${indexed} documents in ${Date.now() - started} ms.`)
      return 0
    })
  },
})
