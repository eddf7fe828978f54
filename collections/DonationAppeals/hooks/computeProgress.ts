import type { FieldHook } from 'payload'

import { isAppealOpen, progressPercentOf } from '../../../src/donations/progress.ts'

/** `progressPercent`, computed on every read. */
export const computeProgressPercent: FieldHook = ({ data, siblingData }) =>
  progressPercentOf((siblingData ?? data ?? {}) as Parameters<typeof progressPercentOf>[0])

/** `isOpen`, computed on every read so it flips exactly at `opensAt` and `closesAt`. */
export const computeIsOpen: FieldHook = ({ data, siblingData }) =>
  isAppealOpen((siblingData ?? data ?? {}) as Parameters<typeof isAppealOpen>[0])
