import type { Field } from 'payload'

import { nobody } from '../access/nobody.ts'

/** Who started the document (set by the system); decides which drafts an author may edit. */
export const createdByField = (usersSlug = 'users'): Field => ({
  name: 'createdBy',
  type: 'relationship',
  relationTo: usersSlug,
  index: true,
  access: { create: nobody, update: nobody, read: ({ req }) => Boolean(req.user) },
  admin: { position: 'sidebar', readOnly: true },
})
