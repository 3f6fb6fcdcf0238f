import { describe, expect, it } from 'vitest'
import { createMemoryRateLimitStore, createMemoryStatsStore, createMemoryUpdateLedger, createMemoryVoteStore } from '../../../src/bot/memory-state.js'

describe('createMemoryRateLimitStore', () => {
  it('slides the window: a use frees up exactly windowMs after it was made', async () => {
    const store = createMemoryRateLimitStore()
    const rule = { count: 2, windowMs: 1000 }
    await store.take('k', rule, 0)
    await store.take('k', rule, 600)
    expect(await store.take('k', rule, 900)).toEqual({ allowed: false, retryAfterMs: 100, firstRefusal: true })
    expect(await store.take('k', rule, 1000)).toEqual({ allowed: true, retryAfterMs: 0, firstRefusal: false })
    expect(await store.take('k', rule, 1100)).toEqual({ allowed: false, retryAfterMs: 500, firstRefusal: false })
  })

  it('forgets the least recently seen keys beyond maxKeys', async () => {
    const store = createMemoryRateLimitStore(2)
    const rule = { count: 1, windowMs: 60_000 }
    await store.take('a', rule, 0)
    await store.take('b', rule, 0)
    await store.take('c', rule, 0)
    expect((await store.take('a', rule, 0)).allowed).toBe(true)
    expect((await store.take('c', rule, 0)).allowed).toBe(false)
  })
})

describe('createMemoryUpdateLedger', () => {
  it('claims an update id once, in progress until completed, and forgets the oldest beyond its size', async () => {
    const ledger = createMemoryUpdateLedger(2)
    expect(await ledger.claimUpdate(1)).toBe('claimed')
    expect(await ledger.claimUpdate(1)).toBe('in progress')
    await ledger.completeUpdate(1)
    expect(await ledger.claimUpdate(1)).toBe('duplicate')
    await ledger.claimUpdate(2)
    await ledger.claimUpdate(3)
    expect(await ledger.claimUpdate(3)).toBe('in progress')
    expect(await ledger.claimUpdate(1)).toBe('claimed')
  })
})

describe('createMemoryVoteStore', () => {
  it('keeps one vote per user and passage, replaced by the other thumb and withdrawn by the same', async () => {
    const votes = createMemoryVoteStore()
    expect(await votes.tap({ passageId: 'a#1', userId: 1, vote: 1 })).toBe(1)
    expect(await votes.tap({ passageId: 'a#1', userId: 1, vote: 1 })).toBe(0)
    expect(await votes.tap({ passageId: 'a#1', userId: 1, vote: -1 })).toBe(-1)
    expect(await votes.tap({ passageId: 'a#1', userId: 2, vote: 1 })).toBe(1)
    expect(await votes.tap({ passageId: 'a#2', userId: 1, vote: 1 })).toBe(1)
    expect(await votes.counts()).toEqual({ up: 2, down: 1 })
  })
})

describe('createMemoryStatsStore', () => {
  it('counts per day and keeps only the newest days', async () => {
    const stats = createMemoryStatsStore(2)
    await stats.recordQuestion('2026-11-20', false)
    await stats.recordQuestion('2026-11-21', true)
    await stats.recordQuestion('2026-11-21', false)
    await stats.recordQuestion('2026-11-22', false)
    expect(await stats.countDay('2026-11-21')).toEqual({ questions: 2, abstained: 1 })
    expect(await stats.countDay('2026-11-20')).toEqual({ questions: 0, abstained: 0 })
  })
})
