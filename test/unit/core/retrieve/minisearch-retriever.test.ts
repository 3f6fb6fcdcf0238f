import { describe, expect, it } from 'vitest'
import { bigramKey } from '../../../../src/core/retrieve/indexed-passage.js'
import { comparePassageIds, createMiniSearchRetriever } from '../../../../src/core/retrieve/minisearch-retriever.js'
import { buildPassageIndex, searchKey } from '../../../../src/core/retrieve/passage-index.js'
import type { RetrievalRequest } from '../../../../src/core/retrieve/retriever.js'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import type { Article } from '../../../../src/core/types.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '|']) })
// long paragraphs, so each is a passage of its own
const filler = '群众|满意|。'.repeat(25)
const article = (id: string, paragraphs: { heading?: string; text: string }[]): Article => ({
  id, title: '报道', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
  paragraphs: paragraphs.map((p, i) => ({ n: i + 1, heading: p.heading ?? '', text: `${p.text}${filler}` })),
})
const articles = [
  article('b', [{ text: '民警|巡逻|。' }]),
  article('a', [{ text: '社区|调解|。' }, { text: '民警|巡逻|。' }, { heading: '后记', text: '民警|巡逻|。' }, { heading: '后记', text: '社区|民警|。' }]),
]
const index = buildPassageIndex(articles, analyzer)
const meta = new Map(articles.map((a) => [a.id, a]))
const request = (words: string[], preceding = 2): RetrievalRequest => ({ words: words.map((term) => ({ term, boost: 1 })), bigrams: [], pairs: [], limit: 10, preceding })

describe('createMiniSearchRetriever', () => {
  it('breaks ties by corpus position, article then paragraph', async () => {
    const { candidates } = await createMiniSearchRetriever(index, (id) => meta.get(id)).retrieve(request(['巡逻']))
    expect(candidates.map((c) => c.passage.id)).toEqual(['a#2', 'a#3', 'b#1'])
    expect(new Set(candidates.map((c) => c.score)).size).toBe(1)
  })

  it('applies a planned term\'s boost, though MiniSearch keys the term behind its bucket character', async () => {
    const retriever = createMiniSearchRetriever(index, (id) => meta.get(id))
    const plain = await retriever.retrieve(request(['社区', '巡逻']))
    const boosted = await retriever.retrieve({ ...request([]), words: [{ term: '社区', boost: 1 }, { term: '巡逻', boost: 3 }] })
    const first = (r: typeof plain) => r.candidates[0]!.passage.id
    expect(first(plain)).toBe('a#1')
    expect(first(boosted)).toBe('a#2')
  })

  it('keys terms in at most 64 buckets, each key standing for one term', () => {
    const terms = ['民警', '巡逻', '社区', '2017', 'g20', '𠮷野', '派出所', '派出']
    const keys = terms.map(searchKey)
    expect(new Set(keys).size).toBe(terms.length)
    expect(keys.every((key, i) => key.slice(1) === terms[i])).toBe(true)
    const buckets = new Set([...'的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年'].map((c) => searchKey(c)[0]))
    expect(buckets.size).toBeLessThanOrEqual(64)
  })

  it('returns the passages before a candidate under its own heading, nearest first', async () => {
    const { candidates } = await createMiniSearchRetriever(index, (id) => meta.get(id)).retrieve(request(['社区']))
    const preceding = new Map(candidates.map((c) => [c.passage.id, c.preceding.map((p) => p.id)]))
    expect(preceding.get('a#4')).toEqual(['a#3'])
    expect(preceding.get('a#1')).toEqual([])
  })

  it('returns the document frequency of every requested word and pair, and the passage count', async () => {
    const { statistics } = await createMiniSearchRetriever(index, (id) => meta.get(id)).retrieve({ ...request(['民警', '缺席']), bigrams: [{ term: '民警', boost: 0.4 }] })
    expect(statistics).toEqual({ passageCount: 5, documentFrequency: new Map([['民警', 4], [bigramKey('民警'), 4]]) })
  })

  it('searches a word only headings and titles hold, and reports no sentence frequency for it', async () => {
    const titled = [article('t', [{ text: '社区|调解|。' }, { heading: '巡逻|记事', text: '社区|调解|。' }]), article('u', [{ text: '民警|巡逻|。' }])].map((a) => (a.id === 't' ? { ...a, title: '夜归|的|民警' } : a))
    const titledMeta = new Map(titled.map((a) => [a.id, a]))
    const retriever = createMiniSearchRetriever(buildPassageIndex(titled, analyzer), (id) => titledMeta.get(id))
    const byTitle = await retriever.retrieve(request(['夜归']))
    expect(byTitle.candidates.map((c) => c.passage.id)).toEqual(['t#1', 't#2'])
    expect(byTitle.statistics.documentFrequency).toEqual(new Map())
    const byHeading = await retriever.retrieve(request(['记事']))
    expect(byHeading.candidates.map((c) => c.passage.id)).toEqual(['t#2'])
  })

  it('skips passages of articles it cannot find', async () => {
    const { candidates } = await createMiniSearchRetriever(index, (id) => (id === 'a' ? undefined : meta.get(id))).retrieve(request(['巡逻']))
    expect(candidates.map((c) => c.passage.id)).toEqual(['b#1'])
  })
})

describe('comparePassageIds', () => {
  it('orders by article, then paragraph and part as numbers', () => {
    expect(['a#10', 'a#2.2', 'b#1', 'a#2.10', 'a#2'].sort(comparePassageIds)).toEqual(['a#2', 'a#2.2', 'a#2.10', 'a#10', 'b#1'])
  })
})
