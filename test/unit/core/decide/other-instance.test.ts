import { describe, expect, it } from 'vitest'
import { findNamedInstances, namesOtherInstance } from '../../../../src/core/decide/other-instance.js'
import type { WeightedQuestion, WeightedWord } from '../../../../src/core/rerank/weigh-question.js'
import type { IndexedPassage } from '../../../../src/core/retrieve/indexed-passage.js'
import { splitSentences } from '../../../../src/core/text/sentences.js'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'

const tag = createDictionaryTagger({ 康桥: 'ns', 半山: 'ns', 派出所: 'n', 辖区: 'n', 一级: 'b', 化解率: 'n', 今年: 't', 达到: 'v', 如: 'v', 全市: 'n' })

const word = (term: string, name: boolean): WeightedWord => ({ word: { term, forms: [term], within: '' }, weight: 1, bigrams: [], noun: true, name, coined: false, parts: [] })

const question = (normalized: string, words: WeightedWord[]): WeightedQuestion => ({
  question: { text: normalized, normalized, type: 'how_many', words: words.map((w) => w.word), bigrams: [], pairs: [], unit: { kind: 'any' }, focus: '', numbers: [], numberUnits: [], cues: { askedForms: [], act: '', plural: false, identity: '', located: '', honoured: '', speaker: '', source: '' } },
  words,
  bigrams: [],
  forms: new Set(words.map((w) => w.word.term)),
  persons: [],
})

const passage = (text: string): IndexedPassage => ({
  id: 'a#1', articleId: 'a', heading: '', paragraph: 1, lastParagraph: 1, text, contextTerms: [],
  sentences: splitSentences(text).map((s) => ({ start: s.start, end: s.end, terms: [] })),
})

describe('findNamedInstances', () => {
  it('reads a name before a unit word as one unit, proper when jieba tags it a name', () => {
    const q = question('康桥派出所化解率多少', [word('康桥', true), word('化解率', false)])
    expect(findNamedInstances(q)).toEqual([{ forms: ['康桥'], unit: '派出所', proper: true }])
    expect(findNamedInstances(question('一级派出所有哪些', [word('一级', false)]))).toEqual([{ forms: ['一级'], unit: '派出所', proper: false }])
  })

  it('reads a place word ending in its suffix (金华市) as a unit a passage may name without the suffix (金华), never compared to others', () => {
    const city = word('金华市', true)
    city.parts.push({ ...word('金华', true), word: { term: '金华', forms: ['金华'], within: '金华市' } })
    expect(findNamedInstances(question('金华市注册义警有多少', [city, word('义警', false)]))).toEqual([{ forms: ['金华市', '金华'], unit: '市', proper: false }])
    expect(findNamedInstances(question('怎么弄出来', [word('弄出来', false)]))).toEqual([])
  })
})

describe('namesOtherInstance', () => {
  const asked = findNamedInstances(question('康桥派出所化解率多少', [word('康桥', true), word('化解率', false)]))

  it('is true when the answering sentence, or the nearest before it naming one, names only another unit of the kind', () => {
    const p = passage('如半山派出所辖区，今年化解率达到100%。')
    expect(namesOtherInstance(asked, p, p.text, 0, tag)).toBe(true)
    const before = passage('如半山派出所辖区。今年化解率达到100%。')
    expect(namesOtherInstance(asked, before, before.text, 1, tag)).toBe(true)
  })

  it('is false when that sentence names the one asked about, names none, or only a common noun (全市派出所)', () => {
    const own = passage('半山派出所建了站。康桥派出所今年化解率达到100%。')
    expect(namesOtherInstance(asked, own, own.text, 1, tag)).toBe(false)
    const none = passage('今年化解率达到100%。')
    expect(namesOtherInstance(asked, none, none.text, 0, tag)).toBe(false)
    const common = passage('全市派出所今年化解率达到100%。')
    expect(namesOtherInstance(asked, common, common.text, 0, tag)).toBe(false)
  })

  it('never counts a kind (一级派出所) as a unit another one contradicts', () => {
    const kind = findNamedInstances(question('一级派出所有哪些', [word('一级', false)]))
    const p = passage('半山派出所是一级派出所。')
    expect(namesOtherInstance(kind, p, p.text, 0, tag)).toBe(false)
  })
})
