import type { MetaField } from '../question/meta-question.js'
import type { ArticleMeta, Hit } from '../types.js'

/** The value of a metadata field as printed ('' when the article does not record it). */
export function metaValue(article: ArticleMeta, field: MetaField): string {
  switch (field) {
    case 'authors':
      return article.authors.join(' ')
    case 'date':
      return article.date
    case 'page':
      return article.page === '' ? '' : `第${article.page}版`
    case 'column':
      return article.column
    case 'subtitle':
      return article.subtitle
    case 'title':
      return `《${article.title}》`
    case 'newspaper':
      return article.newspaper
    case 'about':
      return article.subtitle === '' ? `《${article.title}》` : `《${article.title}》——${article.subtitle}`
    default:
      return ''
  }
}

// The fields in the order a byline prints them.
const BYLINE: MetaField[] = ['title', 'subtitle', 'newspaper', 'date', 'page', 'column', 'authors']

/**
 * An article's metadata shown as a hit: the byline as printed (title, subtitle, paper, date, page,
 * column, authors — each only when recorded), the field asked for as its answering sentence (all
 * of it when the field is not recorded), cited
 * as the article's details by `passageId` (a passage of it, for the context and full-text buttons).
 */
export function presentMetaHit(article: ArticleMeta, field: MetaField, passageId: string, paragraph: number): Hit {
  const parts = BYLINE.map((f) => metaValue(article, f)).filter((v) => v !== '')
  const value = metaValue(article, field)
  const { id, title, newspaper, date, page } = article
  const text = parts.join(' · ')
  return {
    text,
    // a field the article does not record: the details it does record are what is shown
    sentence: value === '' ? text : value,
    terms: value === '' ? [] : [value],
    score: 1,
    source: { id, title, newspaper, date, page, paragraph, heading: '', passageId, kind: 'meta' },
  }
}
