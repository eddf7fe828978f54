import type { Metadata } from 'next'

import type { LocaleParams } from '../../../lib/page'

import { AppealCard } from '../../../components/cards'
import { listAppeals } from '../../../lib/api/appeals'
import { BACKEND_PUBLIC_URL } from '../../../lib/config'
import { messages } from '../../../lib/i18n'
import { isLocale } from '../../../lib/locales'
import { pageMetadata } from '../../../lib/page'
import { readerFor } from '../../../lib/preview'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale)
    ? pageMetadata({ locale, path: '/donation-appeals', title: messages(locale).appeals })
    : {}
}

export default async function AppealsPage({ params }: LocaleParams) {
  const { locale: given } = await params
  const locale = isLocale(given) ? given : 'en'
  const appeals = await listAppeals(await readerFor(locale))
  return (
    <>
      <h1>{messages(locale).appeals}</h1>
      <div className="grid">
        {appeals?.docs.map((appeal) => (
          <AppealCard
            key={appeal.id}
            appeal={appeal}
            locale={locale}
            backend={BACKEND_PUBLIC_URL}
          />
        ))}
      </div>
    </>
  )
}
