import { createSimplifier } from '../adapters/opencc.js'
import { createAnalyzer, type Analyzer } from '../core/text/analyzer.js'
import { createNormalizer, type Normalizer } from '../core/text/normalize.js'
import { defaultStopWords } from '../core/text/stop-words.js'
import type { Segmenter } from '../core/types.js'

/** The normalizer corpora and questions are read with: NFKC, traditional → simplified, lower case. */
export function createCorpusNormalizer(): Normalizer {
  return createNormalizer(createSimplifier())
}

/** The analyzer a corpus is indexed and questioned with; index-building workers make the same one. */
export function createCorpusAnalyzer(segmenter: Segmenter, normalizer: Normalizer = createCorpusNormalizer()): Analyzer {
  return createAnalyzer({ segmenter, normalizer, stopWords: defaultStopWords })
}
