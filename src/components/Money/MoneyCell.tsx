'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { formatMinorUnits } from '../AppealProgress/money.ts'

export type MoneyCellProps = DefaultCellComponentProps & {
  currencyField?: string
  currency?: string
}

/** A list column of minor units, shown as money in the row's own currency (`£5,000.00`). */
export const MoneyCell = ({
  cellData,
  rowData,
  currencyField,
  currency = 'GBP',
}: MoneyCellProps) => {
  if (typeof cellData !== 'number') return <span>—</span>
  const fromRow = currencyField ? (rowData as Record<string, unknown>)[currencyField] : undefined
  return (
    <span className="charity-money-cell">
      {formatMinorUnits(cellData, typeof fromRow === 'string' ? fromRow : currency)}
    </span>
  )
}
