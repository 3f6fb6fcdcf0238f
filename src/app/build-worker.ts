import { parentPort, workerData } from 'node:worker_threads'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { buildSearchIndex, serializeIndex } from '../core/search-index.js'
import { createCorpusAnalyzer } from './corpus-analyzer.js'
import type { BuildWorkerInput } from './build-index.js'

// Builds the index of a slice of the corpus with its own jieba (each worker loads its own copy),
// inserting the words in the order the main thread did, and sends it back serialized.
const { articles, userWords, discoveredWords } = workerData as BuildWorkerInput
createJiebaSegmenter({ words: userWords })
const segmenter = createJiebaSegmenter({ words: discoveredWords })
const bytes = serializeIndex(buildSearchIndex(articles, createCorpusAnalyzer(segmenter), {}, discoveredWords))
parentPort!.postMessage(bytes, [bytes.buffer as ArrayBuffer])
