import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../../src/core/analyzer.js'
import { createNormalizer } from '../../../src/core/normalize.js'
import { detectQuestionType, parseQuestion } from '../../../src/core/question.js'
import { parseSynonyms } from '../../../src/core/synonyms.js'
import { createPipeSegmenter } from '../../helpers/pipe-segmenter.js'

describe('detectQuestionType', () => {
  it.each([
    ['民警是谁', 'who'],
    ['是哪一年成立的', 'when'],
    ['什么时候开始', 'when'],
    ['一共有多少人', 'how_many'],
    ['抓了几个嫌疑人', 'how_many'],
    ['属于哪个区', 'where'],
    ['在哪里', 'where'],
    ['为什么有那么多煤气瓶', 'why'],
    ['怎么帮助年轻人成长', 'how'],
    ['是哪个单位', 'which'],
    ['是讲反诈的吗？', 'yes_no'],
    ['警队品牌口号', 'what'],
  ])('reads %s as %s', (question, type) => {
    expect(detectQuestionType(question)).toBe(type)
  })
})

describe('parseQuestion', () => {
  const analyzer = createAnalyzer({ segmenter: createPipeSegmenter(), normalizer: createNormalizer(), stopWords: new Set(['有', '多少', '几', '|']) })

  it('drops the measure word that belongs to 多少 or 几', () => {
    const parsed = parseQuestion('红巷|派出所|有|多少|名|民警', analyzer, parseSynonyms(''))
    expect(parsed.words.map((w) => w.term)).toEqual(['红巷', '派出所', '民警'])
  })

  it('keeps a single-character word that does not follow a question word', () => {
    const parsed = parseQuestion('几|名|警|在|所', analyzer, parseSynonyms(''))
    expect(parsed.words.map((w) => w.term)).toEqual(['警', '在', '所'])
  })

  it('lists each word with its synonyms, itself first', () => {
    const parsed = parseQuestion('民警|多少', analyzer, parseSynonyms('民警 警察'))
    expect(parsed.words).toEqual([{ term: '民警', forms: ['民警', '警察'] }])
    expect(parsed.type).toBe('how_many')
  })
})
