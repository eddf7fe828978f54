import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles.ts'
import { reconcileAppealTotals } from '../ledger/index.ts'

const forbidden = () =>
  Response.json(
    { errors: [{ message: 'Only admins may reconcile appeal totals with the donations ledger.' }] },
    { status: 403 },
  )

/**
 * `GET /api/donations/reconcile` reports where appeal totals differ from the
 * ledger; `POST /api/donations/reconcile` also repairs them. Admins only; the
 * same as `npm run reconcile [-- --fix]`.
 */
export const reconcileEndpoints: Endpoint[] = [
  {
    path: '/reconcile',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      if (!hasRole(req.user, 'admin')) return forbidden()
      // An admin asked; the check reads every appeal and donation, whatever field access says.
      return Response.json(await reconcileAppealTotals({ payload: req.payload, req }))
    },
  },
  {
    path: '/reconcile',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      if (!hasRole(req.user, 'admin')) return forbidden()
      // An admin asked; the totals are system fields no user may write, so the repair bypasses access.
      return Response.json(await reconcileAppealTotals({ payload: req.payload, req, fix: true }))
    },
  },
]
