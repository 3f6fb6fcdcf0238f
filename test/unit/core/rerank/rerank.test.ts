import { describe, expect, it } from 'vitest'
import { readQuestion } from '../../../../src/core/question/read-question.js'
import { defaultRankWeights } from '../../../../src/core/rerank/rank-weights.js'
import { answerKindWeight } from '../../../../src/core/rerank/rerank.js'
import { weighQuestion } from '../../../../src/core/rerank/weigh-question.js'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import { parseSynonyms } from '../../../../src/core/text/synonyms.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['的', '是', '谁', '|']) })
const statistics = { passageCount: 1, documentFrequency: new Map<string, number>() }

describe('answerKindWeight', () => {
  const weightFor = (question: string) => answerKindWeight(weighQuestion(statistics, readQuestion(question, analyzer, parseSynonyms(''))), defaultRankWeights)

  it('weighs a count in the unit the question names more than any other answer kind', () => {
    expect(weightFor('党员|有|多少人')).toBe(defaultRankWeights.answerKindWithUnit)
    expect(weightFor('党员|有|多少')).toBe(defaultRankWeights.answerKind)
    expect(weightFor('所长|是|谁')).toBe(defaultRankWeights.answerKind)
    expect(defaultRankWeights.answerKindWithUnit).toBeGreaterThan(defaultRankWeights.answerKind)
  })
})
