'use client'
import type { NumberFieldClientProps, StaticDescription, StaticLabel } from 'payload'

import { FieldError, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useId, useState } from 'react'

import { currencySymbol, majorUnitsText, parseMajorUnits } from './majorUnits.ts'

// Darker than Payload's own field descriptions, which fall short of WCAG AA contrast.
const descriptionStyle: React.CSSProperties = {
  color: 'var(--theme-elevation-800)',
  fontSize: '0.85rem',
  margin: '0.4rem 0 0',
}

export type MoneyFieldProps = NumberFieldClientProps & {
  /** Path of the document's ISO 4217 `currency` field; without one, `currency` applies. */
  currencyField?: string
  currency?: string
}

/**
 * A number field that stores minor units (pence) but is typed and shown in
 * major units with the currency's symbol and decimals, so `£5,000.00` saves
 * `500000`. The currency comes from the document, so JPY takes whole yen and
 * BHD three decimals. Text that is not an amount stays in the form as text,
 * and the field's validation refuses it with a message before saving.
 */
export const MoneyField = ({
  field,
  path: pathFromProps,
  readOnly,
  currencyField,
  currency: fixedCurrency = 'GBP',
}: MoneyFieldProps) => {
  const { value, setValue, showError, errorMessage, disabled, path } = useField<unknown>({
    potentiallyStalePath: pathFromProps,
  })
  const fromDocument = useFormFields(([fields]) =>
    currencyField ? fields[currencyField]?.value : undefined,
  )
  const currency =
    typeof fromDocument === 'string' && /^[A-Z]{3}$/.test(fromDocument)
      ? fromDocument
      : fixedCurrency
  const stored = typeof value === 'number' ? value : null
  const [text, setText] = useState(() => majorUnitsText(stored, currency))
  const [problem, setProblem] = useState<null | string>(null)
  const inputId = `field-${path.replace(/\./g, '__')}`
  const hintId = useId()

  // A value loaded or reset from outside (or a new currency) redraws the text; the editor's own typing does not.
  useEffect(() => {
    if (typeof value === 'number' || value === null || value === undefined) {
      const parsed = parseMajorUnits(text, currency)
      if (!('minor' in parsed) || parsed.minor !== stored) setText(majorUnitsText(stored, currency))
    }
  }, [stored, currency])

  const onChange = (next: string) => {
    setText(next)
    const parsed = parseMajorUnits(next, currency)
    if ('error' in parsed) {
      setProblem(parsed.error)
      // Kept as text so the save is refused with the message rather than storing a stale amount.
      setValue(next)
    } else {
      setProblem(null)
      setValue(parsed.minor)
    }
  }

  const symbol = currencySymbol(currency)
  const label = (field.label as StaticLabel | undefined) ?? field.name
  const description = field.admin?.description as StaticDescription | undefined
  const isDisabled = readOnly || disabled

  return (
    <div
      className={`field-type number charity-money-field${showError || problem ? ' error' : ''}`}
      style={{ flex: '1 1 auto', ...(field.admin?.width ? { width: field.admin.width } : {}) }}
    >
      <FieldLabel label={label} path={path} required={field.required} htmlFor={inputId} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError && !problem} message={errorMessage} />
        <div style={{ alignItems: 'center', display: 'flex', gap: '0.5rem' }}>
          <span
            aria-hidden="true"
            className="charity-money-field__symbol"
            style={{ color: 'var(--theme-elevation-800)', fontWeight: 600, minWidth: '1.5rem' }}
          >
            {symbol}
          </span>
          <input
            id={inputId}
            name={path}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={text}
            disabled={isDisabled}
            aria-invalid={Boolean(problem) || showError}
            aria-describedby={hintId}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => {
              if (typeof value === 'number') setText(majorUnitsText(value, currency))
            }}
          />
        </div>
        <div id={hintId}>
          {problem ? (
            <p
              className="charity-money-field__problem"
              role="alert"
              style={{ color: 'var(--theme-error-750)', margin: '0.4rem 0 0' }}
            >
              {problem}
            </p>
          ) : null}
          <p className="charity-money-field__description" style={descriptionStyle}>
            {typeof description === 'string' ? description : `In ${currency} (${symbol}).`}
          </p>
        </div>
      </div>
    </div>
  )
}
