import { describe, expect, it } from 'vitest'
import { findHighlights, findTermSpans, type HighlightWord } from '../../../../src/core/present/highlights.js'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import { createDictionarySegmenter } from '../../../helpers/dictionary-segmenter.js'

const normalizer = createNormalizer((c) => ({ 營: '营', 隊: '队' })[c] ?? c)
const analyzer = createAnalyzer({
  segmenter: createDictionarySegmenter(['第一个', '第一次', '党组织', '小巷', '民警', '派出所', '小营', '巷口', '大队', '老党员', '山门', '小巷幽幽', '近年来', '居民', '献血', '老人', '说着']),
  normalizer,
  stopWords: new Set(['的', '在', '了']),
})
const word = (term: string, more: Partial<HighlightWord> = {}): HighlightWord => ({ term, forms: [term], within: '', ...more })
const highlight = (text: string, words: HighlightWord[]) =>
  findHighlights({ text, normalized: normalizer.normalizeWithOrigin(text), analyze: () => analyzer.analyze(text) }, words)

describe('findHighlights', () => {
  it('marks each question word found in any of its forms, as written, adjacent ones as one run', () => {
    expect(highlight('第一个党组织在小巷成立，民警说起第一次。', [word('第一个'), word('第一'), word('党组织'), word('警察', { forms: ['警察', '民警'] })])).toEqual([
      '第一个党组织',
      '民警',
      '第一',
    ])
    expect(highlight('小營派出所', [word('小营')])).toEqual(['小營'])
    expect(highlight('小\u200b营派出所', [word('小营派出所')])).toEqual(['小\u200b营派出所'])
  })

  it('marks a near-synonym only when it stood in for a word the snippet lacks', () => {
    expect(highlight('小巷里的民警走访居民。', [word('警察', { near: ['民警'] })])).toEqual(['民警'])
    expect(highlight('民警和警察走访居民。', [word('警察', { near: ['民警'] })])).toEqual(['警察'])
  })

  it('marks a lone character only glued to the question word it stands with in the question', () => {
    const seven = word('七', { compounds: ['七大队'] })
    expect(highlight('七大隊有七名民警，大队长说。', [seven, word('大队')])).toEqual(['七大隊', '大队'])
    expect(highlight('全所七名民警', [seven])).toEqual([])
  })

  it('marks a one-character noun alone only where it stands as a word, and never a verb or a part of a word', () => {
    expect(highlight('老人献血。', [word('血', { noun: true, compounds: [] })])).toEqual([])
    expect(highlight('老人说着血，流了。', [word('血', { noun: true, compounds: [] })])).toEqual(['血'])
    expect(highlight('小巷幽幽，近年来居民都能来。', [word('巷', { noun: true, compounds: [] }), word('年', { noun: true, compounds: [] }), word('能', { compounds: [] })])).toEqual([])
  })

  it('shows a word the snippet lacks by those of its character pairs the snippet cuts as words', () => {
    expect(highlight('小营派出所的民警在巷口值守。', [word('小营所'), word('民警')])).toEqual(['小营', '民警'])
    expect(highlight('小营所在。', [word('营所值')])).toEqual([])
  })

  it('leaves out a string some occurrence of which is not marked, as every occurrence would be bolded', () => {
    // 血 stands alone once and inside 献血 once: bolding "血" would bold both
    expect(highlight('说着血，献血。', [word('血', { noun: true, compounds: [] })])).toEqual([])
  })
})

describe('findTermSpans', () => {
  it('finds every occurrence of every term, longer terms first, none overlapping', () => {
    expect(findTermSpans('七大队的大队长', ['大队', '七大队'])).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 6 },
    ])
  })
})
