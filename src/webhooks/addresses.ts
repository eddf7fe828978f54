import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/**
 * Addresses a webhook must never reach unless the operator allows it: the
 * server itself, private networks, link-local (where cloud metadata services
 * live), carrier-grade NAT, documentation, multicast and reserved ranges.
 * Node's BlockList matches IPv4 rules against IPv4-mapped IPv6 addresses too
 * (`::ffff:127.0.0.1`), so those cannot slip past.
 */
const RESERVED = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  RESERVED.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  // NAT64 and 6to4 embed an IPv4 address that could be a private one.
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['2002::', 16],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  RESERVED.addSubnet(network, prefix, 'ipv6')
}

/** Whether an IP address is one a webhook may reach on the public internet. */
export const isPublicAddress = (address: string): boolean => {
  const family = isIP(address)
  if (family === 0) return false
  return !RESERVED.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

export type ResolvedAddress = { address: string; family: 4 | 6 }

/** Every address a host name has (the plugin's `webhooks.resolveHost`; the system's resolver by default). */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>

/** getaddrinfo, as the rest of the process resolves (hosts file, system DNS), every address in its order. */
export const systemResolver: ResolveHost = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })) as ResolvedAddress[]

/** Why a webhook URL may not be called; the message is shown to the admin and logged on the delivery. */
export class RefusedAddressError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RefusedAddressError'
  }
}

/** `[::1]` in a URL is `::1` to the resolver. */
const bareHost = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1')

/**
 * Every address a URL's host resolves to, each checked: one private answer is
 * enough to refuse (a name with a public and a private address could be
 * steered to the private one). The caller connects to a returned address, so
 * a second lookup (DNS rebinding) cannot change where the request goes.
 */
export const resolveWebhookHost = async (
  hostname: string,
  allowPrivateAddresses: boolean,
  resolveHost: ResolveHost = systemResolver,
): Promise<ResolvedAddress[]> => {
  const host = bareHost(hostname)
  const literal = isIP(host)
  let addresses: ResolvedAddress[]
  if (literal) {
    addresses = [{ address: host, family: literal as 4 | 6 }]
  } else {
    try {
      addresses = await resolveHost(host)
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'error'
      throw new RefusedAddressError(`The host "${host}" does not resolve (${code}).`)
    }
    if (!addresses.length) throw new RefusedAddressError(`The host "${host}" has no address.`)
  }
  if (allowPrivateAddresses) return addresses
  const refused = addresses.find(({ address }) => !isPublicAddress(address))
  if (refused) {
    throw new RefusedAddressError(
      `The host "${host}" resolves to ${refused.address}, a loopback, private, link-local or reserved address; webhooks only go to public addresses.`,
    )
  }
  return addresses
}

/**
 * The check an admin's form can make without the network: an IP literal or
 * `localhost` that is not public. Names are resolved when a delivery is sent.
 */
export const obviouslyPrivateHost = (hostname: string): boolean => {
  const host = bareHost(hostname).toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  return isIP(host) !== 0 && !isPublicAddress(host)
}
