import { parentPort, workerData } from 'node:worker_threads'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import type { BuildWorkerInput } from './build-index.js'
import { createCorpusAnalyzer } from './corpus-analyzer.js'
import { buildAndSave, countCorpusChars } from './index-files.js'
import { countAnalysisWorkers } from './parallel-analysis.js'

// Builds and saves the index with this worker's own jieba (each thread loads its own copy), the
// user words inserted first as on the main thread; reports success or the error's message.
const { articles, userWords, indexDir, key } = workerData as BuildWorkerInput
try {
  const segmenter = createJiebaSegmenter({ words: userWords })
  // the thread that started this one keeps answering questions meanwhile: a core stays free for it
  const helpers = countAnalysisWorkers(countCorpusChars(articles), 2)
  await buildAndSave(articles, createCorpusAnalyzer(segmenter), segmenter, { indexDir, key, log: () => {} }, helpers)
  parentPort!.postMessage({})
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message })
}
