import { isCaption } from '../text/passages.js'
import type { ArticleMeta, Passage, Source } from '../types.js'

/**
 * The citation of a passage, `paragraph` being the one its answering sentence stands in (default
 * its first). Body text is cited by the passage's whole range, whatever sentence answered; of a
 * passage of captions, only the caption at `paragraph` is cited, as a caption of its article.
 */
export function citePassage(article: Pick<ArticleMeta, 'id' | 'title' | 'newspaper' | 'date' | 'page'>, passage: Passage, paragraph = passage.paragraph): Source {
  const { id, title, newspaper, date, page } = article
  const cited = { id, title, newspaper, date, page, paragraph, heading: passage.heading, passageId: passage.id }
  if (isCaption(passage)) return { ...cited, firstParagraph: paragraph, lastParagraph: paragraph, kind: 'caption' }
  return { ...cited, firstParagraph: passage.paragraph, lastParagraph: passage.lastParagraph, kind: 'body' }
}
