import { describe, expect, it } from 'vitest'
import { scoreIdentity } from '../../../../src/core/rerank/identity-kind.js'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'

const tag = createDictionaryTagger({ 大队长: 'n', 王立新: 'nr', 说: 'v', 老人: 'n', 优秀: 'a', 民警: 'n', 他: 'r', 和: 'c' })

describe('scoreIdentity', () => {
  it('takes a description standing right before the name, or one closed by 的', () => {
    expect(scoreIdentity('大队长王立新说，要抓好队伍。', '王立新', tag)).toBe(1)
    expect(scoreIdentity('88岁老人王立新笑了。', '王立新', tag)).toBe(1)
    expect(scoreIdentity('身为驻点民警的王立新一直在岗。', '王立新', tag)).toBe(1)
    expect(scoreIdentity('“优秀民警”王立新作了发言。', '王立新', tag)).toBe(1)
  })

  it('takes a sentence going on to say what they are', () => {
    expect(scoreIdentity('王立新退休前是社区治保主任。', '王立新', tag)).toBe(1)
    expect(scoreIdentity('他叫王立新，一名在岗位上扎根多年的老党员。', '王立新', tag)).toBe(1)
    expect(scoreIdentity('王立新、张三等几位青年成立了小组。', '王立新', tag)).toBe(1)
    expect(scoreIdentity('民警很快联系上了失主——在江城做建材生意的赵先生。', '失主', tag)).toBe(1)
  })

  it('reads no copula in the 系 of 联系 or 关系', () => {
    expect(scoreIdentity('而是在路边等失主联系。', '失主', tag)).toBe(0.5)
  })

  it('gives half to a sentence that only names them, and nothing to one that does not', () => {
    expect(scoreIdentity('王立新说，这样做是为了提升向心力。', '王立新', tag)).toBe(0.5)
    expect(scoreIdentity('他和王立新一起出发。', '王立新', tag)).toBe(0.5)
    expect(scoreIdentity('大队长说，要抓好队伍。', '王立新', tag)).toBe(0)
  })
})
