import type { AddressInfo } from 'node:net'

import type { ResolvedAddress, ResolveHost } from '../../src/webhooks/addresses.ts'

import { createServer, type Server } from 'node:http'

import { resolveOptions } from '../../src/options.ts'
import { sendWebhook } from '../../src/webhooks/send.ts'

/**
 * Webhooks to host names (the probe could try IP literals only): every
 * address a name resolves to is checked, and the request goes to the address
 * that was checked, whatever a second lookup would answer (DNS rebinding).
 * The names are answered by a resolver handed to the sender, as the plugin's
 * `webhooks.resolveHost` option hands it; Node's dns module is left alone.
 * Real HTTP receivers listen on 127.0.0.1 and 127.0.0.2 (both loopback).
 */
type Receiver = { server: Server; hits: { host?: string; url?: string }[] }

const listen = async (address: string, port = 0): Promise<Receiver> => {
  const hits: Receiver['hits'] = []
  const server = createServer((request, response) => {
    hits.push({ host: request.headers.host, url: request.url })
    response.writeHead(204).end()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, address, resolve)
  })
  return { server, hits }
}

const close = async ({ server }: Receiver) => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
}

/** A resolver that answers `answers[n]` on its n-th call (the last one from then on), and counts. */
const answering = (...answers: ResolvedAddress[][]) => {
  const calls: string[] = []
  const resolveHost: ResolveHost = async (hostname) => {
    calls.push(hostname)
    return answers[Math.min(calls.length - 1, answers.length - 1)]
  }
  return { resolveHost, calls }
}

const v4 = (address: string): ResolvedAddress => ({ address, family: 4 })

describe('webhooks to host names (DNS)', () => {
  let checked: Receiver
  let rebound: Receiver
  let port: number

  beforeAll(async () => {
    checked = await listen('127.0.0.1')
    port = (checked.server.address() as AddressInfo).port
    // The address a second lookup would give: same port, another loopback address.
    rebound = await listen('127.0.0.2', port)
  })
  afterAll(async () => {
    await close(checked)
    await close(rebound)
  })

  const send = (url: string, resolveHost: ResolveHost, allowPrivateAddresses: boolean) =>
    sendWebhook({
      url,
      headers: {},
      body: '{}',
      timeoutMs: 5000,
      allowPrivateAddresses,
      resolveHost,
    })

  it('connects to the address it checked, never to a second lookup’s answer (DNS rebinding)', async () => {
    const dns = answering([v4('127.0.0.1')], [v4('127.0.0.2')])
    const result = await send(`http://hooks.rebind.test:${port}/receive`, dns.resolveHost, true)
    expect(result).toMatchObject({ ok: true, statusCode: 204, error: null })
    expect(dns.calls).toEqual(['hooks.rebind.test'])
    // The request went to the checked address, under the name the operator gave.
    expect(checked.hits).toEqual([{ host: `hooks.rebind.test:${port}`, url: '/receive' }])
    expect(rebound.hits).toEqual([])
  })

  it.each([
    ['a private address', [v4('10.20.30.40')], '10.20.30.40'],
    [
      'cloud metadata among public ones',
      [v4('93.184.216.34'), v4('169.254.169.254')],
      '169.254.169.254',
    ],
    [
      'loopback written as IPv4-mapped IPv6',
      [{ address: '::ffff:127.0.0.1', family: 6 as const }],
      '::ffff:127.0.0.1',
    ],
    ['a unique-local IPv6 address', [{ address: 'fd00::1', family: 6 as const }], 'fd00::1'],
  ])('refuses a name that resolves to %s, without connecting', async (_what, answer, named) => {
    const before = checked.hits.length + rebound.hits.length
    const dns = answering(answer)
    const result = await send(`http://evil.rebind.test:${port}/`, dns.resolveHost, false)
    expect(result).toMatchObject({ ok: false, statusCode: null })
    expect(result.error).toContain(`resolves to ${named}`)
    expect(result.error).toMatch(/webhooks only go to public addresses/)
    expect(checked.hits.length + rebound.hits.length).toBe(before)
  })

  it('says so when the name does not resolve', async () => {
    const missing: ResolveHost = async () => {
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' })
    }
    const result = await send(`http://missing.rebind.test:${port}/`, missing, false)
    expect(result.error).toBe('The host "missing.rebind.test" does not resolve (ENOTFOUND).')
  })

  it('takes the resolver from the plugin options', () => {
    const dns = answering([v4('127.0.0.1')])
    expect(resolveOptions({ webhooks: { resolveHost: dns.resolveHost } }).webhooks).toEqual({
      allowPrivateAddresses: false,
      resolveHost: dns.resolveHost,
    })
    expect(resolveOptions({}).webhooks).toEqual({ allowPrivateAddresses: false })
  })
})
