import type { ArticleMeta } from '../types.js'
import { bigramKey } from './indexed-passage.js'
import { fieldBoosts, findPrecedingPassages, pairField, searchKey, type PassageIndex } from './passage-index.js'
import { defaultQueryPlanOptions, planQuery, type QueryPlanOptions } from './plan-query.js'
import type { Candidate, CorpusStatistics, QueryTerm, Retrieval, RetrievalRequest, Retriever } from './retriever.js'
import { createTopScoreFilter } from './top-score-filter.js'

/**
 * The embedded retriever: MiniSearch searches the planned terms (OR, field and term boosts, BM25+),
 * ties broken by corpus position so every engine orders them alike. Articles the index holds but
 * `articleOf` does not know are skipped.
 */
export function createMiniSearchRetriever(
  index: PassageIndex,
  articleOf: (id: string) => ArticleMeta | undefined,
  options: QueryPlanOptions = defaultQueryPlanOptions,
): Retriever {
  const frequencyOf = (term: string) => index.documentFrequency.get(term) ?? 0
  // a word only headings or titles hold (捡到 of 的哥捡到5万元现金) is searched too, weighed by the
  // passages holding it there: sentence counts alone would leave it out as held by none
  const searchedFrequencyOf = (term: string) => frequencyOf(term) || countInContext(index, term)
  const retrieve = async (request: RetrievalRequest): Promise<Retrieval> => {
    const statistics = collectStatistics(index, request, frequencyOf)
    const plan = planQuery(request, searchedFrequencyOf, options)
    if (plan.words.length + plan.pairs.length === 0 || request.limit <= 0) return { candidates: [], statistics }
    const results = index.miniSearch.search(
      {
        combineWith: 'OR',
        queries: [
          { queries: plan.words.map((t) => t.term), fields: Object.keys(fieldBoosts), boost: fieldBoosts, boostTerm: boostOf(plan.words) },
          { queries: plan.pairs.map((t) => t.term), fields: [pairField], boostTerm: boostOf(plan.pairs) },
        ],
      },
      // MiniSearch sorts every match; only those that can be among the first `limit` are kept
      { filter: createTopScoreFilter(request.limit) },
    )
    const candidates: Candidate[] = []
    for (const { id, score } of takeTop(results, request.limit)) {
      const passage = index.passages.get(id as string)
      const article = passage && articleOf(passage.articleId)
      if (passage === undefined || article === undefined) continue
      candidates.push({ passage, article, score, preceding: findPrecedingPassages(index, passage, request.preceding) })
    }
    return { candidates, statistics }
  }
  return { retrieve }
}

// Passages holding the term in their heading or title field (a pair's bigram key is in neither).
function countInContext(index: PassageIndex, term: string): number {
  if (term.startsWith(bigramKey(''))) return 0
  return index.miniSearch.search({ queries: [term], fields: ['heading', 'title'] }).length
}

// MiniSearch hands boostTerm the term as it keys it (searchKey), not as the plan wrote it.
function boostOf(terms: readonly QueryTerm[]): (key: string) => number {
  const boosts = new Map(terms.map((t) => [searchKey(t.term), t.boost]))
  return (key) => boosts.get(key) ?? 1
}

function collectStatistics(index: PassageIndex, request: RetrievalRequest, frequencyOf: (term: string) => number): CorpusStatistics {
  const documentFrequency = new Map<string, number>()
  const note = (term: string) => {
    const n = frequencyOf(term)
    if (n > 0) documentFrequency.set(term, n)
  }
  for (const { term } of request.words) note(term)
  for (const { term } of request.bigrams) note(bigramKey(term))
  return { passageCount: index.passages.size, documentFrequency }
}

// MiniSearch sorts by score only; results tied with the last one kept are put in corpus order
// (article, then paragraph), so the cut never depends on the order postings were read in.
function takeTop<T extends { id: unknown; score: number }>(results: readonly T[], limit: number): T[] {
  if (results.length <= limit) return [...results].sort(byScoreThenPosition)
  const last = results[limit - 1]!.score
  let end = limit
  while (end < results.length && sameScore(results[end]!.score, last)) end++
  return results.slice(0, end).sort(byScoreThenPosition).slice(0, limit)
}

function byScoreThenPosition(a: { id: unknown; score: number }, b: { id: unknown; score: number }): number {
  return sameScore(a.score, b.score) ? comparePassageIds(String(a.id), String(b.id)) : b.score - a.score
}

/**
 * Whether two retrieval scores are equal but for floating-point rounding, so a tie: an index updated
 * article by article sums the same terms in another order than one built at once, and must not
 * order tied passages otherwise. Every engine breaks such ties by corpus position.
 */
export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b))
}

/** Orders passage ids (`article#paragraph` or `article#paragraph.part`) by article, then paragraph and part. */
export function comparePassageIds(a: string, b: string): number {
  const [articleA = '', placeA = ''] = a.split('#')
  const [articleB = '', placeB = ''] = b.split('#')
  if (articleA !== articleB) return articleA < articleB ? -1 : 1
  const [paragraphA = 0, partA = 0] = placeA.split('.').map(Number)
  const [paragraphB = 0, partB = 0] = placeB.split('.').map(Number)
  return paragraphA - paragraphB || partA - partB
}
