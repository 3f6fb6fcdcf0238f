import type { IndexedPassage } from './retrieve/indexed-passage.js'
import type { Article, ArticleMeta, ArticleSummary } from './types.js'

/** Where a library reads articles and passages from: memory (embedded) or a database (shared). */
export interface CorpusReader {
  readonly articleCount: number
  readonly passageCount: number
  /** The articles' metadata in corpus order. */
  listArticles(): Promise<readonly ArticleSummary[]>
  /** The article with this id, or undefined. */
  findArticle(id: string): Promise<Article | undefined>
  /** The passage with this id, or undefined. */
  findPassage(id: string): Promise<IndexedPassage | undefined>
}

/** The summary of an article: its metadata and its number of paragraphs. */
export function summarizeArticle(article: Article): ArticleSummary {
  const { paragraphs, ...meta }: { paragraphs: unknown } & ArticleMeta = article
  return { ...meta, paragraphCount: article.paragraphs.length }
}
