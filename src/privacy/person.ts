import type { Payload, PayloadRequest, Where } from 'payload'

import { createHmac } from 'node:crypto'
import { APIError } from 'payload'

import { charityContext, slugInConfig } from '../context.ts'
import { ERASED_MARKER, GIFT_AID_RETENTION_YEARS } from '../defaults.ts'
import { ERASING_PERSONAL_DATA } from '../giftAid/context.ts'
import { erasedDeclarationData } from '../giftAid/retention.ts'
import { inTransaction } from '../ledger/index.ts'
import { erasedRequestData } from '../trainingRequests/retention.ts'
import { idOf } from '../utilities/idOf.ts'

type Doc = Record<string, unknown> & { id: number | string }

/** Everything held about one person, by collection. */
export type PersonalData = {
  email: string
  donations: Doc[]
  giftAidDeclarations: Doc[]
  trainingRequests: Doc[]
  accounts: Doc[]
}

export type ErasureReport = {
  email: string
  erased: Record<string, number>
  /** Records kept because the law requires them, each with why and until when. */
  kept: { collection: string; id: number | string; reason: string; keepUntil?: string }[]
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The email a request names, lower-cased; a 400 saying what to send otherwise. */
export const checkSubjectEmail = (value: unknown): string => {
  if (typeof value !== 'string' || value.length > 254 || !EMAIL.test(value.trim())) {
    throw new APIError(
      `Send the person's email address: {"email": "name@example.org"}; got ${JSON.stringify(value)}.`,
      400,
      null,
      true,
    )
  }
  return value.trim().toLowerCase()
}

/** How the audit log names a person: a keyed hash, so it never holds the email itself. */
export const subjectHash = (payload: Payload, email: string): string =>
  createHmac('sha256', payload.secret).update(email).digest('hex')

const PAGE = 500

/**
 * Read for an admin's request with their rights (`overrideAccess: false`: an
 * admin reads every one of these); the CLI has no user and runs as the operator.
 */
const findAll = async (
  req: PayloadRequest,
  collection: null | string,
  where: Where,
): Promise<Doc[]> => {
  if (!collection) return []
  const all: Doc[] = []
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection,
      where,
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      overrideAccess: !req.user,
      req,
    })
    all.push(...(result.docs as Doc[]))
    if (!result.hasNextPage) return all
  }
}

/** Whether a stored email is this (lower-cased) one, whatever case it was stored in. */
const sameEmail = (stored: unknown, email: string) =>
  typeof stored === 'string' && stored.trim().toLowerCase() === email

/**
 * The documents whose `field` holds this email in any case. Rows written
 * before emails were stored lower-cased may hold capitals: `like` matches
 * without case on every adapter (and wider: `_` and `%` are wildcards, a
 * part of an address matches), so only exact matches are kept.
 */
const findByEmail = async (
  req: PayloadRequest,
  collection: null | string,
  field: string,
  email: string,
): Promise<Doc[]> =>
  (await findAll(req, collection, { [field]: { like: email } })).filter((doc) =>
    sameEmail(doc[field], email),
  )

/**
 * Everything held about the person with this email: their ledger entries
 * (by donor email, and every gift their Gift Aid declarations cover),
 * declarations, training requests, and a staff account if they have one.
 */
export const findPersonalData = async (
  req: PayloadRequest,
  email: string,
): Promise<PersonalData> => {
  const { slugs } = charityContext(req.payload)
  const byEmail = await findByEmail(req, slugs.donations, 'donorEmail', email)
  const linked = new Set(
    byEmail
      .map((d) => idOf(d.giftAidDeclaration))
      .filter((id) => id !== null)
      .map(String),
  )
  const declarations = (
    await findAll(req, slugs.giftAidDeclarations, {
      or: [{ donorEmail: { like: email } }, { id: { in: [...linked] } }],
    })
  )
    // A declaration linked to their gift but given with another email is that person's, not theirs.
    .filter((d) => sameEmail(d.donorEmail, email) || (linked.has(String(d.id)) && !d.donorEmail))
  const covered = declarations.length
    ? await findAll(req, slugs.donations, {
        giftAidDeclaration: { in: declarations.map((d) => d.id) },
      })
    : []
  const seen = new Set(byEmail.map((d) => String(d.id)))
  // Gifts their declarations cover, except those another donor's email is on.
  const alsoTheirs = covered.filter(
    (d) => !seen.has(String(d.id)) && (!d.donorEmail || sameEmail(d.donorEmail, email)),
  )
  return {
    email,
    donations: [...byEmail, ...alsoTheirs],
    giftAidDeclarations: declarations,
    trainingRequests: await findByEmail(req, slugs.trainingRequests, 'email', email),
    accounts: await findAll(req, slugs.users, { email: { equals: email } }),
  }
}

/** Counts per collection, for the audit log. */
export const countsOf = (data: PersonalData): Record<string, number> => ({
  donations: data.donations.length,
  giftAidDeclarations: data.giftAidDeclarations.length,
  trainingRequests: data.trainingRequests.length,
  accounts: data.accounts.length,
})

