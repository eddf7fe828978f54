import type { FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { clientError } from './clientError.ts'

/** The most values a filter's lists (`in`, `not_in`, `all`) may hold together: far past any page's need. */
export const MAX_LIST_VALUES = 500

/** Operators whose value is a list: a comma-separated string or an array. */
const LIST_OPERATORS = new Set(['all', 'in', 'not_in'])
/** Geometry operators take arrays and objects of their own shape; Payload checks those. */
const GEO_OPERATORS = new Set(['intersects', 'near', 'within'])
/** Payload's other operators, each taking one value. */
const VALUE_OPERATORS = new Set([
  'contains',
  'equals',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_equals',
  'not_like',
])

const show = (value: string) => JSON.stringify(value.slice(0, 40))

/**
 * Why the `locale` or `fallback-locale` of a request cannot be honoured, or
 * null. Payload reads an unknown locale as the default one, so `locale=fr`
 * answered English without a word; a website asking for a language the
 * charity has not got is told which it has.
 */
export const localeProblem = (req: PayloadRequest): null | string => {
  const { localization } = req.payload.config
  if (!localization || !req.searchParams) return null
  const codes = localization.localeCodes
  for (const value of req.searchParams.getAll('locale')) {
    if (!codes.includes(value) && value !== 'all' && value !== '*') {
      return `locale must be one of ${codes.join(', ')}, not ${show(value)} (lists and documents also take all).`
    }
  }
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    for (const value of req.searchParams.getAll(name)) {
      if (!codes.includes(value) && !['false', 'none', 'null'].includes(value)) {
        return `${name} must be one of ${codes.join(', ')} or none (no fallback), not ${show(value)}.`
      }
    }
  }
  return null
}

/** A field a list may be ordered by: stored, not a container, and not hidden from the API. */
const sortsBy = (field: FlattenedField): boolean =>
  !('hidden' in field && field.hidden) &&
  !('virtual' in field && field.virtual) &&
  !['array', 'blocks', 'group', 'join', 'json', 'richText', 'tab'].includes(field.type)

/** Named in a refusal: fields anyone may read (Payload answers for the others by its access rules). */
const namedToAll = (field: FlattenedField): boolean => sortsBy(field) && !field.access?.read

/** Why one sort path (without its `-`) cannot order `collection`, or null. */
const sortPathProblem = (collection: SanitizedCollectionConfig, path: string): null | string => {
  let fields = collection.flattenedFields
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const field = fields.find((candidate) => candidate.name === segment)
    const last = index === segments.length - 1
    if (!field || ('hidden' in field && field.hidden)) break
    if (field.type === 'group' || field.type === 'tab') {
      if (last) break
      fields = field.flattenedFields
      continue
    }
    if (!last && (field.type === 'relationship' || field.type === 'upload')) {
      return `sort ${show(path)} goes through the relationship ${segments.slice(0, index + 1).join('.')}: sort by a field of ${collection.slug} itself (the related documents may be drafts the reader cannot see).`
    }
    if (last && sortsBy(field)) return null
    break
  }
  const names = collection.flattenedFields.filter(namedToAll).map((field) => field.name)
  return `${collection.slug} cannot be sorted by ${show(path)}: sort by one of ${names.join(', ')} (a leading - for descending; several joined with commas).`
}

