import type { ServerProps } from 'payload'

import type { ShortcutSet } from './shortcuts.ts'

import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { shortcutQuery, shortcutsFor } from './shortcuts.ts'

const barStyle: React.CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.5rem',
  alignItems: 'center',
  margin: '1rem 0',
}
const chipStyle: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: '999px',
  padding: '0.2rem 0.8rem',
  textDecoration: 'none',
}

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
    <nav
      aria-label={label}
      className="charity-list-shortcuts gutter--left gutter--right"
      style={barStyle}
    >
      <span>Show:</span>
      {shortcutsFor(shortcuts, now).map((shortcut) => (
        <Link key={shortcut.label} href={`${listPath}${shortcutQuery(shortcut)}`} style={chipStyle}>
          {shortcut.label}
        </Link>
      ))}
    </nav>
  )
}
