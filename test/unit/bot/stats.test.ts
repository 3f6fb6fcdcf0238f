import { describe, expect, it } from 'vitest'
import { createMemoryStatsStore } from '../../../src/bot/memory-state.js'
import { createStats } from '../../../src/bot/stats.js'

describe('createStats', () => {
  it('counts questions and abstentions per UTC day', async () => {
    let now = new Date('2026-11-22T23:00:00Z')
    const stats = createStats(createMemoryStatsStore(), () => now)
    await stats.recordQuestion(false)
    await stats.recordQuestion(true)
    expect(await stats.snapshot()).toMatchObject({ questionsToday: 2, abstainedToday: 1, abstentionRate: 0.5, uptimeMinutes: 0 })
    now = new Date('2026-11-23T00:30:00Z')
    expect(await stats.snapshot()).toMatchObject({ questionsToday: 0, abstentionRate: 0, uptimeMinutes: 90 })
  })

  it('never fails an answer for a store that cannot count: the error goes to onError', async () => {
    const errors: unknown[] = []
    const failing = { recordQuestion: () => Promise.reject(new Error('database away')), countDay: async () => ({ questions: 0, abstained: 0 }) }
    const stats = createStats(failing, undefined, (error) => errors.push(error))
    await expect(stats.recordQuestion(false)).resolves.toBeUndefined()
    expect(errors).toEqual([new Error('database away')])
  })
})
