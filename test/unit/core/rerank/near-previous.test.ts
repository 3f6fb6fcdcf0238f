import { describe, expect, it } from 'vitest'
import { defaultNearPreviousOptions, liftNearPrevious } from '../../../../src/core/rerank/near-previous.js'
import type { RankedPassage } from '../../../../src/core/rerank/rerank.js'

// Only what lifting reads of a ranked passage: its score, article and paragraph range.
const ranked = (id: string, articleId: string, paragraph: number, lastParagraph: number, score: number) =>
  ({ score, candidate: { passage: { id, articleId, paragraph, lastParagraph } } }) as unknown as RankedPassage

describe('liftNearPrevious', () => {
  const far = ranked('a#1', 'a', 1, 1, 1.0)
  const next = ranked('a#5', 'a', 5, 6, 0.95)
  const otherArticle = ranked('b#4', 'b', 4, 4, 0.97)
  const ids = (list: RankedPassage[]) => list.map((r) => r.candidate.passage.id)

  it('lifts a passage within one paragraph of the previous answer above a slightly better one elsewhere', () => {
    expect(ids(liftNearPrevious([far, otherArticle, next], { articleId: 'a', paragraph: 4 }, defaultNearPreviousOptions))).toEqual(['a#5', 'a#1', 'b#4'])
    expect(ids(liftNearPrevious([far, otherArticle, next], { articleId: 'a', paragraph: 7 }, defaultNearPreviousOptions))).toEqual(['a#5', 'a#1', 'b#4'])
  })

  it('leaves the order when nothing is near: another article, or two paragraphs away, or a much better passage', () => {
    expect(ids(liftNearPrevious([far, otherArticle, next], { articleId: 'c', paragraph: 5 }, defaultNearPreviousOptions))).toEqual(['a#1', 'b#4', 'a#5'])
    expect(ids(liftNearPrevious([far, otherArticle, next], { articleId: 'a', paragraph: 8 }, defaultNearPreviousOptions))).toEqual(['a#1', 'b#4', 'a#5'])
    expect(ids(liftNearPrevious([ranked('a#1', 'a', 1, 1, 2), next], { articleId: 'a', paragraph: 5 }, defaultNearPreviousOptions))).toEqual(['a#1', 'a#5'])
  })
})
