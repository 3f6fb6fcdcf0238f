import { describe, expect, it } from 'vitest'
import { findNamedInstances, namesOtherInstance } from '../../../../src/core/decide/named-instances.js'
import type { WeightedQuestion, WeightedWord } from '../../../../src/core/rerank/weigh-question.js'

const word = (term: string, within = ''): WeightedWord => ({ word: { term, forms: [term], within }, weight: 1, bigrams: [], noun: true, name: false, coined: false, parts: [] })

const question = (normalized: string, words: WeightedWord[]): WeightedQuestion => ({
  question: { text: normalized, normalized, type: 'how_many', words: words.map((w) => w.word), bigrams: [], pairs: [], unit: { kind: 'any' }, focus: '', numbers: [], numberUnits: [], cues: { askedForms: [], act: '', plural: false, identity: '', located: '', honoured: '', speaker: '', source: '', ordinal: 0, asserted: [], conferred: '', event: [] } },
  words,
  bigrams: [],
  forms: new Set(words.map((w) => w.word.term)),
  persons: [],
})

describe('findNamedInstances', () => {
  it('reads a name before a unit word as one unit (康桥派出所)', () => {
    expect(findNamedInstances(question('康桥派出所化解率多少', [word('康桥'), word('化解率')]))).toEqual([{ forms: ['康桥'], unit: '派出所' }])
  })

  it('reads a place word ending in its suffix (金华市) as a unit a passage may name without the suffix (金华)', () => {
    const city = word('金华市')
    city.parts.push(word('金华', '金华市'))
    expect(findNamedInstances(question('金华市注册义警有多少', [city, word('义警')]))).toEqual([{ forms: ['金华市', '金华'], unit: '市' }])
  })

  it('reads a port named in one word (上海港) as a unit a passage may name without the suffix', () => {
    const port = word('上海港')
    port.parts.push(word('上海', '上海港'))
    expect(findNamedInstances(question('禾川港到上海港有多远', [port]))).toEqual([{ forms: ['上海港', '上海'], unit: '港' }])
  })

  it('reads a place name jieba cut from its one-character suffix (临江/区) as a unit, named with or without it', () => {
    const place = { ...word('临江'), name: true }
    expect(findNamedInstances(question('临江区新建了多少个图书角', [place, word('区'), word('图书角')]))).toEqual([{ forms: ['临江区', '临江'], unit: '区' }])
    // not a word that is no name, nor a suffix character starting another word (市民)
    expect(findNamedInstances(question('新建区有多少', [word('新建'), word('区')]))).toEqual([])
    expect(findNamedInstances(question('江城市民有多少', [{ ...word('江城'), name: true }, word('市民')]))).toEqual([])
  })

  it('reads no unit in a word ending in a character that ends other words as often (弄, 路)', () => {
    expect(findNamedInstances(question('怎么弄出来', [word('弄出来')]))).toEqual([])
    expect(findNamedInstances(question('那条马路', [word('马路')]))).toEqual([])
  })
})

describe('namesOtherInstance', () => {
  // a tagger stub: the words and tags jieba gives these sentences
  const tagged = (...pairs: [string, string][]) => () => pairs.map(([word, tag]) => ({ word, tag }))
  const shangxi = { forms: ['上溪'], unit: '派出所' }

  it('finds another named unit of the kind asked about in a sentence that lacks the one asked about', () => {
    const tag = tagged(['8551', 'm'], ['天', 'q'], ['婺城', 'x'], ['分局', 'n'], ['城中', 's'], ['派出所', 'n'], ['大厅', 'n'])
    expect(namesOtherInstance(shangxi, '8551天婺城分局城中派出所大厅', tag)).toBe(true)
  })

  it('lets a sentence be that names the unit asked about too', () => {
    const tag = tagged(['上溪', 'x'], ['派出所', 'n'], ['和', 'c'], ['城中', 's'], ['派出所', 'n'])
    expect(namesOtherInstance(shangxi, '上溪派出所和城中派出所', tag)).toBe(false)
  })

  it('reads a unit word after a pronoun or a verb as naming no other unit', () => {
    expect(namesOtherInstance(shangxi, '该派出所共有民警', tagged(['该', 'r'], ['派出所', 'n'], ['共有', 'v'], ['民警', 'n']))).toBe(false)
    expect(namesOtherInstance({ forms: ['二院'], unit: '警务室' }, '一院设立警务室', tagged(['一院', 'x'], ['设立', 'v'], ['警务室', 'n']))).toBe(false)
  })
})
