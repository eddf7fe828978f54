'use client'

import type { FormEvent, ReactNode } from 'react'

import type { Locale } from '../lib/locales'

import { useState } from 'react'

import { messages } from '../lib/i18n'

type FieldErrors = Record<string, string>
type State =
  | { kind: 'idle' | 'sending' | 'sent' | 'failed' }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'limited'; minutes: number }

const FIELDS = ['name', 'email', 'phone', 'organisation', 'town', 'preferredDates'] as const
const REQUIRED = new Set([
  'name',
  'email',
  'town',
  'preferredDates',
  'region',
  'expectedAttendees',
  'message',
  'consent',
])

/**
 * "Run the training in your community": posted by the browser straight to
 * the backend's `POST /api/training-requests` (its per-address rate limit then
 * counts the person, not this website's server). The backend's field errors
 * are shown beside their fields; the honeypot `website` field stays empty for
 * people and is sent as it is.
 */
export const TrainingForm = ({
  locale,
  backend,
  heading,
  intro,
}: {
  locale: Locale
  backend: string
  /** A page block's own words, in place of the site's. */
  heading?: string
  intro?: string
}) => {
  const t = messages(locale)
  const [state, setState] = useState<State>({ kind: 'idle' })
  const errors = state.kind === 'invalid' ? state.errors : {}

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = {
      ...Object.fromEntries(FIELDS.map((name) => [name, String(form.get(name) ?? '')])),
      region: String(form.get('region') ?? ''),
      expectedAttendees: Number(form.get('expectedAttendees')),
      message: String(form.get('message') ?? ''),
      consent: form.get('consent') === 'on',
      website: String(form.get('website') ?? ''),
    }
    setState({ kind: 'sending' })
    try {
      const response = await fetch(`${backend}/api/training-requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (response.status === 201) return setState({ kind: 'sent' })
      if (response.status === 429) {
        const seconds = Number(response.headers.get('retry-after')) || 3600
        return setState({ kind: 'limited', minutes: Math.max(1, Math.ceil(seconds / 60)) })
      }
      if (response.status === 400) {
        const { errors: list = [] } = (await response.json()) as {
          errors?: { field?: string; message: string }[]
        }
        const byField: FieldErrors = {}
        for (const error of list) byField[error.field ?? '_form'] = error.message
        return setState({ kind: 'invalid', errors: byField })
      }
      setState({ kind: 'failed' })
    } catch {
      setState({ kind: 'failed' })
    }
  }

  if (state.kind === 'sent') {
    return (
      <section className="training" aria-labelledby="training-heading">
        <h2 id="training-heading">{heading || t.trainingTitle}</h2>
        <p role="status" className="notice success">
          {t.sent}
        </p>
      </section>
    )
  }

  const field = (name: string, input: ReactNode) => (
    <p className={errors[name] ? 'field has-error' : 'field'}>
      <label htmlFor={`training-${name}`}>{t.fields[name]}</label>
      {input}
      {errors[name] ? (
        <span className="error" id={`training-${name}-error`}>
          {errors[name]}
        </span>
      ) : null}
    </p>
  )
  const describe = (name: string) => ({
    id: `training-${name}`,
    name,
    required: REQUIRED.has(name),
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `training-${name}-error` : undefined,
  })

  return (
    <section className="training" aria-labelledby="training-heading">
      <h2 id="training-heading">{heading || t.trainingTitle}</h2>
      <p>{intro || t.trainingIntro}</p>
      <div role="status" aria-live="polite">
        {state.kind === 'invalid' ? (
          <p className="notice error">{errors._form ?? t.fixErrors}</p>
        ) : null}
        {state.kind === 'limited' ? (
          <p className="notice error">{t.tooMany(state.minutes)}</p>
        ) : null}
        {state.kind === 'failed' ? <p className="notice error">{t.failed}</p> : null}
      </div>
      <form onSubmit={submit} noValidate>
        {field(
          'name',
          <input type="text" autoComplete="name" maxLength={200} {...describe('name')} />,
        )}
        {field('email', <input type="email" autoComplete="email" {...describe('email')} />)}
        {field(
          'phone',
          <input type="tel" autoComplete="tel" maxLength={40} {...describe('phone')} />,
        )}
        {field(
          'organisation',
          <input
            type="text"
            autoComplete="organization"
            maxLength={200}
            {...describe('organisation')}
          />,
        )}
        {field(
          'town',
          <input type="text" autoComplete="address-level2" maxLength={200} {...describe('town')} />,
        )}
        {field(
          'region',
          <select defaultValue="" {...describe('region')}>
            <option value="" disabled>
              {t.chooseRegion}
            </option>
            {Object.entries(t.regions).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>,
        )}
        {field(
          'preferredDates',
          <input type="text" maxLength={200} {...describe('preferredDates')} />,
        )}
        {field(
          'expectedAttendees',
          <input type="number" inputMode="numeric" {...describe('expectedAttendees')} />,
        )}
        {field('message', <textarea rows={5} maxLength={2000} {...describe('message')} />)}
        <p className={errors.consent ? 'field checkbox has-error' : 'field checkbox'}>
          <input type="checkbox" {...describe('consent')} />
          <label htmlFor="training-consent">{t.fields.consent}</label>
          {errors.consent ? (
            <span className="error" id="training-consent-error">
              {errors.consent}
            </span>
          ) : null}
        </p>
        {/* The honeypot: hidden from people and from assistive technology; bots fill it in. */}
        <p className="honeypot" aria-hidden="true">
          <label htmlFor="training-website">Website</label>
          <input
            id="training-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
          />
        </p>
        <p>
          <button type="submit" disabled={state.kind === 'sending'}>
            {state.kind === 'sending' ? t.sending : t.send}
          </button>
        </p>
      </form>
    </section>
  )
}