const yearsAfter = (iso: string, years: number): Date => {
  const date = new Date(iso)
  date.setUTCFullYear(date.getUTCFullYear() + years)
  return date
}

/**
 * Replace the person's personal fields with an anonymous marker everywhere,
 * in one transaction, keeping amounts, dates and totals exact. Kept and
 * reported instead: a Gift Aid declaration a claim relied on in the last six
 * years (HMRC may ask for it; its email is removed, its name and address
 * stay), and a staff account (an admin removes it by deleting the account).
 */
export const erasePersonalData = async (
  req: PayloadRequest,
  email: string,
  audit: Audit,
  now = new Date(),
): Promise<{ found: PersonalData; report: ErasureReport }> => {
  const ctx = charityContext(req.payload)
  const erasedAt = now.toISOString()
  return inTransaction(req, async () => {
    const found = await findPersonalData(req, email)
    const report: ErasureReport = { email, erased: {}, kept: [] }
    const count = (collection: string) =>
      (report.erased[collection] = (report.erased[collection] ?? 0) + 1)
    const context = { [ERASING_PERSONAL_DATA]: true }

    for (const donation of found.donations) {
      await req.payload.update({
        collection: slugInConfig(ctx, 'donations'),
        id: donation.id,
        data: {
          donorName: donation.donorName ? ERASED_MARKER : null,
          donorEmail: null,
          notes: null,
        },
        depth: 0,
        context,
        // System task an admin started: the ledger row's donor fields are replaced, nothing else.
        overrideAccess: true,
        req,
      })
      count('donations')
    }

    for (const declaration of found.giftAidDeclarations) {
      const claimed =
        typeof declaration.lastClaimedAt === 'string' ? declaration.lastClaimedAt : null
      const keepUntil = claimed ? yearsAfter(claimed, GIFT_AID_RETENTION_YEARS) : null
      const mustKeep = keepUntil !== null && keepUntil > now
      // System writes: a declaration is never edited through the API, and the marker is no postcode.
      await req.payload.db.updateOne({
        collection: slugInConfig(ctx, 'giftAidDeclarations'),
        id: declaration.id,
        data: mustKeep
          ? { donorEmail: null }
          : {
              ...erasedDeclarationData(erasedAt),
              cancelledAt: declaration.cancelledAt ?? erasedAt,
              cancellationReason: declaration.cancellationReason ?? 'Erased at the donor’s request',
            },
        req,
      })
      if (mustKeep) {
        report.kept.push({
          collection: slugInConfig(ctx, 'giftAidDeclarations'),
          id: declaration.id,
          reason: `Supports a Gift Aid claim made on ${claimed}: HMRC may ask for it for ${GIFT_AID_RETENTION_YEARS} years. Its email was removed; its name and address are kept.`,
          keepUntil: keepUntil.toISOString(),
        })
      } else count('giftAidDeclarations')
    }

    for (const request of found.trainingRequests) {
      await req.payload.update({
        collection: slugInConfig(ctx, 'trainingRequests'),
        id: request.id,
        data: erasedRequestData(erasedAt) as never,
        depth: 0,
        context,
        // System task an admin started, the same erasure the retention job makes (erasedAt is a system field).
        overrideAccess: true,
        req,
      })
      count('trainingRequests')
    }

    for (const account of found.accounts) {
      report.kept.push({
        collection: ctx.slugs.users,
        id: account.id,
        reason:
          'A staff account: erasing it would lock a colleague out without telling them. An admin deletes the account (their content stays, authored by no one) once they have left.',
      })
    }
    // In the same transaction: an erasure is never done without its record.
    await logPrivacyRequest(req, {
      ...audit,
      action: 'erase',
      email,
      found: countsOf(found),
      erased: report.erased,
      kept: report.kept,
    })
    return { found, report }
  })
}

/** Everything held about the person, logged as an export. */
export const exportPersonalData = async (
  req: PayloadRequest,
  email: string,
  audit: Audit,
): Promise<PersonalData> =>
  inTransaction(req, async () => {
    const found = await findPersonalData(req, email)
    await logPrivacyRequest(req, { ...audit, action: 'export', email, found: countsOf(found) })
    return found
  })

/** Who asked, and how. */
export type Audit = { via: 'api' | 'cli'; actor: string }

/** Write the audit log entry: who, when (createdAt), how, what was found and done. */
const logPrivacyRequest = async (
  req: PayloadRequest,
  entry: Audit & {
    action: 'erase' | 'export'
    email: string
    found: Record<string, number>
    erased?: Record<string, number>
    kept?: ErasureReport['kept']
  },
): Promise<void> => {
  const slug = charityContext(req.payload).slugs.privacyAuditLog
  if (!slug) return
  await req.payload.create({
    collection: slug,
    data: {
      action: entry.action,
      via: entry.via,
      actor: entry.actor,
      subjectHash: subjectHash(req.payload, entry.email),
      found: entry.found,
      erased: entry.erased ?? null,
      kept: entry.kept ?? null,
    },
    depth: 0,
    // Only the system writes the audit log (its create access is nobody's).
    overrideAccess: true,
    req,
  })
}
