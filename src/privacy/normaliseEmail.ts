import type { FieldHook } from 'payload'

/**
 * A person's email is stored trimmed and lower-cased on every write path
 * (the admin, REST, GraphQL, the Local API), so a privacy request finds it
 * whatever case it was typed in. Runs before Payload validates the address.
 */
export const normaliseEmail: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value
