import type { Metadata } from 'next'

import type { LocaleParams } from '../../../lib/page'

import { CampaignCard } from '../../../components/cards'
import { listCampaigns } from '../../../lib/api/campaigns'
import { BACKEND_PUBLIC_URL } from '../../../lib/config'
import { messages } from '../../../lib/i18n'
import { isLocale } from '../../../lib/locales'
import { pageMetadata } from '../../../lib/page'
import { readerFor } from '../../../lib/preview'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale)
    ? pageMetadata({ locale, path: '/campaigns', title: messages(locale).campaigns })
    : {}
}

export default async function CampaignsPage({ params }: LocaleParams) {
  const { locale: given } = await params
  const locale = isLocale(given) ? given : 'en'
  const campaigns = await listCampaigns(await readerFor(locale))
  return (
    <>
      <h1>{messages(locale).campaigns}</h1>
      <div className="grid">
        {campaigns?.docs.map((campaign, index) => (
          <CampaignCard
            key={campaign.id}
            campaign={campaign}
            locale={locale}
            backend={BACKEND_PUBLIC_URL}
            priority={index === 0}
          />
        ))}
      </div>
    </>
  )
}
