import { bigramKey } from './indexed-passage.js'
import type { QueryTerm, RetrievalRequest } from './retriever.js'

/** How much of a large index one question may read. */
export interface QueryPlanOptions {
  /**
   * Postings (passages per term, summed over the terms searched) one search may read: MiniSearch
   * scores every posting it reads (about 1 µs each), so this bounds a search's time. Terms are
   * taken rarest first while they fit; the rarest is always taken. A common term left out still
   * counts when candidates are reranked: only retrieval leaves it out. Default 10,000: at the real
   * corpus' size every term fits; on the bench's 10k-passage corpora the first answer stayed that
   * of an unlimited search for 40 of 40 bench questions (zipf) and 39 of 40 (recombined), against
   * 36 and 30 at 2,000 (scratch measurement, see the commit).
   */
  postingBudget: number
}

/** The defaults stated on {@link QueryPlanOptions}. */
export const defaultQueryPlanOptions: QueryPlanOptions = { postingBudget: 10_000 }

/** The terms one search reads: words in the word fields, character pairs in the pair field. */
export interface QueryPlan {
  words: QueryTerm[]
  pairs: QueryTerm[]
}

/**
 * The terms a search reads, rarest first within the posting budget; terms no passage holds are
 * left out, as they retrieve nothing. When the corpus holds none of the question's words or pairs,
 * its Han bigrams are searched as words. Engines share it, so every backend searches alike.
 * `frequencyOf` gives a term's passages (a pair's as its bigram key).
 */
export function planQuery(request: RetrievalRequest, frequencyOf: (term: string) => number, options: QueryPlanOptions = defaultQueryPlanOptions): QueryPlan {
  const offered = [
    ...request.words.map((t) => ({ t, pair: false, n: frequencyOf(t.term) })),
    ...request.pairs.map((t) => ({ t, pair: true, n: frequencyOf(bigramKey(t.term)) })),
  ]
  const kept = withinBudget(offered, options.postingBudget)
  if (kept.length === 0) return { words: withinBudget(request.bigrams.map((t) => ({ t, pair: false, n: frequencyOf(t.term) })), options.postingBudget).map((o) => o.t), pairs: [] }
  return { words: kept.filter((o) => !o.pair).map((o) => o.t), pairs: kept.filter((o) => o.pair).map((o) => o.t) }
}

interface Offered {
  t: QueryTerm
  pair: boolean
  n: number
}

// Rarest first within the budget, the rarest always; ties keep the question's order, so the plan
// does not depend on how an engine sorts.
function withinBudget(offered: readonly Offered[], budget: number): Offered[] {
  const present = offered.filter((o) => o.n > 0)
  if (present.reduce((sum, o) => sum + o.n, 0) <= budget) return present
  const byRarity = present.map((o, i) => ({ o, i })).sort((a, b) => a.o.n - b.o.n || a.i - b.i)
  const kept: Offered[] = []
  let read = 0
  for (const { o } of byRarity) {
    if (kept.length > 0 && read + o.n > budget) break
    kept.push(o)
    read += o.n
  }
  return kept
}
