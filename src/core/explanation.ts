import type { ScoreParts } from './rerank/rerank.js'

/** Why the answerer ranked as it did: the question as read and the top candidates' signals. */
export interface Explanation {
  type: string
  focus: string
  words: { term: string; forms: string[]; weight: number }[]
  candidates: {
    passageId: string
    /** The paragraph its answering sentence stands in, as its citation gives it. */
    paragraph: number
    score: number
    confidence: number
    sentence: string
    /** Question words found in the passage (any form), and those missing. */
    matched: string[]
    missing: string[]
    parts: ScoreParts
  }[]
}
