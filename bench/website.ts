/**
 * `npm run bench:website`: the reference website's production build, on a
 * freshly seeded backend (production build too), measured page by page:
 *
 * - Lighthouse (Debian's Chromium, Lighthouse's default mobile settings) on the
 *   home page, a post, an event and an appeal: performance, accessibility, best
 *   practices and SEO, each out of 100 (the goal: 95 or more);
 * - each page's HTML size (as sent, and gzipped);
 * - how many requests the website sends the backend to render the page on a
 *   cache miss (a cold website, nothing cached; goal: 3 or fewer), counted by
 *   a small proxy between the two.
 *
 * A measurement, not a test: it prints a table (and `--json FILE` writes it).
 * Needs about two minutes and both production builds (made when missing).
 */
import type { AddressInfo } from 'node:net'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { writeFileSync } from 'node:fs'
import { createServer, request as httpRequest } from 'node:http'
import os from 'node:os'
import { gzipSync } from 'node:zlib'

import { runCli } from '../backend/cli/runCli.ts'
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/e2e/helpers/browser.ts'
import { startE2EStack } from '../test/e2e/helpers/stack.ts'
import {
  clearWebsiteCache,
  ensureWebsiteBuild,
  freePort,
  startWebsite,
} from '../test/e2e/helpers/websiteApp.ts'

type Counted = { method: string; path: string }

/** A pass-through proxy to the backend that writes down every request the website makes. */
const countingProxy = async (backend: string) => {
  const target = new URL(backend)
  const seen: Counted[] = []
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? 'GET', path: req.url ?? '/' })
    const upstream = httpRequest(
      {
        hostname: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    // A dropped connection must not end the benchmark (and leave its servers running).
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502)
      res.end()
    })
    req.on('error', () => upstream.destroy())
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    take: () => seen.splice(0, seen.length),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

type Row = {
  page: string
  path: string
  htmlBytes: number
  htmlGzipBytes: number
  backendRequests: number
  backendPaths: string[]
  scores: Record<string, number>
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

const main = async (args: { json?: string }) => {
  const log = (line: string) => console.log(line)
  const stack = await startE2EStack(log)
  ensureWebsiteBuild(log)
  const proxy = await countingProxy(stack.url)
  const port = await freePort()
  const websiteEnv = {
    BACKEND_URL: proxy.url,
    // Browsers fetch media from the backend directly: not the website's requests.
    BACKEND_PUBLIC_URL: stack.url,
    WEBSITE_URL: `http://localhost:${port}`,
    PREVIEW_SECRET: 'bench-preview-secret',
  }
  const first = async (collection: string) =>
    (await stack.api.request(`/api/${collection}?limit=1&depth=0&sort=-createdAt`)).body.docs[0]
      .slug as string
  const pages: [string, string][] = [
    ['home', '/'],
    ['post', `/posts/${await first('posts')}`],
    ['event', `/events/${await first('events')}`],
    ['appeal', `/donation-appeals/${await first('donation-appeals')}`],
  ]

  const rows: Row[] = []
  let chrome: chromeLauncher.LaunchedChrome | undefined
  try {
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROMIUM_FLAGS,
    })
    for (const [name, path] of pages) {
      // A cold website for each page: what one page costs the backend on a cache miss.
      clearWebsiteCache()
      const site = await startWebsite(port, websiteEnv)
      try {
        proxy.take()
        const html = await fetch(`${site.url}${path}`)
          .then(async (response) => Buffer.from(await response.arrayBuffer()))
          .catch((error: unknown) => {
            throw new Error(
              `GET ${path} failed (${String(error)}); the website said:\n${site.output().slice(-3000)}`,
            )
          })
        const requests = proxy.take()
        // Served from the website's cache from here on, as visitors get it.
        const result = await lighthouse(`${site.url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        })
        const categories = result?.lhr.categories ?? {}
        rows.push({
          page: name,
          path,
          htmlBytes: html.length,
          htmlGzipBytes: gzipSync(html).length,
          backendRequests: requests.length,
          backendPaths: requests.map((r) => `${r.method} ${r.path.slice(0, 100)}`),
          scores: Object.fromEntries(
            CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
          ),
        })
      } finally {
        await site.stop()
      }
    }
  } finally {
    await chrome?.kill()
    await proxy.close()
    await stack.stop()
  }

  const date = new Date().toISOString().slice(0, 10)
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
  console.log(`\nWebsite, production build, ${date}, ${machine}\n`)
  console.log(
    '| page | performance | accessibility | best practices | SEO | HTML (gzipped) | backend requests on a miss |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const row of rows) {
    const s = row.scores
    console.log(
      `| ${row.page} (\`${row.path}\`) | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${(row.htmlBytes / 1024).toFixed(1)} KB (${(row.htmlGzipBytes / 1024).toFixed(1)} KB) | ${row.backendRequests} |`,
    )
  }
  for (const row of rows) console.log(`\n${row.page}: ${row.backendPaths.join('\n  ') || 'none'}`)
  if (args.json) writeFileSync(args.json, JSON.stringify({ date, machine, rows }, null, 2))
  const below = rows.filter((row) => Object.values(row.scores).some((score) => score < 95))
  if (below.length) console.log(`\nBelow 95: ${below.map((row) => row.page).join(', ')}`)
}

await runCli({
  command: 'npm run bench:website',
  description:
    "Lighthouse scores, HTML sizes and backend requests on a cache miss for the website's\nhome page, a post, an event and an appeal (production builds, freshly seeded backend).",
  options: {
    json: { type: 'string', value: 'FILE', help: 'also write every measurement as JSON' },
  },
  run: ({ values }) => main(values),
})
