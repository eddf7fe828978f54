import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import type { CharityContext } from '../../../src/context.ts'

import { mergeHooks } from '../../../src/builders/overrides.ts'
import { pagePathOf } from '../../../src/utilities/pageUrl.ts'

/** The live paths of a document before this request's write, by `slug:id`, per language. */
const before = new WeakMap<PayloadRequest, Map<string, Map<null | string, string>>>()

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

/** Before a write to a published document: remember where its page is. */
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
    const seen = before.get(req) ?? new Map()
    before.set(req, seen)
    seen.set(`${collection.slug}:${originalDoc.id}`, livePaths(ctx, collection.slug, live))
    return data
  }

/**
 * After a write that published a document at a new address: its old path
 * leads to it now (a redirect, kept in step with the page), and any redirect
 * away from its new path goes, since the page lives there now.
 */
const recordMovedPage =
  (ctx: CharityContext, redirects: string): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const key = `${collection.slug}:${doc.id}`
    const old = before.get(req)?.get(key)
    before.get(req)?.delete(key)
    if (!old || doc._status !== 'published') return doc
    const now = livePaths(ctx, collection.slug, doc)
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
      const to = { type: 'reference', reference: { relationTo: collection.slug, value: doc.id } }
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
