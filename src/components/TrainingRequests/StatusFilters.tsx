import type { ServerProps } from 'payload'

import type { RequestStatus } from './requestLinks.ts'

import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { charitySlug } from '../../context.ts'
import { REQUEST_STATUS_LABELS, requestsInStatus } from './requestLinks.ts'

const barStyle: React.CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.5rem',
  alignItems: 'center',
  margin: '1rem 0',
}
const chipStyle: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: '999px',
  padding: '0.2rem 0.8rem',
  textDecoration: 'none',
}

/**
 * Above the training requests list: one click to the requests in each status
 * (new first, the ones waiting for someone), or all of them.
 */
export const TrainingRequestStatusFilters = ({ payload }: ServerProps) => {
  const slug = charitySlug(payload, 'trainingRequests')
  if (!slug) return null
  const listPath = formatAdminURL({
    adminRoute: payload.config.routes.admin,
    path: `/collections/${slug}`,
    relative: true,
  })
  return (
    <nav
      aria-label="Requests by status"
      className="charity-request-filters gutter--left gutter--right"
      style={barStyle}
    >
      <span>Show:</span>
      {(Object.keys(REQUEST_STATUS_LABELS) as RequestStatus[]).map((status) => (
        <Link key={status} href={requestsInStatus(listPath, status)} style={chipStyle}>
          {REQUEST_STATUS_LABELS[status]}
        </Link>
      ))}
      <Link href={listPath} style={chipStyle}>
        All
      </Link>
    </nav>
  )
}
