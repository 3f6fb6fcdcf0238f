import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/core/analyzer.js'
import { createNormalizer } from '../../../src/core/normalize.js'
import { createPipeSegmenter } from '../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({
  segmenter: createPipeSegmenter(),
  normalizer: createNormalizer(),
  stopWords: new Set(['的', '是', '什么']),
})

describe('createAnalyzer', () => {
  it('keeps numbers, decimals and Latin words whole and lower-cased', () => {
    const terms = analyzer.analyze('２０１７年满意度96.81%，VIP').words.map((t) => t.term)
    expect(terms).toEqual(expect.arrayContaining(['2017', '96.81', 'vip']))
  })

  it('drops stop words and makes no bigram across them', () => {
    const { words, bigrams } = analyzer.analyze('小营|的|民警|是|什么')
    expect(words.map((t) => t.term)).toEqual(['小营', '民警'])
    expect(bigrams.map((t) => t.term)).toEqual(['小营', '民警'])
  })

  it('gives offsets into the normalized text', () => {
    const { words, normalized } = analyzer.analyze('ab 小营')
    expect(words.map((t) => normalized.text.slice(t.start, t.end))).toEqual(['ab', '小营'])
  })
})
