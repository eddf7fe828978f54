'use client'
import type { NumberFieldClientComponent } from 'payload'

import { FieldLabel, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { progressPercentOf } from '../../ledger/progress.ts'
import { ProgressBar } from './ProgressBar.tsx'

const asNumber = (value: unknown): null | number => (typeof value === 'number' ? value : null)

/**
 * The appeal edit view's `progressPercent`, shown as a bar with the totals.
 * It reads the form, so changing the target redraws it before saving.
 */
export const AppealProgressField: NumberFieldClientComponent = ({ path }) => {
  const raisedAmount = useFormFields(([fields]) => asNumber(fields.raisedAmount?.value))
  const targetAmount = useFormFields(([fields]) => asNumber(fields.targetAmount?.value))
  const currency = useFormFields(([fields]) => fields.currency?.value)

  return (
    <div
      className="field-type charity-progress-field"
      style={{ flex: '1 1 100%', marginBottom: 'var(--spacing-field)' }}
    >
      <FieldLabel label="Progress towards target" path={path} />
      <ProgressBar
        percent={progressPercentOf({ raisedAmount, targetAmount })}
        raisedAmount={raisedAmount}
        targetAmount={targetAmount}
        currency={typeof currency === 'string' ? currency : null}
      />
      {/* Darker than Payload's own field descriptions, which fall short of WCAG AA contrast. */}
      <p
        className="charity-progress-field__description"
        style={{ color: 'var(--theme-elevation-800)', fontSize: '0.85rem', margin: '0.4rem 0 0' }}
      >
        Raised so far, from the donations ledger. It updates as donations arrive.
      </p>
    </div>
  )
}
