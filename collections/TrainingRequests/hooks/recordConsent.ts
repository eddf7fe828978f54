import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A new request records which wording of the consent was agreed to, and when,
 * from the server's own settings: a client cannot claim another version.
 */
export const recordConsent =
  (consentVersion: string): CollectionBeforeChangeHook =>
  ({ data, operation }) => {
    if (operation !== 'create') return data
    return { ...data, consentVersion, consentedAt: new Date().toISOString() }
  }
