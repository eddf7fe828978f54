import type { ServerProps } from 'payload'

import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { hasRole } from '../../access/roles.ts'
import { charitySlug } from '../../context.ts'

type EndpointRow = { id: number | string; url?: string; deactivationReason?: null | string }

/**
 * For admins: webhook endpoints the system switched off after a day of
 * failures, so a website that stopped hearing about changes is noticed.
 * Nothing is shown while every endpoint is healthy.
 */
export const DeactivatedWebhooks = async ({ payload, user }: ServerProps) => {
  const slug = charitySlug(payload, 'webhookEndpoints')
  if (!slug || !hasRole(user, 'admin')) return null
  const { docs } = await payload.find({
    collection: slug,
    where: { deactivatedAt: { exists: true } },
    limit: 5,
    depth: 0,
    // The admin's own rights: endpoints are admin-only.
    overrideAccess: false,
    user,
  })
  if (!docs.length) return null
  const adminRoute = payload.config.routes.admin
  return (
    <div
      role="alert"
      style={{
        border: '1px solid var(--theme-error-500)',
        borderRadius: 'var(--style-radius-m, 6px)',
        padding: '1rem 1.25rem',
        marginBottom: '1.5rem',
      }}
    >
      <h3 style={{ marginTop: 0 }}>Webhooks switched off</h3>
      <p>These addresses failed every delivery for a day and no longer hear about changes:</p>
      <ul>
        {(docs as EndpointRow[]).map((endpoint) => (
          <li key={endpoint.id}>
            <Link
              href={formatAdminURL({
                adminRoute,
                path: `/collections/${slug}/${endpoint.id}`,
                relative: true,
              })}
            >
              {endpoint.url}
            </Link>
            {endpoint.deactivationReason ? ` — ${endpoint.deactivationReason}` : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
