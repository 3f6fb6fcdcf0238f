// npx tsx bench/postgres-gin.ts [passages, default 10000]
// The design question behind the postings table: the same retrieval over a GIN index on each
// passage's term array (keys term×4+field, with parallel arrays of frequencies and field lengths),
// the way full-text search in PostgreSQL is usually indexed. Builds the zipf corpus into a
// throwaway cluster, derives the GIN table from the postings, and compares the server's execution
// time (EXPLAIN ANALYZE, timing off) of the retriever's own statement with the GIN statement
// (scoring only, no candidate rows) for the bench questions. Measured 2026-12-06, quiet machine:
//   10k: postings median 3.5 ms, max 9.1 | GIN median 63 ms, max 188 (GIN table 15 MB, postings 84 MB)
//   100k: postings median 7.9 ms, max 20.8 | GIN median 249 ms, max 921 (GIN table 130 MB, postings 907 MB)
// GIN finds the passages holding a term fast, but scoring must then unnest each one's whole array.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { readCorpus } from '../src/adapters/corpus-files.js'
import { createJiebaSegmenter } from '../src/adapters/jieba.js'
import { createCorpusWriter } from '../src/adapters/postgres/corpus-writer.js'
import { migrate, readMigrations } from '../src/adapters/postgres/migrate.js'
import { createPostgresPools } from '../src/adapters/postgres/pools.js'
import { createPostgresRetriever } from '../src/adapters/postgres/postgres-retriever.js'
import { createCorpusAnalyzer } from '../src/app/corpus-analyzer.js'
import { defaultAnswererOptions } from '../src/core/create-answerer.js'
import { readQuestion } from '../src/core/question/read-question.js'
import { buildRetrievalRequest } from '../src/core/retrieve/build-request.js'
import { analyseArticle } from '../src/core/retrieve/indexed-passage.js'
import { parseSynonyms } from '../src/core/text/synonyms.js'
import { readGeneralSynonyms } from '../src/adapters/general-synonyms.js'
import { startPostgresCluster } from '../test/helpers/postgres-cluster.js'
import { createDatabase } from '../test/helpers/postgres-database.js'
import { collectMaterial, readVocabulary, synthesizeArticles } from './synthesize.js'
const size = Number(process.argv[2] ?? 10000)
const cluster = await startPostgresCluster({ settings: { shared_buffers: '2GB', work_mem: '64MB', maintenance_work_mem: '512MB', max_wal_size: '8GB' } })
try {
  const db = await createDatabase(cluster.url)
  const pools = createPostgresPools({ url: db.url }, { max: 1 })
  await migrate(pools.write, await readMigrations())
  const analyzer = createCorpusAnalyzer(createJiebaSegmenter())
  const vocabulary = readVocabulary(await readFile(createRequire(import.meta.url)('nodejieba').DEFAULT_DICT as string, 'utf8'))
  const articles = synthesizeArticles(collectMaterial((await readCorpus(resolve('corpus'))).articles), size, 42 + size, vocabulary)
  await createCorpusWriter(pools.write).writeCorpus({ analysis: 'x', words: [], articles }, (a) => analyseArticle(a, analyzer))
  const q = (sql: string, v: unknown[] = []) => pools.write.query(sql, v)
  const t = performance.now()
  await q(`create table gin_terms as select pid, array_agg(term_id * 4 + field order by term_id, field) as keys, array_agg(frequency order by term_id, field) as freqs, array_agg(length order by term_id, field) as lens from postings group by pid`)
  await q('create index on gin_terms using gin (keys)')
  await q('vacuum analyze gin_terms')
  console.log('GIN table built in', (performance.now() - t).toFixed(0), 'ms,', (Number((await q(`select pg_total_relation_size('gin_terms') b`)).rows[0].b) / 2 ** 20).toFixed(0), 'MB')
  const synonyms = parseSynonyms(await readGeneralSynonyms(), analyzer.normalizer.normalize)
  const qs = (await readFile('bench/questions.txt', 'utf8')).split('\n').filter((l) => l.trim() && !l.startsWith('#'))
  const reqs = qs.map((x) => buildRetrievalRequest(readQuestion(x, analyzer, synonyms), 2, defaultAnswererOptions))
  // the retriever's own scoring statement for each request, recorded
  const recorded: { text: string; values: unknown[] }[] = []
  const rec = { query: (c: { text: string; values: unknown[] }) => { if (c.values.length > 2) recorded.push(c); return pools.write.query(c as never) } }
  for (const r of reqs) await createPostgresRetriever(rec as never).retrieve(r)
  const ginSql = `
with request as (select * from unnest($1::text[], $2::int2[], $3::int2[], $4::float8[]) as r(key, source, field, weight)),
corpus as (select passage_count::float8 as n from corpus_state),
matched as materialized (
  select f.term_id * 4 + r.field as k, r.weight, ln(1 + (c.n - f.passages + 0.5::float8) / (f.passages + 0.5::float8)) as idf, s.length_sum / c.n as average, 1::int8 << r.source as bit
  from request r join terms t on t.term = r.key join term_fields f on f.term_id = t.id and f.field = r.field join field_statistics s on s.field = r.field cross join corpus c)
select g.pid, sum(m.weight * (m.idf * ($5::float8 + u.tf * ($6::float8 + 1) / (u.tf + $6::float8 * (1 - $7::float8 + $7::float8 * u.len / m.average))))) * bit_count(int8send(bit_or(m.bit))) as score
from gin_terms g cross join lateral unnest(g.keys, g.freqs, g.lens) as u(k, tf, len) join matched m on m.k = u.k
where g.keys && (select array_agg(k) from matched)
group by g.pid order by score desc limit 40`
  const exec = async (sql: string, values: unknown[]) => { const { rows } = await q(`explain (analyze, timing off, summary on) ${sql}`, values); return Number(String(rows.at(-1)['QUERY PLAN']).match(/([\d.]+) ms/)![1]) }
  const postings: number[] = []
  const gin: number[] = []
  for (const r of recorded) {
    postings.push(await exec(r.text, r.values))
    gin.push(await exec(ginSql, r.values.slice(0, 7)))
  }
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(2)
  const max = (a: number[]) => Math.max(...a).toFixed(2)
  console.log(size, 'statements', recorded.length, 'postings table: median', med(postings), 'max', max(postings), '| GIN over term arrays (scoring only): median', med(gin), 'max', max(gin))
  await pools.close()
} finally { await cluster.destroy() }
