import type { Endpoint, PayloadRequest } from 'payload'

import { randomBytes, randomInt } from 'node:crypto'
import { addDataAndFileToRequest } from 'payload'

import { isWebsitePreview } from '../access/websitePreview.ts'
import { guardEndpoint } from '../guards/endpoint.ts'
import { checkTrainingRequest } from '../trainingRequests/input.ts'

/** What a requester is told: that it arrived, and its number. Nothing they sent comes back. */
const receipt = (id: number | string) =>
  Response.json({ id, status: 'received' as const }, { status: 201 })

/** An id of the database's kind that names no request, for a reply to a bot. */
const decoyId = (req: PayloadRequest): number | string =>
  req.payload.db.defaultIDType === 'number'
    ? randomInt(1_000, 1_000_000)
    : randomBytes(12).toString('hex')

/**
 * `POST /api/training-requests`: anyone asks for a training day in their
 * community. The body is checked field by field (a 400 names each problem);
 * a filled-in honeypot gets the same 201 as a real request and nothing is
 * stored; a real request is saved with the consent's wording version and
 * time, and answered with its id and `"status": "received"` only.
 *
 * Staff (the admin's "Create New", for a request taken by phone) go through
 * Payload's own validation and get the document back, as the admin expects.
 * Rate limiting is the host's: the reference server limits this route per
 * client address (docs/plugin.md).
 */
export const trainingRequestForm = (slug: string): Endpoint =>
  guardEndpoint(
    // Staff entering a request taken by phone are signed in: the public form's limit is not for them.
    {
      rateLimit: 'trainingRequests',
      exempt: (req) => Boolean(req.user),
      body: 'trainingRequests',
      jsonObject: true,
    },
    {
      path: '/',
      method: 'post',
      handler: async (req: PayloadRequest) => {
        // A website that sends its preview key with everything is told why, not just "not allowed".
        if (isWebsitePreview(req.user)) {
          return Response.json(
            {
              errors: [
                {
                  message:
                    "The website preview key only reads: send training requests without it, as a visitor's browser would.",
                },
              ],
            },
            { status: 403 },
          )
        }
        if (req.user) {
          await addDataAndFileToRequest(req)
          const doc = await req.payload.create({
            collection: slug as 'training-requests',
            data: (req.data ?? {}) as never,
            depth: 0,
            req,
            overrideAccess: false,
          })
          return Response.json(
            { id: doc.id, status: 'received', doc, message: 'Training request saved.' },
            { status: 201 },
          )
        }

        let body: unknown
        try {
          body = req.json ? await req.json() : undefined
        } catch {
          return Response.json(
            {
              errors: [
                { message: 'Send the request as JSON with Content-Type: application/json.' },
              ],
            },
            { status: 400 },
          )
        }
        const checked = checkTrainingRequest(body)
        if (checked.kind === 'invalid') {
          return Response.json(
            {
              errors: checked.problems.map(({ field, message }) => ({ field, message })),
            },
            { status: 400 },
          )
        }
        if (checked.kind === 'honeypot') {
          req.payload.logger.info('Training request form: a filled-in honeypot; nothing stored.')
          return receipt(decoyId(req))
        }
        const doc = await req.payload.create({
          collection: slug as 'training-requests',
          data: checked.data as never,
          depth: 0,
          req,
          overrideAccess: false,
        })
        return receipt(doc.id)
      },
    },
  )
