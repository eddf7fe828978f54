import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles.ts'
import { exportGiftAidClaim } from '../giftAid/claim.ts'

const reply = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/gift-aid-declarations/claim` with `{"from": "YYYY-MM-DD", "to":
 * "YYYY-MM-DD", "dryRun"?: true}`: the HMRC schedule (CSV in the JSON reply)
 * of every eligible donation in the period, marked claimed in the same
 * transaction. Admins only; the same as `npm run gift-aid:export`.
 */
export const giftAidClaimEndpoints: Endpoint[] = [
  {
    path: '/claim',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!hasRole(req.user, 'admin')) {
        return reply(403, 'Only admins may export a Gift Aid claim.')
      }
      let body: unknown
      try {
        body = req.json ? await req.json() : undefined
      } catch {
        return reply(400, 'Send a JSON body: {"from": "2026-04-06", "to": "2027-04-05"}.')
      }
      const { from, to, dryRun } = (body ?? {}) as Record<string, unknown>
      if (dryRun !== undefined && typeof dryRun !== 'boolean') {
        return reply(400, 'dryRun must be true or false.')
      }
      // An admin asked; claim records are system fields no user writes, so the export bypasses field access.
      return Response.json(
        await exportGiftAidClaim({ payload: req.payload, req, from, to, dryRun: dryRun === true }),
      )
    },
  },
]
