import type { CollectionAfterOperationHook, FieldHook } from 'payload'

import { hasRole } from '../../access/roles.ts'
import { documentsOf } from '../../utilities/documentsOf.ts'
import { giftAidByAppeal } from '../appealFigures.ts'

export const GIFT_AID_FIGURE_FIELDS = ['giftAidPotential', 'giftAidClaimed'] as const

/**
 * Lists longer than this show no figure (null): the work grows with the
 * appeals' Gift Aid donations, and a finance officer reads it on one appeal
 * or a page of the admin's list (10 by default).
 */
export const MAX_APPEALS_WITH_FIGURES = 25

/** Whether a list read asked for a figure by name (`select`, or a GraphQL query naming it). */
const asksForFigures = (select: unknown): boolean =>
  typeof select === 'object' &&
  select !== null &&
  GIFT_AID_FIGURE_FIELDS.some((field) => (select as Record<string, unknown>)[field] === true)

/** Appeal documents this operation read for an editor or admin, waiting for their figures. */
const waiting = new WeakSet<object>()

/**
 * On the Gift Aid figures: field hooks run before field read access is
 * checked, so the role is checked here too and nothing is worked out for an
 * anonymous reader or an author. For staff the document is noted and the
 * figures are filled in once for the whole read (fillGiftAidFigures), not
 * once per appeal.
 */
export const noteGiftAidFigureRead: FieldHook = ({ data, req, value }) => {
  if (!data || !hasRole(req.user, 'editor', 'admin')) return value
  waiting.add(data)
  return null
}

/**
 * After a read of one appeal, or of a short list that names the figures in
 * its `select` (GraphQL does for the fields a query asks for): the Gift Aid
 * figures of every appeal an editor or admin read, from one pass over the
 * ledger. A plain list (the admin's list view, a website's listing read by a
 * signed-in editor) shows null rather than pay for figures nobody looks at.
 * Reads only, on the request's own `req` (and so its transaction, if any).
 */
export const fillGiftAidFigures: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'find' && operation !== 'findByID' && operation !== 'updateByID') return result
  if (operation === 'find' && !asksForFigures((args as { select?: unknown }).select)) return result
  const noted = documentsOf(result).filter((doc) => waiting.has(doc))
  if (!noted.length || noted.length > MAX_APPEALS_WITH_FIGURES) return result
  const figures = await giftAidByAppeal(
    req,
    noted.map((doc) => doc.id as number | string),
  )
  for (const doc of noted) {
    const figure = figures.get(String(doc.id))
    if (!figure) continue
    // Only where the read kept the field (select, field access).
    if ('giftAidPotential' in doc) doc.giftAidPotential = figure.potential
    if ('giftAidClaimed' in doc) doc.giftAidClaimed = figure.claimed
  }
  return result
}
