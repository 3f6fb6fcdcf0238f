import { describe, expect, it } from 'vitest'
import { readAcrossSentences } from '../../../../src/core/rerank/across-sentences.js'
import type { WeightedQuestion } from '../../../../src/core/rerank/weigh-question.js'
import type { IndexedPassage } from '../../../../src/core/retrieve/indexed-passage.js'
import { splitSentences } from '../../../../src/core/text/sentences.js'

const passageOf = (text: string): IndexedPassage => ({
  id: 'a#1', articleId: 'a', heading: '', paragraph: 1, lastParagraph: 1, text, contextTerms: [],
  sentences: splitSentences(text).map((s) => ({ start: s.start, end: s.end, terms: [] })),
})
const asking = (cues: { speaker?: string; source?: string; honoured?: string }, type = 'what') =>
  ({ question: { type, cues: { speaker: '', source: '', honoured: '', ...cues } } }) as unknown as WeightedQuestion

describe('readAcrossSentences', () => {
  const passage = passageOf('“村里有人赌博。希望多来转转。”会上，代表王立新这样说。他的建议得到了回应。')

  it('gives the sentences of a speaker\'s words the coverage of the one naming them, and their speech kind', () => {
    const read = readAcrossSentences(asking({ speaker: '王立新' }), passage, passage.text, [0.1, 0.1, 0.9, 0.2])
    expect(read.coverages).toEqual([{ i: 0, coverage: 0.9 }, { i: 1, coverage: 0.9 }, { i: 2, coverage: 0.9 }, { i: 3, coverage: 0.2 }])
    expect([0, 1, 2, 3].map(read.kindOf)).toEqual([0.9, 1, 0.5, 0])
    expect(read.mayFollow).toBe(false)
  })

  it('finds the speaker by a synonym of the question\'s word (警察 said as 民警)', () => {
    const warning = passageOf('目前警方已立案。民警提醒，刷单都是诈骗。')
    const q = { ...asking({ speaker: '警察' }), words: [{ word: { term: '警察', forms: ['警察', '民警'], within: '' } }] } as unknown as WeightedQuestion
    expect([0, 1].map(readAcrossSentences(q, warning, warning.text, [0.1, 0.9]).kindOf)).toEqual([0, 1])
  })

  it('puts the sentence holding quoted words first, the one naming who said them next, and settles its kind for 谁', () => {
    const read = readAcrossSentences(asking({ source: '希望多来转转' }, 'who'), passage, passage.text, [0.2, 0.8, 0.4, 0.2])
    expect(read.coverages.map((s) => s.coverage)).toEqual([0.1, 0.8, 0.8 * 0.95, 0.1])
    expect(read.kindOf(2)).toBe(1)
    expect(read.kindOf(1)).toBeUndefined()
  })

  it('reads a sentence opening with 她 right after one naming the one whose honours are asked as speaking of them', () => {
    const honours = passageOf('“巡线就是走路。”刘婷说。去年，她排除隐患37处，被评为“青年岗位能手”。她还去了北京。')
    const read = readAcrossSentences(asking({ honoured: '刘婷' }), honours, honours.text, [0.1, 0.8, 0.2, 0.1])
    expect(read.coverages.map((s) => s.coverage)).toEqual([0.1, 0.8, 0.8, 0.1])
    expect([0, 1, 2, 3].map(read.kindOf)).toEqual([undefined, undefined, 1, undefined])
  })

  it('gives a sentence naming someone as 他叫… the coverage of the one before, which describes them, for 谁 and 叫什么', () => {
    const named = passageOf('总有一个瘦削的身影俯身将垃圾拾起。他叫李兔儿，是一名老民警。他今年59岁。')
    for (const type of ['who', 'name']) {
      expect(readAcrossSentences(asking({}, type), named, named.text, [0.9, 0.3, 0.2]).coverages.map((s) => s.coverage)).toEqual([0.9, 0.9, 0.2])
    }
    expect(readAcrossSentences(asking({}, 'what'), named, named.text, [0.9, 0.3, 0.2]).coverages.map((s) => s.coverage)).toEqual([0.9, 0.3, 0.2])
  })

  it('passes other questions through', () => {
    const read = readAcrossSentences(asking({}), passage, passage.text, [0.2, 0.8, 0.4, 0.2])
    expect(read.coverages.map((s) => s.coverage)).toEqual([0.2, 0.8, 0.4, 0.2])
    expect(read.kindOf(1)).toBeUndefined()
  })
})
