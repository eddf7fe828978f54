import type { CollectionAfterChangeHook, Payload } from 'payload'

import type { CharityContext } from '../../../src/context.ts'

import { publishedAnd } from '../../../src/access/published.ts'
import { REGIONS } from '../../../src/defaults.ts'

/** Set `req.context.skipTrainingRequestEmails` to save requests without telling anyone (the seed does). */
export const SKIP_TRAINING_REQUEST_EMAILS = 'skipTrainingRequestEmails'

type RequestDoc = {
  id: number | string
  name?: null | string
  email?: null | string
  phone?: null | string
  organisation?: null | string
  town?: null | string
  region?: null | string
  preferredDates?: null | string
  expectedAttendees?: null | number
  message?: null | string
}

const regionLabel = (value: null | string | undefined) =>
  REGIONS.find((region) => region.value === value)?.label ?? value ?? 'no region'

/**
 * Who hears about a new request: the coordinators of the groups in its region
 * and the office address in site settings. The requester has no access to
 * accounts or settings, so these look-ups are a system task (access bypassed).
 */
export const recipientsFor = async (
  payload: Payload,
  ctx: CharityContext,
  region: null | string | undefined,
): Promise<string[]> => {
  const recipients = new Set<string>()
  const { groups, users } = ctx.slugs
  if (groups && region) {
    const inRegion = await payload.find({
      collection: groups,
      // The groups' published regions: a draft's region is not yet the group's.
      where: publishedAnd({ region: { equals: region } }),
      select: {},
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: true,
    })
    const ids = inRegion.docs.map((doc) => doc.id)
    if (ids.length) {
      const coordinators = await payload.find({
        collection: users,
        where: { and: [{ role: { equals: 'coordinator' } }, { groups: { in: ids } }] },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const user of coordinators.docs) if (user.email) recipients.add(user.email)
    }
  }
  const { siteSettings } = ctx.globalSlugs
  if (siteSettings) {
    const settings = (await payload.findGlobal({
      slug: siteSettings,
      depth: 0,
      overrideAccess: true,
    })) as { contact?: { email?: null | string } }
    if (settings.contact?.email) recipients.add(settings.contact.email)
  }
  return [...recipients]
}

export const requestEmail = (doc: RequestDoc, adminLink: null | string) => {
  const lines = [
    `A new request to run the training day has arrived.`,
    '',
    `Where:      ${doc.town ?? ''} (${regionLabel(doc.region)})`,
    `When:       ${doc.preferredDates ?? ''}`,
    `People:     about ${doc.expectedAttendees ?? '?'}`,
    `From:       ${doc.name ?? ''}${doc.organisation ? `, ${doc.organisation}` : ''}`,
    `Email:      ${doc.email ?? ''}`,
    ...(doc.phone ? [`Phone:      ${doc.phone}`] : []),
    '',
    doc.message ?? '',
    '',
    adminLink
      ? `Open it in the admin: ${adminLink}`
      : `Find it in the admin under Community → Training requests (number ${doc.id}).`,
  ]
  return {
    subject: `Training day request: ${doc.town ?? 'a new community'} (${regionLabel(doc.region)})`,
    text: lines.join('\n'),
  }
}

/**
 * Tell the region's coordinators and the office about a new request, through
 * the host's email adapter. Sent after the reply, and never able to fail the
 * request: the request is already stored and shows on the dashboard, so a
 * failure is logged for the operator instead.
 */
export const notifyRegion =
  (ctx: CharityContext, slug: string): CollectionAfterChangeHook =>
  ({ doc, operation, req }) => {
    if (operation !== 'create' || req.context[SKIP_TRAINING_REQUEST_EMAILS]) return doc
    const { payload } = req
    const request = doc as RequestDoc
    const serverURL = payload.config.serverURL
    const adminLink = serverURL
      ? `${serverURL.replace(/\/$/, '')}${payload.config.routes.admin}/collections/${slug}/${request.id}`
      : null
    // Detached from the request (and its transaction): the reply does not wait for a mail server.
    setImmediate(() => {
      void (async () => {
        try {
          const to = await recipientsFor(payload, ctx, request.region)
          if (!to.length) {
            payload.logger.warn(
              `Training request ${request.id}: nobody to tell (no coordinator in ${regionLabel(request.region)} and no contact email in site settings).`,
            )
            return
          }
          await payload.sendEmail({ to, ...requestEmail(request, adminLink) })
        } catch (error) {
          payload.logger.error(
            `Training request ${request.id} is saved, but telling the coordinators failed: ${error instanceof Error ? error.message : String(error)}`,
          )
        }
      })()
    })
    return doc
  }
