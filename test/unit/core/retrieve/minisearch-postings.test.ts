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

describe('MiniSearch postings as numbers', () => {
  it('come back as the entries MiniSearch saved, far-apart documents included', () => {
    const { index } = savedIndex()
    const decoded = [...decodePostings(encodePostings(index, (term) => terms.indexOf(term)), vocabulary)]
    expect(new Map(decoded)).toEqual(new Map(index))
  })

  it('are written with the characters leading most terms first, at every depth (ties as given)', () => {
    const entries = ['b', 'ab', 'ca', 'cb', 'cbx', 'c'].map((term) => [term, {}] as const)
    expect(orderForTree(entries).map(([term]) => term)).toEqual(['c', 'cb', 'cbx', 'ca', 'b', 'ab'])
  })

  it('refuse a count that is not a whole number', () => {
    expect(() => encodePostings([['民警', { 0: { 1: 1.5 } }]], () => 0)).toThrow('a MiniSearch posting holds 1.5, not a count or id')
  })
})
