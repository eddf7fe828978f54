import type { ServerProps } from 'payload'

import type { RequestStatus } from './requestLinks.ts'

import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { charitySlug } from '../../context.ts'
import { LinkBar } from '../LinkBar.tsx'
import { REQUEST_STATUS_LABELS, requestsInStatus } from './requestLinks.ts'

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
    <LinkBar
      label="Requests by status"
      className="charity-request-filters"
      links={[
        ...(Object.keys(REQUEST_STATUS_LABELS) as RequestStatus[]).map((status) => ({
          label: REQUEST_STATUS_LABELS[status],
          href: requestsInStatus(listPath, status),
        })),
        { label: 'All', href: listPath },
      ]}
    />
  )
}
