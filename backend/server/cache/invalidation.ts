import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  Config,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'
import type { CharityContext } from 'payload-plugin-charity/types'

import { GO_LIVE_TASK, serializedTransactionsOf } from 'payload-plugin-charity/server'

import { contentVersion } from './contentVersion.ts'

/** Set in `config.custom` by `cacheInvalidation()`: the server's in-process cache may be used. */
export const CACHE_INVALIDATION_MARK = 'responseCacheInvalidation'

/** Payload's own bookkeeping: no reader's answer depends on it. */
const BOOKKEEPING = new Set([
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
  'payload-jobs',
])

/** `req.context` flag: this write only saves a draft, which no anonymous reader can see. */
const DRAFT_ONLY = 'cacheDraftOnlyWrite'

/** Transactions whose commit must bump the version again (their writes were not visible before). */
const pendingCommits = new Set<number | string>()

const noteDraftOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    req.context[DRAFT_ONLY] = (args as { draft?: boolean }).draft === true
  }
  return args
}

/**
 * Bump now (a reader arriving after this write finished sees it; without a
 * transaction it is already stored) and again when the write's transaction
 * commits, so a reader who filled the cache between the two cannot keep
 * serving what the commit replaced.
 */
const changed = async (req: PayloadRequest) => {
  contentVersion.bump()
  const transactionID = await req.transactionID
  if (transactionID) pendingCommits.add(transactionID)
}

const afterCollectionChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!req.context[DRAFT_ONLY]) await changed(req)
  return doc
}

const afterCollectionDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await changed(req)
  return doc
}

const afterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await changed(req)
  return doc
}

/** Bump again after each commit of a transaction that changed content. */
const watchCommits = (payload: Payload) => {
  const db = payload.db
  const commit = db.commitTransaction?.bind(db)
  const rollback = db.rollbackTransaction?.bind(db)
  if (commit) {
    db.commitTransaction = async (id) => {
      await commit(id)
      const key = await id
      if (pendingCommits.delete(key)) contentVersion.bump()
    }
  }
  if (rollback) {
    db.rollbackTransaction = async (id) => {
      await rollback(id)
      pendingCommits.delete(await id)
    }
  }
  // The ledger's transactions on SQLite (backend/database/sqliteWrites.ts) commit through their
  // own `commit`, not Payload's: watched too, or a reader who filled the cache while a donation's
  // transaction was open kept the old totals, and the transaction's id was never let go.
  const serialized = serializedTransactionsOf(db)
  if (serialized) {
    const commitSerialized = serialized.commit.bind(serialized)
    serialized.commit = async (id) => {
      await commitSerialized(id)
      if (pendingCommits.delete(id)) contentVersion.bump()
    }
  }
}

/**
 * The reference backend's response cache learns of every committed change
 * here: a hook on every collection and global (the host's and the plugin's),
 * skipping Payload's bookkeeping and draft-only saves.
 */
export const cacheInvalidation =
  () =>
  (config: Config): Config => {
    // The plugin's private records (delivery logs, …) change often and no anonymous answer shows them.
    const charity = config.custom?.charity as CharityContext | undefined
    const privateRecords = new Set(
      [charity?.slugs.webhookEndpoints, charity?.slugs.webhookDeliveries].filter(Boolean),
    )
    const skipped = (slug: string) => BOOKKEEPING.has(slug) || privateRecords.has(slug)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) =>
        skipped(collection.slug)
          ? collection
          : {
              ...collection,
              hooks: {
                ...collection.hooks,
                beforeOperation: [...(collection.hooks?.beforeOperation ?? []), noteDraftOnly],
                afterChange: [...(collection.hooks?.afterChange ?? []), afterCollectionChange],
                afterDelete: [...(collection.hooks?.afterDelete ?? []), afterCollectionDelete],
              },
            },
      ),
      globals: (config.globals ?? []).map((global) => ({
        ...global,
        hooks: {
          ...global.hooks,
          afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange],
        },
      })),
      jobs: config.jobs && {
        ...config.jobs,
        // A post going live or an appeal opening changes what readers see with no write: cached answers go then.
        tasks: config.jobs.tasks?.map((task) => {
          const handler = task.handler
          if (task.slug !== GO_LIVE_TASK || typeof handler !== 'function') return task
          return {
            ...task,
            handler: async (args: Parameters<typeof handler>[0]) => {
              const result = await handler(args)
              contentVersion.bump()
              return result
            },
          }
        }),
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        watchCommits(payload)
      },
      custom: { ...config.custom, [CACHE_INVALIDATION_MARK]: true },
    }
  }
