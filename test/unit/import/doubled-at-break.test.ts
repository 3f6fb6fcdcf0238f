import { describe, expect, it } from 'vitest'
import { dropDoubledAtBreaks, findDoubledAtBreak, partitionCut, type WordEvidence } from '../../../src/import/doubled-at-break.js'

// A tiny dictionary cut (longest match first), standing in for jieba: each fixture spells its words.
function evidence(dictionary: readonly string[], document = ''): WordEvidence {
  const cut = (text: string): string[] => {
    const words: string[] = []
    for (let at = 0; at < text.length; ) {
      const word = dictionary.filter((w) => text.startsWith(w, at)).sort((a, b) => b.length - a.length)[0] ?? text[at]!
      words.push(word)
      at += word.length
    }
    return words
  }
  return { cut, countElsewhere: (text) => document.split(text).length - 1 }
}

describe('findDoubledAtBreak', () => {
  it('returns the character printed twice when one copy is a stray and the other ends a word (整顿 / 顿开展)', () => {
    expect(findDoubledAtBreak('结合政法队伍教育整顿', '顿开展了数轮自查', evidence(['教育', '整顿', '开展', '自查']))).toBe('顿')
  })

  it('returns the word printed twice when the doubled form is no word (整顿 / 整顿开展)', () => {
    expect(findDoubledAtBreak('政法队伍教育整顿', '整顿开展了数轮', evidence(['教育', '整顿', '开展']))).toBe('整顿')
  })

  it('returns nothing when the doubled form is a word (谢谢, 天天, 奶奶)', () => {
    const words = evidence(['谢谢', '天天', '奶奶', '跑步', '午饭'])
    expect(findDoubledAtBreak('他连声说谢', '谢你们', words)).toBe('')
    expect(findDoubledAtBreak('他天', '天跑步', words)).toBe('')
    expect(findDoubledAtBreak('“吴奶', '奶，午饭给您', words)).toBe('')
  })

  it('returns nothing when both copies belong to words (学生 / 生活)', () => {
    expect(findDoubledAtBreak('关心学生', '生活的方方面面', evidence(['关心', '学生', '生活', '方方面面']))).toBe('')
  })

  it('returns nothing when the text itself uses the doubled form elsewhere', () => {
    expect(findDoubledAtBreak('结合教育整顿', '顿开展', evidence(['教育', '整顿', '开展'], '他说整顿顿开展是口误'))).toBe('')
  })

  it('returns the stray by the text\'s own words when the dictionary knows neither copy (施林 / 林松)', () => {
    const words = evidence(['民警', '通过'], '民警施林松说，施林松通过')
    expect(findDoubledAtBreak('民警施林', '林松通过', words)).toBe('林')
    expect(findDoubledAtBreak('民警巫伟', '伟勇通过', words)).toBe('')
  })

  it('returns nothing for digits and Latin letters, which repeat in numbers and words', () => {
    const words = evidence([])
    expect(findDoubledAtBreak('共有1', '1000人', words)).toBe('')
    expect(findDoubledAtBreak('call', 'l me', words)).toBe('')
  })
})

describe('dropDoubledAtBreaks', () => {
  it('returns the pieces with the doubled text dropped and each removal with its context', () => {
    const result = dropDoubledAtBreaks(['结合教育整顿', '顿开展了数轮', '自查。'], evidence(['教育', '整顿', '开展', '自查']))
    expect(result.pieces).toEqual(['结合教育整顿', '开展了数轮', '自查。'])
    expect(result.repairs).toEqual([{ dropped: '顿', at: '合教育整顿|顿开展了数' }])
  })
})

describe('partitionCut', () => {
  it('returns the words of a search-mode cut that no longer word covers, in text order', () => {
    const segmenter = { cut: () => [{ word: '教育', start: 0 }, { word: '整顿', start: 2 }, { word: '教育整顿', start: 0 }, { word: '顿', start: 4 }, { word: '开展', start: 5 }] }
    expect(partitionCut(segmenter)('教育整顿顿开展')).toEqual(['教育整顿', '顿', '开展'])
  })
})
