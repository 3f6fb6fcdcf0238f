import { describe, expect, it } from 'vitest'
import { createFollowUpMemory } from '../../../src/core/follow-up-memory.js'

describe('createFollowUpMemory', () => {
  it('recalls the last question of each chat, apart from other chats', () => {
    const memory = createFollowUpMemory()
    memory.remember(1, '甲？')
    memory.remember(1, '乙？')
    memory.remember('2', '丙？')
    expect([memory.recall(1), memory.recall(2), memory.recall(3)]).toEqual(['乙？', '丙？', undefined])
  })

  it('forgets a question once its time to live has passed', () => {
    let now = 0
    const memory = createFollowUpMemory({ ttlMs: 1000, now: () => now })
    memory.remember(1, '甲？')
    now = 1000
    expect(memory.recall(1)).toBe('甲？')
    now = 1001
    expect(memory.recall(1)).toBeUndefined()
  })

  it('forgets the chats asked least recently first when more chats than it keeps ask', () => {
    const memory = createFollowUpMemory({ maxChats: 2 })
    memory.remember(1, '甲？')
    memory.remember(2, '乙？')
    memory.remember(1, '丙？')
    memory.remember(3, '丁？')
    expect([memory.recall(1), memory.recall(2), memory.recall(3)]).toEqual(['丙？', undefined, '丁？'])
  })
})
