import type { ParsedQuestion } from '../question/read-question.js'
import type { RetrievalRequest } from './retriever.js'

/** Which terms retrieval looks for and how many candidates it returns. */
export interface RequestOptions {
  /** Passages retrieved for reranking. Default 40. */
  candidates: number
  /** Weight of a synonym's match relative to the word itself. Default 0.7. */
  synonymBoost: number
  /** Weight of a character pair's match relative to a word's. Default 0.4. */
  bigramBoost: number
}

/** The defaults stated on {@link RequestOptions}. */
export const defaultRequestOptions: RequestOptions = { candidates: 40, synonymBoost: 0.7, bigramBoost: 0.4 }

/**
 * The retrieval request for a question: each word form once (synonyms weaker), its bigrams, and the
 * context wanted. Thesaurus near-synonyms are not looked for: searching them (at 0–1 of a word's
 * weight) changed no figure, and in a large corpus they would take posting budget from the question's
 * own words; what they gain comes from coverage (`RankWeights.thesaurusCredit`).
 */
export function buildRetrievalRequest(q: ParsedQuestion, preceding: number, options: RequestOptions = defaultRequestOptions): RetrievalRequest {
  const synonymForms = new Set(q.words.flatMap((w) => w.forms.slice(1)))
  const forms = [...new Set(q.words.flatMap((w) => w.forms))]
  return {
    words: forms.map((term) => ({ term, boost: synonymForms.has(term) ? options.synonymBoost : 1 })),
    bigrams: q.bigrams.map((term) => ({ term, boost: options.bigramBoost })),
    pairs: q.pairs.map((term) => ({ term, boost: options.bigramBoost })),
    limit: options.candidates,
    preceding,
  }
}
