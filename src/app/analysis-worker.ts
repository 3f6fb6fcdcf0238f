import { parentPort, workerData } from 'node:worker_threads'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { createAnalysedArticleEncoder } from '../core/retrieve/analysed-passage-codec.js'
import { analyseArticle } from '../core/retrieve/indexed-passage.js'
import type { AnalysisRequest, AnalysisWorkerInput } from './parallel-analysis.js'
import { createCorpusAnalyzer } from './corpus-analyzer.js'

// Analyses the chunks of articles it is sent with its own jieba, into which the words the main
// thread's jieba received are inserted in the same order first, so both cut alike.
const { words } = workerData as AnalysisWorkerInput
const segmenter = createJiebaSegmenter({ words })
const analyzer = createCorpusAnalyzer(segmenter)
const encoder = createAnalysedArticleEncoder()
parentPort!.on('message', (request: AnalysisRequest) => {
  try {
    if (request.words.length > 0) createJiebaSegmenter({ words: request.words })
    const encoded = encoder.encode(request.articles.map((article) => analyseArticle(article, analyzer)))
    parentPort!.postMessage({ chunk: request.chunk, encoded }, [encoded.numbers.buffer as ArrayBuffer])
  } catch (error) {
    parentPort!.postMessage({ chunk: request.chunk, error: (error as Error).message })
  }
})
