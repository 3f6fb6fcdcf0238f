import { describe, expect, it } from 'vitest'
import { readQuestion } from '../../../../src/core/question/read-question.js'
import { weighQuestion } from '../../../../src/core/rerank/weigh-question.js'
import { defaultRankWeights } from '../../../../src/core/rerank/rank-weights.js'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import { parseSynonyms } from '../../../../src/core/text/synonyms.js'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['|']) })
const statistics = { passageCount: 1, documentFrequency: new Map<string, number>() }
const tag = createDictionaryTagger({ 王立新: 'nr', 今年: 't', 辖区: 'n', 多大: 'a', 他: 'r' })
const unitOf = (question: string) => weighQuestion(statistics, readQuestion(question, analyzer, parseSynonyms('')), defaultRankWeights, undefined, tag).question.unit

describe('weighQuestion', () => {
  it('reads 多大 after a person as asking their age, and after anything else as a size', () => {
    expect(unitOf('王立新|多大')).toEqual({ kind: 'count', measure: '岁' })
    expect(unitOf('王立新|今年|多大？')).toEqual({ kind: 'count', measure: '岁' })
    expect(unitOf('他|多大')).toEqual({ kind: 'count', measure: '岁' })
    expect(unitOf('辖区|多大')).toEqual({ kind: 'any' })
  })
})
