import type { GlobalSlug } from 'payload'

import type { SeedContext, SeedRefs } from '../context.ts'

import { count, inTransaction } from '../context.ts'

/**
 * A global is filled in only while it has never been saved (`updatedAt` is
 * absent until the first save), so a second run, or an editor's later
 * changes, are left alone. `--reset` fills them in again.
 */
const ensureGlobal = async (
  ctx: SeedContext,
  slug: GlobalSlug,
  overwrite: boolean,
  write: (
    save: (locale: 'cy' | 'en', data: Record<string, unknown>) => Promise<void>,
  ) => Promise<void>,
) => {
  const current = await ctx.payload.findGlobal({ slug, depth: 0, overrideAccess: true })
  if (current.updatedAt && !overwrite) {
    count(ctx, slug, 'existing')
    return
  }
  await inTransaction(ctx.payload, null, async (req) => {
    await write(async (locale, data) => {
      await ctx.payload.updateGlobal({
        slug,
        data: data as never,
        locale,
        depth: 0,
        overrideAccess: true,
        req,
      })
    })
  })
  count(ctx, slug, 'created')
}

export const seedSiteSettings = (ctx: SeedContext, refs: SeedRefs, overwrite: boolean) =>
  ensureGlobal(ctx, 'site-settings', overwrite, async (save) => {
    await save('en', {
      organisationName: 'Active Communities against Trafficking',
      tagline: 'Local groups, trained and connected, standing up to trafficking.',
      // Sample numbers only: no real charity is registered under them.
      charityRegistrations: [
        { jurisdiction: 'england-wales', number: '0000000' },
        { jurisdiction: 'scotland', number: 'SC000000' },
      ],
      contact: {
        email: 'hello@example.org',
        // 020 7946 0xxx is set aside by Ofcom for drama, so it rings nobody.
        phone: '020 7946 0000',
        address: 'Sample House\n1 Example Street\nLondon\nSW1A 0AA',
      },
      socialLinks: [
        { platform: 'bluesky', url: 'https://bsky.app/profile/example.org' },
        { platform: 'mastodon', url: 'https://mastodon.example/@act' },
      ],
      defaultSeo: {
        title: 'Active Communities against Trafficking',
        description: 'Training local groups to recognise trafficking and act on it.',
        image: refs.media.community,
      },
      donateCallToAction: {
        label: 'Support us',
        url: 'https://example.org/donate',
        appeal: refs.appeals.supportUs,
      },
    })
    await save('cy', {
      tagline: 'Grwpiau lleol, wedi’u hyfforddi a’u cysylltu, yn sefyll yn erbyn masnachu pobl.',
      donateCallToAction: { label: 'Cefnogwch ni' },
    })
  })

export const seedNavigation = (ctx: SeedContext, refs: SeedRefs, overwrite: boolean) =>
  ensureGlobal(ctx, 'navigation', overwrite, async (save) => {
    await save('en', {
      header: [
        { link: { label: 'News', type: 'custom', url: '/news' } },
        { link: { label: 'Events', type: 'custom', url: '/events' } },
        {
          link: {
            label: 'No fees for work',
            type: 'reference',
            reference: { relationTo: 'campaigns', value: refs.campaigns.fairRecruitment },
          },
        },
        {
          link: {
            label: 'Support us',
            type: 'reference',
            reference: { relationTo: 'donation-appeals', value: refs.appeals.supportUs },
          },
        },
      ],
      footer: [
        { link: { label: 'Contact us', type: 'custom', url: 'mailto:hello@example.org' } },
        { link: { label: 'Privacy', type: 'custom', url: '/privacy' } },
        { link: { label: 'Accessibility', type: 'custom', url: '/accessibility' } },
      ],
    })
  })
