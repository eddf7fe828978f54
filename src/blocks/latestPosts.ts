import type { Block } from 'payload'

import type { CharityContext } from '../context.ts'

import { outByNow } from '../access/outByNow.ts'
import { whenCollection } from '../builders/editorial.ts'
import { headingField, limitField } from './fields.ts'
import { chosen, countOf, liveIds, liveList } from './liveData.ts'

const MAX = 12

/** The newest posts: all, or one category's or one campaign's. `posts` is worked out on every read. */
export const latestPostsBlock = (ctx: CharityContext): Block[] => {
  const posts = ctx.slugs.posts
  if (!posts) return []
  return [
    {
      slug: 'latestPosts',
      interfaceName: 'LatestPostsBlock',
      labels: { singular: 'Latest posts', plural: 'Latest posts' },
      fields: [
        headingField(),
        ...whenCollection(ctx.slugs.categories, (categories) => ({
          name: 'category',
          type: 'relationship',
          relationTo: categories,
          admin: { description: 'Only posts in this category (leave empty for all).' },
        })),
        ...whenCollection(ctx.slugs.campaigns, (campaigns) => ({
          name: 'campaign',
          type: 'relationship',
          relationTo: campaigns,
          admin: { description: "Only this campaign's posts." },
        })),
        limitField(3, MAX),
        {
          name: 'posts',
          type: 'relationship',
          relationTo: posts,
          hasMany: true,
          virtual: true,
          admin: { readOnly: true, disabled: true },
          hooks: {
            afterRead: [
              liveList((req, row) =>
                liveIds(
                  req,
                  posts,
                  [
                    // As the posts collection itself: a post dated later is not out yet.
                    outByNow(),
                    ...chosen(row, [
                      ['category', 'categories'],
                      ['campaign', 'campaign'],
                    ]),
                  ],
                  '-publishedAt',
                  countOf(row, 3, MAX),
                ),
              ),
            ],
          },
        },
      ],
    },
  ]
}
