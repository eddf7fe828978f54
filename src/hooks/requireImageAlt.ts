import type { CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { isPublishing } from '../access/publishing.ts'
import { idOf } from '../utilities/idOf.ts'

type ImageUse = { path: string; id: number | string }

/** Every media upload a document's data points at, with the field path that holds it. */
const imagesIn = (
  fields: Field[],
  data: Record<string, unknown> | undefined,
  media: string,
  prefix = '',
): ImageUse[] => {
  if (!data || typeof data !== 'object') return []
  return fields.flatMap((field): ImageUse[] => {
    switch (field.type) {
      case 'row':
      case 'collapsible':
        return imagesIn(field.fields, data, media, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? imagesIn(tab.fields, data[tab.name] as never, media, `${prefix}${tab.name}.`)
            : imagesIn(tab.fields, data, media, prefix),
        )
      case 'group':
        return 'name' in field && field.name
          ? imagesIn(field.fields, data[field.name] as never, media, `${prefix}${field.name}.`)
          : imagesIn(field.fields, data, media, prefix)
      case 'array': {
        const rows = data[field.name]
        return Array.isArray(rows)
          ? rows.flatMap((row, i) =>
              imagesIn(field.fields, row, media, `${prefix}${field.name}.${i}.`),
            )
          : []
      }
      case 'upload': {
        if (field.relationTo !== media) return []
        const value = data[field.name]
        const values = Array.isArray(value) ? value : [value]
        return values.flatMap((one, i) => {
          const id = idOf(one)
          if (id === null || id === undefined) return []
          const path = `${prefix}${field.name}${Array.isArray(value) ? `.${i}` : ''}`
          return [{ path, id }]
        })
      }
      default:
        return []
    }
  })
}

type MediaRow = { id: number | string; alt?: null | string; filename?: null | string }

const defaultLocaleOf = (req: PayloadRequest) => {
  const { localization } = req.payload.config
  return localization ? localization.defaultLocale : undefined
}

/**
 * Public content is read by screen readers and search engines: a document
 * may not be published with an image (hero, social card, speaker photo,
 * partner logo) whose alt text is empty in the default locale. Drafts may.
 */
export const requireImageAltOnPublish =
  (media: string): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    if (!isPublishing(data)) return data
    // A publish may send only `_status`: the images are those the document keeps.
    const uses = imagesIn(collection.fields, { ...originalDoc, ...data }, media)
    if (uses.length === 0) return data
    const locale = defaultLocaleOf(req)
    // Payload's Local API writes `locale` into the shared `req`: put the request's own back, or the
    // save this hook belongs to (e.g. a Welsh translation) would be written in the default locale.
    const own = { locale: req.locale, fallbackLocale: req.fallbackLocale }
    const { docs } = (await req.payload
      .find({
        collection: media,
        where: { id: { in: [...new Set(uses.map((use) => use.id))] } },
        select: { alt: true, filename: true },
        depth: 0,
        pagination: false,
        ...(locale ? { locale, fallbackLocale: false } : {}),
        req,
        overrideAccess: false,
      })
      .finally(() => {
        req.locale = own.locale
        req.fallbackLocale = own.fallbackLocale
      })) as unknown as { docs: MediaRow[] }
    const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
    const missing = uses.filter((use) => {
      const image = byId.get(String(use.id))
      // An image this publisher cannot read is left to the relationship's own validation.
      return image !== undefined && !image.alt?.trim()
    })
    if (missing.length === 0) return data
    const where = locale ? ` in the default language (${locale})` : ''
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: missing.map((use) => {
          const image = byId.get(String(use.id))
          return {
            path: use.path,
            message: `The image "${image?.filename ?? use.id}" has no alt text${where}. Add alt text to it in Media before publishing: screen readers and search engines read it.`,
          }
        }),
      },
      req.t,
    )
  }
