/**
 * The reference website (website/), production build, in Debian's Chromium,
 * against the production backend on a freshly seeded database: every page in
 * English and Welsh, a publish showing within seconds, live preview, drafts
 * kept from anonymous visitors, the training form, and axe on every page.
 * Screenshots land in test/e2e/artifacts/website-*.png.
 */
import type { Browser, ConsoleMessage, FrameLocator, Page, Response } from 'playwright-core'

import type { E2EStack } from './helpers/stack.ts'
import type { RunningWebsite } from './helpers/websiteApp.ts'

import { randomBytes } from 'node:crypto'
import sharp from 'sharp'

import {
  axeFindings,
  brokenImages,
  launchChromium,
  logIn,
  newSession,
  screenshot,
} from './helpers/browser.ts'
import { startE2EStack } from './helpers/stack.ts'
import {
  clearWebsiteCache,
  ensureWebsiteBuild,
  freePort,
  startWebsite,
} from './helpers/websiteApp.ts'

const PREVIEW_SECRET = `e2e-preview-${randomBytes(12).toString('hex')}`
const startedAt = Date.now()

let stack: E2EStack
let site: RunningWebsite
let browser: Browser

beforeAll(async () => {
  ensureWebsiteBuild()
  const port = await freePort()
  const websiteUrl = `http://localhost:${port}`
  stack = await startE2EStack(console.log, {
    frontendUrl: websiteUrl,
    // The form's third request in an hour meets the limit (the default is five).
    serverEnv: { WEBHOOKS_ALLOW_PRIVATE: 'true', TRAINING_REQUEST_RATE_LIMIT: '2' },
  })
  // Registered as an admin would (the development seed does it for npm run dev).
  const endpoint = await stack.api.request('/api/webhook-endpoints', {
    method: 'POST',
    token: stack.accounts.admin.token,
    body: {
      url: `${websiteUrl}/api/revalidate`,
      events: ['posts.published', 'posts.updated', 'posts.unpublished', 'posts.deleted'],
    },
  })
  if (endpoint.status !== 201) throw new Error(`webhook endpoint: ${JSON.stringify(endpoint.body)}`)
  clearWebsiteCache()
  site = await startWebsite(port, {
    BACKEND_URL: stack.url,
    WEBSITE_URL: websiteUrl,
    WEBHOOK_SECRET: endpoint.body.doc.secret,
    PREVIEW_SECRET,
  })
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  await stack?.stop()
  console.log(`website suite: ${((Date.now() - startedAt) / 1000).toFixed(0)} s in all`)
})

/** What an anonymous reader's code gets from the backend, in a language. */
const api = async (path: string) => (await stack.api.request(path)).body
const first = async (collection: string, query = '', locale = 'en') =>
  (await api(`/api/${collection}?limit=1&depth=1&locale=${locale}${query}`)).docs[0]

const pounds = (pence: number) =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: 0,
  }).format(pence / 100)

/** The word of a title most likely to find it (never a stop word such as "the"). */
const longestWord = (title: string) =>
  title.split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '')

/** Open a page of the site; it must answer 200, load every image, and pass axe (WCAG 2.1 A and AA). */
const visit = async (page: Page, path: string) => {
  const response = await page.goto(`${site.url}${path}`)
  expect({ path, status: response?.status() }).toEqual({ path, status: 200 })
  expect({ path, broken: await brokenImages(page) }).toEqual({ path, broken: [] })
  const { ours, payloads } = await axeFindings(page)
  // Everything on the website is ours: any serious or critical finding fails.
  expect({ path, findings: [...ours, ...payloads] }).toEqual({ path, findings: [] })
  return page
}

/**
 * Types " (typed live)" at the end of the admin's title field and waits for the
 * preview frame's heading to show it. When the frame says it stopped following
 * (a merge failed: `data-live-preview="error"` and its banner), the editor's way
 * back is the banner's reload button: pressed, the frame must connect again and
 * show the typed title, and the run's log says what had failed. Failing, the
 * test says what the frame last did: its state, its warnings and the session
 * and draft-mode cookies set while typing.
 */
