import { describe, expect, it } from 'vitest'
import { endsAsking, findTurns } from '../../../../src/core/text/turns.js'

describe('findTurns', () => {
  it('finds each paragraph opened by a name and a colon, with the rest of the paragraph as what is said', () => {
    const text = '记者：效果如何？\n王立新：时长缩短了。群众少跑腿。\n他在会上说了很多：很好。'
    const at = (s: { start: number; end: number }) => text.slice(s.start, s.end)
    expect(findTurns(text).map((t) => [at(t.speaker), at(t.said)])).toEqual([
      ['记者', '效果如何？'],
      ['王立新', '时长缩短了。群众少跑腿。'],
    ])
  })
})

describe('endsAsking', () => {
  it('is true for a text ending in a question mark, closing quotes aside', () => {
    expect([endsAsking('记者：初衷是什么？'), endsAsking('他问：“为什么？”'), endsAsking('初衷是让群众少跑腿。')]).toEqual([true, true, false])
  })
})
