import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  Payload,
  PayloadRequest,
} from 'payload'

import type { SearchCollection } from '../context.ts'
import type { SearchRow } from './store.ts'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { charityContext } from '../context.ts'
import {
  clearIndex,
  ensureSearchTables,
  publishLatestRows,
  removeFromIndex,
  replaceInIndex,
  searchDialect,
} from './store.ts'
import { textOf } from './text.ts'

const localesOf = (payload: Payload): { codes: string[]; fallback: string | undefined } => {
  const { localization } = payload.config
  if (!localization) return { codes: ['en'], fallback: undefined }
  return { codes: localization.localeCodes, fallback: localization.defaultLocale }
}

type Doc = Record<string, unknown> & { id: number | string }

/** A document's row for one locale: its title, and every other field's words as one text. */
const rowFor = (entry: SearchCollection, doc: Doc, locale: string, draft: boolean): SearchRow => {
  const date = doc[entry.fields.date ?? 'createdAt'] ?? doc.createdAt
  return {
    collection: entry.slug,
    docId: String(doc.id),
    locale,
    draft,
    title: textOf(doc[entry.fields.title]).join(' '),
    body: entry.fields.text.flatMap((field) => textOf(doc[field])).join('\n'),
    publishedAt: typeof date === 'string' ? date : null,
  }
}

/**
 * Only the fields the index holds: at depth 1 Payload would otherwise also
 * fetch every other relation (a post's author accounts, its hero image).
 */
const selectFor = (entry: SearchCollection): Record<string, true> =>
  Object.fromEntries(
    [
      entry.fields.title,
      entry.fields.date ?? 'createdAt',
      'createdAt',
      '_status',
      ...entry.fields.text,
    ].map((field) => [field, true]),
  )

/**
 * Reads what the public sees of one document (its published version, in each
 * locale with the default locale filling what is missing) and what staff see
 * (its latest version, `draft=true`), and puts both in the index in place of
 * what it held; a document with neither leaves it. Runs in the request's
 * transaction and with the change's own access (the editor who changed it
 * can read it; code that changed it with access overridden, a seed or a job,
 * reads it so too), so the index changes with the document or not at all.
 */
export const indexDocument = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  entry: SearchCollection,
  id: number | string,
  /** The change just saved a published version: the latest is the published one, read once. */
  latestIsPublished = false,
  /** The change itself overrode access (Local API code, not a reader's request). */
  changedWithAccessOverridden = false,
): Promise<void> => {
  const { codes, fallback } = localesOf(payload)
  const versionOf = async (draft: boolean): Promise<SearchRow[]> => {
    const rows: SearchRow[] = []
    for (const locale of codes) {
      const doc = (await payload.findByID({
        collection: entry.slug as CollectionSlug,
        id,
        locale,
        fallbackLocale: fallback,
        draft,
        depth: entry.fields.depth ?? 1,
        select: selectFor(entry),
        disableErrors: true,
        // With a request: the change's own access. Without one only a system task calls this (a job, the rebuild).
        ...(req ? { req, overrideAccess: changedWithAccessOverridden } : { overrideAccess: true }),
      })) as Doc | null
      if (!doc || (!draft && doc._status !== 'published')) return []
      rows.push(rowFor(entry, doc, locale, draft))
    }
    return rows
  }
  const published = await versionOf(false)
  const latest =
    latestIsPublished && published.length
      ? published.map((row) => ({ ...row, draft: true }))
      : await versionOf(true)
  const rows = [...published, ...latest]
  if (rows.length) await replaceInIndex(payload, req, entry.slug, String(id), rows)
  else await removeFromIndex(payload, req, entry.slug, String(id))
}

/** Whether a change leaves the given fields as they were in the previous latest version. */
const unchanged = (fields: string[], doc: Doc, previous: Doc | undefined): boolean =>
  Boolean(previous) &&
  fields.every((field) => JSON.stringify(doc[field]) === JSON.stringify(previous?.[field]))

/** Publish, unpublish and edits of either language: the index follows in the same transaction. */
export const keepSearchIndexInStep =
  (entry: SearchCollection): CollectionAfterChangeHook =>
  async ({ doc, overrideAccess, previousDoc, req }) => {
    if (!searchDialect(req.payload)) return doc
    const dateField = entry.fields.date ?? 'createdAt'
    const words = [entry.fields.title, ...entry.fields.text]
    // A date, a total, a link: nothing the index holds.
    if (unchanged(['_status', dateField, ...words], doc, previousDoc)) return doc
    // The usual publish: the words are the latest version's, which the index holds already.
    if (doc._status === 'published' && unchanged(words, doc, previousDoc)) {
      const date = doc[dateField] ?? doc.createdAt
      const published = await publishLatestRows(
        req.payload,
        req,
        entry.slug,
        String(doc.id),
        typeof date === 'string' ? date : null,
      )
      if (published) return doc
    }
    await indexDocument(
      req.payload,
      req,
      entry,
      doc.id,
      doc._status === 'published',
      overrideAccess === true,
    )
    return doc
  }

/** A deleted document leaves the index with it. */
export const removeFromSearchIndex =
  (entry: SearchCollection): CollectionAfterDeleteHook =>
  async ({ id, req }) => {
    await removeFromIndex(req.payload, req, entry.slug, String(id))
  }

const REBUILD_PAGE = 200

/**
 * Builds the index again from every published document: after a bulk load
 * that bypassed hooks, or to repair it. Reads a page of documents per locale
 * at a time. Returns how many documents the index holds (drafts included).
 */
export const rebuildSearchIndex = async (payload: Payload): Promise<number> => {
  if (!searchDialect(payload)) return 0
  await ensureSearchTables(payload)
  await clearIndex(payload)
  const { codes, fallback } = localesOf(payload)
  let indexed = 0
  for (const entry of charityContext(payload).search) {
    const collection = entry.slug as CollectionSlug
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        depth: 0,
        limit: REBUILD_PAGE,
        page,
        sort: 'id',
        pagination: true,
        // A system task (npm run search:rebuild, the seed's bulk load): no request, no reader.
        overrideAccess: true,
      })
      const rows = new Map<string, SearchRow[]>(docs.map(({ id }) => [String(id), []]))
      const ids = docs.map(({ id }) => id)
      for (const locale of codes) {
        for (const draft of [false, true]) {
          const { docs: localised } = await payload.find({
            collection,
            // Published: what the public sees; draft: every document's latest version, for staff.
            where: draft
              ? { id: { in: ids } }
              : { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
            locale,
            fallbackLocale: fallback,
            draft,
            depth: entry.fields.depth ?? 1,
            select: selectFor(entry),
            pagination: false,
            overrideAccess: true,
          })
          for (const doc of localised as Doc[]) {
            rows.get(String(doc.id))?.push(rowFor(entry, doc, locale, draft))
          }
        }
      }
      // One transaction per page: row by row, each statement would be a commit of its own (on
      // SQLite a write to disk each; 3,000 documents took 29 s, most of it committing).
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      try {
        // The index was emptied above: nothing held to compare with.
        for (const [id, docRows] of rows)
          await replaceInIndex(payload, req, entry.slug, id, docRows, [])
        await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
      indexed += rows.size
      if (!hasNextPage) break
    }
  }
  return indexed
}
