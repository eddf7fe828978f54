import type { CollectionBeforeOperationHook, SelectType } from 'payload'

import { getSelectMode } from 'payload/shared'

/** The stored fields each computed field is worked out from. */
const INPUTS: Record<string, string[]> = {
  progressPercent: ['raisedAmount', 'targetAmount'],
  isOpen: ['_status', 'opensAt', 'closesAt'],
}

/**
 * `progressPercent` and `isOpen` are computed on read from other fields. When a
 * reader narrows the response with `select` (or a relationship populates the
 * appeal with `defaultPopulate`), load those inputs too, or the computed values
 * would be worked out from nothing (an open appeal reading `isOpen: false`).
 */
export const selectProgressInputs: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read') return args
  const select = (args as { select?: SelectType }).select
  if (!select || Object.keys(select).length === 0) return args

  const next: SelectType = { ...select }
  if (getSelectMode(select) === 'include') {
    for (const [computed, inputs] of Object.entries(INPUTS)) {
      if (select[computed] === true) for (const input of inputs) next[input] = true
    }
  } else {
    for (const [computed, inputs] of Object.entries(INPUTS)) {
      if (select[computed] !== false) for (const input of inputs) delete next[input]
    }
  }
  // Nothing left to exclude: an empty selection would mean "only the id".
  return { ...args, select: Object.keys(next).length > 0 ? next : undefined }
}
