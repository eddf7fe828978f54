import type { Field } from 'payload'

import { isAdminFieldLevel } from '../access/isAdmin.ts'
import { DEFAULT_ROLE, ROLES } from '../access/roles.ts'

const ROLE_LABELS = {
  admin: 'Admin',
  author: 'Author',
  coordinator: 'Coordinator',
  editor: 'Editor',
  'website-preview': 'Website preview (API key)',
} as const

/** The `role` field the plugin adds to the auth collection. Only admins set it. */
export const roleField = (): Field => ({
  name: 'role',
  type: 'select',
  required: true,
  defaultValue: DEFAULT_ROLE,
  options: ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
  saveToJWT: true,
  index: true,
  access: {
    create: isAdminFieldLevel,
    update: isAdminFieldLevel,
  },
  admin: {
    position: 'sidebar',
    description:
      'Admins manage everything; editors publish; authors write drafts; coordinators write and publish for their own groups. "Website preview" is for the website’s API key: it reads drafts and nothing personal.',
  },
})
