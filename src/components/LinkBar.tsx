import Link from 'next/link'
import React from 'react'

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

export type LinkBarItem = { label: string; href: string }

/**
 * A row of one-click filters above an admin list ("Show: Drafts · Upcoming ·
 * …"), drawn the same way wherever it appears; callers decide the links.
 */
export const LinkBar = ({
  label,
  className,
  links,
}: {
  /** What a screen reader announces for the whole bar. */
  label: string
  className: string
  links: LinkBarItem[]
}) => (
  <nav aria-label={label} className={`${className} gutter--left gutter--right`} style={barStyle}>
    <span>Show:</span>
    {links.map((link) => (
      <Link key={link.label} href={link.href} style={chipStyle}>
        {link.label}
      </Link>
    ))}
  </nav>
)
