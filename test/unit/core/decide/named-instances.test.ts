import { describe, expect, it } from 'vitest'
import { findNamedInstances } from '../../../../src/core/decide/named-instances.js'
import type { WeightedQuestion, WeightedWord } from '../../../../src/core/rerank/weigh-question.js'

const word = (term: string, within = ''): WeightedWord => ({ word: { term, forms: [term], within }, weight: 1, bigrams: [], noun: true, name: false, coined: false, parts: [] })

const question = (normalized: string, words: WeightedWord[]): WeightedQuestion => ({
  question: { text: normalized, normalized, type: 'how_many', words: words.map((w) => w.word), bigrams: [], pairs: [], unit: { kind: 'any' }, focus: '', numbers: [], numberUnits: [], cues: { askedForms: [], act: '', plural: false, identity: '', located: '', honoured: '', speaker: '', source: '', ordinal: 0, asserted: [] } },
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

  it('reads no unit in a word ending in a character that ends other words as often (弄, 路)', () => {
    expect(findNamedInstances(question('怎么弄出来', [word('弄出来')]))).toEqual([])
    expect(findNamedInstances(question('那条马路', [word('马路')]))).toEqual([])
  })
})
