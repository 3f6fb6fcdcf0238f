import { describe, expect, it } from 'vitest'
import { analyseArticle, bigramKey } from '../../../../src/core/retrieve/indexed-passage.js'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import type { Article } from '../../../../src/core/types.js'
import { createDictionarySegmenter } from '../../../helpers/dictionary-segmenter.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '|']) })
const article: Article = {
  id: 'a', title: '标题', subtitle: '', newspaper: '', date: '', page: '', authors: [], column: '',
  paragraphs: [{ n: 1, heading: '小节', text: 'Ｇ２０|峰会|在|杭州|召开。民警|守护|了|1.5|万|群众！他们|说|：“很|累。”' }],
}

describe('analyseArticle', () => {
  it('gives each sentence the terms it would have if analysed on its own', () => {
    const [{ passage }] = analyseArticle(article, analyzer) as [ReturnType<typeof analyseArticle>[number]]
    for (const sentence of passage.sentences) {
      const alone = analyzer.analyze(passage.text.slice(sentence.start, sentence.end))
      const words = new Set(alone.words.map((t) => t.term))
      const bigrams = new Set(alone.bigrams.map((t) => bigramKey(t.term)))
      expect(sentence.terms).toEqual([...words, ...bigrams])
    }
    expect(passage.sentences).toHaveLength(3)
  })

  it('keys a bigram apart from the word of the same two characters', () => {
    const [{ passage }] = analyseArticle(article, analyzer) as [ReturnType<typeof analyseArticle>[number]]
    const terms = passage.sentences[1]!.terms
    expect(terms).toContain('民警')
    expect(terms).toContain(bigramKey('民警'))
    expect(bigramKey('民警')).not.toBe('民警')
  })

  it('gives the search fields the passage words, its heading and its title', () => {
    const [{ fields, passage }] = analyseArticle(article, analyzer) as [ReturnType<typeof analyseArticle>[number]]
    expect(fields.words).toContain('民警')
    expect(fields.words).toContain('1.5')
    expect(fields.heading).toEqual(['小节'])
    expect(fields.title).toEqual(['标题'])
    expect(passage.contextTerms).toEqual(['小节', '标题'])
  })

  it('gives the pair field the pairs of characters the segmenter left alone, an unknown name\'s', () => {
    const cutter = createAnalyzer({ segmenter: createDictionarySegmenter(['派出所', '民警']), normalizer: createNormalizer(), stopWords: new Set(['的']) })
    const village = { ...article, paragraphs: [{ n: 1, heading: '', text: '上塘派出所的民警巡逻。' }] }
    const [{ fields }] = analyseArticle(village, cutter) as [ReturnType<typeof analyseArticle>[number]]
    expect(fields.pairs).toEqual(['上塘', '巡逻'])
  })
})
