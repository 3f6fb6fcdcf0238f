import type { IndexedPassage } from './indexed-passage.js'
import type { ArticleMeta } from '../types.js'

/** A term to search for, and how much a match of it counts (a synonym's form counts less). */
export interface QueryTerm {
  term: string
  boost: number
}

/**
 * What to retrieve for one question, already analysed: its word forms and its Han character
 * pairs. An engine searches the terms `planQuery` picks from them in the text, heading and title
 * fields (boosts in `fieldBoosts`), and scores as MiniSearch does (BM25+).
 */
export interface RetrievalRequest {
  words: readonly QueryTerm[]
  /** Han character pairs (`bigramKey` gives their key among sentence terms). */
  bigrams: readonly QueryTerm[]
  /** The pairs among them of characters the segmenter left alone, searched in the pair field (an unknown name's). */
  pairs: readonly QueryTerm[]
  /** Candidates wanted at most, best first. */
  limit: number
  /** Passages before each candidate in its section to return with it (its context); 0 for none. */
  preceding: number
}

/** A passage found: its analysed text, its article, its BM25+ score, and what stands before it. */
export interface Candidate {
  passage: IndexedPassage
  article: ArticleMeta
  /** The engine's relevance score (BM25+ as MiniSearch computes it); only its ratios matter. */
  score: number
  /** Up to `preceding` passages before it under the same heading of the same article, nearest first. */
  preceding: readonly IndexedPassage[]
}

/** Corpus-wide counts the reranker weighs question terms by. */
export interface CorpusStatistics {
  passageCount: number
  /** Passages holding each requested term (words as they are, pairs as bigram keys); absent when none. */
  documentFrequency: ReadonlyMap<string, number>
}

/** What one retrieval returns: best-first candidates ([] when nothing matches) and the statistics. */
export interface Retrieval {
  candidates: Candidate[]
  statistics: CorpusStatistics
}

/**
 * The retrieval seam: question terms in, scored candidate passages and corpus statistics out.
 * MiniSearch (embedded) and PostgreSQL (shared) implement it; ranking never knows which.
 */
export interface Retriever {
  retrieve(request: RetrievalRequest): Promise<Retrieval>
}
