import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/core/analyzer.js'
import { createNormalizer } from '../../../src/core/normalize.js'
import { parseQuestion } from '../../../src/core/question.js'
import { defaultRankWeights, measureCoverage, passageTerms, weighQuestion } from '../../../src/core/rank.js'
import { buildSearchIndex } from '../../../src/core/search-index.js'
import { parseSynonyms } from '../../../src/core/synonyms.js'
import type { Article } from '../../../src/core/types.js'
import { createPipeSegmenter } from '../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '是', '谁', '|']) })
const article = (id: string, text: string): Article => ({
  id, title: '', subtitle: '', newspaper: '', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading: '', text }],
})
// 所长 as a word in one passage, only as two characters inside 副所长 in the other
const index = buildSearchIndex([article('a', '所长|金|天红|组织|协商'), article('b', '副所长|金|天红|组织|协商')], analyzer)
const coverageOf = (question: string, passage: number) => {
  const q = weighQuestion(index, parseQuestion(question, analyzer, parseSynonyms('')))
  return measureCoverage(q, passageTerms(index.passages[passage]!), defaultRankWeights).words
}

describe('measureCoverage', () => {
  it('counts a word the passage has as a word in full', () => {
    expect(coverageOf('所长|是|谁', 0)).toBe(1)
  })

  it('gives a two-character word found only inside a longer word the pair credit', () => {
    expect(coverageOf('所长|是|谁', 1)).toBeCloseTo(defaultRankWeights.pairCredit)
  })
})
