import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { listInsertedWords } from '../adapters/jieba.js'
import { createAnalysedArticleEncoder, type EncodedArticles } from '../core/retrieve/analysed-passage-codec.js'
import { analyseArticle, type AnalysedPassage } from '../core/retrieve/indexed-passage.js'
import type { PassageIndexBuilder } from '../core/retrieve/passage-index-builder.js'
import type { Analyzer } from '../core/text/analyzer.js'
import type { Article } from '../core/types.js'

/** What an analysis worker starts with: the words inserted into this thread's jieba so far, in order. */
export interface AnalysisWorkerInput {
  words: readonly string[]
}

/** A chunk of articles for a worker, with the words inserted into this thread's jieba since its last request. */
export interface AnalysisRequest {
  chunk: number
  articles: Article[]
  words: readonly string[]
}

/** Terms for a worker to sort, between analyses. */
export interface SortRequest {
  sort: readonly string[]
}

type AnalysisReply = { chunk: number; encoded: EncodedArticles } | { chunk: number; error: string } | { sorted: Int32Array }

/** Threads that analyse articles beside this one, each with its own jieba (~0.6 s and ~110 MB to start). */
export interface AnalysisPool {
  /**
   * Analyses the articles with the workers and this thread into `builder` (source 0 is this thread,
   * 1… the workers), articles in the given order. Words inserted into this thread's jieba before the
   * call are inserted into the workers' first. A worker that fails leaves its chunks to this thread.
   */
  analyse(articles: readonly Article[], analyzer: Analyzer, builder: Pick<PassageIndexBuilder, 'addTerms' | 'add'>): Promise<void>
  /**
   * Sorts terms on a worker, in the order `Array.prototype.sort` gives, while this thread does
   * other work: resolves to their positions in sorted order, or undefined when no worker is left.
   */
  sortTerms(terms: readonly string[]): Promise<Int32Array | undefined>
  /** Stops the workers; the pool cannot be used afterwards. */
  close(): Promise<void>
}

/** How articles are shared out. */
export interface AnalysisPoolOptions {
  /** Articles per chunk a worker is sent: enough that a message carries a few hundred passages. Default 32. */
  chunkArticles: number
  /** The worker module; default `analysis-worker.mjs` beside this file. */
  workerUrl: URL
}

// chunks a worker holds: enough that it has the next at hand while this thread is busy adding
const inFlight = 3
// how long this thread waits for a worker's reply before analysing an article itself, in ms
const idleMs = 2

const defaults: AnalysisPoolOptions = { chunkArticles: 32, workerUrl: new URL('./analysis-worker.mjs', import.meta.url) }

/**
 * Threads worth starting to analyse a corpus of `chars` characters: one per core beyond the
 * `busy` threads (default 1, the builder's own), at most 3 (each holds its own jieba), and none
 * below 1,000,000 characters (where the whole analysis takes about as long as starting a worker).
 */
export function countAnalysisWorkers(chars: number, busy = 1): number {
  return chars < 1_000_000 ? 0 : Math.max(0, Math.min(3, availableParallelism() - busy))
}

