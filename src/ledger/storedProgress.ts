import type { PayloadRequest } from 'payload'

import { versionFieldPatch } from '../database/versionPatch.ts'
import { progressPercentOf } from './progress.ts'
import { ledgerSlugs } from './slugs.ts'

type ProgressInputs = { raisedAmount?: null | number; targetAmount?: null | number }
type VersionRow = { id: number | string; version?: ProgressInputs & { progressPercent?: number } }

/**
 * Write an appeal's `progressPercent` from its stored totals and target, so
 * lists can sort by it through an index. Runs inside `req`'s transaction
 * after the totals moved there: on PostgreSQL that transaction holds the
 * appeal's row lock from its update, so no concurrent donation can slip
 * between the read and the write; SQLite runs one writer at a time.
 *
 * The admin's lists read the latest version (drafts), which the ledger
 * never saves; its percent is kept too, worked out from that version's
 * own target, as the edit view shows it.
 */
export const storeProgressPercent = async (
  req: PayloadRequest,
  appealId: number | string,
  totals?: ProgressInputs,
): Promise<void> => {
  const collection = ledgerSlugs(req.payload).appeals
  const { db } = req.payload
  // System writes: progress is the ledger's to keep, whoever's donation or edit moved it.
  const main =
    totals ??
    ((await db.findOne({
      collection,
      where: { id: { equals: appealId } },
      select: { raisedAmount: true, targetAmount: true },
      req,
    })) as null | ProgressInputs)
  if (!main) return
  const percent = progressPercentOf(main)
  await db.updateOne({
    collection,
    id: appealId,
    data: { progressPercent: percent },
    returning: false,
    req,
  })

  if (!req.payload.collections[collection]?.config.versions?.drafts) return
  const { docs } = (await db.findVersions({
    collection,
    where: { and: [{ parent: { equals: appealId } }, { latest: { equals: true } }] },
    limit: 1,
    pagination: false,
    select: { version: { targetAmount: true, progressPercent: true } },
    req,
  })) as { docs: VersionRow[] }
  const latest = docs[0]
  if (!latest) return
  const versionPercent = progressPercentOf({
    raisedAmount: main.raisedAmount,
    targetAmount: latest.version?.targetAmount,
  })
  if (latest.version?.progressPercent === versionPercent) return
  await db.updateVersion({
    collection,
    id: latest.id,
    versionData: versionFieldPatch(db, 'progressPercent', versionPercent) as never,
    returning: false,
    req,
  })
}
