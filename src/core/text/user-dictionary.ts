import type { Article } from '../types.js'

// Quoted names in Chinese news (“平安义警”, 《治安公约》) are the corpus' own terms: brands,
// programmes, nicknames. Only short all-Han ones, so slogans and sentences stay out.
const QUOTED = /[“「《]([\p{Script=Han}]{2,8})[”」》]/gu

/** Terms the segmenter should keep whole, derived from the corpus (quoted and titled names). */
export function deriveUserWords(articles: readonly Article[]): string[] {
  const words = new Set<string>()
  for (const article of articles) {
    const texts = [article.title, article.subtitle, ...article.paragraphs.flatMap((p) => [p.heading, p.text])]
    for (const text of texts) for (const match of text.matchAll(QUOTED)) words.add(match[1]!)
  }
  return [...words].sort()
}
