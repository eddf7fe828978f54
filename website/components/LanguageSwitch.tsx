'use client'

import type { Locale } from '../lib/locales'

import { usePathname } from 'next/navigation'

/** The same page in the other language (slugs are the same in both). */
export const LanguageSwitch = ({
  locale,
  label,
  title,
}: {
  locale: Locale
  label: string
  title: string
}) => {
  const pathname = usePathname() || '/'
  const english = pathname === '/cy' ? '/' : pathname.replace(/^\/cy\//, '/')
  const href = locale === 'cy' ? english : english === '/' ? '/cy' : `/cy${english}`
  return (
    <a
      href={href}
      hrefLang={locale === 'cy' ? 'en-GB' : 'cy'}
      lang={locale === 'cy' ? 'en' : 'cy'}
      title={title}
    >
      {label}
    </a>
  )
}