/** Starts `count` analysis workers now, so they load jieba while this thread does something else. */
export function startAnalysisPool(count: number, options: Partial<AnalysisPoolOptions> = {}): AnalysisPool {
  const opts = { ...defaults, ...options }
  const startWords = [...listInsertedWords()]
  const workers = Array.from({ length: count }, () => startWorker(opts.workerUrl, startWords))
  const analyse = async (articles: readonly Article[], analyzer: Analyzer, builder: Pick<PassageIndexBuilder, 'addTerms' | 'add'>) => {
    const chunks: Article[][] = []
    for (let i = 0; i < articles.length; i += opts.chunkArticles) chunks.push(articles.slice(i, i + opts.chunkArticles))
    const encoder = createAnalysedArticleEncoder()
    const done = new Map<number, { source: number; encoded: EncodedArticles }>()
    // chunks not handed out yet, in reading order: passages are added in that order, so every
    // thread takes the earliest and a chunk waits for the ones before it for a chunk's time at most
    const pending = chunks.map((_, i) => i)
    let handed = 0
    // a source's terms are taken as its batches arrive, its passages in the articles' order
    const arrived = (chunk: number, source: number, encoded: EncodedArticles) => {
      builder.addTerms(source, encoded.newTerms)
      done.set(chunk, { source, encoded })
      for (let next = done.get(handed); next !== undefined; next = done.get(handed)) {
        done.delete(handed++)
        builder.add(next.source, next.encoded)
      }
    }
    await new Promise<void>((resolve) => {
      // This thread adds every passage to MiniSearch, most of a build, so it analyses only when it
      // has waited a moment for the workers' next reply in vain (or has no worker left), an
      // article per turn of the event loop: replies arriving meanwhile are added, and the workers
      // sent more, without waiting for a whole chunk.
      let own: { chunk: number; analysed: AnalysedPassage[][] } | undefined
      let wake: ReturnType<typeof setTimeout> | undefined
      let soon = false
      const next = () => {
        clearTimeout(wake)
        if (handed === chunks.length) resolve()
        else if (own !== undefined || !workers.some((worker) => worker.alive)) {
          if (!soon) {
            soon = true
            setImmediate(work)
          }
        } else if (pending.length > 0) wake = setTimeout(work, idleMs)
      }
      const work = () => {
        soon = false
        if (own === undefined) {
          const chunk = pending.shift()
          if (chunk === undefined) return
          own = { chunk, analysed: [] }
        }
        const articles = chunks[own.chunk]!
        own.analysed.push(analyseArticle(articles[own.analysed.length]!, analyzer))
        if (own.analysed.length === articles.length) {
          const { chunk, analysed } = own
          own = undefined
          arrived(chunk, 0, encoder.encode(analysed))
        }
        next()
      }
      const feed = (worker: RunningWorker) => {
        while (worker.alive && worker.inFlight.size < inFlight && pending.length > 0) {
          const chunk = pending.shift()!
          worker.send(chunk, chunks[chunk]!)
        }
      }
      workers.forEach((worker, i) => {
        worker.onReply = (chunk, encoded) => {
          if (encoded !== undefined) arrived(chunk, i + 1, encoded)
          else {
            // a failed worker's chunk goes back among the others, in reading order
            pending.push(chunk)
            pending.sort((a, b) => a - b)
          }
          feed(worker)
          next()
        }
        feed(worker)
      })
      next()
    })
  }
  const close = async () => {
    await Promise.all(workers.map((worker) => worker.stop()))
  }
  const sortTerms = async (terms: readonly string[]) => {
    const worker = workers.find((one) => one.alive)
    return worker === undefined ? undefined : worker.sort(terms)
  }
  return { analyse, sortTerms, close }
}

interface RunningWorker {
  alive: boolean
  inFlight: Set<number>
  /** A chunk's analysis, or undefined when the worker failed (it is not sent more). */
  onReply: (chunk: number, encoded: EncodedArticles | undefined) => void
  send(chunk: number, articles: Article[]): void
  /** The terms' positions in sorted order, or undefined when the worker fails first. */
  sort(terms: readonly string[]): Promise<Int32Array | undefined>
  stop(): Promise<void>
}

function startWorker(url: URL, words: readonly string[]): RunningWorker {
  const worker = new Worker(url, { workerData: { words } satisfies AnalysisWorkerInput })
  let wordsSent = words.length
  const sorts: ((sorted: Int32Array | undefined) => void)[] = []
  const running: RunningWorker = {
    alive: true,
    inFlight: new Set(),
    onReply: () => {},
    send(chunk, articles) {
      const all = listInsertedWords()
      running.inFlight.add(chunk)
      worker.postMessage({ chunk, articles, words: all.slice(wordsSent) } satisfies AnalysisRequest)
      wordsSent = all.length
    },
    sort: (terms) =>
      new Promise((resolve) => {
        sorts.push(resolve)
        worker.postMessage({ sort: terms } satisfies SortRequest)
      }),
    stop: async () => {
      running.alive = false
      for (const resolve of sorts.splice(0)) resolve(undefined)
      await worker.terminate()
    },
  }
  // a failed worker's chunks go back to the others; it is not sent more
  const fail = () => {
    if (!running.alive) return
    running.alive = false
    for (const chunk of running.inFlight) running.onReply(chunk, undefined)
    running.inFlight.clear()
    for (const resolve of sorts.splice(0)) resolve(undefined)
  }
  worker.on('message', (reply: AnalysisReply) => {
    if ('sorted' in reply) return sorts.shift()?.(reply.sorted)
    running.inFlight.delete(reply.chunk)
    // after a failed chunk the worker's numbering is out of step with what was taken: it is done
    if ('error' in reply) fail()
    running.onReply(reply.chunk, 'error' in reply ? undefined : reply.encoded)
  })
  worker.on('error', fail)
  worker.on('exit', fail)
  return running
}
