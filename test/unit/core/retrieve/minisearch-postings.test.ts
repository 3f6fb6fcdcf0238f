import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { decodePostings, encodePostings, orderForTree, type MiniSearchJS } from '../../../../src/core/retrieve/minisearch-postings.js'

const terms = ['民警', '巡逻', '社区']
const vocabulary = { size: terms.length, term: (id: number) => terms[id]! }

function savedIndex(): MiniSearchJS {
  const miniSearch = new MiniSearch({ fields: ['a', 'b'] })
  miniSearch.addAll([{ id: 1, a: '民警 巡逻 民警', b: '社区' }, { id: 2, a: '社区', b: '' }, ...Array.from({ length: 40 }, (_, i) => ({ id: 10 + i, a: i === 39 ? '巡逻' : '', b: '' }))])
  return miniSearch.toJSON() as MiniSearchJS
}

describe('MiniSearch postings as saved', () => {
  it('come back as the entries MiniSearch saved, far-apart documents included', () => {
    const { index } = savedIndex()
    const decoded = [...decodePostings(encodePostings(index, (term) => terms.indexOf(term)), vocabulary)]
    expect(new Map(decoded)).toEqual(new Map(index))
  })

  it('are written with the characters leading most terms first, at every depth (ties as given)', () => {
    const entries = ['b', 'ab', 'ca', 'cb', 'cbx', 'c'].map((term) => [term, {}] as const)
    expect(orderForTree(entries).map(([term]) => term)).toEqual(['c', 'cb', 'cbx', 'ca', 'b', 'ab'])
  })

  it('keep any number MiniSearch saved, not only whole counts', () => {
    const index: MiniSearchJS['index'] = [['民警', { 0: { 1: 1.5, 7: 2 } }]]
    expect([...decodePostings(encodePostings(index, () => 0), vocabulary)]).toEqual([['民警', { 0: { 1: 1.5, 7: 2 } }]])
  })

  it('refuse a term whose JSON is cut short or whose id is outside the vocabulary', () => {
    const saved = encodePostings(savedIndex().index, (term) => terms.indexOf(term))
    expect(() => [...decodePostings({ terms: saved.terms, text: saved.text.subarray(0, saved.text.length - 3) }, vocabulary)]).toThrow('the index is damaged')
    const outside = saved.terms.slice()
    outside[0] = terms.length
    expect(() => [...decodePostings({ terms: outside, text: saved.text }, vocabulary)]).toThrow('the index is damaged')
  })
})
