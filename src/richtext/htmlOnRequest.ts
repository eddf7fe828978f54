import type {
  CollectionAfterReadHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
} from 'payload'

import type { CharityContext } from '../context.ts'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { clientError } from '../guards/clientError.ts'
import { charityHTMLConverters } from './converters.tsx'

/** `?richText=html`: each rich text field also comes as HTML, in `<field>Html`. */
export const RICH_TEXT_PARAM = 'richText'

/** Links to our documents go to their website pages, as in feeds and structured data. */
const pageUrlOf =
  (ctx: CharityContext) =>
  ({ relationTo, value }: { relationTo: string; value: unknown }) => {
    const page = ctx.publicPages.some(({ slug }) => slug === relationTo)
    return page && value && typeof value === 'object'
      ? ctx.pageUrl({ collection: relationTo, doc: value as Record<string, unknown>, locale: null })
      : null
  }

/** A value other than `html` is refused before anything is read, naming the one there is. */
const checkRichTextParam: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const value = req.searchParams?.get(RICH_TEXT_PARAM)
  if (operation === 'read' && value !== null && value !== undefined && value !== 'html') {
    throw clientError(`richText takes only "html", not "${value.slice(0, 100)}".`, 400)
  }
  return args
}

/**
 * With `?richText=html` (REST), `content` is joined by `contentHtml` (and so
 * for every rich text field), made by `charityHTMLConverters`: for a site
 * that would rather not render Lexical JSON itself. The answer is cached like
 * any other, by its URL.
 */
const addRichTextHtml =
  (ctx: CharityContext): CollectionAfterReadHook =>
  ({ collection, doc, req }) => {
    if (req.searchParams?.get(RICH_TEXT_PARAM) !== 'html') return doc
    const converters = charityHTMLConverters({ pageUrl: pageUrlOf(ctx) })
    for (const field of collection.flattenedFields) {
      const value = (doc as Record<string, unknown>)[field.name]
      if (field.type !== 'richText' || !value || typeof value !== 'object') continue
      ;(doc as Record<string, unknown>)[`${field.name}Html`] = convertLexicalToHTML({
        data: value as Parameters<typeof convertLexicalToHTML>[0]['data'],
        converters,
        disableContainer: true,
      })
    }
    return doc
  }

/** A public page collection (posts, events, …) that answers `?richText=html`. */
export const withRichTextHtml = (
  ctx: CharityContext,
  collection: CollectionConfig,
): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), checkRichTextParam],
    afterRead: [...(collection.hooks?.afterRead ?? []), addRichTextHtml(ctx)],
  },
})
