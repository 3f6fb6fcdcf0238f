import { parentPort, workerData } from 'node:worker_threads'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { createAnalysedArticleEncoder } from '../core/retrieve/analysed-passage-codec.js'
import { analyseArticle } from '../core/retrieve/indexed-passage.js'
import type { AnalysisRequest, AnalysisWorkerInput, SortRequest } from './parallel-analysis.js'
import { createCorpusAnalyzer } from './corpus-analyzer.js'

// Analyses the chunks of articles it is sent with its own jieba, into which the words the main
// thread's jieba received are inserted in the same order first, so both cut alike.
const { words } = workerData as AnalysisWorkerInput
const segmenter = createJiebaSegmenter({ words })
const analyzer = createCorpusAnalyzer(segmenter)
const encoder = createAnalysedArticleEncoder()
parentPort!.on('message', (request: AnalysisRequest | SortRequest) => {
  if ('sort' in request) {
    const sorted = sortPositions(request.sort)
    parentPort!.postMessage({ sorted }, [sorted.buffer as ArrayBuffer])
    return
  }
  try {
    if (request.words.length > 0) createJiebaSegmenter({ words: request.words })
    const encoded = encoder.encode(request.articles.map((article) => analyseArticle(article, analyzer)))
    parentPort!.postMessage({ chunk: request.chunk, encoded }, [encoded.numbers.buffer as ArrayBuffer])
  } catch (error) {
    parentPort!.postMessage({ chunk: request.chunk, error: (error as Error).message })
  }
})

// The positions of the terms in sorted order: the strings sorted as they are (much quicker than
// sorting positions with a comparing function), then each found again.
function sortPositions(terms: readonly string[]): Int32Array {
  const position = new Map<string, number>()
  terms.forEach((term, i) => position.set(term, i))
  const sorted = [...terms].sort()
  const positions = new Int32Array(sorted.length)
  sorted.forEach((term, i) => (positions[i] = position.get(term)!))
  return positions
}
