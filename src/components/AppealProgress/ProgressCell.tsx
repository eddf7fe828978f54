'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { progressPercentOf } from '../../ledger/progress.ts'
import { ProgressBar } from './ProgressBar.tsx'

type AppealRow = {
  raisedAmount?: null | number
  targetAmount?: null | number
  currency?: null | string
}

/** The appeals list's `progressPercent` column, drawn as a bar. */
export const AppealProgressCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  const row = rowData as AppealRow
  // The list may load without virtual fields; the totals give the same answer.
  const percent = typeof cellData === 'number' ? cellData : progressPercentOf(row)
  return (
    <ProgressBar
      percent={percent}
      raisedAmount={row.raisedAmount}
      targetAmount={row.targetAmount}
      currency={row.currency}
      size="compact"
    />
  )
}
