import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createJiebaSegmenter, createPlainJiebaTokenizer } from '../src/adapters/jieba.js'
import { readCorpus } from '../src/adapters/corpus-files.js'
import { int32View } from '../src/app/index-files.js'
import { openLibraryWithProblems } from '../src/app/open-library.js'
import { createEmbeddedLibrary } from '../src/core/create-embedded-library.js'
import type { Answer } from '../src/core/types.js'
import { loadPassageIndex } from '../src/core/retrieve/passage-index-file.js'
import { defaultStopWords } from '../src/core/text/stop-words.js'
import { createBaselineAnswerer } from '../src/eval/baseline.js'
import { timeAnswers } from './time-answers.js'

// One measurement in a fresh process (spawned by bench/run.ts), so heap and RSS belong to it alone.
// Modes: build (open with rebuild), serve (open the saved index, answer), load (the saved index's
// files read and loaded), baseline (build + answer), update (one article changed).
// Prints one JSON line on stdout.

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    corpus: { type: 'string' },
    index: { type: 'string' },
    questions: { type: 'string' },
    rounds: { type: 'string', default: '5' },
  },
})
const corpusDir = values.corpus!
const indexDir = values.index!
const quiet = () => {}

async function readQuestions(): Promise<string[]> {
  const text = await readFile(values.questions!, 'utf8')
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
}

// Two full GCs a tick apart: memory outside the heap (large strings, file buffers) is released by
// callbacks that run after a GC, so right after one GC the index file's bytes still count.
async function memory(): Promise<{ heapMB: number; rssMB: number; peakRssMB: number }> {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  await new Promise((resolve) => setTimeout(resolve, 100))
  gc?.()
  const m = process.memoryUsage()
  return { heapMB: m.heapUsed / 2 ** 20, rssMB: m.rss / 2 ** 20, peakRssMB: process.resourceUsage().maxRSS / 1024 }
}

async function build(): Promise<object> {
  const t = performance.now()
  const { library, state } = await openLibraryWithProblems({ corpusDir, indexDir, log: quiet, rebuild: true })
  const buildMs = performance.now() - t
  // distinct terms MiniSearch indexes (words, headings, titles, pairs), and all analysed terms (with bigrams)
  const terms = state.corpus.index.miniSearch.termCount
  return { buildMs, passages: library.passageCount, articles: library.articleCount, terms, analysedTerms: state.corpus.index.documentFrequency.size, ...(await memory()) }
}

async function serve(): Promise<object> {
  const { library, state } = await openLibraryWithProblems({ corpusDir, indexDir, log: quiet })
  const questions = await readQuestions()
  const samples = await timeAnswers((q) => library.answer(q), questions, Number(values.rounds))
  // the serving process' memory: before the measurements below, which add a second answerer
  // (reading every posting) and a second copy of the index
  const used = await memory()
  let answered = 0
  for (const q of questions) if (!(await library.answer(q)).abstained) answered++
  // what the posting budget costs: questions whose first answer (or decline) is that of a search
  // reading every posting of every term
  const segmenter = createJiebaSegmenter()
  const unlimited = createEmbeddedLibrary({ corpus: state.corpus, analyzer: state.analyzer, synonyms: state.synonyms ?? new Map(), tag: segmenter.tag, generalIdf: segmenter.generalIdf, queryPlan: { postingBudget: Infinity } })
  const first = (a: Answer) => (a.abstained ? 'declined' : (a.results[0]?.source.passageId ?? ''))
  let sameFirst = 0
  for (const q of questions) if (first(await library.answer(q)) === first(await unlimited.answer(q))) sameFirst++
  return { samples, answered, sameFirst, questions: questions.length, ...used }
}

// Reading the saved files and loading them, as a start does (in one go, in this fresh process) and
// as a hot reload does (yielding to answers meanwhile, while the index first loaded is still held);
// the hash checks are left out.
// loadCpuMs: this process' CPU time over the one-go load, which other work on the machine inflates
// far less than the wall time.
async function load(): Promise<{ readMs: number; loadMs: number; loadCpuMs: number; yieldingLoadMs: number }> {
  const read = async () => ({ json: await readFile(join(indexDir, 'index.json'), 'utf8'), numbers: int32View(await readFile(join(indexDir, 'index-numbers.bin'))) })
  let t = performance.now()
  const cpu = process.cpuUsage()
  const parts = await read()
  const readMs = performance.now() - t
  const first = await loadPassageIndex(parts)
  const loadMs = performance.now() - t
  const used = process.cpuUsage(cpu)
  t = performance.now()
  const reloaded = await loadPassageIndex(await read(), { yielding: true })
  if (reloaded.passages.size !== first.passages.size) throw new Error('the reload found another index')
  return { readMs, loadMs, loadCpuMs: (used.user + used.system) / 1000, yieldingLoadMs: performance.now() - t }
}

async function baseline(): Promise<object> {
  const questions = await readQuestions()
  const t = performance.now()
  const { articles } = await readCorpus(corpusDir)
  const tokenize = createPlainJiebaTokenizer()
  const t1 = performance.now()
  const answer = createBaselineAnswerer(articles, tokenize, defaultStopWords)
  const buildMs = performance.now() - t1
  const openMs = performance.now() - t
  answer(questions[0] ?? '')
  // this process started cold and built its index in memory: this is the baseline's cold start
  const firstAnswerUptimeMs = process.uptime() * 1000
  const samples = await timeAnswers((q) => answer(q), questions, Number(values.rounds))
  const answered = questions.filter((q) => !answer(q).abstained).length
  return { buildMs, openMs, firstAnswerUptimeMs, samples, answered, questions: questions.length, ...(await memory()) }
}

// One article edited in the saved corpus and reloaded in place, as the bot's hot reload does: how
// long it takes, and the longest the event loop (which answers questions) was blocked meanwhile.
async function update(): Promise<object> {
  const opened = await openLibraryWithProblems({ corpusDir, indexDir, log: quiet })
  const file = join(corpusDir, (await readdir(corpusDir)).filter((name) => name.endsWith('.md')).sort()[0]!)
  const original = await readFile(file, 'utf8')
  let longest = 0
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 1)
  try {
    await writeFile(file, `${original}\n这一段是为了测量增量索引而加上的，派出所民警巡逻时发现了线索。\n`)
    const t = performance.now()
    const logs: string[] = []
    const next = await openLibraryWithProblems({ corpusDir, indexDir, log: (m) => logs.push(m) }, opened.state)
    const reloadMs = performance.now() - t
    const inPlace = next.state.corpus === opened.state.corpus
    return { reloadMs, maxBlockMs: longest, inPlace, log: logs.join(' | ') }
  } finally {
    clearInterval(timer)
    await writeFile(file, original)
  }
}

const modes: Record<string, () => Promise<object>> = { build, serve, load, baseline, update }
const run = modes[values.mode ?? '']
if (run === undefined) throw new Error(`--mode must be build, serve, load, baseline or update, not ${String(values.mode)}`)
console.log(JSON.stringify(await run()))