const typeTitleAndSee = async (page: Page, frame: FrameLocator, title: string) => {
  const warnings: string[] = []
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'warning') warnings.push(message.text())
  }
  const onResponse = async (response: Response) => {
    const cookies = (await response.headerValue('set-cookie').catch(() => null)) ?? ''
    if (/payload-token|__prerender_bypass/.test(cookies))
      warnings.push(`set-cookie from ${response.url()}: ${cookies.slice(0, 160)}`)
  }
  const typed = frame.locator('h1', { hasText: `${title} (typed live)` })
  const stopped = frame.locator('[data-live-preview="error"]')
  const state = () => frame.locator('[data-live-preview]').getAttribute('data-live-preview')
  page.on('console', onConsole)
  page.on('response', onResponse)
  try {
    await page.locator('#field-title').click()
    await page.keyboard.press('End')
    await page.keyboard.type(' (typed live)')
    const first = await Promise.race([
      typed.waitFor({ timeout: 20_000 }).then(
        () => 'followed',
        () => 'timeout',
      ),
      stopped.waitFor({ timeout: 20_000 }).then(
        () => 'stopped',
        () => 'timeout',
      ),
    ])
    const reload = frame.getByRole('button', { name: 'Reload the preview' })
    if (first === 'stopped' && !(await typed.isVisible()) && (await reload.isVisible())) {
      console.log(`live preview stopped following, reloading it: ${JSON.stringify(warnings)}`)
      await reload.click()
      await frame.locator('[data-live-preview="connected"]').waitFor({ timeout: 30_000 })
    }
    await typed.waitFor({ timeout: 20_000 })
  } catch (error) {
    const headings = await frame.locator('h1').allTextContents()
    throw new Error(
      `the preview did not follow the typing (frame ${await state()}, h1 ${JSON.stringify(headings)}, warnings ${JSON.stringify(warnings)}): ${error}`,
    )
  } finally {
    page.off('console', onConsole)
    page.off('response', onResponse)
  }
}

