import type { CollectionSlug, Payload } from 'payload'

import type {
  ContentSpec,
  Credential,
  SeedContext,
  SeedLogger,
  SeedRefs,
  Tally,
} from './context.ts'

import { appealSpecs } from './content/appeals.ts'
import { campaignSpecs } from './content/campaigns.ts'
import { seedCategories } from './content/categories.ts'
import { seedDonations } from './content/donations.ts'
import { eventSpecs } from './content/events.ts'
import { seedNavigation, seedSiteSettings } from './content/globals.ts'
import { groupSpecs, linkGroupMeetings } from './content/groups.ts'
import { seedMedia } from './content/media.ts'
import { seedPages } from './content/pages.ts'
import { postSpecs } from './content/posts.ts'
import { seedTrainingRequests } from './content/trainingRequests.ts'
import { seedCoordinators, seedUsers } from './content/users.ts'
import { ensureContent } from './context.ts'
import { SAMPLE_ARTWORK } from './images.ts'
import { removeOrphanedSampleFiles } from './mediaFiles.ts'
import { wipe } from './reset.ts'

export const DEFAULT_ADMIN_EMAIL = 'admin@example.org'

export type SeedOptions = {
  adminEmail?: string
  /** Used only when the admin account is created; a random one is made when absent. */
  adminPassword?: string
  /** Delete every document first, then seed afresh. */
  reset?: boolean
  log?: SeedLogger
  now?: Date
}

export type SeedReport = {
  tally: Record<string, Tally>
  /** Accounts this run created, with their passwords: the only time they are shown. */
  credentials: Credential[]
  adminEmail: string
  /** True when the run created or filled in nothing at all. */
  unchanged: boolean
  /** Ids of the sample documents, for the bulk generator to point at. */
  refs: SeedRefs
}

const silent: SeedLogger = { info: () => undefined, warn: () => undefined }

const ensureAll = async <TSlug extends CollectionSlug>(
  ctx: SeedContext,
  refs: SeedRefs,
  specs: Record<string, ContentSpec<TSlug>>,
  into: Record<string, number | string>,
) => {
  for (const [key, spec] of Object.entries(specs)) {
    into[key] = await ensureContent(ctx, refs, spec)
  }
}

/**
 * The sample charity, in every collection and global. Safe to run again: what
 * exists is found by its natural key (email, file name, slug, external id) and
 * left untouched. A system task (command line or server start-up) with no
 * request and no visitor, so it bypasses access control (`overrideAccess: true`).
 * Callers hold the seed lock (`lockSeeding`, seed/lock.ts): two runs at once
 * would both find a document missing and both create it.
 */
export const seedSampleContent = async (
  payload: Payload,
  options: SeedOptions = {},
): Promise<SeedReport> => {
  const log = options.log ?? silent
  const ctx: SeedContext = {
    payload,
    log,
    now: options.now ?? new Date(),
    tally: {},
    credentials: [],
    adminEmail: (options.adminEmail || DEFAULT_ADMIN_EMAIL).trim().toLowerCase(),
    adminPassword: options.adminPassword || undefined,
  }

  if (options.reset) {
    log.info('Resetting: deleting every document and upload…')
    await wipe(payload)
    // Deleting the documents removed their files; these are sample files that had no document left.
    await removeOrphanedSampleFiles(
      payload,
      Object.values(SAMPLE_ARTWORK).map((art) => art.filename),
    )
  }

  const refs: SeedRefs = {
    users: await seedUsers(ctx),
    coordinators: {},
    groups: {},
    media: {},
    categories: {},
    campaigns: {},
    events: {},
    appeals: {},
    posts: {},
  }
  refs.media = await seedMedia(ctx)
  refs.categories = await seedCategories(ctx)
  // Order follows the references: groups before their coordinators, campaigns, events and posts;
  // campaigns before the events, appeals and posts that name them.
  await ensureAll(ctx, refs, groupSpecs(ctx), refs.groups)
  refs.coordinators = await seedCoordinators(ctx, refs.groups)
  await ensureAll(ctx, refs, campaignSpecs(ctx, refs), refs.campaigns)
  await ensureAll(ctx, refs, eventSpecs(ctx, refs), refs.events)
  await linkGroupMeetings(ctx, refs)
  await ensureAll(ctx, refs, appealSpecs(ctx, refs), refs.appeals)
  await ensureAll(ctx, refs, postSpecs(ctx, refs), refs.posts)
  await seedDonations(ctx, refs)
  await seedPages(ctx, refs)
  await seedTrainingRequests(ctx)
  await seedSiteSettings(ctx, refs, Boolean(options.reset))
  await seedNavigation(ctx, refs, Boolean(options.reset))

  return {
    tally: ctx.tally,
    credentials: ctx.credentials,
    adminEmail: ctx.adminEmail,
    unchanged: Object.values(ctx.tally).every((entry) => entry.created === 0),
    refs,
  }
}

/** One line per collection: "posts: 6 created, 0 already there". */
export const describeTally = (tally: Record<string, Tally>): string[] =>
  Object.entries(tally).map(
    ([name, { created, existing }]) =>
      `${name.padEnd(18)} ${String(created).padStart(5)} created  ${String(existing).padStart(5)} already there`,
  )
