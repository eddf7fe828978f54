import type { FieldHook } from 'payload'

import { isAppealOpen } from '../../../src/ledger/index.ts'

/** `isOpen`, computed on every read so it flips exactly at `opensAt` and `closesAt`. */
export const computeIsOpen: FieldHook = ({ data, siblingData }) =>
  isAppealOpen((siblingData ?? data ?? {}) as Parameters<typeof isAppealOpen>[0])
