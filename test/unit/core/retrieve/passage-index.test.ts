import fc from 'fast-check'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { analyseArticle } from '../../../../src/core/retrieve/indexed-passage.js'
import { createMemoryCorpus } from '../../../../src/core/retrieve/memory-corpus.js'
import { createMiniSearchRetriever } from '../../../../src/core/retrieve/minisearch-retriever.js'
import { buildPassageIndex, miniSearchOptions, type PassageIndex } from '../../../../src/core/retrieve/passage-index.js'
import { loadPassageIndex, serializePassageIndex } from '../../../../src/core/retrieve/passage-index-file.js'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import type { Article } from '../../../../src/core/types.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '|']) })
const vocabulary = ['派出所', '民警', '社区', '义警', '巡逻', '调解', '纠纷', '成立', '小巷', '群众']
const article = (id: string, words: string[][]): Article => ({
  id, title: words[0]?.[0] ?? '标题', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
  paragraphs: words.map((sentence, i) => ({ n: i + 1, heading: i > 1 ? '后记' : '', text: `${sentence.join('|')}。` })),
})
const articleArbitrary = (id: string) => fc.array(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }).map((words) => article(id, words))
const ids = ['a', 'b', 'c', 'd', 'e']
const corpusArbitrary = fc.tuple(...ids.map(articleArbitrary))

async function searchAll(index: PassageIndex, articles: Article[]): Promise<string[]> {
  const retriever = createMiniSearchRetriever(index, createMemoryCorpus(articles, index).articleMeta)
  const out: string[] = []
  for (const words of [['派出所', '民警'], ['调解', '纠纷', '群众'], ['小巷'], vocabulary]) {
    const { candidates, statistics } = await retriever.retrieve({ words: words.map((term) => ({ term, boost: 1 })), bigrams: [], pairs: [], limit: 40, preceding: 2 })
    out.push(JSON.stringify([candidates.map((c) => [c.passage.id, c.score.toFixed(9), c.preceding.map((p) => p.id)]), [...statistics.documentFrequency]]))
  }
  return out
}

describe('a passage index changed article by article', () => {
  it('answers every search as an index built from scratch over the same articles', async () => {
    await fc.assert(
      fc.asyncProperty(corpusArbitrary, corpusArbitrary, fc.subarray(ids), fc.subarray(ids), async (before, after, changed, removed) => {
        const put = after.filter((a) => changed.includes(a.id) && !removed.includes(a.id))
        const final = before.filter((a) => !removed.includes(a.id)).map((a) => put.find((p) => p.id === a.id) ?? a)
        const corpus = createMemoryCorpus(before, buildPassageIndex(before, analyzer))
        corpus.update({ put: put.map((a) => ({ article: a, passages: analyseArticle(a, analyzer) })), remove: removed })
        await corpus.settled()
        const fresh = buildPassageIndex(final, analyzer)
        expect(await searchAll(corpus.index, final)).toEqual(await searchAll(fresh, final))
        expect(new Map([...corpus.index.documentFrequency].sort())).toEqual(new Map([...fresh.documentFrequency].sort()))
        expect(corpus.articleCount).toBe(final.length)
        expect(corpus.passageCount).toBe(fresh.passages.size)
      }),
      { numRuns: 60 },
    )
  })
})

