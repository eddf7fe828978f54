/**
 * One side of the publish benchmark (bench/publish.ts): Payload with or
 * without the search index (BENCH_SEARCH), on an empty SQLite file whose
 * schema Payload pushes (NODE_ENV=test). Reads a number of publishes per line
 * on stdin, answers each line with the milliseconds every publish took.
 */
import { createInterface } from 'node:readline'
import { getPayload } from 'payload'

import config from './payload.config.ts'

/** Marks the answer line for bench/publish.ts. */
const RESULT = 'publish-times '

const payload = await getPayload({ config })

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        version: 1,
        children: [
          { type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' },
        ],
      },
    ],
  },
})

let made = 0
/** Make a draft (not timed), then publish it: the publish is what an editor's button does. */
const publishOne = async (): Promise<number> => {
  made++
  const draft = await payload.create({
    collection: 'posts',
    draft: true,
    data: {
      title: `Training for volunteers in Leeds ${made}`,
      excerpt: 'How to spot the signs of modern slavery and what to do next.',
      content: paragraph('Modern slavery training for volunteers, groups and schools. '.repeat(20)),
      _status: 'draft',
    },
  })
  const started = performance.now()
  await payload.update({
    collection: 'posts',
    id: draft.id,
    data: { _status: 'published', publishedAt: new Date().toISOString() },
  })
  return performance.now() - started
}

for await (const line of createInterface({ input: process.stdin })) {
  const times: number[] = []
  for (let i = 0; i < Number(line); i++) times.push(await publishOne())
  // Marked: Payload's own log shares stdout.
  process.stdout.write(`${RESULT}${JSON.stringify(times)}\n`)
}
await payload.destroy()
process.exit(0)
