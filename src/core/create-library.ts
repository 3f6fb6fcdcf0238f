import { createAnswerer, type AnswererOptions } from './create-answerer.js'
import type { CorpusReader } from './corpus-reader.js'
import { findExamples, type ExampleQuestion } from './examples.js'
import type { Library } from './library.js'
import { citePassage } from './present/cite.js'
import type { FeedbackSource } from './rerank/feedback-nudge.js'
import type { GeneralIdf } from './rerank/weigh-question.js'
import type { Retriever } from './retrieve/retriever.js'
import type { Analyzer } from './text/analyzer.js'
import type { Synonyms } from './text/synonyms.js'
import type { IndexedPassage } from './retrieve/indexed-passage.js'
import type { Article, TaggedWord } from './types.js'

/** What a library is made of: where its corpus is read from, its retriever, and the analysis that indexed it. */
export interface LibraryParts {
  corpus: CorpusReader
  retriever: Retriever
  analyzer: Analyzer
  synonyms: Synonyms
  /** Near-synonyms from a general thesaurus (see `AnswererDependencies.thesaurus`). */
  thesaurus?: Synonyms
  tag?: (text: string) => TaggedWord[]
  generalIdf?: GeneralIdf
  /** Readers' votes, for ranking when `answerer.feedbackNudge` is on. */
  feedback?: FeedbackSource
  /** The corpus' full names by surname (see `AnswererDependencies.names`). */
  names?: Synonyms
  answerer?: Partial<AnswererOptions>
}

/** Creates the {@link Library} front ends use; unknown ids give undefined or [], never a rejection. */
export function createLibrary(parts: LibraryParts): Library {
  const { corpus } = parts
  const { answer, explain } = createAnswerer(
    { retriever: parts.retriever, analyzer: parts.analyzer, synonyms: parts.synonyms, thesaurus: parts.thesaurus, tag: parts.tag, generalIdf: parts.generalIdf, articles: () => corpus.listArticles(), feedback: parts.feedback, names: parts.names },
    parts.answerer,
  )
  let examples: Promise<readonly ExampleQuestion[]> | undefined
  const library: Library = {
    get passageCount() {
      return corpus.passageCount
    },
    get articleCount() {
      return corpus.articleCount
    },
    listArticles: () => corpus.listArticles(),
    answer,
    explain: (question) => explain(question),
    examples: () => {
      if (examples === undefined) {
        examples = findExamples(library, parts.tag)
        // a failed search (a database away) must not stick: the next caller tries again
        examples.catch(() => (examples = undefined))
      }
      return examples
    },
    findArticle: (id) => corpus.findArticle(id),
    findPassage: (id) => corpus.findPassage(id),
    sourceOf: async (id) => {
      const found = await findWithArticle(corpus, id)
      return found && citePassage(found.article, found.passage)
    },
    contextOf: async (id, radius = 1) => {
      const found = await findWithArticle(corpus, id)
      if (found === undefined) return []
      const { passage, article } = found
      const from = passage.paragraph - radius
      const to = passage.lastParagraph + radius
      return article.paragraphs.filter((p) => p.n >= from && p.n <= to)
    },
  }
  return library
}

// A passage and its article, or undefined when either is gone (ids come from users and old buttons).
async function findWithArticle(corpus: CorpusReader, passageId: string): Promise<{ passage: IndexedPassage; article: Article } | undefined> {
  const passage = await corpus.findPassage(passageId)
  const article = passage && (await corpus.findArticle(passage.articleId))
  return passage === undefined || article === undefined ? undefined : { passage, article }
}
