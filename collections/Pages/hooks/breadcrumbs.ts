import type { CollectionAfterReadHook, Field, PayloadRequest } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

import { idOf } from '../../../src/utilities/idOf.ts'

/** A page's trail from the top: `@payloadcms/plugin-nested-docs`' shape. */
export type Breadcrumb = { doc: null | number | string; url: string; label: string }

/** Nesting deeper than this is refused on save; reading stops here whatever the data says. */
export const MAX_PAGE_DEPTH = 8

/**
 * `breadcrumbs`, worked out on every read (never stored): a parent's new slug
 * or title shows at once on every page under it, in the language read, with
 * nothing to re-save.
 */
export const breadcrumbsField = (slug: string): Field => ({
  name: 'breadcrumbs',
  type: 'array',
  virtual: true,
  admin: { readOnly: true, disabled: true },
  fields: [
    { name: 'doc', type: 'relationship', relationTo: slug, maxDepth: 0 },
    { name: 'url', type: 'text' },
    { name: 'label', type: 'text' },
  ],
})

type PageRow = { id: number | string; title?: unknown; slug?: unknown; breadcrumbs?: unknown }

/**
 * The pages above the one being read, on this chain of reads only, so a cycle
 * in stored data cannot loop. Async context rather than a set per request: two
 * reads of one parent at once in a request (a redirect's page and its
 * destination, on PostgreSQL) are not a cycle, and one of them lost its trail.
 */
const above = new AsyncLocalStorage<ReadonlySet<string>>()

const parentTrail = async (
  req: PayloadRequest,
  collection: string,
  parentId: number | string,
): Promise<Breadcrumb[]> => {
  const seen = above.getStore() ?? new Set<string>()
  const key = `${collection}:${parentId}`
  if (seen.has(key) || seen.size >= MAX_PAGE_DEPTH) return []
  // The parent as this reader may see it (its own breadcrumbs come with it): a draft parent is skipped.
  const parent = (await above.run(new Set([...seen, key]), () =>
    req.payload.findByID({
      collection,
      id: parentId,
      depth: 0,
      select: { title: true, slug: true, parent: true },
      disableErrors: true,
      locale: req.locale ?? undefined,
      overrideAccess: false,
      req,
    }),
  )) as null | PageRow
  return Array.isArray(parent?.breadcrumbs) ? (parent.breadcrumbs as Breadcrumb[]) : []
}

/** Fills in `breadcrumbs` from the page's parents: each one's id, nested path and title. */
export const addBreadcrumbs: CollectionAfterReadHook = async ({ collection, doc, req }) => {
  if (typeof doc?.slug !== 'string' || !doc.slug) return doc
  const parentId = idOf(doc.parent)
  const above = parentId === null ? [] : await parentTrail(req, collection.slug, parentId)
  const base = above.length ? above[above.length - 1].url : ''
  doc.breadcrumbs = [
    ...above,
    {
      doc: doc.id ?? null,
      url: `${base}/${doc.slug}`,
      label: typeof doc.title === 'string' ? doc.title : doc.slug,
    },
  ]
  return doc
}