/** Why the request's `sort` cannot order `collection`, or null. */
export const sortProblem = (
  collection: SanitizedCollectionConfig,
  sort: unknown,
): null | string => {
  if (sort === undefined || sort === '') return null
  const paths = (Array.isArray(sort) ? sort : [sort]).flatMap((item) =>
    typeof item === 'string' ? item.split(',') : [null],
  )
  for (const path of paths) {
    if (path === null)
      return 'sort must be field names joined with commas (sort=-publishedAt,title).'
    const trimmed = path.trim().replace(/^[-+]/, '')
    if (!trimmed) continue
    const problem = sortPathProblem(collection, trimmed)
    if (problem) return problem
  }
  return null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** qs reads `in[0]=a&in[1]=b` as an array, and past its array limit as an object with numeric keys. */
const asList = (value: unknown): null | unknown[] => {
  if (Array.isArray(value)) return value
  if (isRecord(value) && Object.keys(value).every((key) => /^\d+$/.test(key)))
    return Object.values(value)
  return null
}

const isScalar = (value: unknown) =>
  value === null || ['boolean', 'number', 'string'].includes(typeof value)

/** What a filter's values are checked against: the collection's fields and the kind of ids. */
export type WhereFields = {
  fields: FlattenedField[]
  /** SQL databases number their ids, and so every relationship's value. */
  numericIds: boolean
}

/** Operators that match text, which a number or date column cannot be asked. */
const TEXT_OPERATORS = new Set(['contains', 'like', 'not_like'])

/** The field a `where` key names (`a.b`, or `a` then `[b]`), through groups; undefined past a relationship. */
const fieldAt = (fields: FlattenedField[], path: string[]): FlattenedField | undefined => {
  let current = fields
  for (const [index, part] of path.entries()) {
    const field = current.find((candidate) => candidate.name === part)
    if (!field || index === path.length - 1) return field
    if (field.type !== 'group' && field.type !== 'tab') return undefined
    current = field.flattenedFields
  }
  return undefined
}

/**
 * Fields a filter cannot name as they are (each a 500 before, on SQLite and
 * PostgreSQL alike): a list of blocks, or anything inside one, and a
 * relationship that may name several collections, which is matched by its
 * two parts instead.
 */
const unfilterableProblem = (
  fields: FlattenedField[],
  keyPath: string[],
  path: string,
): null | string => {
  let current = fields
  for (const [index, part] of keyPath.entries()) {
    const field = current.find((candidate) => candidate.name === part)
    if (!field) return null
    const named = keyPath.slice(0, index + 1).join('.')
    if (field.type === 'blocks') {
      return `${path}: ${named} is a list of blocks, which filters cannot look inside; filter by the document's other fields.`
    }
    const last = index === keyPath.length - 1
    if (
      last &&
      (field.type === 'relationship' || field.type === 'upload') &&
      Array.isArray(field.relationTo)
    ) {
      return `${path}: ${named} may name a document of ${field.relationTo.join(' or ')}, so it is matched by its parts: where[${named}.relationTo][equals]=${field.relationTo[0]} and where[${named}.value][equals]=<id>.`
    }
    if (field.type !== 'group' && field.type !== 'tab') return null
    current = field.flattenedFields
  }
  return null
}

type ValueKind = 'date' | 'id' | 'number' | 'other' | 'point'

const kindOf = (
  field: FlattenedField | undefined,
  path: string[],
  context: WhereFields,
): ValueKind => {
  if (!field) return path.length === 1 && path[0] === 'id' && context.numericIds ? 'id' : 'other'
  if (field.type === 'date' || field.type === 'number' || field.type === 'point') return field.type
  // A relationship's (or join's) value is an id (on SQL a whole number), whichever collections it may name.
  const related = ['join', 'relationship', 'upload'].includes(field.type)
  return related && context.numericIds ? 'id' : 'other'
}

const isNumber = (value: unknown) =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))

/** An id the database can hold: a whole number JavaScript keeps exactly (past 2^53 SQLite fails). */
const isId = (value: unknown) => isNumber(value) && Number.isSafeInteger(Number(value))

const isDate = (value: unknown) =>
  (typeof value === 'string' && value.trim() !== '') || typeof value === 'number'
    ? !Number.isNaN(new Date(value).getTime())
    : false

/**
 * Why values of the right shape still cannot be compared with the field, or
 * null: a location operator on a field that is not a point, `exists` with
 * anything but true or false, `all` on a field holding one value, text
 * matching on a number or date, and a number or date that is not one (each a
 * 500 on SQLite or PostgreSQL before). Unknown fields are Payload's to answer.
 */
const typedValueProblem = (
  path: string,
  keyPath: string[],
  operator: string,
  values: unknown[],
  context: WhereFields,
): null | string => {
  const unfilterable = unfilterableProblem(context.fields, keyPath, path)
  if (unfilterable) return unfilterable
  const field = fieldAt(context.fields, keyPath)
  const kind = kindOf(field, keyPath, context)
  if (!field && kind === 'other') return null
  if (GEO_OPERATORS.has(operator)) {
    return kind === 'point' ? null : `${path}: ${operator} applies to point (location) fields only.`
  }
  if (LIST_OPERATORS.has(operator) && values.some((value) => value === '')) {
    return `${path} takes a list of values (${operator}=a,b,c), with nothing empty in it.`
  }
  if (operator === 'exists') {
    return values.every((value) => [true, false, 'true', 'false'].includes(value as string))
      ? null
      : `${path} takes true or false.`
  }
  if (operator === 'all' && !(field && 'hasMany' in field && field.hasMany)) {
    return `${path}: all applies to fields that hold several values; use in to match any of a list.`
  }
  if (
    field &&
    (field.type === 'relationship' || field.type === 'upload') &&
    (TEXT_OPERATORS.has(operator) || /^(greater|less)_than/.test(operator))
  ) {
    return `${path}: a relationship is matched by id, with equals, not_equals, in, not_in or exists.`
  }
  if (TEXT_OPERATORS.has(operator)) {
    // PostgreSQL keeps a choice as an enum, a checkbox as a boolean and rich text as JSON: none is text to match.
    if (field && (field.type === 'select' || field.type === 'radio' || field.type === 'checkbox')) {
      return `${path}: ${operator} matches text; this field is matched with equals, not_equals or in.`
    }
    if (field && (field.type === 'richText' || field.type === 'json')) {
      return `${path}: ${operator} cannot look inside ${field.type === 'json' ? 'JSON' : 'rich text'}; search the site with /api/search?q=….`
    }
    if (values.some((value) => value === '')) return `${path} takes some text to look for.`
  }
  if (kind === 'other' || kind === 'point') return null
  const what = {
    date: 'a date (2026-12-31 or 2026-12-31T18:00:00Z)',
    id: 'an id (a whole number)',
    number: 'a number',
  }[kind]
  if (TEXT_OPERATORS.has(operator)) {
    return `${path}: ${operator} matches text, and this field takes ${what}; use equals, in, greater_than or less_than.`
  }
  const wrong = values.find(
    (value) =>
      // null is "not set" to equals and not_equals; inside a list it is a value the column cannot hold.
      !((value === null || value === 'null') && !LIST_OPERATORS.has(operator)) &&
      !{ date: isDate, id: isId, number: isNumber }[kind](value),
  )
  return wrong === undefined ? null : `${path} takes ${what}, not ${show(String(wrong))}.`
}

