import { Worker } from 'node:worker_threads'
import type { Analyzer } from '../core/text/analyzer.js'
import { buildSearchIndex, loadSearchIndex, mergeSearchIndexes, type SearchIndex } from '../core/search-index.js'
import type { Article } from '../core/types.js'

/** What a build worker needs to index its slice exactly as the main thread would. */
export interface BuildWorkerInput {
  articles: Article[]
  userWords: readonly string[]
  discoveredWords: readonly string[]
}

/** How an index is built; below `parallelFromChars` of text it is built on the main thread alone. */
export interface BuildIndexOptions {
  userWords: readonly string[]
  discoveredWords: readonly string[]
  /**
   * Default 4,000,000 characters (about 25,000 passages): below that the worker's own jieba load
   * and the merge cost more than the second core saves (10k passages: 3.8 s alone, 4.7 s split).
   */
  parallelFromChars?: number
  /**
   * Build the whole index in the worker, so this thread keeps answering (hot reloads), once the
   * corpus has `backgroundFromChars` of text (default 300,000: below that the build takes under a second).
   */
  background?: boolean
  backgroundFromChars?: number
  /** The worker's entry module; tests point it elsewhere to make the worker fail. */
  workerUrl?: URL
  log: (message: string) => void
}

// The worker starts later (it loads its own jieba dictionary, ~1.5 s): it gets the smaller share.
const workerShare = 0.45

/**
 * Builds the search index of `articles`. A large corpus is split in two: a worker thread indexes
 * the second part while this thread indexes the first, and the halves are merged. In the
 * background the worker indexes all of it. If the worker fails, this thread indexes its part.
 */
export async function buildIndex(articles: readonly Article[], analyzer: Analyzer, options: BuildIndexOptions): Promise<SearchIndex> {
  const chars = articles.map((a) => a.paragraphs.reduce((sum, p) => sum + p.text.length, 0))
  const total = chars.reduce((sum, n) => sum + n, 0)
  const build = (part: readonly Article[]) => buildSearchIndex(part, analyzer, {}, options.discoveredWords)
  const inBackground = options.background === true && total >= (options.backgroundFromChars ?? 300_000)
  if (!inBackground && (total < (options.parallelFromChars ?? 4_000_000) || articles.length < 2)) return build(articles)
  const split = inBackground ? 0 : splitAt(chars, total * (1 - workerShare))
  const second = articles.slice(split)
  const input = { articles: second, userWords: options.userWords, discoveredWords: options.discoveredWords }
  const worker = startWorker(options.workerUrl ?? new URL('./build-worker.mjs', import.meta.url), input)
  worker.catch(() => {}) // awaited below; this only keeps a failure during our own part from going unhandled
  const first = build(articles.slice(0, split))
  let rest: SearchIndex
  try {
    rest = await loadSearchIndex(await worker)
  } catch (error) {
    options.log(`index: build worker failed (${(error as Error).message}); building its part here`)
    rest = build(second)
  }
  return mergeSearchIndexes([first, rest])
}

function splitAt(chars: readonly number[], target: number): number {
  let sum = 0
  for (let i = 0; i < chars.length; i++) {
    sum += chars[i]!
    if (sum >= target) return Math.min(i + 1, chars.length - 1)
  }
  return chars.length - 1
}

function startWorker(url: URL, input: BuildWorkerInput): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: input })
    worker.once('message', (bytes: Uint8Array) => {
      resolve(bytes)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)))
  })
}
