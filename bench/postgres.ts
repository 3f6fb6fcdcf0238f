import { readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readCorpus } from '../src/adapters/corpus-files.js'
import { createJiebaSegmenter } from '../src/adapters/jieba.js'
import { openCorpusReader } from '../src/adapters/postgres/corpus-reader.js'
import { createCorpusWriter } from '../src/adapters/postgres/corpus-writer.js'
import { migrate, readMigrations } from '../src/adapters/postgres/migrate.js'
import { createPostgresPools } from '../src/adapters/postgres/pools.js'
import { createPostgresRetriever } from '../src/adapters/postgres/postgres-retriever.js'
import { createCorpusAnalyzer } from '../src/app/corpus-analyzer.js'
import { defaultAnswererOptions } from '../src/core/create-answerer.js'
import { createEmbeddedLibrary } from '../src/core/create-embedded-library.js'
import { createLibrary } from '../src/core/create-library.js'
import type { Library } from '../src/core/library.js'
import { readQuestion } from '../src/core/question/read-question.js'
import { buildRetrievalRequest } from '../src/core/retrieve/build-request.js'
import { analyseArticle } from '../src/core/retrieve/indexed-passage.js'
import { createMemoryCorpus } from '../src/core/retrieve/memory-corpus.js'
import { createMiniSearchRetriever } from '../src/core/retrieve/minisearch-retriever.js'
import { buildPassageIndex } from '../src/core/retrieve/passage-index.js'
import type { RetrievalRequest, Retriever } from '../src/core/retrieve/retriever.js'
import { parseSynonyms } from '../src/core/text/synonyms.js'
import { readGeneralSynonyms } from '../src/adapters/general-synonyms.js'
import type { Article } from '../src/core/types.js'
import { startPostgresCluster, type PostgresCluster } from '../test/helpers/postgres-cluster.js'
import { createDatabase } from '../test/helpers/postgres-database.js'
import { explainSlowest } from './postgres-explain.js'
import { benchServerSettings } from './postgres-settings.js'
import { collectMaterial, readSeedArticles, readVocabulary, synthesizeArticles } from './synthesize.js'

// npx tsx bench/postgres.ts [--sizes 10k,100k] [--generators zipf,recombined] [--seed 42] [--seconds 10]
//                           [--database-url URL] [--out bench/postgres-results.md]
// Builds the bench's synthetic corpora into PostgreSQL, then times retrieval and whole answers
// through the PostgreSQL backend with the bench questions, beside the embedded backend (MiniSearch)
// on the same corpus in the same process. Without --database-url a throwaway cluster is started
// with the settings below and removed after.

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k' },
    generators: { type: 'string', default: 'zipf' },
    seed: { type: 'string', default: '42' },
    seconds: { type: 'string', default: '10' },
    'database-url': { type: 'string' },
    out: { type: 'string' },
  },
})
const log = (message: string) => process.stderr.write(`bench: ${message}\n`)

const serverSettings = benchServerSettings

function parseSize(text: string): number {
  const m = /^(\d+)(k?)$/.exec(text.trim())
  if (m === null) throw new Error(`--sizes takes counts like 10k,100k, not ${JSON.stringify(text)}`)
  return Number(m[1]) * (m[2] === 'k' ? 1000 : 1)
}

interface Timing {
  p50: number
  p95: number
  p99: number
  mean: number
  samples: number
}

function summarize(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, samples: sorted.length }
}

// Every request once to warm up, then passes over all of them until ≥ 2,000 samples or the time is up.
async function time(run: (i: number) => Promise<unknown>, count: number): Promise<Timing> {
  for (let i = 0; i < count; i++) await run(i)
  const samples: number[] = []
  const started = performance.now()
  while (samples.length < 2000 && performance.now() - started < Number(values.seconds) * 1000) {
    for (let i = 0; i < count; i++) {
      const t = performance.now()
      await run(i)
      samples.push(performance.now() - t)
    }
  }
  return summarize(samples)
}

interface CorpusResult {
  name: string
  articles: number
  passages: number
  writeMs: number
  analyseMs: number
  embeddedBuildMs: number
  tableMB: Record<string, number>
  timings: Record<string, Timing>
  sameAnswers: number
  questions: number
  plan: string
}

