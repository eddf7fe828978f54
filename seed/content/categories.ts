import type { SeedContext } from '../context.ts'

import { count, findOneBy, inTransaction } from '../context.ts'

/** Topics for posts, each named in English and Welsh. */
export const SAMPLE_CATEGORIES = {
  training: { slug: 'training', en: 'Training', cy: 'Hyfforddiant' },
  campaigns: { slug: 'campaigns', en: 'Campaigns', cy: 'Ymgyrchoedd' },
  localGroups: { slug: 'local-groups', en: 'Local groups', cy: 'Grwpiau lleol' },
  supplyChains: { slug: 'supply-chains', en: 'Supply chains', cy: 'Cadwyni cyflenwi' },
  fundraising: { slug: 'fundraising', en: 'Fundraising', cy: 'Codi arian' },
} as const

export type CategoryKey = keyof typeof SAMPLE_CATEGORIES

export const seedCategories = async (
  ctx: SeedContext,
): Promise<Record<CategoryKey, number | string>> => {
  const ids = {} as Record<CategoryKey, number | string>
  for (const [key, category] of Object.entries(SAMPLE_CATEGORIES) as [
    CategoryKey,
    (typeof SAMPLE_CATEGORIES)[CategoryKey],
  ][]) {
    const existing = await findOneBy(ctx.payload, 'categories', 'slug', category.slug)
    if (existing) {
      count(ctx, 'categories', 'existing')
      ids[key] = existing.id
      continue
    }
    ids[key] = await inTransaction(ctx.payload, null, async (req) => {
      const created = await ctx.payload.create({
        collection: 'categories',
        data: { title: category.en, slug: category.slug },
        locale: 'en',
        overrideAccess: true,
        depth: 0,
        req,
      })
      await ctx.payload.update({
        collection: 'categories',
        id: created.id,
        data: { title: category.cy },
        locale: 'cy',
        overrideAccess: true,
        depth: 0,
        req,
      })
      return created.id
    })
    count(ctx, 'categories', 'created')
  }
  return ids
}
