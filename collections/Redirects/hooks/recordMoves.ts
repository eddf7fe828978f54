import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
  Where,
} from 'payload'

import type { CharityContext } from '../../../src/context.ts'

import { mergeHooks } from '../../../src/builders/overrides.ts'
import { pagePathOf } from '../../../src/utilities/pageUrl.ts'
import { MAX_PAGE_DEPTH } from '../../Pages/hooks/breadcrumbs.ts'

/** A published document and where its page was before this request's write, per language. */
type WasAt = { id: number | string; paths: Map<null | string, string> }

/** Per request, by `slug:id` of the document written: it, then the published pages under it. */
const before = new WeakMap<PayloadRequest, Map<string, WasAt[]>>()

const languages = (ctx: CharityContext): (null | string)[] =>
  ctx.locales.length ? ctx.locales : [null]

const livePaths = (
  ctx: CharityContext,
  collection: string,
  doc: Record<string, unknown>,
): Map<null | string, string> => {
  const paths = new Map<null | string, string>()
  for (const locale of languages(ctx)) {
    const path = pagePathOf(ctx, { collection, doc, locale })
    if (path) paths.set(locale, path)
  }
  return paths
}

/** Published documents matching `where`, as the public reads them (a system read: housekeeping). */
const findLive = async (
  req: PayloadRequest,
  collection: string,
  where: Where,
): Promise<Record<string, unknown>[]> =>
  (
    await req.payload.find({
      collection,
      where: { and: [where, { _status: { equals: 'published' } }] },
      depth: 0,
      draft: false,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs as Record<string, unknown>[]

/** The published pages under a page, at every depth: their addresses start with the page's. */
const liveDescendants = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<Record<string, unknown>[]> => {
  const found: Record<string, unknown>[] = []
  let parents = [id]
  for (let depth = 0; depth < MAX_PAGE_DEPTH && parents.length; depth++) {
    const docs = await findLive(req, collection, { parent: { in: parents } })
    found.push(...docs)
    parents = docs.map((doc) => doc.id as number | string)
  }
  return found
}

/** Before a write to a published document: remember where its page is, and its subpages'. */
const rememberLivePaths =
  (ctx: CharityContext): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id) return data
    // The live document, as the public reads it (its address), whatever this save is.
    const live = (await req.payload.findByID({
      collection: collection.slug,
      id: originalDoc.id,
      depth: 0,
      draft: false,
      disableErrors: true,
      overrideAccess: true,
      req,
    })) as null | Record<string, unknown>
    if (live?._status !== 'published') return data
    const nested = collection.slug === ctx.slugs.pages
    const below = nested ? await liveDescendants(req, collection.slug, originalDoc.id) : []
    const seen = before.get(req) ?? new Map()
    before.set(req, seen)
    seen.set(
      `${collection.slug}:${originalDoc.id}`,
      [live, ...below].map((doc) => ({
        id: doc.id as number | string,
        paths: livePaths(ctx, collection.slug, doc),
      })),
    )
    return data
  }

/**
 * One page's move: its old path leads to it now (a redirect, kept in step
 * with the page), and any redirect away from its new path goes, since the
 * page lives there now.
 */
const recordMove = async (
  req: PayloadRequest,
  redirects: string,
  collection: string,
  id: number | string,
  old: Map<null | string, string>,
  now: Map<null | string, string>,
): Promise<void> => {
  for (const [locale, oldPath] of old) {
    const newPath = now.get(locale)
    if (!newPath || newPath === oldPath) continue
    // The page is at its new path now: nothing may send visitors away from it.
    await req.payload.delete({
      collection: redirects,
      where: { from: { equals: newPath } },
      overrideAccess: true,
      req,
    })
    const to = { type: 'reference', reference: { relationTo: collection, value: id } }
    const { docs } = await req.payload.find({
      collection: redirects,
      where: { from: { equals: oldPath } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    // The system keeps these in step with the pages, whoever moved the page.
    if (docs[0]) {
      await req.payload.update({
        collection: redirects,
        id: docs[0].id,
        data: { to },
        depth: 0,
        overrideAccess: true,
        req,
      })
    } else {
      await req.payload.create({
        collection: redirects,
        data: { from: oldPath, to, type: '301' },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
  }
}

/**
 * After a write that published a document at a new address: a redirect from
 * each old path, its own and those of the published pages under it (a page's
 * address starts with its parent's, so a parent's new slug moves them all).
 */
const recordMovedPage =
  (ctx: CharityContext, redirects: string): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const key = `${collection.slug}:${doc.id}`
    const [self, ...below] = before.get(req)?.get(key) ?? []
    before.get(req)?.delete(key)
    if (!self || doc._status !== 'published') return doc
    await recordMove(
      req,
      redirects,
      collection.slug,
      doc.id,
      self.paths,
      livePaths(ctx, collection.slug, doc),
    )
    if (!below.length) return doc
    // Read again now: their breadcrumbs start with the page's new path.
    const moved = await findLive(req, collection.slug, {
      id: { in: below.map((page) => page.id) },
    })
    const nowAt = new Map(moved.map((page) => [String(page.id), page]))
    for (const page of below) {
      const current = nowAt.get(String(page.id))
      if (!current) continue
      await recordMove(
        req,
        redirects,
        collection.slug,
        page.id,
        page.paths,
        livePaths(ctx, collection.slug, current),
      )
    }
    return doc
  }

/** Every collection with public pages records its moves, when redirects are in this config. */
export const withRedirectRecording = (
  ctx: CharityContext,
  collection: CollectionConfig,
): CollectionConfig => {
  const redirects = ctx.slugs.redirects
  if (!redirects || ctx.disabled) return collection
  return {
    ...collection,
    hooks: mergeHooks(collection.hooks, {
      beforeChange: [rememberLivePaths(ctx)],
      afterChange: [recordMovedPage(ctx, redirects)],
    }),
  }
}