describe('a saved passage index', () => {
  it('answers every search as the index it was saved from', async () => {
    await fc.assert(
      fc.asyncProperty(corpusArbitrary, async (articles) => {
        const built = buildPassageIndex(articles, analyzer, ['派出'])
        const loaded = await loadPassageIndex(serializePassageIndex(built))
        expect(await searchAll(loaded, articles)).toEqual(await searchAll(built, articles))
        expect([...loaded.passages.values()]).toEqual([...built.passages.values()])
        expect(loaded.words).toEqual(['派出'])
        const yielding = await loadPassageIndex(serializePassageIndex(built), { yielding: true })
        expect(await searchAll(yielding, articles)).toEqual(await searchAll(built, articles))
      }),
      { numRuns: 30 },
    )
  })

  it('finds with MiniSearch itself what the saved index found, with the same scores, term by term and all at once', async () => {
    await fc.assert(
      fc.asyncProperty(corpusArbitrary, fc.subarray(vocabulary, { minLength: 1 }), async (articles, asked) => {
        const built = buildPassageIndex(articles, analyzer)
        const loaded = await loadPassageIndex(serializePassageIndex(built))
        const search = (index: PassageIndex, query: string[], fields?: string[]) =>
          index.miniSearch.search({ combineWith: 'OR', queries: query }, fields === undefined ? {} : { fields }).map((r) => [r.id, r.score, r.terms, r.match])
        for (const term of [...vocabulary, '|']) expect(search(loaded, [term])).toEqual(search(built, [term]))
        expect(search(loaded, asked)).toEqual(search(built, asked))
        expect(search(loaded, asked, ['title'])).toEqual(search(built, asked, ['title']))
        expect(loaded.miniSearch.termCount).toBe(built.miniSearch.termCount)
        // as MiniSearch's own JSON loader would have it; its tree lists the terms in another order
        const viaJson = MiniSearch.loadJSON(JSON.stringify(built.miniSearch), miniSearchOptions())
        const termsInOrder = (miniSearch: MiniSearch) => {
          const js = miniSearch.toJSON()
          return JSON.stringify({ ...js, index: [...js.index].sort(([a], [b]) => (a < b ? -1 : 1)) })
        }
        expect(termsInOrder(loaded.miniSearch)).toBe(termsInOrder(viaJson))
      }),
      { numRuns: 30 },
    )
  })

  it('reads a loaded passage\'s sentences as the built one\'s, through spreading and JSON too', async () => {
    const built = buildPassageIndex([article('a', [['民警巡逻。社区'], ['调解', '纠纷']])], analyzer)
    const loaded = await loadPassageIndex(serializePassageIndex(built))
    for (const [id, passage] of built.passages) {
      const copy = loaded.passages.get(id)!
      expect(copy.sentences).toEqual(passage.sentences)
      expect(copy.sentences).toBe(copy.sentences)
      expect({ ...copy }).toEqual({ ...passage })
      expect(JSON.parse(JSON.stringify(copy))).toEqual(JSON.parse(JSON.stringify(passage)))
    }
  })

  it('makes a passage\'s terms again, equal, once more passages were read than it holds, but keeps terms a caller set', async () => {
    const built = buildPassageIndex([article('a', [['民警巡逻。社区']]), article('b', [['调解', '纠纷']]), article('c', [['义警']]), article('d', [['小巷', '群众']])], analyzer)
    const loaded = await loadPassageIndex(serializePassageIndex(built), { heldPassages: 2 })
    const ids = [...built.passages.keys()]
    expect(ids.length).toBeGreaterThan(2)
    const first = loaded.passages.get(ids[0]!)!
    const made = first.sentences
    expect(first.sentences).toBe(made)
    const set = loaded.passages.get(ids[1]!)!
    set.contextTerms = ['设定']
    for (const id of ids) void loaded.passages.get(id)!.sentences
    expect(first.sentences).not.toBe(made)
    expect(first.sentences).toEqual(built.passages.get(ids[0]!)!.sentences)
    expect(first.contextTerms).toEqual(built.passages.get(ids[0]!)!.contextTerms)
    expect(set.contextTerms).toEqual(['设定'])
    expect(set.sentences).toEqual(built.passages.get(ids[1]!)!.sentences)
  })

  it('refuses JSON whose MiniSearch part holds another number of passages', async () => {
    const { json, numbers } = serializePassageIndex(buildPassageIndex([article('a', [['民警']]), article('b', [['社区']])], analyzer))
    const saved = JSON.parse(json) as { passages: unknown[] }
    saved.passages.pop()
    await expect(loadPassageIndex({ json: JSON.stringify(saved), numbers })).rejects.toThrow('the index is damaged (passage count differs from the search index)')
  })

  it('refuses sentence or context terms outside the vocabulary, and passage numbers that do not add up', async () => {
    const { json, numbers } = serializePassageIndex(buildPassageIndex([article('a', [['民警巡逻。社区']]), article('b', [['社区', '调解']])], analyzer))
    const sections = (JSON.parse(json) as { sections: Sections }).sections
    const at = locate(sections)
    const changed = (position: number, value: number) => {
      const copy = numbers.slice()
      copy[position] = value
      return loadPassageIndex({ json, numbers: copy })
    }
    await expect(changed(at.sentenceTerms, 1_000_000)).rejects.toThrow('the index is damaged (a term outside its vocabulary)')
    await expect(changed(at.passageContext + 1, -1)).rejects.toThrow('the index is damaged (a term outside its vocabulary)')
    // the first passage's first sentence said to hold one term less, then one more, than saved
    const termCount = at.passageSentences + 3
    await expect(changed(termCount, numbers[termCount]! - 1)).rejects.toThrow('the index is damaged (sentence terms left over)')
    await expect(changed(termCount, numbers[termCount]! + 1_000)).rejects.toThrow('the index is damaged (more sentence terms than saved)')
    await expect(changed(at.passageSentences, 1_000)).rejects.toThrow("the index is damaged (a passage's sentences are cut short)")
    await expect(changed(at.passageContext, 1_000)).rejects.toThrow("the index is damaged (a passage's context terms are cut short)")
  })

  it('refuses search postings cut short, running past their end or naming a term outside the vocabulary', async () => {
    const { json, numbers } = serializePassageIndex(buildPassageIndex([article('a', [['民警巡逻。社区']]), article('b', [['社区', '调解']])], analyzer))
    const saved = JSON.parse(json) as { sections: Sections }
    const postingsStart = locate(saved.sections).postingTerms
    const damaged = 'the index is damaged (its search postings do not add up)'
    // the text's last four bytes gone: its last term's JSON is cut short
    const shorter = { ...saved, sections: { ...saved.sections, postingBytes: 4 * Math.ceil(saved.sections.postingBytes / 4) - 4 } }
    await expect(loadPassageIndex({ json: JSON.stringify(shorter), numbers: numbers.subarray(0, -1) })).rejects.toThrow(damaged)
    const longRun = numbers.slice()
    longRun[postingsStart + 1] = 1_000_000 // the first term's JSON said to end past the text
    await expect(loadPassageIndex({ json, numbers: longRun })).rejects.toThrow(damaged)
    const unknownTerm = numbers.slice()
    unknownTerm[postingsStart] = 1_000_000
    await expect(loadPassageIndex({ json, numbers: unknownTerm })).rejects.toThrow(damaged)
    await expect(loadPassageIndex({ json, numbers: numbers.subarray(1) })).rejects.toThrow('the index is damaged (its numbers are from another save)')
  })
})

interface Sections { documentFrequency: number; passageSentences: number; sentenceTerms: number; passageContext: number; postingTerms: number; postingBytes: number }

// Where each section of a saved index's numbers starts, from the sizes its JSON lists.
function locate(sections: Sections): { passageSentences: number; sentenceTerms: number; passageContext: number; postingTerms: number } {
  const passageSentences = sections.documentFrequency
  const sentenceTerms = passageSentences + sections.passageSentences
  const passageContext = sentenceTerms + sections.sentenceTerms
  return { passageSentences, sentenceTerms, passageContext, postingTerms: passageContext + sections.passageContext }
}
