import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAnalysedArticleEncoder } from '../../../../src/core/retrieve/analysed-passage-codec.js'
import { analyseArticle } from '../../../../src/core/retrieve/indexed-passage.js'
import { createPassageIndexBuilder } from '../../../../src/core/retrieve/passage-index-builder.js'
import { buildPassageIndex } from '../../../../src/core/retrieve/passage-index.js'
import { serializePassageIndex } from '../../../../src/core/retrieve/passage-index-file.js'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import type { Article } from '../../../../src/core/types.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '|']) })
const vocabulary = ['派出所', '民警', '社区', '义警', '巡逻', '调解']
const article = (id: string, sentences: string[][]): Article => ({
  id, title: `${id}报道`, subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
  paragraphs: [{ n: 1, heading: '', text: sentences.map((words) => `${words.join('|')}。`).join('') }],
})
const corpus = fc.array(fc.array(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 })
  .map((articles) => articles.map((sentences, i) => article(`a${i}`, sentences)))

describe('createPassageIndexBuilder', () => {
  it('builds, from two sources sending their batches in turn, the index adding passages one by one builds', () => {
    fc.assert(
      fc.property(corpus, (articles) => {
        const builder = createPassageIndexBuilder(['义警'])
        const encoders = [createAnalysedArticleEncoder(), createAnalysedArticleEncoder()]
        articles.forEach((a, i) => {
          const source = i % 2
          const encoded = encoders[source]!.encode([analyseArticle(a, analyzer)])
          builder.addTerms(source, encoded.newTerms)
          builder.add(source, encoded)
        })
        const built = builder.build()
        const alone = buildPassageIndex(articles, analyzer, ['义警'])
        // sentences and context terms, kept as numbers, read as the passages' own
        expect([...built.passages.values()].map((p) => ({ ...p }))).toEqual([...alone.passages.values()])
        // a term is counted once per passage, however many of its sentences hold it
        expect([...built.documentFrequency].sort()).toEqual([...alone.documentFrequency].sort())
        expect(serializePassageIndex(built).json).toBe(serializePassageIndex(alone).json)
        // saved with the numbers the builder kept: the same files as numbering the terms afresh
        const kept = serializePassageIndex(built, builder.numberedTerms())
        const afresh = serializePassageIndex(alone)
        expect(kept.json).toBe(afresh.json)
        expect([...kept.numbers]).toEqual([...afresh.numbers])
        // with the terms sorted elsewhere: the same again; with a wrong order, sorted here
        const numbered = builder.numberedTerms()
        const sorted = Int32Array.from(numbered.terms.map((term, n) => [term, n] as const).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, n]) => n))
        expect(serializePassageIndex(built, { ...numbered, sorted }).json).toBe(afresh.json)
        expect(serializePassageIndex(built, { ...numbered, sorted: sorted.map(() => 0) }).json).toBe(afresh.json)
      }),
      { numRuns: 50 },
    )
  })

  it('refuses to save an index with the numbers of other passages', () => {
    const builder = createPassageIndexBuilder()
    const encoded = createAnalysedArticleEncoder().encode([analyseArticle(article('a', [['民警']]), analyzer)])
    builder.addTerms(0, encoded.newTerms)
    builder.add(0, encoded)
    builder.build()
    const other = buildPassageIndex([article('b', [['民警']])], analyzer)
    expect(() => serializePassageIndex(other, builder.numberedTerms())).toThrow(/numbered terms/)
  })
})
