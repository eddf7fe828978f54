/**
 * Small builders for Lexical rich text, so sample content reads like an
 * outline: `richText(h2('Why'), p('Because…'), ul('one', 'two'))`.
 * The JSON is what the admin editor itself saves.
 */

type Node = Record<string, unknown> & { type: string; version: number }

const block = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

/** Plain text; `**bold**` spans become bold text nodes (format bit 1). */
const inline = (value: string): Node[] =>
  value
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => {
      const bold = part.startsWith('**') && part.endsWith('**')
      return {
        type: 'text',
        text: bold ? part.slice(2, -2) : part,
        format: bold ? 1 : 0,
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
      }
    })

export const p = (text: string): Node => ({
  type: 'paragraph',
  ...block,
  textFormat: 0,
  textStyle: '',
  children: inline(text),
})

export const h2 = (text: string): Node => ({
  type: 'heading',
  tag: 'h2',
  ...block,
  children: inline(text),
})

export const h3 = (text: string): Node => ({
  type: 'heading',
  tag: 'h3',
  ...block,
  children: inline(text),
})

export const quote = (text: string): Node => ({ type: 'quote', ...block, children: inline(text) })

export const ul = (...items: string[]): Node => ({
  type: 'list',
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  ...block,
  children: items.map((item, index) => ({
    type: 'listitem',
    value: index + 1,
    checked: undefined,
    ...block,
    children: inline(item),
  })),
})

/** A paragraph that ends in a link to any address. */
export const pWithLink = (before: string, label: string, url: string, after = ''): Node => ({
  type: 'paragraph',
  ...block,
  textFormat: 0,
  textStyle: '',
  children: [
    ...inline(before),
    {
      type: 'link',
      ...block,
      // Version 3 is what Payload's link node writes today.
      version: 3,
      fields: { linkType: 'custom', url, newTab: false },
      children: inline(label),
    },
    ...(after ? inline(after) : []),
  ],
})

export type RichText = {
  root: {
    type: 'root'
    children: Node[]
    direction: 'ltr'
    format: ''
    indent: number
    version: number
  }
}

export const richText = (...children: Node[]): RichText => ({
  root: { type: 'root', ...block, children },
})

/** A paragraph with a link to one of our own documents (`fields.doc` for the website to resolve). */
export const pWithDocLink = (
  before: string,
  label: string,
  doc: { relationTo: string; value: number | string },
  after = '',
): Node => ({
  type: 'paragraph',
  ...block,
  textFormat: 0,
  textStyle: '',
  children: [
    ...inline(before),
    {
      type: 'link',
      ...block,
      version: 3,
      fields: { linkType: 'internal', doc, newTab: false },
      children: inline(label),
    },
    ...(after ? inline(after) : []),
  ],
})
