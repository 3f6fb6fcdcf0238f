import { describe, expect, it } from 'vitest'
import { createMemoryRateLimitStore } from '../../../src/bot/memory-state.js'
import { createUserLimits } from '../../../src/bot/rate-limit.js'

describe('createUserLimits', () => {
  it('allows count updates per window, notifies on the first refusal only, then allows again after the window', async () => {
    let now = 0
    const limits = createUserLimits(createMemoryRateLimitStore(), { count: 2, windowMs: 10_000 }, () => now)
    expect((await limits.takeUpdate(1)).allowed).toBe(true)
    expect((await limits.takeUpdate(1)).allowed).toBe(true)
    expect(await limits.takeUpdate(1)).toEqual({ allowed: false, retryAfterS: 10, notify: true })
    now = 4_000
    expect(await limits.takeUpdate(1)).toEqual({ allowed: false, retryAfterS: 6, notify: false })
    expect((await limits.takeUpdate(2)).allowed).toBe(true)
    now = 10_001
    expect(await limits.takeUpdate(1)).toEqual({ allowed: true, retryAfterS: 0, notify: false })
  })

  it('gives inline queries their own budget, three times as large', async () => {
    const limits = createUserLimits(createMemoryRateLimitStore(), { count: 1, windowMs: 10_000 }, () => 0)
    expect((await limits.takeUpdate(1)).allowed).toBe(true)
    const inline = [await limits.takeInline(1), await limits.takeInline(1), await limits.takeInline(1), await limits.takeInline(1)]
    expect(inline.map((o) => o.allowed)).toEqual([true, true, true, false])
  })

  it('grants one invalid-input notice per user per window', async () => {
    let now = 0
    const limits = createUserLimits(createMemoryRateLimitStore(), { count: 5, windowMs: 10_000 }, () => now)
    expect(await limits.claimNotice(1)).toBe(true)
    expect(await limits.claimNotice(1)).toBe(false)
    expect(await limits.claimNotice(2)).toBe(true)
    now = 10_000
    expect(await limits.claimNotice(1)).toBe(true)
  })
})
