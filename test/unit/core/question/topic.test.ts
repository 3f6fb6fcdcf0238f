import { describe, expect, it } from 'vitest'
import { findTopic } from '../../../../src/core/question/topic.js'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'

const tag = createDictionaryTagger({
  李: 'nr', 其他: 'r', 兔儿: 'n', 是: 'v', 哪个: 'r', 派出所: 'n', 的: 'uj', 民警: 'n', 他: 'r', 她: 'r', 今年: 't', 多大: 'x', 了: 'ul',
  山门: 'ns', 属于: 'v', 县: 'n', 这个: 'r', 所: 'c', 有: 'v', 多少: 'm', 党员: 'n', 那: 'r', 浦江: 'ns', 呢: 'y', 还有: 'v',
  红警驿站: 'x', 建了: 'x', 几个: 'm', 现在: 't', 成员: 'n', 一共: 'j', 交警: 'j', 机动: 'n', 大队: 'n', 人: 'n', 吴: 'nr', 奶奶: 'n',
  那次: 'r', 视察: 'v', 带来: 'v', 影响: 'vn', 毛主席: 'n', 到: 'v', 小营巷: 'x', 什么: 'r', 工作: 'vn', 远: 'a', 吗: 'y', 黄: 'a', 秋香: 'nr', 家: 'n',
  面积: 'n', 有多大: 'x', 社区: 'n', 别的: 'r', 其他的: 'r', 一支: 'm', 高素质: 'n', 技术: 'n', 队伍: 'n', 渔民: 'n', 出海: 'v', 叫: 'v', 名字: 'n', 今天天气: 'i', 怎么样: 'r', 徒弟: 'n', 中共杭州小组: 'x', 杭州: 'ns', 区: 'n', 武林大妈: 'x', 最初: 't', 位: 'q', 志愿者: 'n', 去年: 't', 2021: 'm', 个: 'q', 那里: 'r', 几家: 'm', 医院: 'n', 日均: 'j', 门诊量: 'n', 警务: 'n', 助理: 'vn', 时候: 'n', 施林松: 'nr', 哪家: 'r', 当: 'v', 驻点: 'n',
  那家: 'r', 设立: 'v', 以来: 'f', 自: 'p', 2015: 'm', 在: 'p', 浙大一院: 'x', 哪一年: 'r', 毕业: 'n', 于: 'p', 警校: 'n', 哪: 'r',
  西湖: 'ns', 警务室: 'n', 挂牌: 'v', 哪年: 'r', 年纪: 't', 2020: 'm', 年: 'm', 金华: 'nz', 公安: 'n', 成立: 'v', 旧址: 'n', 群在: 'x', 群: 'n',
  哪里: 'r', 建: 'v', 这是: 'x', 东湖区: 'ns', 分局: 'n', 城东: 's', 大厅内: 'n', 辅警们: 'n', 潮鸣: 'x', 辖区: 'n', 噪音: 'n', 蔡奕: 'nr', 大队长: 'n', 谁: 'r', 说: 'v', 巫伟勇: 'nr', 师傅: 'n', 小营: 'ns', 辅警: 'n', 驿站: 'n', 城中: 's', 综合: 'vn', 服务: 'vn', 大厅: 'n', 能: 'v', 办理: 'v',
})

describe('findTopic', () => {
  it('ends the topic before 多大 cut in two (刘洋/x 多/m 大/a)', () => {
    const cut = createDictionaryTagger({ 刘洋: 'x', 多: 'm', 大: 'a' })
    expect(findTopic('刘洋多大', cut)).toBe('刘洋')
  })

  it('reads a name jieba cut after a surname it cannot place (孙/zg 文华/nz) as one person', () => {
    const cut = createDictionaryTagger({ 孙: 'zg', 文华: 'nz', 哪年: 'x', 出生: 'v' })
    expect(findTopic('孙文华哪年出生', cut)).toBe('孙文华')
  })

  it.each([
    ['李兔儿是哪个派出所的民警?', '李兔儿'],
    ['山门派出所属于哪个县?', '山门派出所'],
    ['交警机动大队一共多少人?', '交警机动大队'],
    ['黄秋香家派出所远吗?', '黄秋香家派出所'],
    ['毛主席到小营巷视察什么工作?', '毛主席'],
    ['黄秋香多大年纪?', '黄秋香'],
    ['城中派出所的民警有多少?', '城中派出所'],
    ['综合服务大厅能办理什么?', '综合服务大厅'],
    ['派出所服务有多少?', '派出所'],
  ])('returns the leading noun phrase of %s, up to the asking word, without a trailing adverb, number, verbal noun or adjective', (question, topic) => {
    expect(findTopic(question, tag)).toBe(topic)
  })

  it('leaves out the attribute an amount is asked of, ending the topic at its place, institution or person', () => {
    expect(findTopic('小营派出所辖区面积多大?', tag)).toBe('小营派出所辖区')
    expect(findTopic('小营派出所辖区面积有多大?', tag)).toBe('小营派出所辖区')
    expect(findTopic('综合服务大厅能办理什么?', tag)).toBe('综合服务大厅')
  })

  it('ends the topic before a word followed by 于, a verb whatever its tag (毕业于)', () => {
    expect(findTopic('蔡奕毕业于哪所警校?', tag)).toBe('蔡奕')
  })

  it('skips a time the question opens with (2020年), which says when, not what about', () => {
    expect(findTopic('2020年金华公安成立了多少个?', tag)).toBe('金华公安')
  })

  it('keeps of a corpus word running on into a function character (旧址群在) the noun part, not a verb (建了)', () => {
    expect(findTopic('旧址群在哪里?', tag)).toBe('旧址群')
    expect(findTopic('山门派出所建了几个驿站?', tag)).toBe('山门派出所')
  })

  it('returns the first name when the question opens otherwise, and "" when it has none', () => {
    expect(findTopic('到小营巷视察什么工作?', tag)).toBe('小营巷')
    expect(findTopic('现在有多少成员?', tag)).toBe('')
  })
})
