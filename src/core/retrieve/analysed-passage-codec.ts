import type { Passage } from '../types.js'
import type { AnalysedPassage, PassageFields } from './indexed-passage.js'
import { createIntWriter } from './int-writer.js'

/**
 * Articles' analysed passages in a form that crosses threads cheaply: each term once as a string
 * (in `newTerms`), every use of it as its number in `numbers`, instead of millions of small strings
 * and arrays that structured cloning would copy one by one.
 */
export interface EncodedArticles {
  /** The passages without their sentences and context terms, article after article. */
  passages: Passage[]
  /** Passages of each article, in order. */
  passageCounts: number[]
  /** Terms this encoder had not sent before, numbered after those it had. */
  newTerms: string[]
  /** Per passage: sentences (count, then start, end and terms of each), then context terms. */
  numbers: Int32Array
  /**
   * Per passage its four search fields ({@link searchFields} order), each its terms joined by
   * spaces: as MiniSearch reads a field, so the thread adding them never makes an array of them.
   */
  fields: string[]
}

/** The search fields of {@link EncodedArticles.fields}, in their order there. */
export const searchFields = ['words', 'heading', 'title', 'pairs'] as const satisfies readonly (keyof PassageFields)[]

/**
 * Encodes articles' analysed passages; its numbering continues from call to call, so whoever reads
 * its output must take the `newTerms` of every call, in the order of the calls.
 */
export interface AnalysedArticleEncoder {
  encode(articles: readonly (readonly AnalysedPassage[])[]): EncodedArticles
}

/** Creates an encoder with an empty vocabulary. */
export function createAnalysedArticleEncoder(): AnalysedArticleEncoder {
  const numbering = new Map<string, number>()
  const encode = (articles: readonly (readonly AnalysedPassage[])[]): EncodedArticles => {
    const newTerms: string[] = []
    const out = createIntWriter()
    const terms = (list: readonly string[]) => {
      out.push(list.length)
      for (const term of list) {
        let n = numbering.get(term)
        if (n === undefined) {
          numbering.set(term, (n = numbering.size))
          newTerms.push(term)
        }
        out.push(n)
      }
    }
    const passages: Passage[] = []
    const searched: string[] = []
    for (const article of articles) {
      for (const { passage, fields } of article) {
        const { sentences, contextTerms, ...plain } = passage
        passages.push(plain)
        out.push(sentences.length)
        for (const sentence of sentences) {
          out.push(sentence.start)
          out.push(sentence.end)
          terms(sentence.terms)
        }
        terms(contextTerms)
        for (const field of searchFields) searched.push(fields[field].join(' '))
      }
    }
    // the numbers copied to a buffer of their own, which is transferred to the building thread
    return { passages, passageCounts: articles.map((article) => article.length), newTerms, numbers: out.view().slice(), fields: searched }
  }
  return { encode }
}
