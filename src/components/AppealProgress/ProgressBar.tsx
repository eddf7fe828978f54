import React from 'react'

import { formatMinorUnits } from './money.ts'

export type ProgressBarProps = {
  percent: number
  raisedAmount?: null | number
  targetAmount?: null | number
  currency?: null | string
  /** `compact` fits a list cell: a thin bar and smaller type. */
  size?: 'compact' | 'full'
}

/**
 * How far an appeal is towards its target. Plain markup with inline styles
 * and Payload's theme variables, so it renders the same from server and
 * client components and in light and dark themes.
 */
export const ProgressBar = ({
  percent,
  raisedAmount,
  targetAmount,
  currency,
  size = 'full',
}: ProgressBarProps) => {
  const shown = Math.max(0, Math.round(percent))
  // An overshooting appeal still draws a full bar, never one wider than its track.
  const width = Math.min(100, shown)
  const compact = size === 'compact'
  const summary =
    targetAmount != null
      ? `${formatMinorUnits(raisedAmount, currency)} of ${formatMinorUnits(targetAmount, currency)}`
      : undefined

  return (
    <div className="charity-progress" style={{ minWidth: compact ? '7rem' : undefined }}>
      <div
        role="progressbar"
        aria-label="Progress towards target"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={width}
        aria-valuetext={summary ? `${shown}% raised: ${summary}` : `${shown}% raised`}
        style={{
          background: 'var(--theme-elevation-100)',
          borderRadius: '999px',
          height: compact ? '0.5rem' : '0.85rem',
          overflow: 'hidden',
        }}
      >
        <div
          style={{
            background: shown >= 100 ? 'var(--theme-success-500)' : 'var(--theme-success-400)',
            height: '100%',
            transition: 'width 0.3s ease',
            width: `${width}%`,
          }}
        />
      </div>
      <div
        className="charity-progress__label"
        style={{
          fontSize: compact ? '0.8rem' : '0.95rem',
          marginTop: '0.3rem',
          color: 'var(--theme-elevation-800)',
        }}
      >
        <strong>{shown}%</strong>
        {summary ? (
          <span>
            {' '}
            · {summary}
            {compact ? '' : ' raised'}
          </span>
        ) : null}
      </div>
    </div>
  )
}
