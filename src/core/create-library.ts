import { createAnswerer, type AnswererOptions } from './create-answerer.js'
import type { Analyzer } from './text/analyzer.js'
import type { Library } from './library.js'
import type { GeneralIdf } from './rerank/weigh-question.js'
import type { IndexedPassage, SearchIndex } from './search-index.js'
import type { Synonyms } from './text/synonyms.js'
import type { Article, Source, TaggedWord } from './types.js'

/** What a library is made of: the articles, their index and the analyzer that built it. */
export interface LibraryParts {
  articles: readonly Article[]
  index: SearchIndex
  analyzer: Analyzer
  synonyms: Synonyms
  tag?: (text: string) => TaggedWord[]
  generalIdf?: GeneralIdf
  answerer?: Partial<AnswererOptions>
}

/** Creates the {@link Library} front ends use; unknown ids give undefined or [], never a throw. */
export function createLibrary(parts: LibraryParts): Library {
  const articles = new Map(parts.articles.map((a) => [a.id, a]))
  const passages = new Map(parts.index.passages.map((p) => [p.id, p]))
  const sourceOf = (passage: IndexedPassage): Source | undefined => {
    const article = articles.get(passage.articleId)
    if (article === undefined) return undefined
    const { id, title, newspaper, date, page } = article
    return { id, title, newspaper, date, page, paragraph: passage.paragraph, heading: passage.heading, passageId: passage.id }
  }
  const { answer, explain } = createAnswerer(
    { index: parts.index, analyzer: parts.analyzer, synonyms: parts.synonyms, sourceOf, tag: parts.tag, generalIdf: parts.generalIdf },
    parts.answerer,
  )
  const summaries = parts.articles.map(({ paragraphs, ...meta }) => ({ ...meta, paragraphCount: paragraphs.length }))
  return {
    passageCount: parts.index.passages.length,
    articleCount: parts.articles.length,
    listArticles: async () => summaries,
    answer: async (question, options) => answer(question, options),
    explain: async (question) => explain(question),
    findArticle: async (id) => articles.get(id),
    findPassage: async (id) => passages.get(id),
    sourceOf: async (id) => {
      const passage = passages.get(id)
      return passage === undefined ? undefined : sourceOf(passage)
    },
    contextOf: async (id, radius = 1) => {
      const passage = passages.get(id)
      const article = passage && articles.get(passage.articleId)
      if (passage === undefined || article === undefined) return []
      const from = passage.paragraph - radius
      const to = passage.lastParagraph + radius
      return article.paragraphs.filter((p) => p.n >= from && p.n <= to)
    },
  }
}
