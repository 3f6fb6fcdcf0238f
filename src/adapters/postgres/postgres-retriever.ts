import pg from 'pg'
import { bigramKey, type IndexedPassage } from '../../core/retrieve/indexed-passage.js'
import { comparePassageIds, sameScore } from '../../core/retrieve/minisearch-retriever.js'
import { fieldBoosts } from '../../core/retrieve/passage-index.js'
import { defaultQueryPlanOptions, planQuery, type QueryPlan, type QueryPlanOptions } from '../../core/retrieve/plan-query.js'
import type { Candidate, CorpusStatistics, RetrievalRequest, Retriever } from '../../core/retrieve/retriever.js'
import { fieldNumbers } from './corpus-schema.js'
import { describeError } from './pools.js'
import { encodeTerm } from './term-encoding.js'
import { bitsTermLimit, frequenciesSql, retrievalByBitsSql, retrievalByGroupsSql } from './retrieval-sql.js'
import { articleMetaColumns, articleMetaOf, indexedPassageColumns, indexedPassageOf, type ArticleMetaRow, type IndexedPassageRow } from './rows.js'
import { StoreError } from '../../core/store-error.js'

/** BM25+ parameters; MiniSearch's defaults, which the embedded index uses. */
export interface Bm25Parameters {
  k: number
  b: number
  d: number
}

/** How the PostgreSQL retriever searches. */
export interface PostgresRetrieverOptions {
  /** Which terms a search reads; default the embedded retriever's (`defaultQueryPlanOptions`). */
  queryPlan: QueryPlanOptions
  /** Default MiniSearch 7's `defaultBM25params`: k 1.2, b 0.7, d 0.5. */
  bm25: Bm25Parameters
}

/** The defaults stated on {@link PostgresRetrieverOptions}. */
export const defaultPostgresRetrieverOptions: PostgresRetrieverOptions = { queryPlan: defaultQueryPlanOptions, bm25: { k: 1.2, b: 0.7, d: 0.5 } }

const columns = `${indexedPassageColumns}, ${articleMetaColumns}`
const statements = {
  frequencies: { name: 'wenda-frequencies', text: frequenciesSql },
  bits: { name: 'wenda-retrieve-bits', text: retrievalByBitsSql(columns) },
  groups: { name: 'wenda-retrieve-groups', text: retrievalByGroupsSql(columns) },
}

interface FrequencyRow {
  passage_count: number
  /** JSON text: { term: passages }. */
  frequencies: string
}

// The frequencies statement's row: also { term: passages } of terms only headings or titles hold.
type PlanFrequencyRow = FrequencyRow & { context_frequencies: string }

// Sentences arrive as JSON text: parsed only for passages not in the cache below.
type RetrievalRow = FrequencyRow & { version: string; of_pid: number | null; back: number; score: number | null } & Omit<IndexedPassageRow, 'sentences'> & { sentences: string } & ArticleMetaRow

const jsonOid = 114
const jsonAsText = { getTypeParser: (oid: number, format?: string) => (oid === jsonOid ? (text: string) => text : pg.types.getTypeParser(oid, format as 'text')) }

/** Passages already returned, kept while the corpus version stays: the reranker's caches are keyed by passage object. */
interface PassageCache {
  version: string
  byId: Map<string, IndexedPassage>
}

// Enough for the candidates of many questions; cleared whole when full, as the reranker's are.
const passageCacheSize = 20_000

/**
 * Creates the PostgreSQL {@link Retriever}: the embedded retriever's query plan (`planQuery`, from
 * the stored document frequencies), then one statement that scores as MiniSearch does and returns
 * the candidates with their articles, preceding passages and statistics from one snapshot. Equal
 * scores are in corpus order. Rejects, with the driver's error as cause, when the database fails.
 */