describe('a visitor', () => {
  let page: Page

  beforeAll(async () => {
    ;({ page } = await newSession(browser))
  })

  it('reads every page in English, built from the seeded content', async () => {
    const settings = await api('/api/globals/site-settings')
    const post = await first('posts', '&sort=-publishedAt')
    const event = await first('events', '&where[slug][equals]=act-training-day-london-2010')
    const campaign = await first('campaigns')
    const appeal = await first('donation-appeals')
    const group = await first('groups', '&where[slug][equals]=act-sheffield')

    await visit(page, '/')
    await expect(page.locator('h1').textContent()).resolves.toBe(settings.organisationName)
    await page.getByRole('link', { name: post.title }).first().waitFor()
    await screenshot(page, 'website-home')

    await visit(page, '/posts')
    await page.getByRole('link', { name: post.title }).first().waitFor()
    await visit(page, `/posts/${post.slug}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(post.title)
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1)
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      post.meta?.title || post.title,
    )

    await visit(page, '/events?when=past')
    await visit(page, `/events/${event.slug}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(event.title)
    // 09:00 UTC on 15 May 2010 is 10:00 in London (summer time): shown in the event's own zone.
    await page
      .getByText(/15 May 2010, 10:00 BST/)
      .first()
      .waitFor()
    await page.getByRole('link', { name: 'Add to calendar' }).waitFor()
    await page.getByRole('heading', { name: 'Speakers' }).waitFor()
    await screenshot(page, 'website-event')
    await visit(page, '/events')
    // Upcoming lists each date of a repeating series (from /api/events/occurrences), a cancelled
    // or moved one with what changed, not the series once by its first date.
    await visit(page, '/events?group=act-london')
    const londonDates = page.locator('.event-card', { hasText: 'ACT London: monthly meeting' })
    expect(await londonDates.count()).toBeGreaterThanOrEqual(3)
    const called = londonDates.filter({ hasText: 'No meeting this month' })
    expect(await called.count()).toBe(1)
    await called.getByText('Cancelled').waitFor()
    await visit(page, '/events?group=act-sheffield')
    await page
      .locator('.event-card', { hasText: 'A week earlier than usual' })
      .getByText(/Rescheduled Moved from/)
      .waitFor()

    await visit(page, '/campaigns')
    await visit(page, `/campaigns/${campaign.slug}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(campaign.title)

    await visit(page, '/donation-appeals')
    await visit(page, `/donation-appeals/${appeal.slug}`)
    await page
      .getByText(`${pounds(appeal.raisedAmount)} raised of ${pounds(appeal.targetAmount)}`)
      .waitFor()
    expect(await page.getByRole('link', { name: 'Donate', exact: true }).getAttribute('href')).toBe(
      appeal.donateUrl,
    )

    await visit(page, '/groups')
    await visit(page, `/groups/${group.slug}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(group.name)
    await visit(page, '/groups/near?place=S1%202AB')
    await page.getByRole('link', { name: group.name }).waitFor()

    // Site search: the longest word of the post's title, in lower case, finds the post.
    await visit(page, `/search?q=${encodeURIComponent(longestWord(post.title).toLowerCase())}`)
    await page.getByRole('link', { name: post.title }).first().waitFor()
    await page.locator('.search-results mark').first().waitFor()
  })

  it("reads the editors' pages: each block with its live data, nested paths, redirects, 404s", async () => {
    const getInvolved = await first('pages', '&where[slug][equals]=get-involved')
    const blocks = Object.fromEntries(
      getInvolved.layout.map((block: { blockType: string }) => [block.blockType, block]),
    )
    expect(Object.keys(blocks)).toEqual(
      expect.arrayContaining(['richText', 'trainingRequest', 'upcomingEvents', 'donate']),
    )
    await visit(page, '/get-involved')
    await expect(page.locator('h1').textContent()).resolves.toBe(getInvolved.title)
    // The appeal's totals and the next events as the backend worked them out for this read.
    const appeal = blocks.donate.appeal
    await page
      .getByText(`${pounds(appeal.raisedAmount)} raised of ${pounds(appeal.targetAmount)}`)
      .waitFor()
    expect(blocks.upcomingEvents.events.length).toBeGreaterThan(0)
    for (const event of blocks.upcomingEvents.events) {
      expect(
        await page.getByRole('link', { name: event.title, exact: true }).getAttribute('href'),
      ).toBe(`/events/${event.slug}`)
    }
    await page.getByRole('heading', { name: blocks.trainingRequest.heading }).waitFor()
    await page.getByLabel('How many people?').waitFor()
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      getInvolved.meta?.title || getInvolved.title,
    )
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${site.url}/get-involved`,
    )
    await screenshot(page, 'website-page')

    // A nested page at its parent's path, with the trail back up; not at its bare slug.
    const nested = await first('pages', '&where[slug][equals]=no-fees-for-work')
    expect(nested.breadcrumbs.at(-1).url).toBe('/get-involved/no-fees-for-work')
    await visit(page, '/get-involved/no-fees-for-work')
    await expect(page.locator('h1').textContent()).resolves.toBe(nested.title)
    expect(
      await page
        .getByRole('navigation', { name: 'You are here' })
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/get-involved')
    expect((await fetch(`${site.url}/no-fees-for-work`)).status).toBe(404)
    expect((await fetch(`${site.url}/get-involved/nothing-here`)).status).toBe(404)

    // The FAQ block, and a page in Welsh.
    const privacy = await first('pages', '&where[slug][equals]=privacy', 'cy')
    await visit(page, '/cy/privacy')
    await expect(page.locator('h1').textContent()).resolves.toBe(privacy.title)
    const faq = privacy.layout.find((block: { blockType: string }) => block.blockType === 'faq')
    await page.getByText(faq.items[0].question).click()
    await page.getByText(faq.items[0].answer).waitFor()

    // An editor's redirect to a page is followed; the old address answers with the new one.
    const from = `/old-about-${Date.now().toString(36)}`
    const about = await first('pages', '&where[slug][equals]=about')
    const created = await stack.api.request('/api/redirects', {
      method: 'POST',
      token: stack.accounts.editor.token,
      body: {
        from,
        type: '301',
        to: { type: 'reference', reference: { relationTo: 'pages', value: about.id } },
      },
    })
    expect(created.status).toBe(201)
    const moved = await fetch(`${site.url}${from}`, { redirect: 'manual' })
    expect(moved.status).toBe(308)
    // Next 16 sends a redirect made while rendering as two identical Location lines (fetch joins them).
    const locations = (moved.headers.get('location') ?? '').split(', ')
    expect(new Set(locations.map((location) => new URL(location, site.url).pathname))).toEqual(
      new Set(['/about']),
    )
    await page.goto(`${site.url}${from}`)
    expect(new URL(page.url()).pathname).toBe('/about')
  })

  it('reads every page in Welsh under /cy/, with English fallbacks marked lang="en"', async () => {
    const welsh = await first(
      'posts',
      '&where[slug][equals]=london-training-day-what-we-learned',
      'cy',
    )
    const untranslated = await api(
      '/api/posts?locale=cy&fallback-locale=none&where[title][exists]=false&limit=1&depth=0',
    )
    const slugs = await Promise.all(
      ['events', 'campaigns', 'donation-appeals', 'groups'].map(async (c) => [
        c,
        (await first(c)).slug,
      ]),
    )

    await visit(page, '/cy')
    expect(await page.locator('html').getAttribute('lang')).toBe('cy')
    expect(await page.locator('link[rel="alternate"][hreflang="en-GB"]').getAttribute('href')).toBe(
      site.url,
    )

    await visit(page, `/cy/posts/${welsh.slug}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(welsh.title)
    expect(await page.locator('h1').getAttribute('lang')).toBeNull()
    await screenshot(page, 'website-post-welsh')
    if (untranslated.docs[0]) {
      await visit(page, `/cy/posts/${untranslated.docs[0].slug}`)
      expect(await page.locator('h1').getAttribute('lang')).toBe('en')
    }
    await visit(page, '/cy/posts')
    for (const [collection, slug] of slugs) {
      await visit(page, `/cy/${collection}`)
      await visit(page, `/cy/${collection}/${slug}`)
    }
    await visit(page, '/cy/groups/near?place=Abertawe')
    await visit(page, `/cy/search?q=${encodeURIComponent(longestWord(welsh.title))}`)
    await page.getByRole('link', { name: welsh.title }).first().waitFor()
  })

  it('renders rich text with the lexical converters: images with srcset, links to our pages, social posts', async () => {
    const target = await first('posts', '&where[slug][equals]=who-pays-for-a-job')
    // A picture wider than the hero size, so a smaller picture of the same shape exists for
    // srcset (the seeded ones are 1600 wide: sizes are never enlarged, and the others are cropped).
    const form = new FormData()
    const png = await sharp({
      create: { width: 2400, height: 1350, channels: 3, background: '#1971c2' },
    })
      .png()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'wide.png')
    form.append('_payload', JSON.stringify({ alt: 'A wide blue picture' }))
    const uploaded = await stack.api.request('/api/media', {
      method: 'POST',
      rawBody: form,
      token: stack.accounts.editor.token,
    })
    expect(uploaded.status).toBe(201)
    const media = uploaded.body.doc
    const title = `Rich text on the website ${Date.now()}`
    const text = (value: string) => ({
      type: 'text',
      text: value,
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
      version: 1,
    })
    const node = { direction: 'ltr', format: '', indent: 0, version: 1 }
    const created = await stack.api.request('/api/posts', {
      method: 'POST',
      token: stack.accounts.editor.token,
      body: {
        title,
        _status: 'published',
        content: {
          root: {
            ...node,
            type: 'root',
            children: [
              {
                ...node,
                type: 'paragraph',
                textFormat: 0,
                children: [
                  text('Read '),
                  {
                    ...node,
                    type: 'link',
                    fields: {
                      linkType: 'internal',
                      doc: { relationTo: 'posts', value: target.id },
                      newTab: false,
                    },
                    children: [text('our post on fees')],
                  },
                ],
              },
              { ...node, type: 'upload', relationTo: 'media', value: media.id, fields: null },
              {
                ...node,
                type: 'block',
                fields: {
                  id: 'e2e1',
                  blockName: '',
                  blockType: 'socialEmbed',
                  platform: 'bluesky',
                  url: 'https://bsky.app/profile/example.org/post/1',
                  caption: 'Our post',
                },
              },
            ],
          },
        },
      },
    })
    expect(created.status).toBe(201)
    await visit(page, `/posts/${created.body.doc.slug}`)
    expect(await page.getByRole('link', { name: 'our post on fees' }).getAttribute('href')).toBe(
      `/posts/${target.slug}`,
    )
    const srcset = await page.locator('.rich-text figure img').getAttribute('srcset')
    expect(srcset?.split(',').length).toBeGreaterThanOrEqual(2)
    expect(srcset).toContain(`${stack.url}/api/media/file/`)
    expect(await page.locator('.rich-text figure[data-platform] a').getAttribute('href')).toBe(
      'https://bsky.app/profile/example.org/post/1',
    )
  })
})

