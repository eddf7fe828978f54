/**
 * Where a rate limit keeps its counts. The shape is express-rate-limit's
 * `Store`, so any of its stores (rate-limit-redis, rate-limit-memcached, …)
 * can be passed as is; without one, each process counts in its own memory.
 */
export type RateLimitStore = {
  /** Called once, before the first count, with the rule's window (a method: stores take more options). */
  init?(options: { windowMs: number }): void
  /** Count one request for `key`: how many it has made in this window, and when the window ends. */
  increment(
    key: string,
  ):
    | Promise<{ totalHits: number; resetTime: Date | undefined }>
    | { totalHits: number; resetTime: Date | undefined }
}

type Count = { hits: number; resetAt: number }

/**
 * Counts in this process's memory, one fixed window per key. Two maps take
 * turns (the one before last is dropped every window), so a key that stops
 * coming is forgotten within two windows without a sweep over every key.
 */
export class MemoryStore implements RateLimitStore {
  private windowMs = 60_000
  private current = new Map<string, Count>()
  private previous = new Map<string, Count>()

  init({ windowMs }: { windowMs: number }): void {
    this.windowMs = windowMs
    // unref: counting must never keep a process alive that is otherwise done.
    setInterval(() => {
      this.previous = this.current
      this.current = new Map()
    }, windowMs).unref()
  }

  increment(key: string): { totalHits: number; resetTime: Date } {
    const now = Date.now()
    let count = this.current.get(key) ?? this.previous.get(key)
    if (!count || count.resetAt <= now) count = { hits: 0, resetAt: now + this.windowMs }
    this.previous.delete(key)
    this.current.set(key, count)
    count.hits += 1
    return { totalHits: count.hits, resetTime: new Date(count.resetAt) }
  }
}
