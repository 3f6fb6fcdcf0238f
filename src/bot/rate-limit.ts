/** A per-key sliding-window limiter. */
export interface RateLimiter {
  /**
   * Records one use by `key`: `allowed` false when over the limit, with the seconds until the
   * next use is allowed; `warn` is true only the first time in a window, so floods get one reply.
   */
  take(key: string | number): { allowed: boolean; retryAfterS: number; warn: boolean }
}

/** At most `count` uses per `windowMs` per key; `now` is injectable for tests. */
export interface RateLimitOptions {
  count: number
  windowMs: number
  now?: () => number
  /** Keys tracked at most; the oldest are forgotten first. Default 10 000. */
  maxKeys?: number
}

/** Creates a limiter whose memory stays bounded however many users write. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { count, windowMs, now = Date.now, maxKeys = 10_000 } = options
  const uses = new Map<string, { times: number[]; warned: boolean }>()
  return {
    take(key) {
      const id = String(key)
      const t = now()
      const entry = uses.get(id) ?? { times: [], warned: false }
      uses.delete(id) // re-inserted below, so the Map's order is least recently used first
      entry.times = entry.times.filter((time) => t - time < windowMs)
      if (entry.times.length === 0) entry.warned = false
      let result
      if (entry.times.length < count) {
        entry.times.push(t)
        result = { allowed: true, retryAfterS: 0, warn: false }
      } else {
        result = { allowed: false, retryAfterS: Math.max(1, Math.ceil((entry.times[0]! + windowMs - t) / 1000)), warn: !entry.warned }
        entry.warned = true
      }
      uses.set(id, entry)
      if (uses.size > maxKeys) uses.delete(uses.keys().next().value!)
      return result
    },
  }
}
