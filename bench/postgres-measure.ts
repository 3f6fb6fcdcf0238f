import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { connectPostgres } from '../src/app/connect-postgres.js'
import { openPostgresLibrary } from '../src/app/open-postgres-library.js'
import { syncPostgresCorpus } from '../src/app/postgres-corpus-sync.js'
import { timeAnswers } from './time-answers.js'

// One measurement of wenda on PostgreSQL in a fresh process (spawned by bench/run.ts), as a user
// runs it with DATABASE_URL. Modes: build (`npm run index` into an empty database), serve (open the
// stored corpus, answer), update (one article edited, `npm run index` again). One JSON line on stdout.

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    corpus: { type: 'string' },
    'database-url': { type: 'string' },
    questions: { type: 'string' },
    rounds: { type: 'string', default: '5' },
  },
})
const corpusDir = values.corpus!
const urls = { url: values['database-url']! }
const quiet = () => {}

async function build(): Promise<object> {
  const pools = await connectPostgres(urls)
  try {
    const t = performance.now()
    const sync = await syncPostgresCorpus({ pool: pools.write, corpusDir, log: quiet })
    const buildMs = performance.now() - t
    const { rows } = await pools.write.query<{ bytes: string }>('select sum(pg_total_relation_size(c.oid))::bigint as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = $1', ['r'])
    return { buildMs, passages: sync.write?.passages, articles: sync.articles, databaseMB: Number(rows[0]!.bytes) / 2 ** 20, peakRssMB: process.resourceUsage().maxRSS / 1024 }
  } finally {
    await pools.close()
  }
}

async function serve(): Promise<object> {
  const questions = (await readFile(values.questions!, 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
  const t = performance.now()
  const pools = await connectPostgres(urls)
  try {
    const { library } = await openPostgresLibrary({ pools })
    const openMs = performance.now() - t
    const samples = await timeAnswers((q) => library.answer(q), questions, Number(values.rounds))
    let answered = 0
    for (const q of questions) if (!(await library.answer(q)).abstained) answered++
    const gc = (globalThis as { gc?: () => void }).gc
    gc?.()
    return { openMs, samples, answered, questions: questions.length, rssMB: process.memoryUsage().rss / 2 ** 20 }
  } finally {
    await pools.close()
  }
}

// One article edited and written again, as `npm run index` after an edit; the file is put back.
async function update(): Promise<object> {
  const pools = await connectPostgres(urls)
  const file = join(corpusDir, (await readdir(corpusDir)).filter((name) => name.endsWith('.md')).sort()[0]!)
  const original = await readFile(file, 'utf8')
  try {
    await writeFile(file, `${original}\n这一段是为了测量增量索引而加上的，派出所民警巡逻时发现了线索。\n`)
    const t = performance.now()
    const sync = await syncPostgresCorpus({ pool: pools.write, corpusDir, log: quiet })
    return { updateMs: performance.now() - t, written: sync.write?.written, full: sync.write?.full }
  } finally {
    await writeFile(file, original)
    await syncPostgresCorpus({ pool: pools.write, corpusDir, log: quiet }).catch(() => {})
    await pools.close()
  }
}

const modes: Record<string, () => Promise<object>> = { build, serve, update }
const run = modes[values.mode ?? '']
if (run === undefined) throw new Error(`--mode must be build, serve or update, not ${String(values.mode)}`)
console.log(JSON.stringify(await run()))
