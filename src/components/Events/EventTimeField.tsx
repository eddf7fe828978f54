'use client'
import type { DateFieldClientProps, DateFieldValidation } from 'payload'

import { DateTimeField, useFormFields } from '@payloadcms/ui'
import React, { useCallback } from 'react'

import { endBeforeStartWarning, inEventZone } from './eventTimes.ts'

export type EventTimeFieldProps = DateFieldClientProps & {
  /** Path of the event's IANA time zone field. */
  timezoneField?: string
  /** On the end: the start it must come after; the form warns and refuses to save otherwise. */
  after?: string
}

const asString = (value: unknown): null | string => (typeof value === 'string' ? value : null)

/**
 * Payload's date and time picker, which shows times in the editor's own
 * browser zone, with the same moment in the event's time zone under it, and
 * on the end a warning (and a refused save) when it is not after the start.
 */
export const EventTimeField = (props: EventTimeFieldProps) => {
  const { path, timezoneField = 'timezone', after } = props
  const value = useFormFields(([fields]) => asString(fields[path]?.value))
  const zone = useFormFields(([fields]) => asString(fields[timezoneField]?.value))
  const start = useFormFields(([fields]) => (after ? asString(fields[after]?.value) : null))
  const warning = after ? endBeforeStartWarning(start, value) : null
  const local = inEventZone(value, zone)

  // Checked in the browser before the form is sent; the server refuses it too (400).
  const validate = useCallback<DateFieldValidation>(
    (next, options) => {
      const problem = after ? endBeforeStartWarning(start, asString(next)) : null
      if (problem) return problem
      return options.required && !next ? 'This field is required.' : true
    },
    [after, start],
  )

  return (
    <div className="charity-event-time" style={{ flex: '1 1 auto' }}>
      <DateTimeField {...props} validate={after ? validate : props.validate} />
      <p
        className="charity-event-time__zone"
        style={{ color: 'var(--theme-elevation-800)', fontSize: '0.85rem', margin: '0.3rem 0 0' }}
      >
        {local
          ? `In the event's time zone (${zone}): ${local}`
          : `Times are saved with the event's time zone${zone ? ` (${zone})` : ''}.`}
      </p>
      {warning ? (
        <p
          className="charity-event-time__warning"
          role="alert"
          style={{ color: 'var(--theme-error-750)', fontWeight: 600, margin: '0.3rem 0 0' }}
        >
          {warning}
        </p>
      ) : null}
    </div>
  )
}
