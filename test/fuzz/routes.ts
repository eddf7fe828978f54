/**
 * Prints every route the running configuration serves, as JSON, for the fuzz
 * suite: collection and global endpoints (Payload's own and ours), root
 * endpoints, and each collection's top-level fields. Run in its own process
 * because loading the configuration boots the plugin's code.
 */
import type { Field, SanitizedConfig } from 'payload'

import path from 'node:path'
import { pathToFileURL } from 'node:url'

type RouteField = { name: string; type: string; required: boolean }

const fieldsOf = (fields: Field[]): RouteField[] =>
  fields.flatMap((field): RouteField[] => {
    if ('name' in field && field.name) {
      return [
        {
          name: field.name,
          type: field.type,
          required: Boolean('required' in field && field.required),
        },
      ]
    }
    // Rows, collapsibles and unnamed tabs keep their fields at the top level.
    if ('fields' in field) return fieldsOf(field.fields)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => ('name' in tab ? [] : fieldsOf(tab.fields)))
    return []
  })

const join = (...parts: string[]) => parts.join('').replace(/\/+$/, '') || '/'

const root = path.resolve(import.meta.dirname, '../..')
const { default: configExport } = (await import(
  pathToFileURL(process.env.PAYLOAD_CONFIG_PATH ?? path.join(root, 'payload.config.ts')).href
)) as { default: Promise<SanitizedConfig> | SanitizedConfig }
const config = await configExport

const endpoints: { method: string; path: string; collection?: string; global?: string }[] = []
for (const endpoint of config.endpoints || []) {
  endpoints.push({ method: endpoint.method, path: join('/api', endpoint.path) })
}
for (const collection of config.collections) {
  for (const endpoint of collection.endpoints || []) {
    endpoints.push({
      method: endpoint.method,
      path: join(`/api/${collection.slug}`, endpoint.path),
      collection: collection.slug,
    })
  }
}
for (const global of config.globals) {
  for (const endpoint of global.endpoints || []) {
    endpoints.push({
      method: endpoint.method,
      path: join(`/api/globals/${global.slug}`, endpoint.path),
      global: global.slug,
    })
  }
}

const collections = config.collections.map((collection) => ({
  slug: collection.slug,
  upload: Boolean(collection.upload),
  auth: Boolean(collection.auth),
  fields: fieldsOf(collection.fields),
}))
const globals = config.globals.map((global) => ({
  slug: global.slug,
  fields: fieldsOf(global.fields),
}))

process.stdout.write(`ROUTES ${JSON.stringify({ endpoints, collections, globals })}\n`)
process.exit(0)
