import { createAnalyzer } from '../../src/core/text/analyzer.js'
import type { AnswererOptions } from '../../src/core/create-answerer.js'
import { createEmbeddedLibrary } from '../../src/core/create-embedded-library.js'
import type { Library } from '../../src/core/library.js'
import type { FeedbackSource } from '../../src/core/rerank/feedback-nudge.js'
import { createMemoryCorpus } from '../../src/core/retrieve/memory-corpus.js'
import { buildPassageIndex } from '../../src/core/retrieve/passage-index.js'
import { createNormalizer } from '../../src/core/text/normalize.js'
import type { PassageOptions } from '../../src/core/text/passages.js'
import { parseSynonyms } from '../../src/core/text/synonyms.js'
import type { Article, TaggedWord } from '../../src/core/types.js'
import { createDictionarySegmenter } from './dictionary-segmenter.js'

/** What a core test's small library is made of: its words, stop words and paragraphs. */
export interface FixtureSpec {
  words: string[]
  stopWords: string[]
  /** The paragraphs of one article, numbered from 1; or whole articles. */
  paragraphs?: { heading?: string; text: string }[]
  articles?: Article[]
  tag?: (text: string) => TaggedWord[]
  passageOptions?: Partial<PassageOptions>
  synonyms?: string
  /** Readers' votes (ranking reads them when `feedbackNudge` is on). */
  feedback?: FeedbackSource
}

/** One article (id 'a') of the given paragraphs, as core tests build it. */
export function createFixtureArticle(id: string, paragraphs: { heading?: string; text: string }[]): Article {
  return {
    id, title: '标题', subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '',
    paragraphs: paragraphs.map((p, i) => ({ n: i + 1, heading: p.heading ?? '', text: p.text })),
  }
}

/**
 * A library factory over a dictionary-segmented fixture: call it with answerer options (abstention
 * off unless given) to get a library, so a test can compare one option's values.
 */
export function createFixtureLibrary(spec: FixtureSpec): (options?: Partial<AnswererOptions>) => Library {
  const analyzer = createAnalyzer({ segmenter: createDictionarySegmenter(spec.words), normalizer: createNormalizer(), stopWords: new Set(spec.stopWords) })
  const articles = spec.articles ?? [createFixtureArticle('a', spec.paragraphs ?? [])]
  const corpus = createMemoryCorpus(articles, buildPassageIndex(articles, analyzer, [], spec.passageOptions))
  const synonyms = parseSynonyms(spec.synonyms ?? '民警 警察')
  return (options = {}) => createEmbeddedLibrary({ corpus, analyzer, synonyms, tag: spec.tag, feedback: spec.feedback, answerer: { minConfidence: 0, reasonMargin: 0, ...options } })
}
