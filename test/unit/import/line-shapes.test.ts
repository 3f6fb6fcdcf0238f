import { describe, expect, it } from 'vitest'
import { endsSentence, hasTwoParts, isByline, isHeadlineLike, isPhotoCredit, readByline, splitByline } from '../../../src/import/line-shapes.js'

describe('endsSentence', () => {
  it('returns true when a line ends on 。！？… or a quote closing a sentence', () => {
    for (const text of ['有之义。', '重拍啦！”', '怎么能怕难？', '能不能送它上热搜啊……”']) expect(endsSentence(text)).toBe(true)
  })

  it('returns false when a closing quote ends a name, not a sentence', () => {
    expect(endsSentence('该所还充分借鉴“朝阳群众”“武林大妈”')).toBe(false)
    expect(endsSentence('警源治理，')).toBe(false)
  })
})

describe('isHeadlineLike and hasTwoParts', () => {
  it('returns true for two-part headings joined by a space, a comma or a colon', () => {
    for (const text of ['红色筑基 为基层所队赋能', '红心建盟，构建“善治大格局”', '市公安局刑侦支队七大队:新老党员勇创新']) {
      expect(isHeadlineLike(text) && hasTwoParts(text)).toBe(true)
    }
  })

  it('returns false for a drop-cap fragment such as 深 化 and for lines broken on a comma', () => {
    expect(isHeadlineLike('深 化') && hasTwoParts('深 化')).toBe(false)
    expect(isHeadlineLike('是推动矛盾纠纷事前预防，')).toBe(false)
  })
})

describe('isByline', () => {
  it('returns true for bylines and photo credits, splitting a line with two roles', () => {
    expect(isByline('见习记者 王梓')).toBe(true)
    expect(isPhotoCredit('通讯员 姜杨彪 吴警宇 摄')).toBe(true)
    expect(splitByline('通讯员 胡筱俊 本报首席记者 陈佳妮')).toEqual(['通讯员 胡筱俊', '本报首席记者 陈佳妮'])
  })

  it('returns false for a headline with a space', () => {
    expect(isByline('红巷沃土 向阳生长')).toBe(false)
    expect(isPhotoCredit('见习记者 王梓')).toBe(false)
  })
})

describe('readByline', () => {
  it('returns the entries of a byline in brackets, after a dateline or under a label', () => {
    expect(readByline('（记者 龚晓岚 通讯员 韦思琪）')).toEqual(['记者 龚晓岚', '通讯员 韦思琪'])
    expect(readByline('本报讯（记者 龚睿 通讯员 蓝婧）')).toEqual(['记者 龚睿', '通讯员 蓝婧'])
    expect(readByline('作者：韦一苇')).toEqual(['韦一苇'])
    expect(readByline('本报记者 杜若溪')).toEqual(['本报记者 杜若溪'])
  })

  it('reads a byline in traditional characters, and a name ending in 文 as a name', () => {
    expect(readByline('記者 陳大文')).toEqual(['記者 陳大文'])
    expect(readByline('本報訊（記者 陳大文 通訊員 李小明）')).toEqual(['記者 陳大文', '通訊員 李小明'])
  })

  it('returns undefined for a bracketed remark, a dateline alone and a byline running into text', () => {
    expect(readByline('（以下简称《办法》）')).toBeUndefined()
    expect(readByline('（完）')).toBeUndefined()
    expect(readByline('本报讯')).toBeUndefined()
    expect(readByline('（记者 龚睿）３月３０日傍晚')).toBeUndefined()
  })
})
