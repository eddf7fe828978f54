import type { RateLimitName, RateLimitStore } from 'payload-plugin-charity/types'

import type { VersionSource } from '../server/cache/contentVersion.ts'

import { RedisStore } from 'rate-limit-redis'
import { createClient } from 'redis'

/** The channel every node publishes a content change on, and listens to. */
export const CONTENT_CHANNEL = 'charity:content-changed'

type Client = ReturnType<typeof createClient>

export type SharedState = {
  /** The content version, moved by a change on any node. */
  version: VersionSource
  /** A rate-limit store per rule of the plugin, so every node counts against one limit. */
  rateLimitStore: (rule: RateLimitName) => RateLimitStore
  /** Called with every change another node (or this one) announced. */
  onChange: (listener: () => void) => void
  close: () => Promise<void>
}

/**
 * What several nodes must agree on, in Redis: the content version (so a
 * publish on one node empties every node's response cache) and rate-limit
 * counts. Without REDIS_URL each process keeps both to itself.
 *
 * The version is a local counter that every node moves on each message:
 * reading it stays synchronous and free on the request path, and a change
 * reaches the other nodes as fast as Redis relays a message (milliseconds).
 */
export const connectSharedState = async (
  url: string,
  log: (message: string) => void,
): Promise<SharedState> => {
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))
  const client: Client = createClient({ url })
  const subscriber = client.duplicate()
  let version = 0
  const listeners: (() => void)[] = []
  const moved = () => {
    version += 1
    for (const listener of listeners) listener()
  }
  for (const [name, connection] of [
    ['commands', client],
    ['subscriber', subscriber],
  ] as const) {
    connection.on('error', (error: unknown) => log(`Redis (${name}): ${describe(error)}`))
  }
  // Messages published while this node was cut off are lost: treat a reconnect as a change.
  subscriber.on('ready', moved)
  await Promise.all([client.connect(), subscriber.connect()])
  await subscriber.subscribe(CONTENT_CHANNEL, moved)

  return {
    version: {
      current: () => version,
      bump: () => {
        // Move at once here (a reader on this node right after the write must not get the old copy),
        // then tell the others; this node's own message moves it once more, which is harmless.
        version += 1
        if (client.isReady) {
          client.publish(CONTENT_CHANNEL, String(Date.now())).catch((error: unknown) => {
            log(`Could not announce a content change: ${describe(error)}`)
          })
        }
      },
    },
    rateLimitStore: (rule) =>
      new RedisStore({
        prefix: `charity:rl:${rule}:`,
        sendCommand: (...args: string[]) => client.sendCommand(args),
      }),
    onChange: (listener) => {
      listeners.push(listener)
    },
    close: async () => {
      await Promise.allSettled([subscriber.quit(), client.quit()])
    },
  }
}
