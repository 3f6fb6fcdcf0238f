import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTopScoreFilter } from '../../../../src/core/retrieve/top-score-filter.js'

// the best `limit` scores with every score tied with the last of them, as a sorted list
const best = (scores: readonly number[], limit: number) => {
  const sorted = [...scores].sort((a, b) => b - a)
  if (limit <= 0) return []
  const last = sorted[Math.min(limit, sorted.length) - 1]
  return last === undefined ? [] : sorted.filter((s) => s >= last)
}

describe('a top score filter', () => {
  it('lets through every score that can be among the best, ties at the cut included, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.integer({ min: 0, max: 30 }), (scores, limit) => {
        const keep = createTopScoreFilter(limit)
        const kept = scores.filter((score) => keep({ score }))
        expect(best(kept, limit)).toEqual(best(scores, limit))
      }),
    )
  })

  it('drops a score lower than the best ones seen once there are enough of them', () => {
    const keep = createTopScoreFilter(2)
    expect([5, 3, 1, 4, 3, 6, 2].map((score) => keep({ score }))).toEqual([true, true, false, true, false, true, false])
  })
})
