import { getPayload } from 'payload'
import config from '../payload.config.ts'
import { createLocalReq } from 'payload'
const payload = await getPayload({ config: await config })
const db: any = payload.db
const counts: string[] = []
// drizzle's libsql session calls client.execute / client.batch; count at the client.
const client = db.client
for (const m of ['execute', 'batch']) {
  const orig = client[m].bind(client)
  client[m] = (...a: any[]) => { counts.push(m + ' ' + (typeof a[0] === 'string' ? a[0] : a[0]?.sql ?? JSON.stringify(a[0]).slice(0,80)).slice(0, 110)); return orig(...a) }
}
const user = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1, overrideAccess: true })).docs[0]
for (const collection of ['posts', 'events', 'donation-appeals', 'posts', 'events', 'donation-appeals'] as const) {
  counts.length = 0
  const t = performance.now()
  for (let i = 0; i < 100; i++) {
  const data: any = collection === 'posts' ? { title: 'Count me ' + Math.random(), _status: 'published', excerpt: 'x' }
    : collection === 'events' ? { title: 'Count ev ' + Math.random(), _status: 'published', startsAt: '2031-01-01T10:00:00Z', endsAt: '2031-01-01T12:00:00Z' }
    : { title: 'Count ap ' + Math.random(), _status: 'published', currency: 'GBP', targetAmount: 10000 }
  await payload.create({ collection, data: { ...data, title: data.title + i }, draft: false, user, overrideAccess: true, depth: 0, locale: 'en' })
  }
  console.log(collection, counts.length, 'statements', (performance.now() - t).toFixed(1), 'ms')
  
}
await payload.destroy()
process.exit(0)
