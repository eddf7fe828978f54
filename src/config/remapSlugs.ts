import type { Block, Field, RichTextField } from 'payload'

import type { RichTextSlugs } from '../fields/richText.ts'

/**
 * Default slug → the slug it has in this config, or null when the collection
 * was left out. Slugs not in the map (the host's own collections) stay as they are.
 */
export type SlugMap = ReadonlyMap<string, null | string>

/** Marks editors built by `contentEditor`, so they can be rebuilt for renamed collections. */
export const CHARITY_EDITOR = Symbol.for('payload-plugin-charity.contentEditor')

type RebuildEditor = (slugs: RichTextSlugs) => RichTextField['editor']
type MarkedEditor = RichTextField['editor'] & { [CHARITY_EDITOR]?: { rebuild: RebuildEditor; slugs: RichTextSlugs } }

const mapSlug = (slug: string, map: SlugMap): null | string => (map.has(slug) ? (map.get(slug) ?? null) : slug)

const mapSlugs = (slugs: readonly string[], map: SlugMap): string[] =>
  slugs.map((slug) => mapSlug(slug, map)).filter((slug): slug is string => slug !== null)

const remapBlock = (block: Block, map: SlugMap): Block => ({ ...block, fields: remapFields(block.fields, map) })

/** One field, re-pointed; null when everything it pointed at was left out. */
const remapField = (field: Field, map: SlugMap): Field | null => {
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        const relationTo = mapSlugs(field.relationTo, map)
        return relationTo.length ? ({ ...field, relationTo } as Field) : null
      }
      const relationTo = mapSlug(field.relationTo as string, map)
      return relationTo ? ({ ...field, relationTo } as Field) : null
    }
    case 'join': {
      const collection = mapSlug(field.collection as string, map)
      return collection ? ({ ...field, collection } as Field) : null
    }
    case 'richText': {
      const marked = (field.editor as MarkedEditor | undefined)?.[CHARITY_EDITOR]
      if (!marked) return field
      const slugs = {
        media: mapSlug(marked.slugs.media ?? '', map),
        linkable: mapSlugs(marked.slugs.linkable, map),
      }
      return { ...field, editor: marked.rebuild(slugs) }
    }
    case 'group':
    case 'array':
    case 'collapsible':
    case 'row':
      return { ...field, fields: remapFields(field.fields, map) } as Field
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: remapFields(tab.fields, map) })) }
    case 'blocks':
      return field.blocks ? { ...field, blocks: field.blocks.map((block) => remapBlock(block, map)) } : field
    default:
      return field
  }
}

/**
 * Re-point every relationship, upload, join and rich-text link at the slugs
 * this config really has; drop fields whose targets were all left out.
 */
export const remapFields = (fields: Field[], map: SlugMap): Field[] =>
  fields.map((field) => remapField(field, map)).filter((field): field is Field => field !== null)