/**
 * Why a `where` cannot be run, or null: an operator given an object or a list
 * where one value belongs (SQLite fails on it with a 500: "can only bind
 * numbers, strings…"), a list holding objects, lists longer together than
 * `MAX_LIST_VALUES`, and, given the collection's fields, values the field
 * cannot be compared with (`typedValueProblem`). Field names and unknown
 * operators are Payload's to answer.
 */
export const whereValuesProblem = (where: unknown, context?: WhereFields): null | string => {
  let listValues = 0
  const visit = (node: unknown, at: string, keyPath: string[]): null | string => {
    if (!isRecord(node)) return null
    for (const [key, value] of Object.entries(node)) {
      const here = `${at}[${key}]`
      if (key === 'and' || key === 'or') {
        for (const [index, part] of (asList(value) ?? [value]).entries()) {
          const problem = visit(part, `${here}[${index}]`, [])
          if (problem) return problem
        }
        continue
      }
      if (!isRecord(value)) continue
      const fieldPath = [...keyPath, ...key.split('.')]
      for (const [operator, operand] of Object.entries(value)) {
        const path = `${here}[${operator}]`
        let values: unknown[] | undefined
        if (LIST_OPERATORS.has(operator)) {
          const list = typeof operand === 'string' ? operand.split(',') : asList(operand)
          if (!list || !list.every(isScalar)) {
            return `${path} takes a list of values (${operator}=a,b,c), not an object.`
          }
          listValues += list.length
          if (listValues > MAX_LIST_VALUES) {
            return `A filter's lists may hold at most ${MAX_LIST_VALUES} values together; ${path} passes that. Ask in several requests.`
          }
          values = list
        } else if (VALUE_OPERATORS.has(operator)) {
          if (!isScalar(operand)) {
            return `${path} takes a single value (text, a number, true or false), not ${Array.isArray(operand) ? 'a list' : 'an object'}.`
          }
          values = [operand]
        } else if (GEO_OPERATORS.has(operator)) {
          values = []
        } else {
          // A field path with more brackets (`where[a][b][equals]`): Payload's dotted form, looked at as a field.
          const problem = isRecord(operand) ? visit({ [operator]: operand }, here, fieldPath) : null
          if (problem) return problem
        }
        if (values && context) {
          const problem = typedValueProblem(path, fieldPath, operator, values, context)
          if (problem) return problem
        }
      }
    }
    return null
  }
  return visit(where, 'where', [])
}

/** The request's `where`, as brackets (qs has parsed them) or as JSON text. */
const whereOf = (req: PayloadRequest): unknown => {
  const where = req.query?.where
  if (typeof where !== 'string') return where
  try {
    return JSON.parse(where)
  } catch {
    return undefined
  }
}

/**
 * The values of a REST request's query on one of the plugin's collections:
 * a locale the site has, a sort by a field of the collection, and filter
 * values of the shape their operator takes. Each problem is a 400 that names
 * what is allowed, before Payload reads the query.
 */
export const checkQueryValues = ({
  collection,
  operation,
  req,
}: {
  collection: SanitizedCollectionConfig
  operation: string
  req: PayloadRequest
}): void => {
  if (req.payloadAPI !== 'REST' || !req.searchParams) return
  const problem =
    localeProblem(req) ??
    // Only this collection's own route: a hook reading another collection carries the outer query.
    (req.routeParams?.collection === collection.slug
      ? // Versions sort by their own paths (`version.title`), which Payload checks.
        ((operation === 'read' ? sortProblem(collection, req.query?.sort) : null) ??
        whereValuesProblem(whereOf(req), {
          fields: collection.flattenedFields,
          numericIds: req.payload.db.defaultIDType === 'number',
        }))
      : null)
  if (problem) throw clientError(problem, 400)
}

/** A global's REST routes take a locale; the same check. */
export const checkGlobalQueryValues = ({ req }: { req: PayloadRequest }): void => {
  if (req.payloadAPI !== 'REST' || !req.searchParams) return
  const problem = localeProblem(req)
  if (problem) throw clientError(problem, 400)
}
