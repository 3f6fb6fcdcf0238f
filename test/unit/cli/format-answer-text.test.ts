import { describe, expect, it } from 'vitest'
import { formatAnswerText, markBold } from '../../../src/cli/format-answer-text.js'
import type { Answer } from '../../../src/core/types.js'
import { messagesFor } from '../../../src/messages.js'

const source = { id: '000', title: '红巷', newspaper: '浙江法制报', date: '2021-07-01', page: '4', paragraph: 3, heading: '', passageId: '000#3' }
const answer: Answer = {
  question: '七大队有几个博士？',
  abstained: false,
  results: [{ text: '七大队有博士3名。大队长说。', sentence: '七大队有博士3名。', terms: ['七大队', '博士'], score: 1, source }],
}

describe('formatAnswerText', () => {
  it('prints plain text by default, for pipes and files', () => {
    expect(formatAnswerText(answer)).not.toContain('\x1b[')
    expect(formatAnswerText(answer)).toContain('七大队有博士3名。')
  })

  it('prints the snippet once on a terminal, its sentence underlined and the matched terms in bold', () => {
    const text = formatAnswerText(answer, undefined, { bold: true })
    expect(text).toContain('1. \x1b[4m\x1b[1m七大队\x1b[22m有\x1b[1m博士\x1b[22m3名。\x1b[24m大队长说。')
    expect(text.match(/\x1b\[1m七大队/g)).toHaveLength(1)
  })

  it('prints the sentence, then the snippet, in a pipe or a file', () => {
    expect(formatAnswerText(answer).split('\n').slice(1, 4)).toEqual(['', '1. 七大队有博士3名。', '   七大队有博士3名。大队长说。'])
  })

  it('prints a snippet that is only its sentence once, in a pipe or a file', () => {
    const alone: Answer = { ...answer, results: [{ ...answer.results[0]!, text: '七大队有博士3名。' }] }
    expect(formatAnswerText(alone).split('\n').slice(1)).toEqual(['', '1. 七大队有博士3名。', `   —— ${messagesFor('zh').citation(source)}`])
  })
})

describe('formatAnswerText for follow-ups and declines', () => {
  it('says under the question what a follow-up was read against', () => {
    expect(formatAnswerText({ ...answer, assumed: '七大队' }).split('\n').slice(0, 2)).toEqual(['七大队有几个博士？', '  （按上一问：七大队）'])
  })

  it('says under the question which name a person it described was read as', () => {
    const described = { ...answer, described: { words: '那个大队长', name: '蔡奕' } }
    expect(formatAnswerText(described).split('\n').slice(0, 2)).toEqual(['七大队有几个博士？', '  （那个大队长：按文中的蔡奕来答）'])
    expect(formatAnswerText(described, messagesFor('en')).split('\n')[1]).toBe('  (Read 那个大队长 as 蔡奕, whom the articles describe so)')
  })

  it('tells a declined question without Chinese to ask in Chinese, with the example given', () => {
    const declined: Answer = { question: 'How many?', abstained: true, results: [], related: [] }
    expect(formatAnswerText(declined, messagesFor('en'), { example: '七大队有几个博士？' })).toBe(
      'How many?\n  （Sorry, I found no reliable answer in the articles I have read.）\n  The articles are in Chinese: please ask in Chinese, e.g. 七大队有几个博士？',
    )
    expect(formatAnswerText({ ...declined, question: '几个？' })).not.toContain('中文提问')
  })
})

describe('markBold', () => {
  it('bolds every occurrence of every term, longer terms first', () => {
    expect(markBold('七大队的大队长', ['大队', '七大队'])).toBe('\x1b[1m七大队\x1b[22m的\x1b[1m大队\x1b[22m长')
  })
})
