import type { ServerProps } from 'payload'

import type { ShortcutSet } from './shortcuts.ts'

import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { LinkBar } from '../LinkBar.tsx'
import { shortcutQuery, shortcutsFor } from './shortcuts.ts'

type ListShortcutsProps = ServerProps & {
  /** Which list: the shortcuts are set per collection (src/components/ListShortcuts/shortcuts.ts). */
  shortcuts: ShortcutSet
  /** The collection's slug (it may be renamed by the host). */
  collection: string
  label: string
}

/** Above a list: one click to the filters editors use most (open appeals, upcoming events, drafts). */
export const ListShortcuts = ({ payload, shortcuts, collection, label }: ListShortcutsProps) => {
  const listPath = formatAdminURL({
    adminRoute: payload.config.routes.admin,
    path: `/collections/${collection}`,
    relative: true,
  })
  const now = new Date().toISOString()
  return (
    <LinkBar
      label={label}
      className="charity-list-shortcuts"
      links={shortcutsFor(shortcuts, now).map((shortcut) => ({
        label: shortcut.label,
        href: `${listPath}${shortcutQuery(shortcut)}`,
      }))}
    />
  )
}
