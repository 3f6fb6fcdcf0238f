import { Worker } from 'node:worker_threads'
import type { Article } from '../core/types.js'

/** What a build worker needs to index and save a corpus exactly as the main thread would. */
export interface BuildWorkerInput {
  articles: Article[]
  /** Words the segmenter gets first (corpus terms, synonyms), as the main thread inserted them. */
  userWords: readonly string[]
  indexDir: string
  key: string
}

/**
 * Builds and saves the index on a worker thread (with its own jieba), so this thread keeps
 * answering from the old index meanwhile; resolves once the index is saved, rejects if the worker fails.
 */
export function buildInWorker(input: BuildWorkerInput, workerUrl = new URL('./build-worker.mjs', import.meta.url)): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: input })
    worker.once('message', (message: { error?: string }) => {
      if (message.error === undefined) resolve()
      else reject(new Error(message.error))
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)))
  })
}