async function measureCorpus(name: string, articles: Article[], url: string, questions: string[]): Promise<CorpusResult> {
  const segmenter = createJiebaSegmenter()
  const analyzer = createCorpusAnalyzer(segmenter)
  const synonyms = parseSynonyms(await readGeneralSynonyms(), analyzer.normalizer.normalize)
  const pools = createPostgresPools({ url }, { max: 4 })
  try {
    await migrate(pools.write, await readMigrations())
    log(`${name}: writing ${articles.length} articles into PostgreSQL`)
    let analyseMs = 0
    const analyse = (article: Article) => {
      const t = performance.now()
      const analysed = analyseArticle(article, analyzer)
      analyseMs += performance.now() - t
      return analysed
    }
    const t = performance.now()
    const write = await createCorpusWriter(pools.write).writeCorpus({ analysis: `bench ${name}`, words: [], articles }, analyse)
    const writeMs = performance.now() - t
    const tableMB = await tableSizes(pools)
    log(`${name}: embedded index on the same corpus`)
    const e = performance.now()
    const index = buildPassageIndex(articles, analyzer)
    const embeddedBuildMs = performance.now() - e
    const memory = createMemoryCorpus(articles, index)
    const shared = { analyzer, synonyms, tag: segmenter.tag, generalIdf: segmenter.generalIdf }
    const retrievers: Record<string, Retriever> = {
      postgres: createPostgresRetriever(pools.read),
      embedded: createMiniSearchRetriever(index, memory.articleMeta),
    }
    const libraries: Record<string, Library> = {
      postgres: createLibrary({ ...shared, corpus: await openCorpusReader(pools.read), retriever: retrievers.postgres! }),
      embedded: createEmbeddedLibrary({ ...shared, corpus: memory }),
    }
    // the request the answerer makes of a question; each retriever plans its terms the same way
    const requests: RetrievalRequest[] = questions.map((q) => buildRetrievalRequest(readQuestion(q, analyzer, synonyms), defaultAnswererOptions.sectionContext, defaultAnswererOptions))
    const timings: Record<string, Timing> = {}
    for (const backend of ['postgres', 'embedded']) {
      log(`${name}: ${backend} retrieval, then whole answers`)
      timings[`${backend} retrieval`] = await time((i) => retrievers[backend]!.retrieve(requests[i]!), requests.length)
      timings[`${backend} answer`] = await time((i) => libraries[backend]!.answer(questions[i]!), questions.length)
    }
    let sameAnswers = 0
    for (const q of questions) {
      const [a, b] = await Promise.all([libraries.postgres!.answer(q), libraries.embedded!.answer(q)])
      if (JSON.stringify(a) === JSON.stringify(b)) sameAnswers++
    }
    const plan = await explainSlowest(pools.read, retrievers.postgres!, requests)
    return { name, articles: articles.length, passages: write.passages, writeMs, analyseMs, embeddedBuildMs, tableMB, timings, sameAnswers, questions: questions.length, plan }
  } finally {
    await pools.close()
  }
}

async function tableSizes(pools: ReturnType<typeof createPostgresPools>): Promise<Record<string, number>> {
  const { rows } = await pools.write.query<{ name: string; bytes: string }>(
    `select relname as name, pg_total_relation_size(oid) as bytes from pg_class
     where relname in ('articles', 'passages', 'terms', 'term_fields', 'postings') order by relname`,
  )
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.bytes) / 2 ** 20]))
}

function formatReport(results: readonly CorpusResult[], settings: string, totalSeconds: number): string {
  const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1))
  const s = (n: number) => (n / 1000).toFixed(1)
  const machine = `${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, Node ${process.version}`
  const out = [
    '# PostgreSQL backend bench', '',
    `${machine}; ${new Date().toISOString()}; ${totalSeconds.toFixed(0)} s in all. Server: ${settings}.`,
    'Retrieval is the request the answerer makes of each bench question (bench/questions.txt, read with the real analyzer);',
    'an answer is `library.answer(question)` end to end. Both backends run in this one process on the same corpus.', '',
  ]
  for (const r of results) {
    out.push(`## ${r.name}: ${r.passages} passages, ${r.articles} articles`, '')
    out.push(`- build into PostgreSQL: ${s(r.writeMs)} s (analysis ${s(r.analyseMs)} s, database ${s(r.writeMs - r.analyseMs)} s, vacuum included); embedded index: ${s(r.embeddedBuildMs)} s`)
    out.push(`- tables with their indexes (MB): ${Object.entries(r.tableMB).map(([name, mb]) => `${name} ${mb.toFixed(0)}`).join(', ')}`)
    out.push(`- the two backends gave the same answer (hits, scores, snippets) to ${r.sameAnswers} of ${r.questions} questions`, '')
    out.push('| ms | p50 | p95 | p99 | mean | samples |', '|---|---|---|---|---|---|')
    for (const [label, t] of Object.entries(r.timings)) out.push(`| ${label} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.p99)} | ${ms(t.mean)} | ${t.samples} |`)
    out.push('', '<details><summary>EXPLAIN ANALYZE of the slowest retrieval</summary>', '', '```', r.plan, '```', '</details>', '')
  }
  return out.join('\n')
}

async function synthesize(generator: string, size: number): Promise<Article[]> {
  const real = await readCorpus(resolve('corpus'))
  const material = collectMaterial(real.articles.length > 0 ? real.articles : await readSeedArticles(resolve('test/fixtures/seeds')))
  // as bench/run.ts: zipf adds sentences of words drawn from jieba's dictionary by frequency
  const vocabulary = generator === 'zipf' ? readVocabulary(await readFile(createRequire(import.meta.url)('nodejieba').DEFAULT_DICT as string, 'utf8')) : undefined
  return synthesizeArticles(material, size, Number(values.seed) + size, vocabulary)
}

async function main(): Promise<void> {
  const started = performance.now()
  const sizes = values.sizes.split(',').filter((s) => s !== '').map(parseSize)
  const generators = values.generators.split(',').filter((g) => g !== '')
  const questions = (await readFile(resolve('bench/questions.txt'), 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
  const given = values['database-url']
  let cluster: PostgresCluster | undefined
  try {
    if (given === undefined) cluster = await startPostgresCluster({ settings: serverSettings })
    const results: CorpusResult[] = []
    for (const generator of generators) {
      for (const size of sizes) {
        const database = given === undefined ? await createDatabase(cluster!.url) : undefined
        try {
          results.push(await measureCorpus(`${size / 1000}k ${generator}`, await synthesize(generator, size), given ?? database!.url, questions))
        } finally {
          await database?.drop()
        }
      }
    }
    const settings = given === undefined ? `throwaway cluster, ${Object.entries(serverSettings).map(([k, v]) => `${k}=${v}`).join(', ')}` : 'the given server'
    const report = formatReport(results, settings, (performance.now() - started) / 1000)
    console.log(report)
    if (values.out !== undefined) await writeFile(values.out, `${report}\n`)
  } finally {
    await cluster?.destroy()
  }
}

await main()
