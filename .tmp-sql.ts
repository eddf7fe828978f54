import Database from 'libsql'
const proto = (Database as any).prototype
const orig = proto.prepare
const timings: [number, string][] = []
let on = false
proto.prepare = function (sql: string) {
  const stmt = orig.call(this, sql)
  if (!on) return stmt
  for (const m of ['all', 'get', 'run', 'raw', 'iterate']) {
    const f = stmt[m]
    if (typeof f !== 'function') continue
    stmt[m] = function (...a: unknown[]) { const t = performance.now(); const r = f.apply(this, a); timings.push([performance.now() - t, sql.slice(0, 300)]); return r }
  }
  return stmt
}
const { getPayload } = await import('payload')
const { loadConfig } = await import('./src/app/config/loadConfig.ts')
const payload = await getPayload({ config: await loadConfig() })
const { docs: [admin] } = await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1, overrideAccess: true })
for (const collection of ['donation-appeals', 'posts', 'events'] as const) {
  for (let i = 0; i < 3; i++) {
    timings.length = 0; on = true
    const t = performance.now()
    await payload.find({ collection, draft: true, limit: 10, depth: 0, user: admin, overrideAccess: false, sort: collection === 'events' ? '-startsAt' : undefined })
    on = false
    if (i === 2) { console.log(collection, 'total', Math.round(performance.now() - t)); for (const [ms, sql] of timings.sort((a, b) => b[0] - a[0]).slice(0, 4)) console.log('  ', ms.toFixed(1), sql.replace(/\s+/g, ' ').slice(0, 250)) }
  }
}
process.exit(0)
