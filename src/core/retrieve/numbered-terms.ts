import type { PassageIndex } from './passage-index.js'

/**
 * An index's sentence and context terms as numbers, passage after passage in reading order
 * (article by article, as `articlePassages` lists them): what saving an index writes, before its
 * terms are renumbered by their sorted order. The builder keeps them as it adds passages;
 * {@link numberTerms} makes them from any index.
 */
export interface NumberedTerms {
  /** The terms by number; some may be held by no passage. */
  readonly terms: readonly string[]
  /** A term's number, or undefined when it has none. */
  numberOf(term: string): number | undefined
  /** Per passage: its sentence count, then start, end and term count of each sentence. */
  readonly sentences: Int32Array
  /** Every passage's sentence terms, sentence after sentence. */
  readonly sentenceTerms: Int32Array
  /** Per passage: its context terms' count, then their numbers. */
  readonly contextTerms: Int32Array
  /** Passages holding the term numbered `n` (0 when none). */
  documentFrequency(n: number): number
  /** The term numbers in their terms' sorted order, when sorted already (elsewhere, meanwhile). */
  readonly sorted?: Int32Array
  /** The passage ids in the order the numbers list them. */
  readonly passageIds: readonly string[]
}

/** Numbers the terms of any index as first met, reading its passages in order. */
export function numberTerms(index: PassageIndex): NumberedTerms {
  const numbers = new Map<string, number>()
  const terms: string[] = []
  const numberOf = (term: string) => {
    let n = numbers.get(term)
    if (n === undefined) {
      numbers.set(term, (n = terms.length))
      terms.push(term)
    }
    return n
  }
  let sentenceCount = 0
  let termCount = 0
  let contextCount = 0
  for (const passage of index.passages.values()) {
    sentenceCount += 1 + 3 * passage.sentences.length
    for (const sentence of passage.sentences) termCount += sentence.terms.length
    contextCount += 1 + passage.contextTerms.length
  }
  const sentences = new Int32Array(sentenceCount)
  const sentenceTerms = new Int32Array(termCount)
  const contextTerms = new Int32Array(contextCount)
  const passageIds: string[] = []
  let s = 0
  let t = 0
  let c = 0
  for (const ids of index.articlePassages.values()) {
    for (const id of ids) {
      const passage = index.passages.get(id)!
      passageIds.push(id)
      sentences[s++] = passage.sentences.length
      for (const sentence of passage.sentences) {
        sentences[s++] = sentence.start
        sentences[s++] = sentence.end
        sentences[s++] = sentence.terms.length
        for (const term of sentence.terms) sentenceTerms[t++] = numberOf(term)
      }
      contextTerms[c++] = passage.contextTerms.length
      for (const term of passage.contextTerms) contextTerms[c++] = numberOf(term)
    }
  }
  return {
    terms,
    numberOf: (term) => numbers.get(term),
    sentences,
    sentenceTerms,
    contextTerms,
    documentFrequency: (n) => index.documentFrequency.get(terms[n]!) ?? 0,
    passageIds,
  }
}
