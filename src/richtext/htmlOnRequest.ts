import type {
  CollectionAfterReadHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  CollectionSlug,
  Field,
  FieldHook,
} from 'payload'

import type { CharityContext } from '../context.ts'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { clientError } from '../guards/clientError.ts'
import { pageLocaleOf } from '../utilities/pageUrl.ts'
import { charityHTMLConverters } from './converters.tsx'

/** `?richText=html`: each rich text field also comes as HTML, in `<field>Html`. */
export const RICH_TEXT_PARAM = 'richText'

type LexicalData = Parameters<typeof convertLexicalToHTML>[0]['data']

/** Links to our documents go to their website pages in the language read, as in feeds and structured data. */
const pageUrlOf =
  (ctx: CharityContext, locale: null | string | undefined) =>
  ({ relationTo, value }: { relationTo: string; value: unknown }) => {
    const page = ctx.publicPages.some(({ slug }) => slug === relationTo)
    return page && value && typeof value === 'object'
      ? ctx.pageUrl({
          collection: relationTo,
          doc: value as Record<string, unknown>,
          locale: pageLocaleOf({ locale }),
        })
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

const isLexical = (value: unknown): value is LexicalData =>
  Boolean(value) && typeof value === 'object' && 'root' in (value as object)

/** The value at `path` in a document (`['layout', 0, 'content']`). */
const at = (doc: unknown, path: (number | string)[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object'
        ? (value as Record<number | string, unknown>)[key]
        : undefined,
    doc,
  )

/**
 * `<field>Html`, worked out on read as a function, called only when wanted:
 * over REST with `?richText=html` (by `materializeHtml`, once the links in the
 * text are populated); over GraphQL when the query asks for the field (GraphQL
 * calls a function it finds in a field), after reading the text again at depth 1,
 * since GraphQL reads documents at depth 0. Anywhere else it is absent.
 */
const htmlOf =
  (ctx: CharityContext, source: string): FieldHook =>
  ({ collection, data, draft, path, req, siblingData }) => {
    // Captured now: one GraphQL request may read several languages, each resolver setting req.locale.
    const { fallbackLocale, locale } = req
    const toHtml = (value: unknown) =>
      isLexical(value)
        ? convertLexicalToHTML({
            data: value,
            converters: charityHTMLConverters({ pageUrl: pageUrlOf(ctx, locale) }),
            disableContainer: true,
          })
        : null
    if (req.payloadAPI === 'REST') {
      return req.searchParams?.get(RICH_TEXT_PARAM) === 'html'
        ? () => toHtml((siblingData as Record<string, unknown>)[source])
        : undefined
    }
    if (req.payloadAPI !== 'GraphQL' || !collection || data?.id === undefined) return undefined
    const sourcePath = [...path.slice(0, -1), source]
    return async () => {
      const doc = await req.payload.findByID({
        collection: collection.slug as CollectionSlug,
        id: data.id as number | string,
        depth: 1,
        draft,
        locale: locale ?? undefined,
        fallbackLocale: fallbackLocale ?? undefined,
        select: { [String(sourcePath[0])]: true },
        disableErrors: true,
        overrideAccess: false,
        req,
      })
      return toHtml(at(doc, sourcePath))
    }
  }

/** Over REST with `?richText=html`, the `<field>Html` functions of `htmlOf` become their HTML. */
const materializeHtml = (value: unknown): void => {
  if (!value || typeof value !== 'object') return
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (typeof inner === 'function' && key.endsWith('Html'))
      (value as Record<string, unknown>)[key] = (inner as () => unknown)()
    else materializeHtml(inner)
  }
}

const addRichTextHtml: CollectionAfterReadHook = ({ doc, req }) => {
  if (req.payloadAPI === 'REST' && req.searchParams?.get(RICH_TEXT_PARAM) === 'html')
    materializeHtml(doc)
  return doc
}

/** The read-only twin of a rich text field: its HTML, never stored. */
const htmlField = (ctx: CharityContext, source: string): Field => ({
  name: `${source}Html`,
  type: 'text',
  virtual: true,
  admin: { hidden: true, readOnly: true },
  // Made from the rich text on each read: nothing to write, nothing to query.
  access: { create: () => false, update: () => false },
  hooks: { afterRead: [htmlOf(ctx, source)] },
})

/** Every rich text field, wherever it sits (tabs, rows, groups, arrays, a page's blocks), followed by its twin. */
const withHtmlTwins = (ctx: CharityContext, fields: Field[]): Field[] =>
  fields.flatMap((field): Field[] => {
    if (field.type === 'richText') return [field, htmlField(ctx, field.name)]
    if (field.type === 'tabs') {
      return [
        {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: withHtmlTwins(ctx, tab.fields) })),
        },
      ]
    }
    if (field.type === 'blocks') {
      return [
        {
          ...field,
          blocks: field.blocks.map((block) => ({
            ...block,
            fields: withHtmlTwins(ctx, block.fields),
          })),
        },
      ]
    }
    if ('fields' in field) return [{ ...field, fields: withHtmlTwins(ctx, field.fields) } as Field]
    return [field]
  })

/**
 * A public page collection (posts, events, pages…): each rich text field
 * gets its `<field>Html` twin, for a site that would rather not render Lexical
 * JSON itself. REST gives it with `?richText=html` (cached like any other
 * answer, by its URL); GraphQL when the query selects it.
 */
export const withRichTextHtml = (
  ctx: CharityContext,
  collection: CollectionConfig,
): CollectionConfig => ({
  ...collection,
  fields: withHtmlTwins(ctx, collection.fields),
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), checkRichTextParam],
    afterRead: [...(collection.hooks?.afterRead ?? []), addRichTextHtml],
  },
})
