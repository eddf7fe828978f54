/** What a visitor typed, turned into the words the index is asked for. */

/** Lower case without accents: "Caerdydd", "caerdydd" and "Cáerdydd" are one word to search. */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

/** Words as both databases' tokenizers see them: runs of letters and digits. */
export const wordsOf = (text: string): string[] => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []

/** Fields whose values are addresses, codes or coordinates, never words a visitor searches for. */
const NOT_WORDS = new Set([
  'id',
  'url',
  'onlineUrl',
  'sourceUrl',
  'donateUrl',
  'contactEmail',
  'email',
  'latitude',
  'longitude',
  'slug',
  'blockType',
  'blockName',
  'createdAt',
  'updatedAt',
  'format',
  'direction',
  'type',
  'version',
  'fields',
  // A link's target collection, and the training form block's settings (its consent wording, limits).
  'relationTo',
  'form',
])

type Node = { text?: unknown; children?: unknown }

/** A Lexical rich-text value's text: inline runs joined as written, blocks (paragraphs, list items) a line each. */
const richTextWords = (node: Node): string => {
  if (typeof node.text === 'string') return node.text
  if (!Array.isArray(node.children)) return ''
  const children = node.children as (Node & { type?: unknown })[]
  const blocks = children.some((child) => Array.isArray(child.children) && child.type !== 'link')
  return children.map(richTextWords).join(blocks ? '\n' : '')
}

/**
 * The words in a field's value, whatever its shape: text, rich text (its
 * text nodes), a related document (its name or title), a group or array of
 * any of these. Addresses and identifiers are left out (NOT_WORDS).
 */
export const textOf = (value: unknown): string[] => {
  if (typeof value === 'string') return value.trim() ? [value] : []
  if (Array.isArray(value)) return value.flatMap(textOf)
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  if (record.root && typeof record.root === 'object') return [richTextWords(record.root as Node)]
  // A related document read at depth 1 (an array row has an id too, but no timestamps): its name is what counts.
  for (const name of ['name', 'title'] as const) {
    if (typeof record[name] === 'string' && 'createdAt' in record) return [record[name]]
  }
  return Object.entries(record).flatMap(([key, inner]) => (NOT_WORDS.has(key) ? [] : textOf(inner)))
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * A short passage of `body` around the first word that matches, as HTML:
 * escaped, with each matching word in `<mark>`. Worked out here rather than
 * by either database, so both answer the same snippet for the same text.
 */
export const snippetOf = (body: string, terms: string[], words = 30): string => {
  const tokens = body.split(/(\s+)/).filter(Boolean)
  const matches = (token: string) => wordsOf(token).some((w) => terms.some((t) => w.startsWith(t)))
  // A title match's text often holds none of the words: one look at the whole text, not a word-by-word scan.
  const folded = foldText(body)
  const first = terms.some((term) => folded.includes(term))
    ? tokens.findIndex((token) => !/^\s+$/.test(token) && matches(token))
    : -1
  // A passage starts a few words before the match, so the match reads in context.
  const start = first < 0 ? 0 : Math.max(0, first - 10)
  const passage = tokens.slice(start, start + words * 2)
  const html = passage
    .map((token) =>
      first >= 0 && matches(token) ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token),
    )
    .join('')
    .trim()
  return `${start > 0 ? '… ' : ''}${html}${start + words * 2 < tokens.length ? ' …' : ''}`
}
