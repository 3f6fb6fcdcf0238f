import { describe, expect, it } from 'vitest'
import { createFeedbackLedger } from '../../../src/core/feedback-ledger.js'

describe('createFeedbackLedger', () => {
  it('keeps one standing vote per voter and passage, with the question, and withdraws it on 0', async () => {
    const ledger = createFeedbackLedger()
    ledger.record('a#1', { question: '甲？', voter: 'x', vote: 1 })
    ledger.record('a#1', { question: '乙？', voter: 'x', vote: -1 })
    ledger.record('a#1', { question: '甲？', voter: 'y', vote: 1 })
    ledger.record('a#1', { question: '甲？', voter: 'y', vote: 0 })
    expect(await ledger.votesOn(['a#1', 'b#1'])).toEqual(new Map([['a#1', [{ question: '乙？', voter: 'x', vote: -1 }]]]))
  })

  it('lists passages voted both ways, most disputed first, and forgets one on reset', () => {
    const ledger = createFeedbackLedger()
    const vote = (passage: string, voter: string, v: 1 | -1) => ledger.record(passage, { question: '问？', voter, vote: v })
    vote('a#1', 'x', 1)
    vote('a#1', 'y', -1)
    ;['p', 'q', 'r'].forEach((v) => vote('b#1', v, 1))
    ;['s', 't'].forEach((v) => vote('b#1', v, -1))
    vote('c#1', 'x', 1)
    expect(ledger.disputed()).toEqual([{ passageId: 'b#1', up: 3, down: 2 }, { passageId: 'a#1', up: 1, down: 1 }])
    expect([ledger.reset('b#1'), ledger.reset('b#1')]).toEqual([true, false])
    expect(ledger.disputed()).toEqual([{ passageId: 'a#1', up: 1, down: 1 }])
  })
})
