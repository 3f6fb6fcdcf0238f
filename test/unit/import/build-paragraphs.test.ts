import { describe, expect, it } from 'vitest'
import { buildParagraphs } from '../../../src/import/build-paragraphs.js'
import { classifyLines } from '../../../src/import/find-headings.js'
import { readRawLines } from '../../../src/import/read-raw-lines.js'

const build = (text: string) => {
  const { lines, columnText } = classifyLines(readRawLines(text))
  return buildParagraphs(lines, columnText)
}

describe('buildParagraphs', () => {
  it('returns one paragraph per sentence-final line, rejoining words split by a page break', () => {
    const text = '总会有一个瘦削的身影默默俯身将它们拾起。他叫李兔儿，一名在社区民警岗位上扎根\n\n\n\n了30多年的老党员。\n\n先后被公安部授予“人\n\n民满意派出所”等称号。'
    expect(build(text).map((p) => p.text)).toEqual(['总会有一个瘦削的身影默默俯身将它们拾起。他叫李兔儿，一名在社区民警岗位上扎根了30多年的老党员。', '先后被公安部授予“人民满意派出所”等称号。'])
  })

  it('returns Latin words joined with a space and numbers kept whole', () => {
    const text = 'The station opened in\nMarch and serves 1\n\n000 people.'
    expect(build(text).map((p) => p.text)).toEqual(['The station opened in March and serves 1000 people.'])
  })

  it('returns paragraphs under their heading and captions last under 图片说明', () => {
    const text = '近三年来，辖区未发生重大案事件。\n\n红心建盟，构建“善治大格局”\n\n\n\n组织培训平安志愿者队伍\n\n在山门派出所每月召开的会议上，代表积极发言。'
    expect(build(text)).toEqual([
      { n: 1, heading: '', text: '近三年来，辖区未发生重大案事件。' },
      { n: 2, heading: '红心建盟，构建“善治大格局”', text: '在山门派出所每月召开的会议上，代表积极发言。' },
      { n: 3, heading: '图片说明', text: '组织培训平安志愿者队伍' },
    ])
  })

  it('returns column text joined without stray spaces, breaking only after a short sentence-final line', () => {
    const column = ['深 化', '警源治理，', '是坚持和发展', '新时代“枫桥经', '验”的题中之义，', '是推动矛盾纠纷事', '前预防源头化解的重', '要抓手。', '今年以来，区公安分', '局潮鸣派出所立足“党建联', '想拍证件照？来。不知道怎么拍？', '教你。不懂光影？我懂。不好看？别难为', '情，拍到满意为止！']
    expect(build(column.join('\n\n')).map((p) => p.text)).toEqual([
      '深化警源治理，是坚持和发展新时代“枫桥经验”的题中之义，是推动矛盾纠纷事前预防源头化解的重要抓手。',
      '今年以来，区公安分局潮鸣派出所立足“党建联想拍证件照？来。不知道怎么拍？教你。不懂光影？我懂。不好看？别难为情，拍到满意为止！',
    ])
  })

  it('returns text doubled across a break dropped and reported, when given dictionary evidence', () => {
    const dictionary = ['教育', '整顿', '开展', '自查']
    const cut = (text: string): string[] => {
      const words: string[] = []
      for (let at = 0; at < text.length; ) {
        const word = dictionary.find((w) => text.startsWith(w, at)) ?? text[at]!
        words.push(word)
        at += word.length
      }
      return words
    }
    const repairs: unknown[] = []
    const { lines, columnText } = classifyLines(readRawLines('结合政法队伍教育整顿\n\n顿开展了数轮自查。'))
    const paragraphs = buildParagraphs(lines, columnText, { words: { cut, countElsewhere: () => 0 }, onRepair: (repair) => repairs.push(repair) })
    expect(paragraphs.map((p) => p.text)).toEqual(['结合政法队伍教育整顿开展了数轮自查。'])
    expect(repairs).toEqual([{ dropped: '顿', at: '伍教育整顿|顿开展了数' }])
  })

  it('returns [] when there is no text', () => {
    expect(buildParagraphs([], false)).toEqual([])
  })
})
