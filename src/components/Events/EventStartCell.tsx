'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { nextOccurrences, type SeriesInput } from '../../recurrence/expand.ts'
import { inEventZone, listedStart } from './eventTimes.ts'

/**
 * The events list's `startsAt` column: the start in the event's own time
 * zone, and for a repeating series its next occurrence, marked as such
 * ("Series ended" when none is left).
 */
export const EventStartCell = ({ rowData }: DefaultCellComponentProps) => {
  const row = rowData as SeriesInput
  const { at, series } = listedStart(row, new Date(), nextOccurrences)
  const zone = row.timezone || 'Europe/London'
  if (!series) return <span>{inEventZone(at, zone) ?? ''}</span>
  return (
    <span className="charity-event-start" data-series="true">
      {at ? `Next: ${inEventZone(at, zone) ?? at}` : 'Series ended'}
      <span className="charity-event-start__series"> · repeats</span>
    </span>
  )
}
