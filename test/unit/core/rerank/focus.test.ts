import { describe, expect, it } from 'vitest'
import { findFocusForms, isFocusFound, isRoleQuestion } from '../../../../src/core/rerank/focus.js'
import type { ParsedQuestion } from '../../../../src/core/question/read-question.js'
import type { WeightedQuestion } from '../../../../src/core/rerank/weigh-question.js'

const question = (type: ParsedQuestion['type'], focus: string): ParsedQuestion => ({
  text: '', normalized: '', type, words: [], bigrams: [], pairs: [], unit: { kind: 'any' }, focus, numbers: [], numberUnits: [], cues: { askedForms: [], act: '', plural: false, identity: '', located: '', honoured: '', speaker: '', source: '', ordinal: 0, asserted: [], conferred: '', event: [] },
})

const weighted = (type: ParsedQuestion['type'], focus: string, noun: boolean): WeightedQuestion => ({
  question: question(type, focus),
  words: [{ word: { term: focus, forms: [focus, '警察'], within: '' }, weight: 1, bigrams: [], noun, name: false, coined: false, parts: [] }],
  bigrams: [],
  forms: new Set([focus]),
  persons: [],
})

describe('isRoleQuestion', () => {
  it('is true for 谁 and 多少 questions only', () => {
    expect(isRoleQuestion(question('who', '所长'))).toBe(true)
    expect(isRoleQuestion(question('how_many', '党员'))).toBe(true)
    expect(isRoleQuestion(question('which', '银行'))).toBe(false)
  })
})

describe('isFocusFound', () => {
  it('is true when the passage holds the focus or a synonym of it', () => {
    expect(isFocusFound(weighted('who', '民警', true), new Set(['警察']))).toBe(true)
  })

  it('finds 负责人 or 一把手 as the title of whoever heads a body (主任, 大队长), not as 增长 or 家长', () => {
    expect(isFocusFound(weighted('who', '负责人', true), new Set(['中心']), '中心主任周慧敏介绍')).toBe(true)
    expect(isFocusFound(weighted('who', '一把手', true), new Set(['大队']), '大队长蔡奕说')).toBe(true)
    expect(isFocusFound(weighted('who', '负责人', true), new Set(['增长']), '收入同比增长9.8%，家长很满意')).toBe(false)
  })

  it('finds 部门 or 单位 as the name of an office or a body (县气象台, 市社保中心), not as a lone 局 or 台', () => {
    expect(isFocusFound(weighted('which', '部门', true), new Set(['气象台']), '县自然资源局和县气象台联合发布预警')).toBe(true)
    expect(isFocusFound(weighted('which', '机构', true), new Set(['中心']), '由市社保中心负责')).toBe(true)
    expect(isFocusFound(weighted('which', '部门', true), new Set(['阳台']), '台上放着花')).toBe(false)
  })

  it('is false when the passage lacks it', () => {
    expect(isFocusFound(weighted('who', '民警', true), new Set(['所长']))).toBe(false)
  })

  it('ignores a focus that is no noun', () => {
    expect(isFocusFound(weighted('who', '巡逻', false), new Set(['所长']))).toBe(true)
  })

  it('takes a focus jieba tags a verb for a noun when the question gives it as what something has (江城队的对手)', () => {
    const q = weighted('who', '对手', false)
    q.question.normalized = '江城队的对手是谁'
    expect(isFocusFound(q, new Set(['主教练']))).toBe(false)
    expect(isFocusFound(q, new Set(['对手']))).toBe(true)
  })

  it('finds a compound written with a short modifier inside (挽回经济损失 for 挽回损失), but not its parts far apart', () => {
    const part = (term: string) => ({ word: { term, forms: [term], within: '挽回损失' }, weight: 1, bigrams: [], noun: true, name: false, coined: false, parts: [] })
    const q = weighted('how_many', '挽回损失', true)
    q.words[0]!.parts.push(part('挽回'), part('损失'))
    const terms = new Set(['挽回', '损失'])
    expect(isFocusFound(q, terms, '为群众挽回经济损失3100万元。')).toBe(true)
    expect(isFocusFound(q, terms, '挽回了颜面，但造成的各种财产损失很大。')).toBe(false)
    expect(isFocusFound(q, terms)).toBe(false)
  })
})

describe('findFocusForms', () => {
  const withNear = (type: ParsedQuestion['type']): WeightedQuestion => {
    const q = weighted(type, '徒弟', true)
    return { ...q, words: q.words.map((w) => ({ ...w, word: { ...w.word, forms: ['徒弟', '弟子'], near: ['师徒'] } })) }
  }

  it('gives the focus word\'s forms, and for 谁 its near-synonyms too', () => {
    expect(findFocusForms(withNear('who'))).toEqual(['徒弟', '弟子', '师徒'])
    expect(findFocusForms(withNear('name'))).toEqual(['徒弟', '弟子'])
    expect(findFocusForms({ ...weighted('who', '所长', true), question: question('who', '') })).toBeUndefined()
  })
})
