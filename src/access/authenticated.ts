import type { Access } from 'payload'

/** Any logged-in staff member, whatever their role. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
