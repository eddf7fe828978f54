import type { CollectionConfig } from 'payload'

import type { CharityContext } from '../context.ts'

import { ADMIN_COMPONENTS } from './paths.ts'

/** Whether previews can open anything: a website address, or the host's own `pageUrl`. */
export const websiteConfigured = (ctx: CharityContext): boolean =>
  Boolean(ctx.websiteUrl) || ctx.hasOwnPageUrl

/**
 * The address the admin opens for a preview: the page itself, or (with a
 * preview secret) the website's draft-mode route on the page's own origin,
 * which checks the secret and then shows the page as drafts read.
 */
export const previewAddress = (
  ctx: Pick<CharityContext, 'pageUrl' | 'preview'>,
  collection: string,
  doc: Record<string, unknown>,
  locale: null | string,
): null | string => {
  const url = ctx.pageUrl({ collection, doc, locale })
  if (!url || !ctx.preview.secret) return url
  const page = new URL(url)
  const route = new URL(ctx.preview.route, page.origin)
  route.searchParams.set('secret', ctx.preview.secret)
  route.searchParams.set('path', `${page.pathname}${page.search}`)
  return route.toString()
}

/**
 * `admin.preview` and `admin.livePreview` for a collection with public pages,
 * pointing at the website. With no website the admin shows neither button,
 * and the edit view says why instead (a preview would have nothing to open).
 */
export const withPreview = (
  ctx: CharityContext,
  collection: CollectionConfig,
): CollectionConfig => {
  const admin = collection.admin ?? {}
  if (!websiteConfigured(ctx)) {
    const edit = admin.components?.edit
    return {
      ...collection,
      admin: {
        ...admin,
        components: {
          ...admin.components,
          edit: {
            ...edit,
            beforeDocumentControls: [
              ...(edit?.beforeDocumentControls ?? []),
              ADMIN_COMPONENTS.previewNotice,
            ],
          },
        },
      },
    }
  }
  const slug = collection.slug
  return {
    ...collection,
    admin: {
      ...admin,
      preview: (doc, { locale }) => previewAddress(ctx, slug, doc, locale ?? null),
      livePreview: {
        ...admin.livePreview,
        url: ({ data, locale }) => previewAddress(ctx, slug, data, locale?.code ?? null),
      },
    },
  }
}
