import { describe, expect, it } from 'vitest'
import { discoverWords } from '../../../../src/core/text/discover-words.js'
import { createDictionarySegmenter } from '../../../helpers/dictionary-segmenter.js'

const segmenter = createDictionarySegmenter(['派出所', '街道', '社区', '民警'])

describe('discoverWords', () => {
  it('finds a name the dictionary lacks when it recurs in different company', () => {
    const texts = ['小营派出所民警', '小营街道', '来到小营社区']
    expect(discoverWords(texts, segmenter)).toEqual(['小营'])
  })

  it('ignores sequences seen fewer times than the minimum', () => {
    expect(discoverWords(['小营派出所', '小营街道'], segmenter)).toEqual([])
  })

  it('keeps the longer word when the shorter only ever occurs inside it', () => {
    const texts = ['红巷社区', '红巷街道', '红巷派出所']
    expect(discoverWords(texts, segmenter)).toEqual(['红巷'])
    const names = ['巫伟勇说', '巫伟勇民警', '民警巫伟勇']
    expect(discoverWords(names, segmenter)).toEqual(['巫伟勇'])
  })

  it('does not glue function characters into words', () => {
    expect(discoverWords(['在的了', '在的了', '在的了'], segmenter)).toEqual([])
  })

  it('leaves words the dictionary already knows alone', () => {
    expect(discoverWords(['派出所', '派出所', '派出所'], segmenter)).toEqual([])
  })
})

describe('discoverWords on a large corpus', () => {
  it('reads no further than maxChars', () => {
    const texts = ['小营派出所', '小营街道', '来到小营社区', '红巷派出所', '红巷街道', '红巷社区']
    expect(discoverWords(texts, segmenter, { maxChars: 12 })).toEqual(['小营'])
  })
})
