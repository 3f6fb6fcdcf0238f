import type { ScoreParts } from './rerank/rerank.js'

/** Why the answerer ranked as it did: the question as read and the top candidates' signals. */
export interface Explanation {
  type: string
  focus: string
  /** Each question word: its forms (itself, its synonyms), its thesaurus near-synonyms if any, its weight. */
  words: { term: string; forms: string[]; near?: string[]; weight: number }[]
  candidates: {
    passageId: string
    /** The paragraph its answering sentence stands in, and the range cited, as its citation gives them (see `Source`). */
    paragraph: number
    firstParagraph: number
    lastParagraph: number
    /** `caption` when the citation is a picture caption. */
    kind: 'body' | 'caption' | 'meta'
    score: number
    confidence: number
    /** The factors whose product is the confidence (coverage, answer kind, focus, the checks). */
    factors: Record<string, number>
    sentence: string
    /** Question words found in the passage (any form), and those missing. */
    matched: string[]
    missing: string[]
    parts: ScoreParts
  }[]
}
