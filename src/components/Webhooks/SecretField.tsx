'use client'
import type { UIFieldClientComponent } from 'payload'

import { Button, FieldLabel, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

type Rotated = { secret: string; previousSecretExpiresAt: null | string }

/**
 * The signing secret, which no read returns: made by the server on create
 * (the API reply shows it once) and replaced here by "Rotate", whose answer
 * is the one time the new secret is on screen.
 */
export const WebhookSecretField: UIFieldClientComponent = ({ path }) => {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [expirePrevious, setExpirePrevious] = useState(false)
  const [rotated, setRotated] = useState<null | Rotated>(null)
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  if (!id) {
    return (
      <div className="field-type" style={{ marginBottom: 'var(--spacing-field)' }}>
        <FieldLabel label="Signing secret" path={path} />
        <p>
          The server makes a <code>whsec_…</code> secret when the endpoint is saved. Save, then
          press <strong>Rotate secret</strong> (with “stop the old secret now”) to see one.
        </p>
      </div>
    )
  }

  const rotate = async () => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${serverURL}${api}/${collectionSlug}/${id}/rotate-secret`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ expirePrevious }),
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? `Answered ${response.status}`)
      setRotated(body as Rotated)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--spacing-field)' }}>
      <FieldLabel label="Signing secret" path={path} />
      {rotated ? (
        <div>
          <p>Copy it now: it is not shown again.</p>
          <pre style={{ userSelect: 'all', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {rotated.secret}
          </pre>
          {rotated.previousSecretExpiresAt ? (
            <p>
              The previous secret also signs until{' '}
              {new Date(rotated.previousSecretExpiresAt).toLocaleString('en-GB')}.
            </p>
          ) : null}
        </div>
      ) : (
        <p>Hidden. Rotating makes a new one and shows it once.</p>
      )}
      <label style={{ display: 'block', margin: '0.5rem 0' }}>
        <input
          checked={expirePrevious}
          onChange={(event) => setExpirePrevious(event.target.checked)}
          type="checkbox"
        />{' '}
        Stop the old secret now (otherwise it signs alongside the new one for 24 hours)
      </label>
      <Button buttonStyle="secondary" disabled={busy} onClick={rotate} size="small">
        Rotate secret
      </Button>
      {error ? <p style={{ color: 'var(--theme-error-500)' }}>{error}</p> : null}
    </div>
  )
}
