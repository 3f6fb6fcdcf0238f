import fc from 'fast-check'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { packContainer, unpackContainer } from '../../../src/core/binary-container.js'
import {
  createCompactIndexBuilder,
  createCompactSearch,
  joinCompactIndex,
  mergeCompactIndexes,
  splitCompactIndex,
  type CompactIndex,
  type CompactQuery,
} from '../../../src/core/compact-index.js'

interface Doc {
  id: number
  body: string
  head: string
}

const tokenize = (text: string) => (text === '' ? [] : text.split(' '))
const options = { fields: ['body', 'head'], tokenize, processTerm: (t: string) => t }

function buildCompact(docs: Doc[]): CompactIndex {
  const builder = createCompactIndexBuilder(['body', 'head'])
  for (const doc of docs) builder.add(doc.id, [tokenize(doc.body), tokenize(doc.head)])
  return builder.finish()
}

// MiniSearch is the reference: the compact index must rank and score exactly as it does.
function buildBoth(docs: Doc[]) {
  const miniSearch = new MiniSearch<Doc>(options)
  miniSearch.addAll(docs)
  return { miniSearch, search: createCompactSearch(buildCompact(docs)) }
}

// MiniSearch's own answer to the same nested OR query, as (id, score) pairs.
function searchMiniSearch(miniSearch: MiniSearch<Doc>, queries: CompactQuery[], limit: number) {
  const nested = queries.map((q) => ({
    queries: [...q.terms],
    fields: Object.keys(q.fields),
    boost: { ...q.fields },
    ...(q.termBoost && { boostTerm: q.termBoost }),
  }))
  return miniSearch.search({ combineWith: 'OR', queries: nested }).slice(0, limit).map((r) => ({ id: r.id as number, score: r.score }))
}

const docs: Doc[] = [
  { id: 0, body: '派出所 民警 巡逻 民警', head: '派出所' },
  { id: 1, body: '社区 民警 调解 纠纷', head: '' },
  { id: 2, body: '红都 义警 巡逻 山区 派出', head: '义警' },
  { id: 3, body: '法医 尸体 温度', head: '' },
]

describe('createCompactSearch', () => {
  it('ranks and scores like MiniSearch, with field boosts, term boosts and a term in two groups', () => {
    const { miniSearch, search } = buildBoth(docs)
    const queries: CompactQuery[] = [
      { terms: ['民警', '巡逻', '警察'], fields: { body: 1, head: 1.5 }, termBoost: (t) => (t === '巡逻' ? 0.7 : 1) },
      { terms: ['巡逻', '派出'], fields: { body: 0.4 } },
    ]
    const ours = search(queries, 10)
    const theirs = searchMiniSearch(miniSearch, queries, 10)
    expect(ours.map((r) => r.id)).toEqual(theirs.map((r) => r.id))
    ours.forEach((r, i) => expect(r.score).toBeCloseTo(theirs[i]!.score, 10))
  })

  it('returns only the best `limit` passages and nothing for unknown terms', () => {
    const { search } = buildBoth(docs)
    expect(search([{ terms: ['民警'], fields: { body: 1 } }], 1)).toHaveLength(1)
    expect(search([{ terms: ['宫保'], fields: { body: 1 } }], 5)).toEqual([])
  })

  it('agrees with MiniSearch on random corpora and queries', () => {
    const word = fc.constantFrom('甲', '乙', '丙', '丁', '戊', '己')
    const text = fc.array(word, { maxLength: 8 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(
        fc.array(fc.record({ body: text, head: text }), { minLength: 1, maxLength: 12 }),
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(word, { maxLength: 3 }),
        fc.integer({ min: 1, max: 6 }),
        (bodies, first, second, limit) => {
          const { miniSearch, search } = buildBoth(bodies.map((b, id) => ({ id, ...b })))
          const queries: CompactQuery[] = [
            { terms: [...new Set(first)], fields: { body: 1, head: 1.5 } },
            { terms: [...new Set(second)], fields: { body: 0.4 } },
          ]
          const ours = search(queries, limit)
          const theirs = searchMiniSearch(miniSearch, queries, limit)
          expect(ours.map((r) => r.score)).toEqual(theirs.map((r) => expect.closeTo(r.score, 10)))
          // equal scores may come in either order only where MiniSearch's own order is a tie
          ours.forEach((r, i) => r.id !== theirs[i]!.id && expect(r.score).toBeCloseTo(theirs[i]!.score, 10))
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('splitCompactIndex and joinCompactIndex', () => {
  it('survive a trip through a binary container', () => {
    const index = buildCompact(docs)
    const { head, sections } = splitCompactIndex(index)
    const unpacked = unpackContainer(packContainer({ postings: head }, sections))
    const loaded = joinCompactIndex(unpacked.head.postings, unpacked.sections)
    const query: CompactQuery[] = [{ terms: ['民警', '义警'], fields: { body: 1, head: 2 } }]
    expect(createCompactSearch(loaded)(query, 5)).toEqual(createCompactSearch(index)(query, 5))
  })

  it('refuses sections that do not fit the head', () => {
    const { head, sections } = splitCompactIndex(buildCompact(docs))
    expect(() => joinCompactIndex(head, sections.slice(1))).toThrow('the index postings are incomplete')
  })
})

describe('createCompactIndexBuilder', () => {
  it('keeps MiniSearch\'s field lengths (distinct terms) and their running average', () => {
    const index = buildCompact([{ id: 0, body: '甲 甲 乙', head: '' }, { id: 1, body: '丙', head: '丁 戊' }])
    expect([...index.lengths]).toEqual([2, 0, 1, 2])
    expect(index.averageLengths).toEqual([1.5, 1])
    const t = index.terms.get('甲')!
    expect([index.documents[index.start[t * 2]!], index.frequencies[index.start[t * 2]!]]).toEqual([0, 2])
  })

  it('refuses passages added out of order, since postings hold passage numbers', () => {
    const builder = createCompactIndexBuilder(['body'])
    expect(() => builder.add(1, [['甲']])).toThrow('passage 1 added out of order (expected 0)')
  })
})

describe('mergeCompactIndexes', () => {
  const postingsOf = (index: CompactIndex, term: string) =>
    index.fields.map((_, f) => {
      const key = index.terms.get(term)! * index.fields.length + f
      const from = index.start[key]!
      const to = from + index.count[key]!
      return [[...index.documents.subarray(from, to)], [...index.frequencies.subarray(from, to)]]
    })

  it('joins indexes of consecutive slices into the index of the whole, exactly', () => {
    const word = fc.constantFrom('甲', '乙', '丙', '丁')
    const text = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(fc.array(fc.record({ body: text, head: text }), { minLength: 1, maxLength: 10 }), fc.nat(), (bodies, cut) => {
        const docs = bodies.map((b, id) => ({ id, ...b }))
        const at = cut % (docs.length + 1)
        const second = docs.slice(at).map((d, i) => ({ ...d, id: i }))
        const merged = mergeCompactIndexes([buildCompact(docs.slice(0, at)), buildCompact(second)])
        const whole = buildCompact(docs)
        expect(merged.documentCount).toBe(whole.documentCount)
        expect([...merged.lengths]).toEqual([...whole.lengths])
        expect(merged.averageLengths).toEqual(whole.averageLengths)
        expect(new Set(merged.terms.keys())).toEqual(new Set(whole.terms.keys()))
        for (const term of whole.terms.keys()) expect(postingsOf(merged, term)).toEqual(postingsOf(whole, term))
      }),
      { numRuns: 200 },
    )
  })
})
