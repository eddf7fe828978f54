import type { AddressInfo } from 'node:net'

import { createServer } from 'node:http'

/**
 * A stand-in for the charity's website, so the admin's preview buttons have
 * somewhere real to go: it answers every page with a short HTML document and
 * remembers which paths were asked for.
 */
export type StandInWebsite = { url: string; requestedPaths: string[]; close: () => Promise<void> }

export const startStandInWebsite = async (): Promise<StandInWebsite> => {
  const requestedPaths: string[] = []
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    requestedPaths.push(path)
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(
      `<!doctype html><title>Website</title><h1>The charity's website</h1><p>Showing ${path}</p>`,
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requestedPaths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
