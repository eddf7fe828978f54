import type { FieldAccess } from 'payload'

/** No API client may write this field: the system maintains it. */
export const nobody: FieldAccess = () => false
