import { describe, expect, it } from 'vitest'
import type { Answer, Hit } from '../../../src/core/types.js'
import { judgeAnswer, summarize } from '../../../src/eval/metrics.js'
import type { EvalQuestion } from '../../../src/eval/question-set.js'

const source = { id: 'a', title: '标题', newspaper: '报', date: '', page: '', paragraph: 1, heading: '', passageId: 'a#1' }
const hit = (text: string, sentence = text): Hit => ({ text, sentence, terms: [], score: 1, source })
const question = (answers: string[]): EvalQuestion => ({ id: 'x1', q: '问', answers, doc: 'a', type: 'how_many', unanswerable: answers.length === 0 })
const answered = (results: Hit[]): Answer => ({ question: '问', abstained: false, results })

describe('judgeAnswer', () => {
  it('ranks the first snippet holding an answer and checks the first sentence', () => {
    const outcome = judgeAnswer(question(['25名']), answered([hit('别的'), hit('民警25名。其他', '其他')]))
    expect(outcome).toMatchObject({ rank: 2, sentenceHit: false, abstained: false, relatedRank: 0 })
  })

  it('finds the answer among the passages offered as maybe related when declined', () => {
    const declined: Answer = { question: '问', abstained: true, results: [], related: [hit('别的'), hit('民警25名')] }
    expect(judgeAnswer(question(['25名']), declined)).toMatchObject({ rank: 0, abstained: true, relatedRank: 2 })
  })
})

describe('summarize', () => {
  it('counts declined unanswerable and wrongly declined answerable questions apart', () => {
    const declined: Answer = { question: '问', abstained: true, results: [] }
    const m = summarize([
      judgeAnswer(question(['25名']), answered([hit('民警25名')])),
      judgeAnswer(question(['40名']), declined),
      judgeAnswer(question([]), declined),
    ])
    expect(m).toMatchObject({ answerable: 2, unanswerable: 1, hit1: 0.5, hit3: 0.5, sentence1: 0.5, declined: 1, falseAbstention: 0.5 })
  })
})
