import type { GlobalConfig } from 'payload'

import type { CharityContext } from '../src/context.ts'

import { anyone } from '../src/access/anyone.ts'
import { isEditorOrAdmin } from '../src/access/isEditorOrAdmin.ts'
import { linkField } from '../src/fields/link.ts'

/** The website's header and footer links: to our own pages or anywhere. */
export const navigationGlobal = (ctx: CharityContext, slug: string): GlobalConfig => ({
  slug,
  admin: { group: 'Settings' },
  access: { read: anyone, update: isEditorOrAdmin },
  fields: [
    { name: 'header', type: 'array', maxRows: 8, fields: [linkField(ctx.linkable)] },
    { name: 'footer', type: 'array', maxRows: 20, fields: [linkField(ctx.linkable)] },
  ],
})
