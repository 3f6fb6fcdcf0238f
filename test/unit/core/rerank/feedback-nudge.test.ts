import { describe, expect, it } from 'vitest'
import { applyFeedbackNudge, feedbackNudge, similarity, wilsonLowerBound, type QuestionVote } from '../../../../src/core/rerank/feedback-nudge.js'

const votes = (terms: string[], ups: number, downs: number, prefix = 'u'): QuestionVote[] => [
  ...Array.from({ length: ups }, (_, i) => ({ terms, voter: `${prefix}${i}`, vote: 1 as const })),
  ...Array.from({ length: downs }, (_, i) => ({ terms, voter: `${prefix}-${i}`, vote: -1 as const })),
]

describe('wilsonLowerBound', () => {
  it('returns the known bounds: 0 for no trials, 0.21 for 1 of 1, 0.51 for 4 of 4, 0.60 for 9 of 10', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0)
    expect(wilsonLowerBound(1, 1)).toBeCloseTo(0.2065, 3)
    expect(wilsonLowerBound(4, 4)).toBeCloseTo(0.5101, 3)
    expect(wilsonLowerBound(9, 10)).toBeCloseTo(0.5958, 3)
  })
})

describe('similarity', () => {
  it('returns the share of words in common (Jaccard), 0 for two empty sets', () => {
    expect(similarity(['派出所', '民警'], ['派出所', '民警', '多少'])).toBeCloseTo(2 / 3)
    expect(similarity([], [])).toBe(0)
  })
})

describe('feedbackNudge', () => {
  const question = ['红巷', '民警']

  it('returns 0 for one voter, however often they vote, and for three unanimous voters', () => {
    const one = Array.from({ length: 10 }, () => ({ terms: question, voter: 'same', vote: 1 as const }))
    expect(feedbackNudge(one, question)).toBe(0)
    expect(feedbackNudge(votes(question, 3, 0), question)).toBe(0)
  })

  it('lifts a passage four distinct voters agree on, and lowers one they reject', () => {
    expect(feedbackNudge(votes(question, 4, 0), question)).toBeGreaterThan(0)
    expect(feedbackNudge(votes(question, 0, 4), question)).toBeLessThan(0)
  })

  it('returns 0 when voters disagree, and when the voted questions are not similar', () => {
    expect(feedbackNudge(votes(question, 5, 5), question)).toBe(0)
    expect(feedbackNudge(votes(['山门', '党员'], 10, 0), question)).toBe(0)
  })

  it('counts each voter once, by their last vote', () => {
    const changed = [...votes(question, 4, 0), ...Array.from({ length: 4 }, (_, i) => ({ terms: question, voter: `u${i}`, vote: -1 as const }))]
    expect(feedbackNudge(changed, question)).toBeLessThan(0)
  })
})

describe('applyFeedbackNudge', () => {
  const items = [{ id: 'a', score: 1 }, { id: 'b', score: 0.95 }, { id: 'c', score: 0.5 }]
  const access = { passageOf: (i: { id: string }) => i.id, scoreOf: (i: { score: number }) => i.score }

  it('moves a passage agreed on above a close one, never past a far one, and keeps the order otherwise', () => {
    const on = new Map([['b', votes(['红巷'], 10, 0)]])
    expect(applyFeedbackNudge(items, ['红巷'], on, access).map((i) => i.id)).toEqual(['b', 'a', 'c'])
    const far = new Map([['c', votes(['红巷'], 10, 0)]])
    expect(applyFeedbackNudge(items, ['红巷'], far, access).map((i) => i.id)).toEqual(['a', 'b', 'c'])
    expect(applyFeedbackNudge(items, ['红巷'], new Map(), access).map((i) => i.id)).toEqual(['a', 'b', 'c'])
  })
})
