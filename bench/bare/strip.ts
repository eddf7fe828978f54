import type { Access, CollectionConfig, Field, GlobalConfig, PayloadRequest } from 'payload'

/**
 * The plugin's collections reduced to what plain Payload would do with the
 * same fields: no hooks (collection or field level), no custom endpoints, no
 * compound indexes, no field-level access, and the simplest read rules a
 * Payload site uses (the website template's `authenticatedOrPublished` and
 * `anyone`). What stays is the schema: fields, single-field `index`/`unique`,
 * versions and drafts, joins, uploads, auth, `defaultPopulate` and
 * `defaultSort` (they decide what a response holds, so both sides answer alike).
 */

/** Website template: staff see everything, the public sees what is published. */
export const authenticatedOrPublished: Access = ({ req: { user } }) =>
  user ? true : { _status: { equals: 'published' } }

export const anyone: Access = () => true

export const authenticated: Access = ({ req: { user } }) => Boolean(user)

type FieldLike = Record<string, unknown>

/** A field without hooks and field-level access, its sub-fields (groups, rows, arrays, tabs, blocks) likewise. */
export const stripField = (field: Field): Field => {
  const { hooks: _hooks, access: _access, ...rest } = field as FieldLike
  const stripped: FieldLike = { ...rest }
  if (Array.isArray(rest.fields)) stripped.fields = (rest.fields as Field[]).map(stripField)
  if (Array.isArray(rest.tabs)) {
    stripped.tabs = (rest.tabs as FieldLike[]).map((tab) => ({
      ...tab,
      ...(Array.isArray(tab.fields) ? { fields: (tab.fields as Field[]).map(stripField) } : {}),
    }))
  }
  if (Array.isArray(rest.blocks)) {
    stripped.blocks = (rest.blocks as FieldLike[]).map((block) => ({
      ...block,
      fields: ((block.fields as Field[] | undefined) ?? []).map(stripField),
    }))
  }
  return stripped as Field
}

/** Whether the plugin lets an anonymous reader read everything in it (e.g. media, categories). */
const publicToAnyone = (read: Access | undefined): boolean => {
  if (!read) return false
  try {
    return read({ req: { user: null } as unknown as PayloadRequest }) === true
  } catch {
    return false
  }
}

/** The read rule bare Payload gets: published-only for drafts, open where the plugin is open, else staff only. */
const bareRead = (collection: CollectionConfig): Access => {
  if (
    collection.versions &&
    typeof collection.versions === 'object' &&
    collection.versions.drafts
  ) {
    return authenticatedOrPublished
  }
  return publicToAnyone(collection.access?.read) ? anyone : authenticated
}

export const stripCollection = (collection: CollectionConfig): CollectionConfig => {
  const {
    hooks: _hooks,
    endpoints: _endpoints,
    indexes: _indexes,
    access: _access,
    ...rest
  } = collection
  return {
    ...rest,
    // Payload's defaults (any logged-in user) for everything but reading.
    access: { read: bareRead(collection) },
    fields: collection.fields.map(stripField),
  }
}

export const stripGlobal = (global: GlobalConfig): GlobalConfig => {
  const { hooks: _hooks, endpoints: _endpoints, access: _access, ...rest } = global
  return { ...rest, access: { read: anyone }, fields: global.fields.map(stripField) }
}
