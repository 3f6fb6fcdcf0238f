import { spawn } from 'node:child_process'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { formatArticle } from '../src/adapters/article-markdown.js'
import { readCorpus } from '../src/adapters/corpus-files.js'
import { collectMaterial, readSeedArticles, readVocabulary, synthesizeArticles } from './synthesize.js'
import { startPostgresCluster, type PostgresCluster } from '../test/helpers/postgres-cluster.js'
import { createDatabase } from '../test/helpers/postgres-database.js'
import { benchServerSettings } from './postgres-settings.js'
import { formatReport, type CorpusResult, type PostgresResult } from './report.js'

// npm run bench [-- --sizes 1k,10k,100k] [--quick] [--profile] [--seed 42] [--no-postgres] [--out FILE]
// Every measurement runs in a fresh child process; see bench/measure.ts and bench/cold-start.ts.

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    generators: { type: 'string' },
    // wenda on PostgreSQL beside the embedded engine, for corpora of 10k passages and more
    postgres: { type: 'boolean', default: true },
    'no-postgres': { type: 'boolean' },
    out: { type: 'string' },
  },
})
const withPostgres = values['no-postgres'] !== true
const quick = values.quick === true
const sizes = (values.sizes ?? (quick ? '1k' : '1k,10k,100k')).split(',').filter((s) => s !== '').map(parseSize)
// recombined: the real corpus' sentences recombined (few distinct terms: pessimistic); zipf: the
// same plus sentences of words drawn from jieba's dictionary by frequency (a news-like vocabulary)
const generators = (values.generators ?? 'recombined,zipf').split(',').filter((g) => g !== '')
for (const g of generators) if (g !== 'recombined' && g !== 'zipf') throw new Error(`--generators takes recombined and zipf, not ${JSON.stringify(g)}`)
const rounds = quick ? 2 : 5
const out = resolve('bench/out')
const questionsFile = resolve('bench/questions.txt')

function parseSize(text: string): number {
  const m = /^(\d+)(k?)$/.exec(text.trim())
  if (m === null) throw new Error(`--sizes takes counts like 1k,10k,100k, not ${JSON.stringify(text)}`)
  return Number(m[1]) * (m[2] === 'k' ? 1000 : 1)
}

const label = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n))
const log = (message: string) => process.stderr.write(`bench: ${message}\n`)

interface ChildResult {
  json: Record<string, unknown>
  wallMs: number
}

// Node's flags as `npm start` gives them (package.json), for wenda and the baseline alike.
const serverNodeArgs = ['--v8-pool-size=0', '--max-semi-space-size=32']

function runChild(script: string, args: string[], extraNodeArgs: string[] = []): Promise<ChildResult> {
  const started = performance.now()
  const child = spawn(process.execPath, [...serverNodeArgs, '--import', 'tsx', '--expose-gc', ...extraNodeArgs, resolve('bench', script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let stdout = ''
  let wallMs = 0
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    // the answer line marks the end of the cold start; process exit would add teardown time
    if (wallMs === 0 && stdout.includes('\n')) wallMs = performance.now() - started
  })
  return new Promise((done, fail) => {
    child.on('error', fail)
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`${script} ${args.join(' ')} exited ${code}`))
      done({ json: JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>, wallMs })
    })
  })
}

async function sizeOfDir(dir: string, names: RegExp): Promise<number> {
  let total = 0
  for (const name of await readdir(dir)) if (names.test(name)) total += (await stat(join(dir, name))).size
  return total
}

// Every question the project has (its question sets and the bench's), each asked once: varied
// traffic, where the serve row asks 40 questions again and again.
async function listSoakQuestions(): Promise<string[]> {
  const fixtures = resolve('test/fixtures')
  return [...(await readdir(fixtures)).filter((name) => name.endsWith('.jsonl')).sort().map((name) => join(fixtures, name)), questionsFile]
}

async function writeCorpus(dir: string, passages: number, seed: number, generator: string): Promise<void> {
  const real = await readCorpus(resolve('corpus'))
  const articles = real.articles.length > 0 ? real.articles : await readSeedArticles(resolve('test/fixtures/seeds'))
  const vocabulary = generator === 'zipf' ? readVocabulary(await readFile(createRequire(import.meta.url)('nodejieba').DEFAULT_DICT as string, 'utf8')) : undefined
  const synthetic = synthesizeArticles(collectMaterial(articles), passages, seed, vocabulary)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  // plain writes: the bench owns this folder and nothing reads it while it is written
  for (const article of synthetic) await writeFile(join(dir, `${article.id}.md`), formatArticle(article))
}

