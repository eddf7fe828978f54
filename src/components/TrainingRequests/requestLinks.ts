import { REGIONS } from '../../defaults.ts'

export const REQUEST_STATUS_LABELS = {
  new: 'New',
  contacted: 'Contacted',
  scheduled: 'Scheduled',
  completed: 'Completed',
  declined: 'Declined',
} as const

export type RequestStatus = keyof typeof REQUEST_STATUS_LABELS

/**
 * The list of requests in one status, as the admin's own filter writes it in
 * the address (so the filter bar shows it and it can be changed from there).
 */
export const requestsInStatus = (listPath: string, status: RequestStatus): string =>
  `${listPath}?${new URLSearchParams({
    'where[or][0][and][0][requestStatus][equals]': status,
  }).toString()}`

export const regionLabel = (value: null | string | undefined): string =>
  REGIONS.find((region) => region.value === value)?.label ?? value ?? ''
