import type { Metadata } from 'next'

import type { LocaleParams } from '../../../lib/page'

import { PostCard } from '../../../components/cards'
import { FilterForm } from '../../../components/FilterForm'
import { pageNumber, Pagination, queryOf, slugParam } from '../../../components/Pagination'
import { getFilterOptions } from '../../../lib/api/filters'
import { listPosts } from '../../../lib/api/posts'
import { BACKEND_PUBLIC_URL } from '../../../lib/config'
import { messages } from '../../../lib/i18n'
import { isLocale, localePath } from '../../../lib/locales'
import { pageMetadata } from '../../../lib/page'
import { readerFor } from '../../../lib/preview'

/** Filters and pages come from the address, so this page renders per request; its reads are still cached. */
export const dynamic = 'force-dynamic'

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale)
    ? pageMetadata({ locale, path: '/posts', title: messages(locale).news })
    : {}
}

/** News, newest first, ten a page, by topic (category) and campaign. */
export default async function PostsPage({ params, searchParams }: Props) {
  const { locale: given } = await params
  const locale = isLocale(given) ? given : 'en'
  const t = messages(locale)
  const query = await searchParams
  const filter = {
    page: pageNumber(query.page),
    category: slugParam(query.category),
    campaign: slugParam(query.campaign),
  }
  const reader = await readerFor(locale)
  const [posts, options] = await Promise.all([listPosts(reader, filter), getFilterOptions(reader)])
  const base = localePath(locale, '/posts')
  return (
    <>
      <h1>{t.news}</h1>
      <FilterForm
        action={base}
        submitLabel={t.filter}
        selects={[
          {
            name: 'category',
            label: t.filterByCategory,
            anyLabel: t.allCategories,
            options: options.categories,
            value: filter.category,
          },
          {
            name: 'campaign',
            label: t.filterByCampaign,
            anyLabel: t.allCampaigns,
            options: options.campaigns,
            value: filter.campaign,
          },
        ]}
      />
      {posts?.docs.length ? (
        <div className="grid">
          {posts.docs.map((post, index) => (
            <PostCard
              key={post.id}
              post={post}
              locale={locale}
              backend={BACKEND_PUBLIC_URL}
              priority={index === 0}
            />
          ))}
        </div>
      ) : (
        <p>{t.noPosts}</p>
      )}
      <Pagination
        locale={locale}
        page={filter.page}
        totalPages={posts?.totalPages ?? 1}
        hrefFor={(page) =>
          `${base}${queryOf({ category: filter.category, campaign: filter.campaign, page })}`
        }
      />
    </>
  )
}
