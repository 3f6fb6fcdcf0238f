import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../src/core/text/normalize.js'
import { bigramKey, buildSearchIndex } from '../../../src/core/search-index.js'
import type { Article } from '../../../src/core/types.js'
import { createPipeSegmenter } from '../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '|']) })
const article: Article = {
  id: 'a', title: '标题', subtitle: '', newspaper: '', date: '', page: '', authors: [], column: '',
  paragraphs: [{ n: 1, heading: '', text: 'Ｇ２０|峰会|在|杭州|召开。民警|守护|了|1.5|万|群众！他们|说|：“很|累。”' }],
}

describe('buildSearchIndex', () => {
  it('gives each sentence the terms it would have if analysed on its own', () => {
    const [passage] = buildSearchIndex([article], analyzer).passages
    for (const sentence of passage!.sentences) {
      const alone = analyzer.analyze(passage!.text.slice(sentence.start, sentence.end))
      const words = new Set(alone.words.map((t) => t.term))
      const bigrams = new Set(alone.bigrams.map((t) => bigramKey(t.term)))
      expect(sentence.terms).toEqual([...words, ...bigrams])
    }
    expect(passage!.sentences).toHaveLength(3)
  })

  it('keys a bigram apart from the word of the same two characters', () => {
    const [passage] = buildSearchIndex([article], analyzer).passages
    const terms = passage!.sentences[1]!.terms
    expect(terms).toContain('民警')
    expect(terms).toContain(bigramKey('民警'))
    expect(bigramKey('民警')).not.toBe('民警')
  })

  it('indexes the passage\'s words, bigrams, heading and title as separate fields', () => {
    const { postings } = buildSearchIndex([article], analyzer)
    const fieldsOf = (term: string) => postings.fields.filter((_, f) => postings.count[postings.terms.get(term)! * postings.fields.length + f]! > 0)
    expect(fieldsOf('民警')).toEqual(['words', 'bigrams'])
    expect(fieldsOf('1.5')).toEqual(['words'])
    expect(fieldsOf('标题')).toEqual(['title'])
    expect(postings.documentCount).toBe(1)
  })
})
