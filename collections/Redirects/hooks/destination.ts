import type { FieldHook } from 'payload'

import type { CharityContext } from '../../../src/context.ts'

import { pagePathOf } from '../../../src/utilities/pageUrl.ts'
import { localeOfPath } from './chains.ts'

type Reference = { relationTo?: string; value?: unknown }

/**
 * Where a redirect sends a visitor now: its address, or the current path of
 * the page it names (in the language of the old path), as this reader may
 * see it: null while that page is not published.
 */
export const destinationOf =
  (ctx: CharityContext): FieldHook =>
  async ({ req, siblingData }) => {
    const to = (siblingData?.to ?? {}) as {
      type?: string
      url?: null | string
      reference?: Reference
    }
    if (to.type === 'custom') return to.url ?? null
    const reference = to.reference
    if (!reference?.relationTo || reference.value === null || reference.value === undefined) {
      return null
    }
    const value = reference.value
    const doc =
      typeof value === 'object'
        ? (value as Record<string, unknown>)
        : ((await req.payload.findByID({
            collection: reference.relationTo,
            id: value as number | string,
            depth: 0,
            disableErrors: true,
            overrideAccess: false,
            req,
          })) as null | Record<string, unknown>)
    if (!doc) return null
    const locale = localeOfPath(ctx, String(siblingData?.from ?? ''))
    return pagePathOf(ctx, { collection: reference.relationTo, doc, locale })
  }
