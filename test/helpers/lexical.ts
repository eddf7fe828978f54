/** Lexical JSON nodes as the editor saves them, for rich text in tests. */

/** A text node; `format` is the sum of TEXT_FORMAT bits (1 bold, 2 italic, …). */
export const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const paragraph = (children: unknown[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
})

/** A link to one of our documents: `value` its id (as saved) or the document (as read at depth ≥ 1). */
export const internalLink = (relationTo: string, value: unknown, label: string) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
  children: [text(label)],
})

export const root = (children: unknown[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})