describe('drafts', () => {
  it('are a 404 for an anonymous visitor, even with the preview address and its secret', async () => {
    const draft = await stack.api.request('/api/posts?draft=true', {
      method: 'POST',
      token: stack.accounts.editor.token,
      body: { title: `Not yet ${Date.now()}`, _status: 'draft' },
    })
    const slug = draft.body.doc.slug
    expect((await fetch(`${site.url}/posts/${slug}`)).status).toBe(404)
    const preview = await fetch(
      `${site.url}/api/preview?secret=${PREVIEW_SECRET}&path=/posts/${slug}`,
      { redirect: 'manual' },
    )
    expect(preview.status).toBe(401)
    expect(preview.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
    const { context, page } = await newSession(browser)
    const response = await page.goto(`${site.url}/posts/${slug}`)
    expect(response?.status()).toBe(404)
    await context.close()
  })
})

describe('an editor', () => {
  const title = `Training day report from Leeds ${Date.now().toString(36)}`
  let page: Page

  beforeAll(async () => {
    ;({ page } = await newSession(browser))
    await logIn(page, stack.url, stack.accounts.editor.email, stack.accounts.editor.password)
  })

  it('publishes a post in the admin, and the home page and the post page show it within 5 s, with no rebuild', async () => {
    const visitor = (await newSession(browser)).page
    await visitor.goto(site.url) // the home page is now in the website's cache
    await page.goto(`${stack.url}/admin/collections/posts/create`)
    await page.waitForURL(/\/admin\/collections\/posts\/[^/]+$/)
    await page.locator('#field-title').fill(title)
    await page.locator('#action-save').click()
    await page.locator('.payload-toast-container').getByText('Updated successfully').waitFor()
    const published = Date.now()
    const { slug } = (await api(`/api/posts?where[title][equals]=${encodeURIComponent(title)}`))
      .docs[0]

    const seenWithin = async (path: string, text: string) => {
      for (;;) {
        const html = await (await fetch(`${site.url}${path}`)).text()
        if (html.includes(text)) return Date.now() - published
        if (Date.now() - published > 10_000) return Infinity
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    const home = await seenWithin('/', title)
    const post = await seenWithin(`/posts/${slug}`, title)
    console.log(`published → on the home page after ${home} ms, on its own page after ${post} ms`)
    expect(home).toBeLessThanOrEqual(5_000)
    expect(post).toBeLessThanOrEqual(5_000)
    await visitor.goto(site.url)
    await visitor.getByRole('link', { name: title }).first().waitFor()
  })

  it('sees the live preview change as they type', async () => {
    await page.locator('#live-preview-toggler').click()
    const frame = page.frameLocator('.live-preview-window iframe')
    await frame.locator('h1', { hasText: title }).waitFor({ timeout: 30_000 })
    await frame.locator('.preview-banner').waitFor()
    // Typing before the frame has subscribed to the admin's messages loses them.
    await frame.locator('[data-live-preview="connected"]').waitFor({ timeout: 30_000 })
    await typeTitleAndSee(page, frame, title)
    await screenshot(page, 'website-live-preview')
  })

  it('previews a draft page at its nested path (anonymous visitors get a 404), and live-previews a page as they type', async () => {
    const parent = await first('pages', '&where[slug][equals]=get-involved')
    const draftTitle = `Volunteer with us ${Date.now().toString(36)}`
    const draft = await stack.api.request('/api/pages?draft=true', {
      method: 'POST',
      token: stack.accounts.editor.token,
      body: {
        title: draftTitle,
        parent: parent.id,
        _status: 'draft',
        layout: [
          { blockType: 'quote', text: 'Every volunteer hour counts.', attribution: 'A volunteer' },
        ],
      },
    })
    expect(draft.status).toBe(201)
    const path = `/get-involved/${draft.body.doc.slug}`
    expect((await fetch(`${site.url}${path}`)).status).toBe(404)
    const visitor = await newSession(browser)
    expect((await visitor.page.goto(`${site.url}${path}`))?.status()).toBe(404)
    await visitor.context.close()

    // The editor's own session: the proxy turns draft mode on and the draft shows.
    await page.goto(`${site.url}${path}`)
    await page.locator('h1', { hasText: draftTitle }).waitFor()
    await page.getByText('Every volunteer hour counts.').waitFor()

    // The page editor as docs/editors.md shows it (editors-page.png): the seeded Get involved page.
    await page.goto(`${stack.url}/admin/collections/pages/${parent.id}`)
    await page.locator('#field-title').waitFor()
    await screenshot(page, 'editors-page')

    // Live preview of a page follows the editor's typing, its blocks drawn as on the site.
    await page.locator('#live-preview-toggler').click()
    const frame = page.frameLocator('.live-preview-window iframe')
    await frame.locator('h1', { hasText: parent.title }).waitFor({ timeout: 30_000 })
    await frame.locator('[data-live-preview="connected"]').waitFor({ timeout: 30_000 })
    await typeTitleAndSee(page, frame, parent.title)
    await frame.getByLabel('How many people?').waitFor()
    await screenshot(page, 'website-page-live-preview')
  })
})

describe('the training request form', () => {
  const fill = async (page: Page, attendees: string) => {
    await page.getByLabel('Your name').fill('Priya Shah')
    await page.getByLabel('Email').fill('priya@example.org')
    await page.getByLabel('Town or city').fill('Croydon')
    await page.getByLabel('Region').selectOption('london')
    await page.getByLabel('When could it happen?').fill('A Saturday in the spring')
    await page.getByLabel('How many people?').fill(attendees)
    await page.getByLabel('Tell us about your community').fill('Our volunteers run a drop-in.')
    await page.getByLabel(/I agree that the charity may store/).check()
    await page.getByRole('button', { name: 'Send the request' }).click()
  }

  it('is accepted once, shows the backend’s field error beside its field, then says to try later (429)', async () => {
    const { context, page } = await newSession(browser)
    await page.goto(`${site.url}/groups`)
    await fill(page, '30')
    await page.getByText('Thank you. We have your request').waitFor()

    await page.reload()
    await fill(page, '2')
    const error = page.locator('#training-expectedAttendees-error')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/5 to 500/)
    expect(await page.getByLabel('How many people?').getAttribute('aria-invalid')).toBe('true')

    await page.reload()
    await fill(page, '30')
    await page.getByText(/too many requests from your connection/).waitFor()
    await context.close()
  })
})
