import type { GlobalConfig } from 'payload'

import { anyone } from '../src/access/anyone.ts'
import { isEditorOrAdmin } from '../src/access/isEditorOrAdmin.ts'
import { linkField } from '../src/fields/link.ts'
import { GLOBAL_SLUGS, LINKABLE } from '../src/slugs.ts'

export const Navigation: GlobalConfig = {
  slug: GLOBAL_SLUGS.navigation,
  admin: { group: 'Settings' },
  access: { read: anyone, update: isEditorOrAdmin },
  fields: [
    { name: 'header', type: 'array', maxRows: 8, fields: [linkField(LINKABLE)] },
    { name: 'footer', type: 'array', maxRows: 20, fields: [linkField(LINKABLE)] },
  ],
}
