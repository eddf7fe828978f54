import type {
  CollectionAfterReadHook,
  CollectionBeforeReadHook,
  CollectionConfig,
  Field,
  FlattenedField,
  GlobalAfterReadHook,
  GlobalBeforeReadHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

/** The field that lists, in one answer, which localized fields fell back to another language. */
export const FALLBACK_FIELD = '_fallback'

/**
 * `_fallback`: with `locale=cy`, the paths of the fields that show English
 * because no Welsh is written (`["excerpt", "meta.description",
 * "speakers.0.bio"]`), so a page can mark them `lang="en"` without asking
 * twice. Worked out on every read, stored nowhere.
 */
export const localeFallbackField = (): Field => ({
  name: FALLBACK_FIELD,
  type: 'json',
  virtual: true,
  admin: { disabled: true },
  typescriptSchema: [() => ({ type: ['array', 'null'], items: { type: 'string' } })],
})

type Raw = Record<string, unknown>

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Payload's own test for "no value in this language" (its afterRead fallback rule). */
const isEmptyIn = (field: FlattenedField, value: unknown) =>
  value === undefined ||
  value === null ||
  ((field.type === 'text' || field.type === 'textarea') && value === '')

/** The fallback value Payload would hoist, or undefined when it would hoist none. */
const fallbackValue = (values: Raw, fallback: false | string | string[]): unknown => {
  if (!fallback) return undefined
  for (const code of Array.isArray(fallback) ? fallback : [fallback]) {
    const value = values[code]
    if (value !== undefined && value !== null && value !== '') return value
  }
  return undefined
}

const holdsLocalized = (field: FlattenedField): boolean => {
  if (field.localized) return true
  if (field.type === 'group' || field.type === 'tab' || field.type === 'array') {
    return relevantFields(field.flattenedFields).length > 0
  }
  if (field.type === 'blocks') {
    return field.blocks.some((block) => relevantFields(block.flattenedFields).length > 0)
  }
  return false
}

const relevantCache = new WeakMap<FlattenedField[], FlattenedField[]>()

/**
 * The fields `walk` has anything to do with: localized ones, and those holding
 * one. Worked out once per field list (configs do not change while serving),
 * so a read walks a handful of fields, not every field of every joined document.
 */
const relevantFields = (fields: FlattenedField[]): FlattenedField[] => {
  let relevant = relevantCache.get(fields)
  if (!relevant) {
    relevant = fields.filter(
      (field) => 'name' in field && field.type !== 'join' && holdsLocalized(field),
    )
    relevantCache.set(fields, relevant)
  }
  return relevant
}

/**
 * Walk a document as the database gave it (localized values still keyed by
 * language): every localized value the asked language lacks becomes an
 * explicit `null` (so REST answers `null` where GraphQL does, rather than
 * leaving the field out), and the path of every one Payload will fill from
 * the fallback language is collected.
 */
const walk = (
  fields: FlattenedField[],
  data: Raw,
  locale: string,
  fallback: false | string | string[],
  at: string,
  fellBack: string[],
) => {
  for (const field of relevantFields(fields)) {
    const path = at ? `${at}.${field.name}` : field.name
    const value = data[field.name]
    if (field.localized) {
      if (!isRecord(value)) continue
      // Not for a whole localized group: Payload reads its sub-fields from it, and fills in an empty one itself.
      if (value[locale] === undefined && field.type !== 'group' && field.type !== 'tab') {
        value[locale] = null
      }
      if (isEmptyIn(field, value[locale]) && fallbackValue(value, fallback)) fellBack.push(path)
      continue
    }
    if ((field.type === 'group' || field.type === 'tab') && isRecord(value)) {
      walk(field.flattenedFields, value, locale, fallback, path, fellBack)
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (isRecord(row))
          walk(field.flattenedFields, row, locale, fallback, `${path}.${index}`, fellBack)
      })
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, index) => {
        const block = isRecord(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
        if (block && isRecord(row)) {
          walk(block.flattenedFields, row, locale, fallback, `${path}.${index}`, fellBack)
        }
      })
    }
  }
}

/** The one language a request reads, or null (no localization, `locale=all`). */
const readLocale = (req: PayloadRequest): null | string => {
  const codes = req.payload.config.localization ? req.payload.config.localization.localeCodes : []
  return req.locale && req.locale !== 'all' && codes.includes(req.locale) ? req.locale : null
}

const noteFallbacks = (fields: FlattenedField[], doc: unknown, req: PayloadRequest) => {
  const locale = readLocale(req)
  if (!locale || !isRecord(doc)) return doc
  const fallback = req.fallbackLocale ?? false
  const fellBack: string[] = []
  walk(fields, doc, locale, fallback === locale ? false : fallback, '', fellBack)
  // Only where falling back is possible: the default language, or `fallback-locale=none`, never does.
  const possible = Array.isArray(fallback)
    ? fallback.some((code) => code !== locale)
    : Boolean(fallback && fallback !== locale)
  if (possible) doc[FALLBACK_FIELD] = fellBack
  else delete doc[FALLBACK_FIELD]
  return doc
}

const present = (doc: unknown, path: string): boolean => {
  let node: unknown = doc
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return false
    node = (node as Raw)[key]
  }
  return node !== undefined
}

/** After access rules and `select` have had their say: only fields the reader was given are named. */
const keepGivenFallbacks = (doc: unknown) => {
  if (isRecord(doc) && Array.isArray(doc[FALLBACK_FIELD])) {
    doc[FALLBACK_FIELD] = (doc[FALLBACK_FIELD] as string[]).filter((path) => present(doc, path))
  }
  return doc
}

const noteCollectionFallbacks: CollectionBeforeReadHook = ({ collection, doc, req }) =>
  noteFallbacks(collection.flattenedFields, doc, req)
const noteGlobalFallbacks: GlobalBeforeReadHook = ({ doc, global, req }) =>
  noteFallbacks(global.flattenedFields, doc, req)
const keepCollectionFallbacks: CollectionAfterReadHook = ({ doc }) => keepGivenFallbacks(doc)
const keepGlobalFallbacks: GlobalAfterReadHook = ({ doc }) => keepGivenFallbacks(doc)

const hasLocalizedField = (fields: Field[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized) ||
      ('fields' in field && hasLocalizedField(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => hasLocalizedField(tab.fields))) ||
      (field.type === 'blocks' && field.blocks.some((block) => hasLocalizedField(block.fields))),
  )

/** A collection with localized fields gains `_fallback`, and reads untranslated fields as null. */
export const withLocaleFallbacks = <T extends CollectionConfig | GlobalConfig>(
  entity: T,
  kind: T extends CollectionConfig ? 'collection' : 'global',
): T => {
  if (!hasLocalizedField(entity.fields)) return entity
  const hooks = entity.hooks ?? {}
  return {
    ...entity,
    fields: [...entity.fields, localeFallbackField()],
    hooks:
      kind === 'collection'
        ? {
            ...hooks,
            beforeRead: [...(hooks.beforeRead ?? []), noteCollectionFallbacks],
            afterRead: [...(hooks.afterRead ?? []), keepCollectionFallbacks],
          }
        : {
            ...hooks,
            beforeRead: [...(hooks.beforeRead ?? []), noteGlobalFallbacks],
            afterRead: [...(hooks.afterRead ?? []), keepGlobalFallbacks],
          },
  } as T
}
