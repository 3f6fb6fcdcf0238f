import { describe, expect, it } from 'vitest'
import { readAnswerCues } from '../../../../src/core/question/answer-cues.js'

const words = (...terms: string[]) => terms.map((term) => ({ term, forms: [term] }))

describe('readAnswerCues', () => {
  it('takes the focus named after the question word as the thing asked for, not one before 怎么', () => {
    expect(readAnswerCues('他们靠的是什么载体', '载体', words('靠', '载体')).askedForms).toEqual(['载体'])
    expect(readAnswerCues('王立新怎么做', '王立新', words('王立新', '做')).askedForms).toEqual([])
  })

  it('reads the act whose object is asked for, and a plural ask', () => {
    expect(readAnswerCues('民警讲的是啥', '', words('民警', '讲'))).toEqual({ askedForms: [], act: '讲', plural: false })
    expect(readAnswerCues('有哪些 改动', '改动', words('改动')).plural).toBe(true)
  })
})
