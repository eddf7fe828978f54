import type { Browser, BrowserContext, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
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

/** Save what the page looks like now, as test/e2e/artifacts/<name>.png. */
export const screenshot = async (page: Page, name: string): Promise<string> => {
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
