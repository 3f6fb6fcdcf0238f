import { describe, expect, it } from 'vitest'
import { measureSourceCover, placeSource as placeInText } from '../../../../src/core/rerank/source-match.js'

// The sentences given one by one, joined into the text they are spans of.
const placeSource = (sentences: string[], source: string) => {
  let at = 0
  const spans = sentences.map((sentence) => ({ start: at, end: (at += sentence.length) }))
  return placeInText(sentences.join(''), spans, source)
}

describe('measureSourceCover', () => {
  it('is 1 for words the text holds verbatim, punctuation and case aside', () => {
    expect(measureSourceCover('他笑了，“因为我是为了他们好。”', '我是为了他们好')).toBe(1)
    expect(measureSourceCover('“G20峰会期间，我们成立了党支部。”', 'g20峰会期间我们成立了党支部')).toBe(1)
  })

  it('stays high for words recalled a little loosely, and is low for words the text does not hold', () => {
    expect(measureSourceCover('红色基因已经融入东湖派出所每个民警的血脉。', '红色基因已经融入每个民警的血脉')).toBe(1)
    expect(measureSourceCover('坚持为人民服务的宗旨。', '为人民服务是最大的幸福')).toBeCloseTo(5 / 11)
    expect(measureSourceCover('我们的工作是为了大家。', '我是为了他们好')).toBeLessThan(0.5)
  })
})

describe('placeSource', () => {
  it('finds the sentence holding the words and the one naming who said them after the quotation closes', () => {
    expect(placeSource(['“村里有人赌博。', '希望多来转转。”', '会上，代表王立新这样说。'], '希望多来转转')).toEqual({ holder: 1, speaker: 2 })
  })

  it('takes the holder itself when it says who speaks, and a sentence opening the quotation before it', () => {
    expect(placeSource(['王立新说，“我们怀着服务的心。”'], '我们怀着服务的心')).toEqual({ holder: 0, speaker: 0 })
    expect(placeSource(['王立新说：', '“我们怀着服务的心。”'], '我们怀着服务的心')).toEqual({ holder: 1, speaker: 0 })
  })

  it('gives words in an interview\'s turn to the one named opening its paragraph', () => {
    const text = '记者：效果如何？\n王立新：时长缩短了。群众少跑腿。'
    const spans = [{ start: 0, end: 9 }, { start: 9, end: 19 }, { start: 19, end: 25 }]
    expect(placeInText(text, spans, '群众少跑腿')).toEqual({ holder: 2, speaker: 1 })
  })

  it('does not give a quotation to the speaker of the one before it (…这样说。“行！”)', () => {
    expect(placeSource(['代表王立新这样说。', '“行，没问题！”', '他的建议得到了回应。'], '行没问题')).toEqual({ holder: 1, speaker: undefined })
  })
})

describe('placeSource over a quotation of several sentences', () => {
  it('finds who said it where the quotation closes, whichever of its sentences holds the words most', () => {
    expect(placeSource(['“村里有人赌博，赌得很凶。', '希望多来。”', '会上，代表王立新这样说。'], '村里有人赌博赌得很凶')).toEqual({ holder: 0, speaker: 2 })
  })
})
