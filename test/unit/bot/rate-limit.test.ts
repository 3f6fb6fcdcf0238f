import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../../src/bot/rate-limit.js'

describe('createRateLimiter', () => {
  it('allows count uses per window, warns once, then allows again after the window', () => {
    let now = 0
    const limiter = createRateLimiter({ count: 2, windowMs: 10_000, now: () => now })
    expect(limiter.take(1).allowed).toBe(true)
    expect(limiter.take(1).allowed).toBe(true)
    expect(limiter.take(1)).toEqual({ allowed: false, retryAfterS: 10, warn: true })
    now = 4_000
    expect(limiter.take(1)).toEqual({ allowed: false, retryAfterS: 6, warn: false })
    expect(limiter.take(2).allowed).toBe(true)
    now = 10_001
    expect(limiter.take(1)).toEqual({ allowed: true, retryAfterS: 0, warn: false })
  })

  it('forgets the least recently seen users beyond maxKeys', () => {
    const limiter = createRateLimiter({ count: 1, windowMs: 60_000, now: () => 0, maxKeys: 2 })
    limiter.take('a')
    limiter.take('b')
    limiter.take('c')
    expect(limiter.take('a').allowed).toBe(true)
    expect(limiter.take('c').allowed).toBe(false)
  })
})