async function measureCorpus(name: string, corpusDir: string): Promise<CorpusResult> {
  const indexDir = join(out, `index-${name.replace(' ', '-')}`)
  await rm(indexDir, { recursive: true, force: true })
  const common = ['--corpus', corpusDir, '--index', indexDir, '--questions', questionsFile, '--rounds', String(rounds)]
  const prof = values.profile ? ['--cpu-prof', '--cpu-prof-dir', join(out, 'profiles'), '--cpu-prof-name', `build-${name}.cpuprofile`] : []
  log(`${name}: building`)
  const build = await runChild('measure.ts', ['--mode', 'build', ...common], prof)
  const coldRuns = name.startsWith('100') || quick ? 1 : 2
  const cold: number[] = []
  for (let i = 0; i < coldRuns; i++) {
    log(`${name}: cold start ${i + 1}/${coldRuns}`)
    cold.push((await runChild('cold-start.ts', ['--corpus', corpusDir, '--index', indexDir])).wallMs)
  }
  log(`${name}: answering`)
  const serve = await runChild('measure.ts', ['--mode', 'serve', ...common])
  log(`${name}: loading`)
  const load = await runChild('measure.ts', ['--mode', 'load', ...common])
  log(`${name}: memory under varied questions`)
  const soak = (await runChild('memory-soak.ts', ['--corpus', corpusDir, '--index', indexDir, '--idle', '10', ...(await listSoakQuestions())])).json
  // never on the real corpus: the measurement edits one article file (and puts it back)
  const update = name === 'seeds' ? { json: {} } : (log(`${name}: one article changed`), await runChild('measure.ts', ['--mode', 'update', ...common]))
  log(`${name}: baseline`)
  const baseline = await runChild('measure.ts', ['--mode', 'baseline', ...common])
  const postgres = withPostgres && Number(build.json.passages) >= 10_000 ? await measurePostgres(name, corpusDir) : undefined
  return {
    postgres,
    name,
    textBytes: await sizeOfDir(corpusDir, /\.md$/),
    indexBytes: await sizeOfDir(indexDir, /^(index\.json|index-numbers\.bin|manifest\.json|corpus\.json)$/),
    build: build.json,
    serve: { ...serve.json, ...load.json },
    soak,
    update: update.json,
    baseline: baseline.json,
    coldMs: Math.min(...cold),
    // the baseline's measuring process is itself a cold start (it builds in memory, then answers);
    // a second spawn would cost the 100k run another full baseline build
    baselineColdMs: Number(baseline.json.firstAnswerUptimeMs),
  }
}

// One throwaway cluster for the run (bench settings), started on the first corpus that needs it.
let cluster: PostgresCluster | undefined

// wenda with DATABASE_URL on a fresh database: npm run index, answers in a fresh process, one article re-indexed.
async function measurePostgres(name: string, corpusDir: string): Promise<PostgresResult> {
  cluster ??= await startPostgresCluster({ settings: benchServerSettings })
  const database = await createDatabase(cluster.url)
  try {
    const common = ['--corpus', corpusDir, '--database-url', database.url]
    log(`${name}: PostgreSQL build (npm run index)`)
    const build = await runChild('postgres-measure.ts', ['--mode', 'build', ...common], ['--max-old-space-size=8192'])
    log(`${name}: PostgreSQL answering`)
    const serve = await runChild('postgres-measure.ts', ['--mode', 'serve', ...common, '--questions', questionsFile, '--rounds', String(rounds)])
    log(`${name}: PostgreSQL one article changed`)
    const update = await runChild('postgres-measure.ts', ['--mode', 'update', ...common])
    return { build: build.json, serve: serve.json, update: update.json }
  } finally {
    await database.drop()
  }
}

// bench/bot-throughput.ts and bench/replicas.ts print a markdown table (lost or doubled replies are
// columns of it; bot-throughput.ts also exits 1 on any).
function runBotBench(script: string, questions: number): Promise<string> {
  const args = ['--import', 'tsx', resolve('bench', script), '--questions', String(questions), '--users', '50']
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  return new Promise((done, fail) => {
    child.on('error', fail)
    child.on('close', (code) => (code === 0 ? done(stdout.replace(/^# /, '## ')) : fail(new Error(`${script} failed (exit ${code}):\n${stdout}`))))
  })
}

async function main(): Promise<void> {
  const started = Date.now()
  // other work on the machine inflates every timing: the run states how busy it was
  const loads: number[] = [loadavg()[0]!]
  const sampler = setInterval(() => loads.push(loadavg()[0]!), 10_000)
  await mkdir(out, { recursive: true })
  const results: CorpusResult[] = [await measureCorpus('seeds', resolve('corpus'))]
  for (const size of sizes) {
    for (const generator of generators) {
      const name = generator === 'zipf' ? `${label(size)} zipf` : label(size)
      const dir = join(out, `corpus-${name.replace(' ', '-')}`)
      log(`${name}: writing synthetic corpus`)
      await writeCorpus(dir, size, Number(values.seed) + size, generator)
      results.push(await measureCorpus(name, dir))
    }
  }
  await cluster?.destroy()
  log('bot throughput')
  const polling = await runBotBench('bot-throughput.ts', quick ? 1000 : 5000)
  // webhook replicas with their state in memory, in PostgreSQL, and two sharing it
  const replicas = withPostgres ? await runBotBench('replicas.ts', quick ? 1000 : 3000) : ''
  const bot = [polling, replicas].filter((table) => table !== '').join('\n')
  const machine = `${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, Node ${process.version}, ${process.platform}`
  clearInterval(sampler)
  const load = { mean: loads.reduce((a, b) => a + b, 0) / loads.length, max: Math.max(...loads) }
  const report = formatReport(results, { machine, date: new Date().toISOString(), rounds, quick, totalSeconds: (Date.now() - started) / 1000, load })
  const full = `${report}\n${bot}`
  console.log(full)
  // a smoke run must not overwrite the committed full results
  const file = values.out !== undefined ? resolve(values.out) : quick ? join(out, 'results-quick.md') : resolve('bench/results.md')
  await writeFile(file, full)
  log(`written to ${file}`)
}

await main()
