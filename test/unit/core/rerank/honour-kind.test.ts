import { describe, expect, it } from 'vitest'
import { scoreHonour } from '../../../../src/core/rerank/honour-kind.js'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'

const tag = createDictionaryTagger({ 王立新: 'nr', 张三: 'nr', 徒弟: 'n', 东湖: 'ns', 派出所: 'n', 出入境: 'n', 管理局: 'n' })

describe('scoreHonour', () => {
  it('takes an honour title standing right before the name, quoted or not, and in a list', () => {
    expect(scoreHonour('全省抗疫先进个人王立新作了发言。', '王立新', tag)).toBe(1)
    expect(scoreHonour('“全国公安系统二级英模”王立新，全省好干部张三等涌现出来。', '王立新', tag)).toBe(1)
    expect(scoreHonour('“全国公安系统二级英模”王立新，全省好干部张三等涌现出来。', '张三', tag)).toBe(1)
  })

  it('takes the rest of the sentence conferring one on them, or their clause ending in the honour', () => {
    expect(scoreHonour('王立新先后斩获市优秀社区民警等殊荣，但他没有停下。', '王立新', tag)).toBe(1)
    expect(scoreHonour('东湖派出所是个老先进了，先后被公安部授予“人民满意派出所”等称号。', '东湖派出所', tag)).toBe(1)
    expect(scoreHonour('基金会授予王立新、张三等人“见义勇为积极分子”荣誉称号。', '张三', tag)).toBe(1)
  })

  it('does not take an honour given to someone after them, nor a room named after honours', () => {
    expect(scoreHonour('东湖派出所举行表彰会，授予王立新“见义勇为积极分子”称号。', '东湖派出所', tag)).toBe(0.5)
    expect(scoreHonour('派出所以社区民警王立新、全省先进个人张三等为榜样。', '王立新', tag)).toBe(0.5)
    expect(scoreHonour('东湖派出所设置了党建大厅、荣誉室等。', '东湖派出所', tag)).toBe(0.5)
    expect(scoreHonour('身为驻点民警的王立新一直在岗。', '王立新', tag)).toBe(0.5)
  })

  it('finds the person a described subject names, or an institution by its words', () => {
    expect(scoreHonour('王立新先后斩获市优秀社区民警等殊荣。', '徒弟王立新', tag)).toBe(1)
    expect(scoreHonour('东湖公安出入境管理局获评“全国先进集体”。', '东湖出入境管理局', tag)).toBe(1)
  })

  it('gives nothing to a sentence that does not name them', () => {
    expect(scoreHonour('全省抗疫先进个人张三作了发言。', '王立新', tag)).toBe(0)
  })
})
