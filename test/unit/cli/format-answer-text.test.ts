import { describe, expect, it } from 'vitest'
import { formatAnswerText, markBold } from '../../../src/cli/format-answer-text.js'
import type { Answer } from '../../../src/core/types.js'

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

  it('marks the matched terms in ANSI bold when asked, in the sentence and the snippet', () => {
    const text = formatAnswerText(answer, undefined, { bold: true })
    expect(text).toContain('1. \x1b[1m七大队\x1b[22m有\x1b[1m博士\x1b[22m3名。')
    expect(text.match(/\x1b\[1m七大队/g)).toHaveLength(2)
  })
})

describe('markBold', () => {
  it('bolds every occurrence of every term, longer terms first', () => {
    expect(markBold('七大队的大队长', ['大队', '七大队'])).toBe('\x1b[1m七大队\x1b[22m的\x1b[1m大队\x1b[22m长')
  })
})
