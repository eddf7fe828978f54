/**
 * Prints, as JSON, every route the reference config serves under /api
 * (Payload's own and every collection's, global's and the root's custom
 * endpoints): what a test holds the OpenAPI document against. Run with tsx.
 */
import config from '../../payload.config.ts'

const sanitized = await config
const routes: { method: string; path: string }[] = []
for (const collection of sanitized.collections) {
  for (const endpoint of collection.endpoints || []) {
    routes.push({ method: endpoint.method, path: `/${collection.slug}${endpoint.path}` })
  }
}
for (const global of sanitized.globals) {
  for (const endpoint of global.endpoints || []) {
    routes.push({ method: endpoint.method, path: `/globals/${global.slug}${endpoint.path}` })
  }
}
for (const endpoint of sanitized.endpoints || []) {
  routes.push({ method: endpoint.method, path: endpoint.path })
}
process.stdout.write(JSON.stringify(routes))
process.exit(0)
