import type pg from 'pg'
import { createPostgresRetriever } from '../src/adapters/postgres/postgres-retriever.js'
import type { RetrievalRequest, Retriever } from '../src/core/retrieve/retriever.js'

/** EXPLAIN (ANALYZE, BUFFERS) of the retrieval statement of the slowest request: where its time goes. */
export async function explainSlowest(pool: pg.Pool, retriever: Retriever, requests: readonly RetrievalRequest[]): Promise<string> {
  let slowest: RetrievalRequest | undefined
  let worst = -1
  for (const request of requests) {
    const t = performance.now()
    await retriever.retrieve(request)
    const ms = performance.now() - t
    if (ms > worst) [worst, slowest] = [ms, request]
  }
  if (slowest === undefined) return '(no request)'
  // the retriever's own statements and values, recorded on their way to the pool; the last is the retrieval
  let last: { text: string; values: unknown[] } | undefined
  const recording = { query: (config: { text: string; values: unknown[] }) => ((last = config), pool.query(config)) }
  await createPostgresRetriever(recording as unknown as pg.Pool).retrieve(slowest)
  if (last === undefined) return '(nothing searched)'
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${last.text}`, last.values)
  return [`${worst.toFixed(1)} ms: ${slowest.words.map((w) => w.term).join(' ')} | pairs ${slowest.pairs.map((p) => p.term).join(' ')}`, ...rows.map((row) => row['QUERY PLAN'])].join('\n')
}
