import type { FlattenedField, PayloadRequest } from 'payload'

import { clientError } from './clientError.ts'

/**
 * A REST create or update whose fields carry values of the wrong JSON type.
 * Payload's own validation checks lengths and options, not types: a text
 * field given `[[]]` or `true` was stored as the text "[[]]" or "true", and a
 * row of an array given a number failed in a hook with a 500. Each is now a
 * 400 that names the field and what it takes, before any hook runs. `null`
 * stays allowed wherever it clears a value (a group's too: see
 * `clearNullGroups`); whether a value is required, long enough or one of the
 * options is still Payload's validation's to say.
 */

type Found = { path: string; wants: string; got: unknown }

const describe = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return typeof value === 'number' ? 'a number' : typeof value
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isNumeric = (value: unknown) =>
  typeof value === 'number' || (typeof value === 'string' && value.trim() !== '')

/** One related document as Payload takes it: its id, the document itself, or `{ relationTo, value }` where several collections may be named. */
const isRelation = (field: FlattenedField, value: unknown): boolean => {
  const polymorphic = 'relationTo' in field && Array.isArray(field.relationTo)
  if (polymorphic) return isObject(value)
  return typeof value === 'string' || typeof value === 'number' || isObject(value)
}

/** What one non-container value of `field` must be, or null when it is right. */
const scalarProblem = (field: FlattenedField, value: unknown): null | string => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
    case 'date':
      return typeof value === 'string' ? null : 'text'
    case 'number':
      return isNumeric(value) ? null : 'a number'
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'true or false'
    case 'point':
      // The admin sends an emptied coordinate as null or ''; Payload clears it.
      return Array.isArray(value) &&
        value.length === 2 &&
        value.every(
          (coordinate) => coordinate === null || isNumeric(coordinate) || coordinate === '',
        )
        ? null
        : 'a [longitude, latitude] pair of numbers'
    case 'relationship':
    case 'upload':
      return isRelation(field, value)
        ? null
        : 'relationTo' in field && Array.isArray(field.relationTo)
          ? 'an object { "relationTo": …, "value": id }'
          : 'an id'
    default:
      return null
  }
}

/** Fields that take a list of values (`hasMany`) in one field. */
const takesMany = (field: FlattenedField) =>
  'hasMany' in field &&
  field.hasMany === true &&
  ['number', 'relationship', 'select', 'text', 'upload'].includes(field.type)

const checkValue = (field: FlattenedField, value: unknown, path: string): Found | null => {
  if (value === undefined || value === null) return null

  switch (field.type) {
    case 'group':
    case 'tab':
      return isObject(value)
        ? checkFields(field.flattenedFields, value, path)
        : { path, wants: 'an object', got: value }
    case 'array': {
      if (!Array.isArray(value)) return { path, wants: 'a list of objects', got: value }
      for (const [index, row] of value.entries()) {
        const rowPath = `${path}[${index}]`
        if (!isObject(row)) return { path: rowPath, wants: 'an object', got: row }
        const found = checkFields(field.flattenedFields, row, rowPath)
        if (found) return found
      }
      return null
    }
    case 'blocks': {
      if (!Array.isArray(value)) return { path, wants: 'a list of blocks', got: value }
      for (const [index, row] of value.entries()) {
        const rowPath = `${path}[${index}]`
        if (!isObject(row) || typeof row.blockType !== 'string')
          return { path: rowPath, wants: 'a block (an object with its "blockType")', got: row }
        // An unknown blockType is Payload's validation's to name, with the blocks it allows.
        const block = field.blocks.find((candidate) => candidate.slug === row.blockType)
        const found = block ? checkFields(block.flattenedFields, row, rowPath) : null
        if (found) return found
      }
      return null
    }
    default:
      break
  }
  if (takesMany(field)) {
    if (!Array.isArray(value)) return { path, wants: 'a list', got: value }
    for (const [index, item] of value.entries()) {
      const wants = scalarProblem(field, item)
      if (wants) return { path: `${path}[${index}]`, wants, got: item }
    }
    return null
  }
  const wants = scalarProblem(field, value)
  return wants ? { path, wants, got: value } : null
}

/** The data's first wrongly typed value among `fields`; fields it does not name are Payload's to judge. */
const checkFields = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
  allLocales = false,
): Found | null => {
  for (const field of fields) {
    if (field.name === 'id' || !(field.name in data)) continue
    if ('virtual' in field && field.virtual) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const value = data[field.name]
    // With locale=all a localized field holds one value per locale.
    if (allLocales && 'localized' in field && field.localized && isObject(value)) {
      for (const [locale, localeValue] of Object.entries(value)) {
        const found = checkValue(field, localeValue, `${path}.${locale}`)
        if (found) return found
      }
      continue
    }
    const found = checkValue(field, value, path)
    if (found) return found
  }
  return null
}

/** A group's value that clears it: every field in it null (lists empty, groups in it cleared the same way). */
const clearedGroup = (fields: FlattenedField[]): Record<string, unknown> =>
  Object.fromEntries(
    fields
      .filter((field) => field.name !== 'id' && !('virtual' in field && field.virtual))
      .map((field) => [
        field.name,
        field.type === 'group' || field.type === 'tab'
          ? clearedGroup(field.flattenedFields)
          : field.type === 'array' || field.type === 'blocks'
            ? []
            : null,
      ]),
  )

/**
 * A group sent as null means "clear it" (the API itself answers null for an
 * empty group, e.g. an online event's venue, so a read sent back must save),
 * but Payload reads the group's fields from the null and fails with a 500.
 * Each null group becomes the group with every field cleared, in place.
 */
const clearNullGroups = (fields: FlattenedField[], data: Record<string, unknown>): void => {
  for (const field of fields) {
    const value = data[field.name]
    if (field.type === 'group' || field.type === 'tab') {
      if (value === null) data[field.name] = clearedGroup(field.flattenedFields)
      else if (isObject(value)) clearNullGroups(field.flattenedFields, value)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) if (isObject(row)) clearNullGroups(field.flattenedFields, row)
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value) {
        const block = isObject(row)
          ? field.blocks.find((candidate) => candidate.slug === row.blockType)
          : undefined
        if (block && isObject(row)) clearNullGroups(block.flattenedFields, row)
      }
    }
  }
}

/** Payload's beforeOperation hook shape, narrowed to what the guard reads. */
export const refuseWrongTypes = ({
  args,
  collection,
  global,
  operation,
  req,
}: {
  args?: unknown
  collection?: { flattenedFields?: FlattenedField[] }
  global?: { flattenedFields?: FlattenedField[] }
  operation: string
  req: PayloadRequest
}): void => {
  if (req.payloadAPI !== 'REST' || (operation !== 'create' && operation !== 'update')) return
  const data = (args as { data?: unknown } | undefined)?.data
  const fields = (collection ?? global)?.flattenedFields
  if (!isObject(data) || !fields) return
  const found = checkFields(fields, data, '', req.locale === 'all')
  if (!found) {
    clearNullGroups(fields, data)
    return
  }
  throw clientError(
    `${found.path} takes ${found.wants}, not ${describe(found.got)}: nothing was saved.`,
    400,
  )
}
