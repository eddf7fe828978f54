/**
 * What Payload would store for a new document, worked out by Payload's own
 * create pipeline minus the database: the collection's `beforeOperation`
 * hooks, field `beforeValidate` (defaults, slug, sanitising), collection
 * `beforeValidate` and `beforeChange` hooks (createdBy, populatedAuthors,
 * readingTimeMinutes, publishedAt, sequence, the image alt check…), then field
 * `beforeChange` (validation, array row ids, locales unflattened). Same order
 * as `payload.create` (payload/dist/collections/operations/create.js), so the
 * bulk rows hold exactly what the Local API would have written.
 *
 * Left out, because a generated create never reaches them: access checks (a
 * system task, `overrideAccess`), uploads, auth, duplication, per-locale
 * publishing (no collection here localizes `_status`).
 */
import type {
  CollectionSlug,
  JsonObject,
  PayloadRequest,
  SanitizedCollectionConfig,
  ValidationFieldError,
} from 'payload'

import { beforeChangeTraverseFields, beforeValidateTraverseFields, ValidationError } from 'payload'

export type StoredDoc = JsonObject

const traversal = {
  parentIndexPath: '',
  parentIsLocalized: false,
  parentPath: '',
  parentSchemaPath: '',
} as const

/** The document `payload.create({ data, draft: false, overrideAccess: true })` would store, with its locales. */
export const prepareForStorage = async (
  collection: SanitizedCollectionConfig,
  input: JsonObject,
  req: PayloadRequest,
  { validate = true }: { validate?: boolean } = {},
): Promise<StoredDoc> => {
  const context = req.context
  const common = { collection, context, global: null, operation: 'create' as const, req }

  let args: Record<string, unknown> = {
    collection: req.payload.collections[collection.slug as CollectionSlug],
    data: input,
    draft: false,
    overrideAccess: true,
    req,
  }
  for (const hook of collection.hooks.beforeOperation ?? []) {
    args =
      ((await hook({
        args: args as never,
        collection,
        context,
        operation: 'create',
        overrideAccess: true,
        req,
      })) as Record<string, unknown> | undefined) ?? args
  }
  let data = args.data as JsonObject

  await beforeValidateTraverseFields({
    ...common,
    ...traversal,
    data,
    doc: {},
    fields: collection.fields,
    overrideAccess: true,
    siblingData: data,
    siblingDoc: {},
  })
  for (const hook of collection.hooks.beforeValidate ?? []) {
    data = (await hook({ ...common, data, originalDoc: {} })) || data
  }
  for (const hook of collection.hooks.beforeChange ?? []) {
    data = (await hook({ ...common, data, originalDoc: {} })) || data
  }

  // Payload's `beforeChange` wrapper, minus its deep copy: it copies so that a caller's object is
  // left as it was, and this one is made per document and used only here (a copy cost 7 % of a load).
  const stored = data
  const errors: ValidationFieldError[] = []
  const mergeLocaleActions: (() => Promise<void> | void)[] = []
  await beforeChangeTraverseFields({
    ...common,
    ...traversal,
    data: stored,
    doc: {},
    docWithLocales: {},
    errors,
    fieldLabelPath: '',
    fields: collection.fields,
    mergeLocaleActions,
    overrideAccess: true,
    siblingData: stored,
    siblingDoc: {},
    siblingDocWithLocales: {},
    // Drafts too, when validating: a generated draft must be publishable as it is.
    skipValidation: !validate,
  })
  if (errors.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  for (const action of mergeLocaleActions) await action()
  return stored
}

/**
 * A request whose `payload.find` answers repeated identical reads of the given
 * collections from memory. Hooks look up the same few staff accounts (bylines)
 * and sample images (alt text) for every generated document; neither changes
 * during a bulk load, and one query each instead of thousands is a large share
 * of the time saved. Any other read goes to the database as usual.
 */
export const withMemoizedReads = (req: PayloadRequest, collections: string[]): PayloadRequest => {
  const { payload } = req
  type FindOptions = Parameters<typeof payload.find>[0]
  const memo = new Map<string, Promise<unknown>>()
  const find = (options: FindOptions): Promise<unknown> => {
    if (!collections.includes(options.collection)) return payload.find(options)
    const { req: _req, ...rest } = options
    // A read held to access rules depends on who reads, so the reader is part of the key.
    const reader = options.overrideAccess === false ? (options.req?.user?.id ?? null) : 'system'
    const key = JSON.stringify([reader, rest])
    let found = memo.get(key)
    if (!found) memo.set(key, (found = payload.find(options)))
    return found
  }
  // The real Payload underneath: everything but `find` is its own.
  const memoized = Object.assign(Object.create(payload) as typeof payload, { find })
  // Every Local API call made with this `req` hands it to `createLocalReq`, which puts the real
  // Payload back on it (`req.payload = payload`): a plain assignment would be undone by the first
  // read, and every later hook would query the database again. So that one write is ignored.
  Object.defineProperty(req, 'payload', {
    configurable: true,
    enumerable: true,
    get: () => memoized,
    set: (value: unknown) => {
      if (value !== payload && value !== memoized) {
        throw new Error('A bulk-load request cannot be moved to another Payload instance.')
      }
    },
  })
  return req
}
