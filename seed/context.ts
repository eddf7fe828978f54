import type {
  CollectionSlug,
  Payload,
  PayloadRequest,
  RequiredDataFromCollectionSlug,
  TypedUser,
} from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { serializedTransactionsOf } from 'payload-plugin-charity/server'

/** What one run did to one collection or global. */
export type Tally = { created: number; existing: number }

/** A login the run created, shown once at the end (the only time a generated password is seen). */
export type Credential = { email: string; role: string; password: string; generated: boolean }

export type SeedLogger = { info: (line: string) => void; warn: (line: string) => void }

export type SeedContext = {
  payload: Payload
  log: SeedLogger
  /** The moment the run started: upcoming events are placed relative to it. */
  now: Date
  tally: Record<string, Tally>
  credentials: Credential[]
  adminEmail: string
  adminPassword?: string
}

export type StaffKey = 'admin' | 'editor' | 'author'

type AnyID = number | string

/** Ids of the sample documents other documents point at, filled in as the run goes. */
export type SeedRefs = {
  users: Record<StaffKey, TypedUser>
  /** The regional coordinators, by their group's key (`london`, `sheffield`). */
  coordinators: Record<string, TypedUser>
  groups: Record<string, AnyID>
  media: Record<string, AnyID>
  categories: Record<string, AnyID>
  campaigns: Record<string, AnyID>
  events: Record<string, AnyID>
  appeals: Record<string, AnyID>
  posts: Record<string, AnyID>
}

export const count = (ctx: SeedContext, key: string, outcome: keyof Tally) => {
  ctx.tally[key] ??= { created: 0, existing: 0 }
  ctx.tally[key][outcome] += 1
}

/**
 * The document whose `field` equals `value`, drafts included. The seed is a
 * command-line system task with no request and no visitor, so it reads and
 * writes with access control bypassed (`overrideAccess: true`) throughout.
 */
export const findOneBy = async <TSlug extends CollectionSlug>(
  payload: Payload,
  collection: TSlug,
  field: string,
  value: string,
) => {
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0]
}

/** A versioned content document of the sample, identified by its slug. */
export type ContentSpec<TSlug extends CollectionSlug> = {
  collection: TSlug
  slug: string
  /** Who writes it: becomes `createdBy`, and an author can only save drafts. */
  as: StaffKey
  status: 'draft' | 'published'
  data: Omit<RequiredDataFromCollectionSlug<TSlug>, 'slug' | '_status'>
  /** The Welsh translation of the localized fields, saved after the English. */
  cy?: Partial<RequiredDataFromCollectionSlug<TSlug>>
}

/**
 * Run `work` in one database transaction on behalf of `user`: a document and
 * its translation are saved together or not at all, so an interrupted run
 * never leaves a half-made document that the next run would then skip.
 */
export const inTransaction = async <T>(
  payload: Payload,
  user: TypedUser | null,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const owns = await initTransaction(req)
  // Payload's SQLite adapter has no transactions; the reference backend's serialized one
  // (backend/database/sqliteWrites.ts) gives the same all-or-nothing, and one commit per batch.
  const serialized = owns ? undefined : serializedTransactionsOf(payload.db)
  if (serialized) req.transactionID = await serialized.begin()
  try {
    const result = await work(req)
    if (owns) await commitTransaction(req)
    if (serialized && req.transactionID) await serialized.commit(String(req.transactionID))
    return result
  } catch (error) {
    if (owns || serialized) await killTransaction(req)
    throw error
  }
}

/**
 * Create the document unless one with its slug already exists. An existing
 * document is left exactly as it is (an editor may have changed it since),
 * which is what makes a second run change nothing.
 */
export const ensureContent = async <TSlug extends CollectionSlug>(
  ctx: SeedContext,
  refs: SeedRefs,
  spec: ContentSpec<TSlug>,
): Promise<AnyID> => {
  const existing = await findOneBy(ctx.payload, spec.collection, 'slug', spec.slug)
  if (existing) {
    count(ctx, spec.collection, 'existing')
    return existing.id
  }
  const id = await inTransaction(ctx.payload, refs.users[spec.as], async (req) => {
    const created = await ctx.payload.create({
      collection: spec.collection,
      data: {
        ...spec.data,
        slug: spec.slug,
        _status: spec.status,
      } as RequiredDataFromCollectionSlug<TSlug>,
      // Never `draft: true`: that would skip validation, and a sample draft must be publishable as it is.
      draft: false,
      locale: 'en',
      overrideAccess: true,
      depth: 0,
      req,
    })
    if (spec.cy) {
      await ctx.payload.update({
        collection: spec.collection,
        id: created.id,
        data: { ...spec.cy, _status: spec.status } as never,
        draft: false,
        locale: 'cy',
        overrideAccess: true,
        depth: 0,
        req,
      })
    }
    return created.id
  })
  count(ctx, spec.collection, 'created')
  return id
}
