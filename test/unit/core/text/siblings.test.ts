import { describe, expect, it } from 'vitest'
import { isSibling, namesOtherMember, siblingsOf } from '../../../../src/core/text/siblings.js'

describe('isSibling', () => {
  it('takes words differing in one character of a closed set as siblings', () => {
    expect(isSibling('二期', '一期')).toBe(true)
    expect(isSibling('南段', '北段')).toBe(true)
    expect(isSibling('省级', '市级')).toBe(true)
    expect(isSibling('平峰期', '高峰期')).toBe(true)
    expect(isSibling('出境', '入境')).toBe(true)
    expect(isSibling('周日', '周六')).toBe(true)
    expect(isSibling('星期天', '星期三')).toBe(true)
  })

  it('takes no near-synonym, no word differing in more than one character, and not the word itself', () => {
    expect(isSibling('最早', '最初')).toBe(false)
    expect(isSibling('平均', '年均')).toBe(false)
    expect(isSibling('一季度', '上半年')).toBe(false)
    expect(isSibling('进站', '入站')).toBe(false)
    expect(isSibling('一天', '一日')).toBe(false)
    expect(isSibling('一期', '一期')).toBe(false)
    expect(isSibling('二期', '二期工程')).toBe(false)
  })

  it('takes no direction after a verb (运出去, 开不进去) for a member of a set, but 出境 and 入境 still', () => {
    expect(isSibling('出去', '进去')).toBe(false)
    expect(isSibling('上来', '下来')).toBe(false)
    expect(isSibling('出境', '入境')).toBe(true)
  })

  it('takes 城市, 城区 and 城镇 for town in general, no level, but 市级 and 县级 still', () => {
    expect(isSibling('城市', '城区')).toBe(false)
    expect(isSibling('城镇', '城乡')).toBe(false)
    expect(isSibling('市级', '县级')).toBe(true)
  })
})

describe('siblingsOf', () => {
  it('lists exactly the words isSibling takes for siblings of a word', () => {
    for (const word of ['二期', '南段', '周六', '平峰期', '出境', '一天']) {
      const listed = siblingsOf(word)
      expect(listed.every((other) => isSibling(word, other))).toBe(true)
      for (const other of ['一期', '北段', '周日', '高峰期', '入境', '一日', '二天']) expect(listed.includes(other)).toBe(isSibling(word, other))
    }
  })
})

describe('namesOtherMember', () => {
  it('takes a text reporting only for another part of the year (上半年 for 一季度) as about it', () => {
    expect(namesOtherMember('一季度文旅数据是哪天发布的', '发布今年上半年全市文旅市场运行数据。')).toBe(true)
    expect(namesOtherMember('一季度文旅数据是哪天发布的', '发布一季度和上半年数据。')).toBe(false)
    expect(namesOtherMember('文旅数据是哪天发布的', '发布今年上半年数据。')).toBe(false)
    expect(namesOtherMember('一季度收入多少', '全年收入318亿元。')).toBe(true)
  })

  it('takes a text naming only another level of schooling (小学 for 初中) as about it', () => {
    expect(namesOtherMember('初中每天的阅读时间是几点', '全区小学统一的“阅读半小时”。')).toBe(true)
    expect(namesOtherMember('小学每天的阅读时间是几点', '全区小学统一的“阅读半小时”。')).toBe(false)
  })

  it('takes a text naming only another level of listing (省级 for 全国重点) as about it', () => {
    expect(namesOtherMember('永济桥哪年成为全国重点文物保护单位', '2019年，永济桥被公布为省级文物保护单位。')).toBe(true)
    expect(namesOtherMember('永济桥哪年成为省级文物保护单位', '2019年，永济桥被公布为省级文物保护单位。')).toBe(false)
    expect(namesOtherMember('永济桥是哪年修的', '2019年，永济桥被公布为省级文物保护单位。')).toBe(false)
  })
})
