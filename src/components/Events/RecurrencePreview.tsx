'use client'
import type { RecurrenceFields } from '../../recurrence/rule.ts'

import { useAllFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import React, { useMemo } from 'react'

import { previewRule } from '../../recurrence/describe.ts'

type EventValues = {
  startsAt?: null | string
  endsAt?: null | string
  timezone?: null | string
  recurrence?: RecurrenceFields
}

const note = { color: 'var(--theme-elevation-800)', fontSize: '0.9rem', margin: '0.3rem 0' }

/**
 * Under the recurrence fields: the rule in words ("Every month on the 2nd
 * Tuesday, until 1 July 2027") and the next five dates in the event's zone,
 * as the editor changes the fields, or what to change when they make no rule.
 */
export const RecurrencePreview = () => {
  const [fields] = useAllFormFields()
  const values = useMemo(() => reduceFieldsToValues(fields, true) as EventValues, [fields])
  const preview = previewRule(values.recurrence, values, new Date())
  if (preview.kind === 'none') return null
  return (
    <div className="charity-recurrence-preview" style={{ marginBottom: '1.5rem' }}>
      {preview.kind === 'problem' ? (
        <p style={{ ...note, color: 'var(--theme-error-500)' }}>{preview.message}</p>
      ) : (
        <>
          <p style={{ ...note, fontWeight: 600 }}>{preview.text}</p>
          <p style={note}>Next dates:</p>
          <ul style={{ ...note, paddingLeft: '1.2rem' }}>
            {preview.next.map((date) => (
              <li key={date}>{date}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
