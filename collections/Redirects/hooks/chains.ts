import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  FieldHook,
  PayloadRequest,
} from 'payload'

import type { CharityContext } from '../../../src/context.ts'

import { APIError } from 'payload'

import { pagePathOf } from '../../../src/utilities/pageUrl.ts'

/** How many redirects a chain may pass through before it is called a loop. */
const MAX_HOPS = 10

/** A path as redirects store and look it up: trimmed, one leading slash, no trailing slash. */
export const normalisePath = (value: string): string => {
  const trimmed = value.trim()
  return trimmed.length > 1 ? trimmed.replace(/\/+$/, '') || '/' : trimmed
}

export const normaliseFrom: FieldHook = ({ value }) =>
  typeof value === 'string' ? normalisePath(value) : value

/** The language an old path was in, by its prefix (`/cy/…`), as the default addresses make them. */
export const localeOfPath = (ctx: CharityContext, path: string): null | string => {
  const first = /^\/([^/?#]+)/.exec(path)?.[1]
  if (first && first !== ctx.defaultLocale && ctx.locales.includes(first)) return first
  return ctx.defaultLocale
}

type Target = {
  type?: null | string
  url?: null | string
  reference?: null | { relationTo?: string; value?: unknown }
}

/** Where a redirect leads, as a path on the website; null for another site or a page with no address. */
const targetPath = async (
  ctx: CharityContext,
  req: PayloadRequest,
  to: null | Target | undefined,
  locale: null | string,
): Promise<null | string> => {
  if (!to) return null
  if (to.type === 'custom') {
    const url = to.url ?? ''
    if (url.startsWith('/')) return normalisePath(url.split(/[?#]/)[0])
    if (ctx.websiteUrl && url.startsWith(`${ctx.websiteUrl}/`)) {
      return normalisePath(new URL(url).pathname)
    }
    return null
  }
  const reference = to.reference
  if (!reference?.relationTo || reference.value === null || reference.value === undefined) {
    return null
  }
  const value = reference.value
  const id =
    typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string)
  if (id === undefined) return null
  // A check of where the page is, drafts included: not a read on the editor's behalf.
  const doc = (await req.payload.findByID({
    collection: reference.relationTo,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })) as null | Record<string, unknown>
  return doc ? pagePathOf(ctx, { collection: reference.relationTo, doc, locale }) : null
}

const redirectFrom = async (ctx: CharityContext, req: PayloadRequest, from: string) => {
  const slug = ctx.slugs.redirects
  if (!slug) return null
  const { docs } = await req.payload.find({
    collection: slug,
    where: { from: { equals: from } },
    limit: 1,
    depth: 0,
    pagination: false,
    // Housekeeping of the redirects themselves, whoever is editing.
    overrideAccess: true,
    req,
  })
  return (docs[0] ?? null) as null | { id: number | string; from: string; to?: Target }
}

const loop = (from: string, through: string) =>
  new APIError(
    `This redirect would lead back to ${from} (through ${through}), so visitors would go round in circles. Point it somewhere else, or change the redirect from ${through} first.`,
    400,
    undefined,
    true,
  )

/**
 * Before a redirect is saved: it may not lead back to its own path, directly
 * or through other redirects (a loop is refused), and when its target is
 * itself redirected to an address, it is stored pointing at the end of that
 * chain (a chain is collapsed, so a visitor is sent once).
 */
export const followRedirectChain =
  (ctx: CharityContext): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const from = normalisePath(String(data.from ?? originalDoc?.from ?? ''))
    const locale = localeOfPath(ctx, from)
    let to = (data.to ?? originalDoc?.to) as Target | undefined
    const visited = new Set([from])
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const path = await targetPath(ctx, req, to, locale)
      if (path === null) break
      if (visited.has(path)) throw loop(from, path)
      visited.add(path)
      const next = await redirectFrom(ctx, req, path)
      if (!next || String(next.id) === String(originalDoc?.id ?? '')) break
      to = next.to
      if (to?.type === 'custom') data.to = { ...to }
    }
    return data
  }

/**
 * After a redirect is saved: redirects that led to its path now lead where
 * it leads, so no visitor passes through two.
 */
export const collapseChainsInto =
  (): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const { docs } = await req.payload.find({
      collection: collection.slug,
      where: {
        and: [
          { 'to.type': { equals: 'custom' } },
          { 'to.url': { equals: doc.from } },
          { id: { not_equals: doc.id } },
        ],
      },
      limit: 100,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const older of docs) {
      await req.payload.update({
        collection: collection.slug,
        id: older.id,
        data: { to: doc.to },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    return doc
  }