export function createPostgresRetriever(pool: pg.Pool, options: Partial<PostgresRetrieverOptions> = {}): Retriever {
  const opts = { ...defaultPostgresRetrieverOptions, ...options }
  const cache: PassageCache = { version: '', byId: new Map() }
  const query = async <R extends pg.QueryResultRow>(statement: { name: string; text: string }, values: unknown[]): Promise<R[]> => {
    try {
      return (await pool.query<R>({ ...statement, values, types: jsonAsText })).rows
    } catch (cause) {
      throw new StoreError(`cannot retrieve passages from the database: ${describeError(cause)}`, { cause })
    }
  }
  return {
    async retrieve(request) {
      const wanted = statisticKeys(request)
      // a question's bigrams are searched as words when nothing else is found: the plan weighs them so too
      const [known] = await query<PlanFrequencyRow>(statements.frequencies, [[...wanted, ...request.bigrams.map((b) => b.term)].map(encodeTerm)])
      const frequencies = JSON.parse(known!.frequencies) as Record<string, number>
      const contextFrequencies = JSON.parse(known!.context_frequencies) as Record<string, number>
      const plan = planQuery(request, (term) => frequencies[encodeTerm(term)] ?? contextFrequencies[encodeTerm(term)] ?? 0, opts.queryPlan)
      if (plan.words.length + plan.pairs.length === 0 || request.limit <= 0) return { candidates: [], statistics: statisticsOf(known!.passage_count, frequencies, wanted) }
      const rows = requestRows(plan)
      const { bm25 } = opts
      // the plan read the frequencies a moment earlier; a write in between only changes which terms
      // were searched: candidates and statistics come from this statement's one snapshot
      const found = await query<RetrievalRow>(rows.sourceCount <= bitsTermLimit ? statements.bits : statements.groups, [
        rows.keys, rows.sources, rows.fields, rows.weights, bm25.d, bm25.k, bm25.b, request.limit, request.preceding, wanted.map(encodeTerm),
      ])
      const first = found[0]!
      if (first.version !== cache.version || cache.byId.size >= passageCacheSize) Object.assign(cache, { version: first.version, byId: new Map() })
      return { candidates: candidatesOf(found, cache), statistics: statisticsOf(first.passage_count, JSON.parse(first.frequencies) as Record<string, number>, wanted) }
    },
  }
}

// Words as they are, bigrams (pairs among them) by their bigram key: as the embedded retriever reports them.
function statisticKeys(request: RetrievalRequest): string[] {
  return [...new Set([...request.words.map((w) => w.term), ...request.bigrams.map((b) => bigramKey(b.term)), ...request.pairs.map((p) => bigramKey(p.term))])]
}

function statisticsOf(passageCount: number, frequencies: Record<string, number>, wanted: readonly string[]): CorpusStatistics {
  const documentFrequency = new Map<string, number>()
  for (const key of wanted) {
    const n = frequencies[encodeTerm(key)]
    if (n !== undefined) documentFrequency.set(key, n)
  }
  return { passageCount, documentFrequency }
}

// One row per term and field searched: words in their three fields, pairs in the pair field. Sources
// number the distinct query terms: a word and a pair of the same two characters count as one, as in MiniSearch.
function requestRows(plan: QueryPlan): { keys: string[]; sources: number[]; fields: number[]; weights: number[]; sourceCount: number } {
  const rows = { keys: [] as string[], sources: [] as number[], fields: [] as number[], weights: [] as number[] }
  const sources = new Map<string, number>()
  const add = (term: string, key: string, field: number, weight: number) => {
    let source = sources.get(term)
    if (source === undefined) sources.set(term, (source = sources.size))
    rows.keys.push(encodeTerm(key))
    rows.sources.push(source)
    rows.fields.push(field)
    rows.weights.push(weight)
  }
  for (const { term, boost } of plan.words) {
    for (const [field, fieldBoost] of Object.entries(fieldBoosts)) add(term, term, fieldNumbers[field as keyof typeof fieldBoosts], boost * fieldBoost)
  }
  for (const { term, boost } of plan.pairs) add(term, bigramKey(term), fieldNumbers.pairs, boost)
  return { ...rows, sourceCount: sources.size }
}

// Candidate rows (back 0) and the rows of the passages before them (back 1, 2 …), put together.
function candidatesOf(rows: readonly RetrievalRow[], cache: PassageCache): Candidate[] {
  const passageOf = (row: RetrievalRow) => {
    let passage = cache.byId.get(row.id)
    if (passage === undefined) cache.byId.set(row.id, (passage = indexedPassageOf(row)))
    return passage
  }
  const byPid = new Map<number, Candidate>()
  const before: RetrievalRow[] = []
  for (const row of rows) {
    if (row.of_pid === null) continue // the statistics alone: nothing matched
    if (row.back === 0) byPid.set(row.of_pid, { passage: passageOf(row), article: articleMetaOf(row), score: row.score!, preceding: [] })
    else before.push(row)
  }
  before.sort((a, b) => a.back - b.back)
  const broken = new Set<number>()
  for (const row of before) {
    const candidate = byPid.get(row.of_pid!)!
    // nearest first, and only while the section goes on
    if (broken.has(row.of_pid!) || row.heading !== candidate.passage.heading) {
      broken.add(row.of_pid!)
      continue
    }
    ;(candidate.preceding as IndexedPassage[]).push(passageOf(row))
  }
  return [...byPid.values()].sort((a, b) => (sameScore(a.score, b.score) ? comparePassageIds(a.passage.id, b.passage.id) : b.score - a.score))
}
