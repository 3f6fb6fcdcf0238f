import { describe, expect, it } from 'vitest'
import { bigramKey } from '../../../../src/core/retrieve/indexed-passage.js'
import { planQuery } from '../../../../src/core/retrieve/plan-query.js'
import type { RetrievalRequest } from '../../../../src/core/retrieve/retriever.js'

const frequency = new Map([['民警', 900], ['巡逻', 300], ['山门', 5], ['警察', 600], [bigramKey('上塘'), 2], ['民', 1000]])
const frequencyOf = (term: string) => frequency.get(term) ?? 0
const request = (words: string[], pairs: string[] = [], bigrams: string[] = []): RetrievalRequest => ({
  words: words.map((term) => ({ term, boost: 1 })),
  pairs: pairs.map((term) => ({ term, boost: 0.4 })),
  bigrams: bigrams.map((term) => ({ term, boost: 0.4 })),
  limit: 40,
  preceding: 2,
})
const terms = (plan: { words: { term: string }[]; pairs: { term: string }[] }) => ({ words: plan.words.map((t) => t.term), pairs: plan.pairs.map((t) => t.term) })

describe('planQuery', () => {
  it('reads every present term when all fit in the budget, in the question order', () => {
    expect(terms(planQuery(request(['民警', '山门', '缺席'], ['上塘']), frequencyOf, { postingBudget: 10_000 }))).toEqual({ words: ['民警', '山门'], pairs: ['上塘'] })
  })

  it('takes terms rarest first while they fit, leaving the common ones to reranking', () => {
    expect(terms(planQuery(request(['民警', '巡逻', '山门', '警察'], ['上塘']), frequencyOf, { postingBudget: 400 }))).toEqual({ words: ['山门', '巡逻'], pairs: ['上塘'] })
  })

  it('always takes the rarest term, even over the budget', () => {
    expect(terms(planQuery(request(['民警', '警察']), frequencyOf, { postingBudget: 10 }))).toEqual({ words: ['警察'], pairs: [] })
  })

  it('searches the bigrams as words when the corpus holds none of the words or pairs', () => {
    expect(terms(planQuery(request(['缺席'], [], ['民警', '无人']), frequencyOf))).toEqual({ words: ['民警'], pairs: [] })
  })

  it('plans nothing when nothing is present', () => {
    expect(terms(planQuery(request(['缺席'], ['无人'], ['无人']), frequencyOf))).toEqual({ words: [], pairs: [] })
  })
})
