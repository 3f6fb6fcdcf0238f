import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({
  segmenter: createPipeSegmenter(),
  normalizer: createNormalizer(),
  stopWords: new Set(['的', '是', '什么']),
})

// search mode: each longer word is followed by the dictionary words inside it
const searchSegmenter = {
  cut: (text: string) => {
    const inside: Record<string, string[]> = { 副所长: ['所长'], 非党员: ['党员'], 小营派出所: ['小营', '派出所'] }
    const out: { word: string; start: number }[] = []
    let start = 0
    for (const word of text.split('|')) {
      for (const sub of inside[word] ?? []) out.push({ word: sub, start: start + word.indexOf(sub) })
      out.push({ word, start })
      start += word.length + 1
    }
    return out
  },
}

describe('createAnalyzer', () => {
  it('does not let the word inside 副所长 or 非党员 stand alone, but keeps the parts of other compounds', () => {
    const search = createAnalyzer({ segmenter: searchSegmenter, normalizer: createNormalizer(), stopWords: new Set() })
    const terms = search.analyze('副所长|非党员|小营派出所').words.map((t) => t.term)
    expect(terms).toEqual(expect.arrayContaining(['副所长', '非党员', '小营', '派出所', '小营派出所']))
    expect(terms).not.toContain('所长')
    expect(terms).not.toContain('党员')
  })

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

describe('bigrams of characters outside the BMP', () => {
  it('pairs whole characters, never half of one', () => {
    const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['|']) })
    const { bigrams } = analyzer.analyze('吉𠮷家')
    expect(bigrams.map((t) => t.term)).toEqual(['吉𠮷', '𠮷家'])
    // in a u-mode pattern a surrogate class matches only a lone (half) character
    expect(bigrams.filter((t) => /[\uD800-\uDFFF]/u.test(t.term))).toEqual([])
  })
})
