/**
 * Compile-time checks of the depth-aware public types
 * (payload-plugin-charity/public-types): `npm run typecheck` fails when one
 * does not hold. test/public-api.test.ts checks the server populates as
 * `PopulatedFields` says.
 */
import type {
  AtDepth,
  Campaign,
  Group,
  Media,
  Navigation,
  Post,
} from 'payload-plugin-charity/public-types'

type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false
const holds = <T extends true>(): T | undefined => undefined

// Depth 0: every relation is its id.
holds<Same<AtDepth<Post, 0>['heroImage'], number | null | undefined>>()
holds<Same<AtDepth<Post, 0>['categories'], number[] | null | undefined>>()

// Depth 1: a related campaign is its `defaultPopulate` fields, with its own relations as ids.
type PostCampaign = Exclude<AtDepth<Post, 1>['campaign'], number | null | undefined>
holds<
  Same<keyof PostCampaign, 'id' | 'title' | 'slug' | 'heroImage' | 'summary' | 'campaignStatus'>
>()
holds<Same<PostCampaign['heroImage'], number | null | undefined>>()
// …and it may still be an id: a related document the reader may not see is left as one.
holds<Same<Extract<AtDepth<Post, 1>['campaign'], number>, number>>()

// Depth 2: one level further down is populated too.
type DeepImage = Exclude<
  Exclude<AtDepth<Post, 2>['campaign'], number | null | undefined>['heroImage'],
  number | null | undefined
>
holds<Same<DeepImage['url'], Media['url']>>()

// A collection without `defaultPopulate` (media) comes whole.
holds<Same<keyof Exclude<AtDepth<Post, 1>['heroImage'], number | null | undefined>, keyof Media>>()

// Joins: a group's events are ids at depth 0 and trimmed events at depth 1.
type GroupEvents1 = NonNullable<NonNullable<AtDepth<Group, 1>['events']>['docs']>[number]
holds<
  Same<
    keyof Exclude<GroupEvents1, number>,
    'id' | 'title' | 'slug' | 'heroImage' | 'startsAt' | 'endsAt' | 'eventStatus'
  >
>()
type GroupEvents0 = NonNullable<NonNullable<AtDepth<Group, 0>['events']>['docs']>[number]
holds<Same<GroupEvents0, number>>()

// A polymorphic link (navigation): each target typed by its own collection.
type NavLink = NonNullable<
  NonNullable<AtDepth<Navigation, 1>['header']>[number]['link']['reference']
>
type LinkedCampaign = Exclude<Extract<NavLink, { relationTo: 'campaigns' }>['value'], number>
holds<Same<LinkedCampaign['campaignStatus'], Campaign['campaignStatus']>>()

// Plain numbers and rich text are left alone.
holds<Same<AtDepth<Campaign, 1>['stats'], Campaign['stats']>>()
