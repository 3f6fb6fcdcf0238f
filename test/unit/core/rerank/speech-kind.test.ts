import { describe, expect, it } from 'vitest'
import { findSpeech, scoreSpeech } from '../../../../src/core/rerank/speech-kind.js'
import { splitSentences } from '../../../../src/core/text/sentences.js'

// Each sentence of the text with its speech score, for reading the expectations at a glance.
const scored = (text: string, speaker: string) => {
  const speech = findSpeech(text, speaker)
  return splitSentences(text).map((s) => [text.slice(s.start, s.end), scoreSpeech(speech, s)])
}

describe('findSpeech and scoreSpeech', () => {
  it('takes a quotation closing just before the speaker and a speech verb, its last sentence nearest', () => {
    expect(scored('“村里有人赌博。希望多来转转。”会上，村民代表王立新这样说。他的建议得到了回应。', '王立新')).toEqual([
      ['“村里有人赌博。', 0.9],
      ['希望多来转转。”', 1],
      ['会上，村民代表王立新这样说。', 0.5],
      ['他的建议得到了回应。', 0],
    ])
  })

  it('takes a paragraph opened by the speaker and a colon, as an interview prints an answer, for their words', () => {
    expect(scored('记者：效果如何？\n王立新：时长缩短了。群众少跑腿。', '王立新')).toEqual([
      ['记者：效果如何？', 0],
      ['王立新：时长缩短了。', 1],
      ['群众少跑腿。', 0.9],
    ])
  })

  it('takes a quotation the speaker opens later in the sentence, and what follows their 说', () => {
    expect(scored('王立新笑了，“因为我是为了他们好。”', '王立新')).toEqual([['王立新笑了，“因为我是为了他们好。”', 1]])
    expect(scored('大队长王立新说，以党建带队建是法宝。', '王立新')).toEqual([['大队长王立新说，以党建带队建是法宝。', 1]])
  })

  it('takes what follows 认为 with no comma, and what follows 提醒, for their words', () => {
    expect(scored('王女士认为装修存在质量问题。公司不同意。', '王女士')).toEqual([['王女士认为装修存在质量问题。', 1], ['公司不同意。', 0]])
    expect(scored('承办法官提醒，网上交友要提高警惕。', '承办法官')).toEqual([['承办法官提醒，网上交友要提高警惕。', 1]])
  })

  it('does not take a quoted name, nor a quotation before a sentence where they only act', () => {
    expect(scored('王立新参加了“红都义警”。', '王立新')).toEqual([['王立新参加了“红都义警”。', 0.5]])
    expect(scored('“快回来吧。”听到民警这么说，老人王立新笑了。', '王立新')).toEqual([
      ['“快回来吧。”', 0],
      ['听到民警这么说，老人王立新笑了。', 0.5],
    ])
  })

  it('takes 他 or 她 about to speak in the sentence after one naming them', () => {
    expect(scored('队员王立新救出3名群众。他说：“那一刻来不及多想，只想救人。”', '王立新')).toEqual([
      ['队员王立新救出3名群众。', 0.5],
      ['他说：“那一刻来不及多想，只想救人。”', 1],
    ])
    expect(scored('队员王立新救出3名群众。他很累。', '王立新')).toEqual([
      ['队员王立新救出3名群众。', 0.5],
      ['他很累。', 0],
    ])
  })

  it('finds a speaker the text words apart by their last word (大队负责人 for 七大队负责人)', () => {
    const text = '大队负责人告诉记者，大队有博士2名。'
    const speech = findSpeech(text, '七大队负责人', () => [{ word: '七大队', tag: 'n' }, { word: '负责人', tag: 'n' }])
    expect(speech.said.map((s) => text.slice(s.start, s.end))).toEqual(['大队有博士2名。'])
  })
})
