import type { TextFieldSingleValidation } from 'payload'

/**
 * Addresses we send readers to. Our own pages (donate, join online) must be
 * https; third-party sites (partners, sources) may still be plain http.
 */
const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*$/i
const WEB_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i

export const isHttpsUrl = (value: unknown): value is string =>
  typeof value === 'string' && HTTPS_URL.test(value)

export const isWebUrl = (value: unknown): value is string =>
  typeof value === 'string' && WEB_URL.test(value)

/** Optional https address: empty is fine, anything else must be a full https:// URL. */
export const validateHttpsUrl: TextFieldSingleValidation = (value, { path }) =>
  value === null || value === undefined || value === '' || isHttpsUrl(value)
    ? true
    : `${path?.join('.') || 'This field'} must be a full https:// address (e.g. https://example.org/page).`

/** Optional web address: empty is fine, anything else must start with https:// or http://. */
export const validateWebUrl: TextFieldSingleValidation = (value, { path }) =>
  value === null || value === undefined || value === '' || isWebUrl(value)
    ? true
    : `${path?.join('.') || 'This field'} must be a full web address starting with https:// or http://.`
