import type { Encoding } from './encoding.ts'

import { LRUCache } from 'lru-cache'
import { createHash } from 'node:crypto'

import { contentVersion } from './contentVersion.ts'
import { encodeBoth, isCompressible } from './encoding.ts'

/** A response as it was sent: enough to send it again byte for byte. */
export type CachedResponse = {
  status: number
  headers: [string, string][]
  body: Buffer
  etag: string
  /** The body brotli- and gzip-compressed, made once when it is kept (text bodies of 1 KB or more). */
  encoded?: Record<Encoding, Buffer>
  /** The content version it was made at: served only while that is still current. */
  version: number
}

export type ResponseCacheOptions = {
  /** Total size of the cached bodies. */
  maxBytes: number
  /** Bodies larger than this are never cached (they would push out many small ones). */
  maxEntryBytes: number
  /**
   * How long an entry may be served even if nothing changed. Visibility also
   * moves with time (a post's publish date arrives, an appeal closes), and no
   * write announces that: this bounds how late a reader sees it.
   */
  ttlMs: number
}

/** What a handler produced, and whether any anonymous reader may be given the same. */
export type MadeResponse = {
  entry: Omit<CachedResponse, 'encoded' | 'etag' | 'version'>
  cacheable: boolean
}

/** A stored response's content type. */
export const contentTypeOf = (headers: [string, string][]): string | undefined =>
  headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1]

/** A strong validator for exactly these bytes. */
export const etagOf = (body: Buffer): string =>
  `"${createHash('sha1').update(body).digest('base64url')}"`

/**
 * Anonymous responses kept in memory, bounded by total size, valid only at the
 * content version they were made at. Concurrent misses for the same key share
 * one computation (a burst of readers of a new page costs one query).
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>
  private readonly inFlight = new Map<string, Promise<CachedResponse>>()

  constructor(private readonly options: ResponseCacheOptions) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry) =>
        entry.body.length +
        (entry.encoded ? entry.encoded.br.length + entry.encoded.gzip.length : 0) +
        256,
      ttl: options.ttlMs,
    })
  }

  /** The cached response for `key` if it is still current. */
  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.version !== contentVersion.current()) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  /**
   * The response for `key`: from memory, or made by `make` (once, however many
   * readers ask at the same time). What `make` marks not cacheable is shared
   * with those concurrent readers (they asked the same question) but not kept.
   */
  async getOrMake(key: string, make: () => Promise<MadeResponse>) {
    const cached = this.get(key)
    if (cached) return { response: cached, hit: true }
    let pending = this.inFlight.get(key)
    if (!pending) {
      pending = this.fill(key, make).finally(() => this.inFlight.delete(key))
      this.inFlight.set(key, pending)
    }
    return { response: await pending, hit: false }
  }

  private async fill(key: string, make: () => Promise<MadeResponse>): Promise<CachedResponse> {
    const version = contentVersion.current()
    const { entry: made, cacheable } = await make()
    const entry: CachedResponse = { ...made, etag: etagOf(made.body), version }
    const keep = cacheable && made.body.length <= this.options.maxEntryBytes
    // Compressed once here, so a hit costs no compression (and concurrent readers share it).
    if (keep && isCompressible(contentTypeOf(made.headers), made.body)) {
      entry.encoded = await encodeBoth(made.body)
    }
    // Kept only if nothing changed while it was made: otherwise it may already be out of date.
    if (keep && version === contentVersion.current()) this.entries.set(key, entry)
    return entry
  }

  get size(): number {
    return this.entries.calculatedSize
  }

  clear(): void {
    this.entries.clear()
  }
}
