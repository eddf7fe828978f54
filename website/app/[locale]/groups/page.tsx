import type { Metadata } from 'next'

import type { LocaleParams } from '../../../lib/page'

import { GroupCard } from '../../../components/cards'
import { NearMe } from '../../../components/NearMe'
import { TrainingForm } from '../../../components/TrainingForm'
import { listGroups } from '../../../lib/api/groups'
import { BACKEND_PUBLIC_URL } from '../../../lib/config'
import { messages } from '../../../lib/i18n'
import { isLocale } from '../../../lib/locales'
import { pageMetadata } from '../../../lib/page'
import { readerFor } from '../../../lib/preview'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale)
    ? pageMetadata({ locale, path: '/groups', title: messages(locale).groups })
    : {}
}

/** Every published group, the group finder and the training request form. */
export default async function GroupsPage({ params }: LocaleParams) {
  const { locale: given } = await params
  const locale = isLocale(given) ? given : 'en'
  const groups = await listGroups(await readerFor(locale))
  return (
    <>
      <h1>{messages(locale).groups}</h1>
      <NearMe locale={locale} />
      <div className="grid">
        {groups?.docs.map((group) => (
          <GroupCard key={group.id} group={group} locale={locale} backend={BACKEND_PUBLIC_URL} />
        ))}
      </div>
      <TrainingForm locale={locale} backend={BACKEND_PUBLIC_URL} />
    </>
  )
}
