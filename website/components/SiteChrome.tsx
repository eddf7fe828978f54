import type { Layout, NavLink } from '../lib/api/site'
import type { Locale } from '../lib/locales'

import { langOf } from '../lib/api/localized'
import { messages } from '../lib/i18n'
import { localePath } from '../lib/locales'
import { LanguageSwitch } from './LanguageSwitch'

/** A navigation link: our own paths in the page's language, other addresses as they are. */
const navHref = (link: NavLink, locale: Locale) =>
  link.href.startsWith('/') && !link.href.startsWith('/cy')
    ? localePath(locale, link.href)
    : link.href

const NavLinks = ({ links, locale }: { links: NavLink[]; locale: Locale }) => (
  <ul>
    {links.map((link) => (
      <li key={`${link.href}-${link.label}`}>
        <a
          href={navHref(link, locale)}
          lang={langOf(link, 'label')}
          {...(link.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        >
          {link.label}
        </a>
      </li>
    ))}
  </ul>
)

export const Header = ({ layout, locale }: { layout: Layout; locale: Locale }) => {
  const t = messages(locale)
  const sections: NavLink[] = [
    { label: t.news, href: '/posts', newTab: false },
    { label: t.events, href: '/events', newTab: false },
    { label: t.campaigns, href: '/campaigns', newTab: false },
    { label: t.appeals, href: '/donation-appeals', newTab: false },
    { label: t.groups, href: '/groups', newTab: false },
    { label: t.siteSearch, href: '/search', newTab: false },
  ]
  return (
    <header className="site-header">
      <div className="wrap header-row">
        <p className="site-name">
          <a href={localePath(locale, '/')}>{layout.organisationName}</a>
        </p>
        <nav aria-label={t.mainNavigation}>
          <NavLinks links={sections} locale={locale} />
        </nav>
        <p className="header-actions">
          <LanguageSwitch locale={locale} label={t.language} title={t.languageName} />
          {layout.donate ? (
            <a
              className="button donate"
              href={layout.donate.url}
              lang={langOf(layout.donate, 'label')}
            >
              {layout.donate.label}
            </a>
          ) : null}
        </p>
      </div>
    </header>
  )
}

export const Footer = ({
  layout,
  locale,
  feedUrl,
}: {
  layout: Layout
  locale: Locale
  feedUrl: string
}) => {
  const t = messages(locale)
  return (
    <footer className="site-footer">
      <div className="wrap">
        {layout.footer.length ? (
          <nav aria-label={t.footerNavigation}>
            <NavLinks links={layout.footer} locale={locale} />
          </nav>
        ) : null}
        {layout.header.length ? (
          <nav aria-label={layout.organisationName}>
            <NavLinks links={layout.header} locale={locale} />
          </nav>
        ) : null}
        <p>
          <strong>{layout.organisationName}</strong>
          {layout.tagline ? (
            <>
              {' · '}
              <span lang={langOf(layout, 'tagline')}>{layout.tagline}</span>
            </>
          ) : null}
        </p>
        {layout.registrations.map((registration) => (
          <p key={registration.number} className="meta">
            {t.charityNumber[registration.jurisdiction] ?? t.charityNumber.other}{' '}
            {registration.number}
          </p>
        ))}
        {layout.contact?.email ? (
          <p className="meta">
            <a href={`mailto:${layout.contact.email}`}>{layout.contact.email}</a>
            {layout.contact.phone ? ` · ${layout.contact.phone}` : ''}
          </p>
        ) : null}
        <p className="meta">
          {layout.socialLinks.length ? `${t.followUs}: ` : null}
          {layout.socialLinks.map((social, index) => (
            <span key={social.url}>
              {index ? ' · ' : ''}
              <a href={social.url} rel="me">
                {social.platform}
              </a>
            </span>
          ))}
          {layout.socialLinks.length ? ' · ' : null}
          <a href={feedUrl}>{t.feeds}</a>
        </p>
      </div>
    </footer>
  )
}
