import type { Browser, BrowserContext, Page } from 'playwright-core'

import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { chromium } from 'playwright-core'

import { ROOT } from '../../helpers/server.ts'

/** Debian's Chromium: no browser download, the same binary CI installs with apt. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export const ARTIFACTS_DIR = path.join(ROOT, 'test/e2e/artifacts')

/**
 * Start Chromium. Playwright gives every launch its own new, temporary
 * user-data-dir, so no profile, cookie or cache survives from an earlier run.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS })

/** A separate browser session per person, as two people on two machines would have. */
export const newSession = async (
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    locale: 'en-GB',
  })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  return { context, page }
}

/**
 * Images on the page that did not load (naturalWidth 0), by address. Lazy
 * images are made eager first, so an image below the fold is checked too.
 */
export const brokenImages = async (page: Page): Promise<string[]> => {
  await page.evaluate(() => {
    for (const image of Array.from(document.images)) image.loading = 'eager'
  })
  await page
    .waitForFunction(() => Array.from(document.images).every((image) => image.complete), null, {
      timeout: 15_000,
    })
    .catch(() => undefined)
  return page.evaluate(() =>
    Array.from(document.images)
      .filter((image) => image.naturalWidth === 0)
      .map(
        (image) => image.currentSrc || image.getAttribute('src') || `(no src, alt "${image.alt}")`,
      ),
  )
}

/** The roots of the plugin's own admin components: axe findings inside them are ours to fix. */
export const OUR_COMPONENTS = [
  '.charity-dashboard',
  '.charity-progress',
  '.charity-progress-field',
  '.charity-money-field',
  '.charity-money-cell',
  '.charity-list-shortcuts',
  '.charity-event-time',
  '.charity-request-filters',
].join(', ')

export type AxeFinding = { id: string; impact: string; help: string; target: string }

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/**
 * Run axe-core (WCAG 2 A and AA rules) on the page and split its serious and
 * critical findings into those inside our components and Payload's own.
 */
export const axeFindings = async (
  page: Page,
): Promise<{ ours: AxeFinding[]; payloads: AxeFinding[]; checkedOurs: number }> => {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async (ourSelector) => {
    type AxeResult = {
      violations: {
        id: string
        impact: null | string
        help: string
        nodes: { target: unknown[] }[]
      }[]
    }
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<AxeResult> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })
    const ours: AxeFinding[] = []
    const payloads: AxeFinding[] = []
    for (const violation of result.violations) {
      if (violation.impact !== 'serious' && violation.impact !== 'critical') continue
      for (const node of violation.nodes) {
        const target = String(node.target[0])
        const element = document.querySelector(target)
        const finding = { id: violation.id, impact: violation.impact, help: violation.help, target }
        if (element?.closest(ourSelector)) ours.push(finding)
        else payloads.push(finding)
      }
    }
    return { ours, payloads, checkedOurs: document.querySelectorAll(ourSelector).length }
  }, OUR_COMPONENTS)
}

/**
 * Save what the page looks like now, as test/e2e/artifacts/<name>.png, after
 * checking that every image on it loaded: a broken picture fails the step.
 */
export const screenshot = async (page: Page, name: string): Promise<string> => {
  const broken = await brokenImages(page)
  if (broken.length > 0)
    throw new Error(`${name}: ${broken.length} image(s) did not load: ${broken.join(', ')}`)
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Log in through the admin's login form and wait for the dashboard. */
export const logIn = async (
  page: Page,
  baseURL: string,
  email: string,
  password: string,
): Promise<void> => {
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  await page.locator('.dashboard').waitFor()
}

/**
 * Click one of the list's shortcut links and wait until the address shows it.
 * Payload's list view rewrites its own address once after it loads (limit and
 * page from the editor's preferences); a click that lands during that rewrite
 * is overridden and the address never changes. The link is clicked again, up
 * to three times, so the test checks the shortcut and not that race.
 */
export const followShortcut = async (
  page: Page,
  bar: string,
  name: string,
  expected: RegExp,
): Promise<void> => {
  const link = page.locator(bar).getByRole('link', { name })
  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    await link.click()
    try {
      await page.waitForURL(expected, { timeout: 10_000, waitUntil: 'commit' })
      return
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}
