import { describe, expect, it } from 'vitest'
import { readQuestion } from '../../../../src/core/question/read-question.js'
import { weighQuestion } from '../../../../src/core/rerank/weigh-question.js'
import { bigramKey } from '../../../../src/core/retrieve/indexed-passage.js'
import { defaultRankWeights } from '../../../../src/core/rerank/rank-weights.js'
import { createAnalyzer } from '../../../../src/core/text/analyzer.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'
import { parseSynonyms } from '../../../../src/core/text/synonyms.js'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'
import { createDictionarySegmenter } from '../../../helpers/dictionary-segmenter.js'
import { createPipeSegmenter } from '../../../helpers/pipe-segmenter.js'

const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['|']) })
const statistics = { passageCount: 1, documentFrequency: new Map<string, number>() }
const tag = createDictionaryTagger({ 王立新: 'nr', 今年: 't', 辖区: 'n', 多大: 'a', 他: 'r' })
const unitOf = (question: string) => weighQuestion(statistics, readQuestion(question, analyzer, parseSynonyms('')), defaultRankWeights, undefined, tag).question.unit

describe('weighQuestion', () => {
  it('reads 多大 after a person or a noun naming people as asking their age, and after anything else as a size', () => {
    expect(unitOf('王立新|多大')).toEqual({ kind: 'count', measure: '岁' })
    expect(unitOf('王立新|今年|多大？')).toEqual({ kind: 'count', measure: '岁' })
    expect(unitOf('他|多大')).toEqual({ kind: 'count', measure: '岁' })
    expect(unitOf('辖区|多大')).toEqual({ kind: 'any' })
    expect(unitOf('老人|多大|了')).toEqual({ kind: 'count', measure: '岁' })
    expect(unitOf('孩子|今年|多大')).toEqual({ kind: 'count', measure: '岁' })
  })

  it('leaves out the word naming an age asked of a person (王立新多大年纪), not of someone described', () => {
    const ageTag = createDictionaryTagger({ 王立新: 'nr', 多大: 'a', 年纪: 'n', 老太太: 'n' })
    const wordsOf = (question: string) => weighQuestion(statistics, readQuestion(question, analyzer, parseSynonyms('')), defaultRankWeights, undefined, ageTag).words.map((w) => w.word.term)
    expect(wordsOf('王立新|多大|年纪')).not.toContain('年纪')
    expect(wordsOf('老太太|多大|年纪')).toContain('年纪')
  })
})

describe('weighQuestion reading whom a question asks to introduce', () => {
  const identityOf = (question: string) => weighQuestion(statistics, readQuestion(question, analyzer, parseSynonyms('')), defaultRankWeights, undefined, createDictionaryTagger({ 失主: 'v', 驿站: 'n' })).question.cues.identity

  it('keeps a noun naming people (失主是干什么的) as the one asked about, but not a thing (驿站是干什么的)', () => {
    expect(identityOf('失主|是干什么的')).toBe('失主')
    expect(identityOf('驿站|是干什么的')).toBe('')
  })
})

describe('weighQuestion pairing lone characters', () => {
  it('gives a lone character the pair it stands in with its neighbour (主塔 of 主/塔), for a passage that cuts it elsewhere (主/塔高)', () => {
    const lone = createAnalyzer({ segmenter: createDictionarySegmenter(['有', '多', '高']), normalizer: createNormalizer(), stopWords: new Set(['有', '多', '高']) })
    const words = weighQuestion(statistics, readQuestion('主塔有多高', lone, parseSynonyms(''))).words
    expect(words.map((w) => [w.word.term, w.bigrams])).toEqual([['主', ['主塔']], ['塔', ['主塔']]].map(([term, pairs]) => [term, (pairs as string[]).map(bigramKey)]))
  })
})

describe('weighQuestion reading the focus', () => {
  const focusTag = createDictionaryTagger({ 王立新: 'nr', 在: 'p', 哪个: 'r', 派出所: 'n', 工作: 'vn', 单位: 'n', 上班: 'v', 民警: 'n', 巡逻: 'v', 路线: 'n', 哪几个: 'l', 站点: 'n', 暂停: 'd', 使用: 'v' })
  const cutter = createAnalyzer({ segmenter: createDictionarySegmenter(['王立新', '在', '哪个', '派出所', '工作', '单位', '上班', '民警', '巡逻', '路线', '哪几个', '站点', '暂停', '使用']), normalizer: createNormalizer(), stopWords: new Set(['在', '哪个', '哪几个']) })
  const focusOf = (question: string) => weighQuestion(statistics, readQuestion(question, cutter, parseSynonyms('')), defaultRankWeights, undefined, focusTag).question.focus

  it('takes the noun before a verb the question word ran on into (哪个派出所工作) for the focus', () => {
    expect(readQuestion('王立新在哪个派出所工作', cutter, parseSynonyms('')).focus).toBe('工作')
    expect(focusOf('王立新在哪个派出所工作')).toBe('派出所')
    expect(focusOf('王立新在哪个单位上班')).toBe('单位')
  })

  it('takes the noun before an adverb and a verb (哪几个站点暂停使用) for the focus', () => {
    expect(focusOf('哪几个站点暂停使用')).toBe('站点')
  })

  it('keeps a noun focus as it is', () => {
    expect(focusOf('民警巡逻哪个路线')).toBe('路线')
  })
})
