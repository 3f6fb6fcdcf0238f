import type { IndexedPassage } from '../../core/retrieve/indexed-passage.js'
import type { ArticleMeta, Passage } from '../../core/types.js'
import { decodeTerm } from './term-encoding.js'

/** A passage row's columns (`passageColumns`). */
export interface PassageRow {
  id: string
  article_id: string
  heading: string
  paragraph: number
  last_paragraph: number
  body: string
}

/** A passage row with its analysis (`indexedPassageColumns`): sentences as [start, end, terms joined by spaces]. */
export interface IndexedPassageRow extends PassageRow {
  sentences: [number, number, string][]
  context_terms: string[]
}

/** An article row's metadata column (`articleMetaColumns`). */
export interface ArticleMetaRow {
  /** The article without its paragraphs, as written. */
  article_meta: ArticleMeta
}

/** The columns of {@link PassageRow}, from `passages p`. */
export const passageColumns = 'p.id, p.article_id, p.heading, p.paragraph, p.last_paragraph, p.body'

/** The columns of {@link IndexedPassageRow}, from `passages p`. */
export const indexedPassageColumns = `${passageColumns}, p.sentences, p.context_terms`

/** The columns of {@link ArticleMetaRow}, from `articles a`. */
export const articleMetaColumns = 'a.meta as article_meta'

/** The passage a row holds. */
export function passageOf(row: PassageRow): Passage {
  return { id: row.id, articleId: row.article_id, heading: row.heading, paragraph: row.paragraph, lastParagraph: row.last_paragraph, text: row.body }
}

/** The analysed passage a row holds, sentences as the reranker reads them (the JSON text parsed here when it is a string). */
export function indexedPassageOf(row: IndexedPassageRow | (Omit<IndexedPassageRow, 'sentences'> & { sentences: string })): IndexedPassage {
  const sentences = typeof row.sentences === 'string' ? (JSON.parse(row.sentences) as IndexedPassageRow['sentences']) : row.sentences
  return {
    ...passageOf(row),
    sentences: sentences.map(([start, end, terms]) => ({ start, end, terms: terms === '' ? [] : decodeTerm(terms).split(' ') })),
    contextTerms: row.context_terms.map(decodeTerm),
  }
}

/** The article metadata a row holds. */
export function articleMetaOf(row: ArticleMetaRow): ArticleMeta {
  return row.article_meta
}
