import { describe, expect, it } from 'vitest'
import { findTopicShift } from '../../../src/import/topic-shift.js'

describe('findTopicShift', () => {
  const texts = ['广场舞噪音扰民，广场舞队伍多。', '民警调解广场舞噪音纠纷。', '吴奶奶独居，民警给吴奶奶送饭。', '吴奶奶说民警送饭很准时。']

  it('returns the candidate where the paragraphs before and after share the fewest character pairs', () => {
    expect(findTopicShift(texts, [1, 2, 3])).toBe(2)
  })

  it('returns the earliest candidate on a tie, and never a point with nothing before it unless it is the only one', () => {
    expect(findTopicShift(['甲乙。', '丙丁。', '戊己。'], [1, 2])).toBe(1)
    expect(findTopicShift(texts, [0, 2])).toBe(2)
    expect(findTopicShift(texts, [0])).toBe(0)
  })
})
