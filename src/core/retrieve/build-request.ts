import type { ParsedQuestion } from '../question/read-question.js'
import type { RetrievalRequest } from './retriever.js'

/** Which terms retrieval looks for and how many candidates it returns. */
export interface RequestOptions {
  /** Passages retrieved for reranking. Default 40. */
  candidates: number
  /** Weight of a synonym's match relative to the word itself. Default 0.7. */
  synonymBoost: number
  /**
   * Weight of a thesaurus near-synonym's match (see `QueryWord.near`); 0 leaves them out. Default 0:
   * 0–1 changed no figure of any question set (what the thesaurus gains comes from coverage, see
   * `RankWeights.thesaurusCredit`), and in a large corpus they would take posting budget from the
   * question's own words (see `QueryPlanOptions`).
   */
  thesaurusBoost: number
  /** Weight of a character pair's match relative to a word's. Default 0.4. */
  bigramBoost: number
}

/** The defaults stated on {@link RequestOptions}. */
export const defaultRequestOptions: RequestOptions = { candidates: 40, synonymBoost: 0.7, thesaurusBoost: 0, bigramBoost: 0.4 }

/**
 * The retrieval request for a question: each word form once (synonyms weaker, thesaurus
 * near-synonyms weaker still), its bigrams, and the context wanted.
 */
export function buildRetrievalRequest(q: ParsedQuestion, preceding: number, options: RequestOptions = defaultRequestOptions): RetrievalRequest {
  const synonymForms = new Set(q.words.flatMap((w) => w.forms.slice(1)))
  const forms = [...new Set(q.words.flatMap((w) => w.forms))]
  const formSet = new Set(forms)
  // a near-synonym that is also a question word or its synonym is looked for as that
  const near = options.thesaurusBoost <= 0 ? [] : [...new Set(q.words.flatMap((w) => w.near ?? []))].filter((term) => !formSet.has(term))
  return {
    words: [
      ...forms.map((term) => ({ term, boost: synonymForms.has(term) ? options.synonymBoost : 1 })),
      ...near.map((term) => ({ term, boost: options.thesaurusBoost })),
    ],
    bigrams: q.bigrams.map((term) => ({ term, boost: options.bigramBoost })),
    pairs: q.pairs.map((term) => ({ term, boost: options.bigramBoost })),
    limit: options.candidates,
    preceding,
  }
}
