import { describe, expect, it } from 'vitest'
import { pointsToAnswer, resolveFollowUp } from '../../../../src/core/question/follow-up.js'
import { findTopic } from '../../../../src/core/question/topic.js'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'

const tag = createDictionaryTagger({
  李: 'nr', 其他: 'r', 兔儿: 'n', 是: 'v', 哪个: 'r', 派出所: 'n', 的: 'uj', 民警: 'n', 他: 'r', 她: 'r', 今年: 't', 多大: 'x', 了: 'ul',
  山门: 'ns', 属于: 'v', 县: 'n', 这个: 'r', 所: 'c', 有: 'v', 多少: 'm', 党员: 'n', 那: 'r', 浦江: 'ns', 呢: 'y', 还有: 'v',
  红警驿站: 'x', 建了: 'x', 几个: 'm', 现在: 't', 成员: 'n', 一共: 'j', 交警: 'j', 机动: 'n', 大队: 'n', 人: 'n', 吴: 'nr', 奶奶: 'n',
  那次: 'r', 视察: 'v', 带来: 'v', 影响: 'vn', 毛主席: 'n', 到: 'v', 小营巷: 'x', 什么: 'r', 工作: 'vn', 远: 'a', 吗: 'y', 黄: 'a', 秋香: 'nr', 家: 'n',
  面积: 'n', 有多大: 'x', 协警: 'x', 王飞: 'x', 获得: 'v', 称号: 'n', 陈红: 'x', 社区: 'n', 别的: 'r', 其他的: 'r', 一支: 'm', 高素质: 'n', 技术: 'n', 队伍: 'n', 渔民: 'n', 出海: 'v', 叫: 'v', 名字: 'n', 今天天气: 'i', 怎么样: 'r', 徒弟: 'n', 中共杭州小组: 'x', 杭州: 'ns', 区: 'n', 武林大妈: 'x', 最初: 't', 位: 'q', 志愿者: 'n', 去年: 't', 2021: 'm', 个: 'q', 那里: 'r', 几家: 'm', 医院: 'n', 日均: 'j', 门诊量: 'n', 警务: 'n', 助理: 'vn', 时候: 'n', 施林松: 'nr', 哪家: 'r', 当: 'v', 驻点: 'n',
  那家: 'r', 设立: 'v', 以来: 'f', 自: 'p', 2015: 'm', 在: 'p', 浙大一院: 'x', 哪一年: 'r', 毕业: 'n', 于: 'p', 警校: 'n', 哪: 'r',
  西湖: 'ns', 警务室: 'n', 挂牌: 'v', 哪年: 'r', 年纪: 't', 2020: 'm', 年: 'm', 金华: 'nz', 公安: 'n', 成立: 'v', 旧址: 'n', 群在: 'x', 群: 'n',
  哪里: 'r', 建: 'v', 这是: 'x', 东湖区: 'ns', 分局: 'n', 城东: 's', 大厅内: 'n', 辅警们: 'n', 潮鸣: 'x', 辖区: 'n', 噪音: 'n', 蔡奕: 'nr', 大队长: 'n', 谁: 'r', 说: 'v', 巫伟勇: 'nr', 师傅: 'n', 小营: 'ns', 辅警: 'n', 驿站: 'n', 城中: 's', 综合: 'vn', 服务: 'vn', 大厅: 'n', 能: 'v', 办理: 'v',
})

describe('resolveFollowUp', () => {
  it('asks who said the words of the previous answer for 这句话是谁说的: its quotation, else the sentence', () => {
    const answer = '问及有何诀窍，王立新笑了，“因为几十年工作下来，我是为了他们好。”'
    expect(pointsToAnswer('这句话是谁说的?', '王立新怎么劝居民?', tag)).toBe(true)
    expect(resolveFollowUp('这句话是谁说的?', '王立新怎么劝居民?', tag, answer)).toEqual({
      question: '“因为几十年工作下来，我是为了他们好”是谁说的',
      assumed: '“因为几十年工作下来，我是…”',
      certainty: 'pointed',
    })
    expect(resolveFollowUp('这话出自哪篇文章', '山门派出所的理念', tag, '山门派出所坚持警力有限的理念。')?.question).toBe('“山门派出所坚持警力有限的理念”出自哪篇文章')
    expect(resolveFollowUp('这句话是谁说的?', '王立新怎么劝居民?', tag)).toBeUndefined()
  })

  it('replaces a personal pronoun with the previous topic', () => {
    expect(resolveFollowUp('他今年多大了?', '李兔儿是哪个派出所的民警?', tag)).toEqual({ question: '李兔儿今年多大了?', assumed: '李兔儿', certainty: 'pointed', carried: '李兔儿', pointsBack: true })
  })

  it('replaces a demonstrative with the kind of thing it points at (这个所)', () => {
    expect(resolveFollowUp('这个所有多少党员?', '山门派出所属于哪个县?', tag)).toEqual({ question: '山门派出所有多少党员?', assumed: '山门派出所', certainty: 'pointed', carried: '山门派出所', pointsBack: true })
  })

  it('asks the previous question about X for 那X呢, and again for 还有呢, saying so', () => {
    expect(resolveFollowUp('那浦江呢?', '山门派出所属于哪个县?', tag)).toEqual({ question: '浦江派出所属于哪个县?', assumed: '浦江派出所属于哪个县', certainty: 'pointed', elsewhere: true })
    expect(resolveFollowUp('还有呢?', '山门派出所属于哪个县?', tag)).toEqual({ question: '山门派出所属于哪个县?', assumed: '山门派出所属于哪个县', certainty: 'pointed' })
  })

  it('asks the previous question again for 还有别的吗, 还有吗 and 还有什么', () => {
    for (const more of ['还有别的吗?', '还有吗?', '还有什么?', '那还有其他的吗？']) {
      expect(resolveFollowUp(more, '山门派出所属于哪个县?', tag)).toEqual({ question: '山门派出所属于哪个县?', assumed: '山门派出所属于哪个县', certainty: 'pointed' })
    }
  })

  it('lets X in 那X呢 take the place of what the previous question asked about when it is of that kind (辅警 for 民警)', () => {
    expect(resolveFollowUp('那辅警呢?', '山门派出所有多少民警?', tag)?.question).toBe('山门派出所有多少辅警?')
    expect(resolveFollowUp('那浦江呢?', '山门派出所有多少民警?', tag)?.question).toBe('浦江派出所有多少民警?')
  })

  it('does not take an act after the asking word (几点出海) for what the previous question asked about', () => {
    expect(resolveFollowUp('那山门派出所呢?', '渔民几点出海?', tag)?.question).toBe('山门派出所几点出海?')
  })

  it('lets a name in 那X呢 take the place of the name in the previous topic, keeping its head noun, and a whole phrase the whole topic', () => {
    expect(resolveFollowUp('那西湖呢?', '山门警务室哪年挂牌?', tag)?.question).toBe('西湖警务室哪年挂牌?')
    expect(resolveFollowUp('那西湖派出所呢?', '山门警务室哪年挂牌?', tag)?.question).toBe('西湖派出所哪年挂牌?')
    expect(resolveFollowUp('那西湖呢?', '李兔儿是哪个派出所的民警?', tag)?.question).toBe('西湖是哪个派出所的民警?')
    // 红警驿站 has a head of its own (站): another thing, not another name for the 派出所
    expect(resolveFollowUp('那红警驿站呢?', '山门派出所有多少党员?', tag)?.question).toBe('红警驿站有多少党员?')
  })

  it('puts the topic before a question with no subject of its own (a guess), or one leaning on a demonstrative', () => {
    expect(resolveFollowUp('现在有多少成员?', '山门派出所属于哪个县?', tag)).toEqual({ question: '山门派出所 现在有多少成员?', assumed: '山门派出所', certainty: 'guessed', carried: '山门派出所', pointsBack: true, keepsTopic: true })
    expect(resolveFollowUp('建了几个红警驿站?', '山门派出所属于哪个县?', tag)?.certainty).toBe('guessed')
    expect(resolveFollowUp('那次视察带来什么影响?', '毛主席到小营巷视察什么工作?', tag)).toEqual({ question: '毛主席 那次视察带来什么影响?', assumed: '毛主席', certainty: 'pointed', carried: '毛主席', pointsBack: true })
  })

  it('reads a question opening with 这是 or 那就是 as about the previous topic for sure', () => {
    expect(resolveFollowUp('这是哪个县的?', '山门派出所属于哪个县?', tag)).toMatchObject({ question: '山门派出所 这是哪个县的?', certainty: 'pointed' })
    expect(resolveFollowUp('那就是哪个县的?', '山门派出所属于哪个县?', tag)?.certainty).toBe('pointed')
  })

  it('takes a question that names nothing at all as about the previous topic for sure, not as a guess', () => {
    expect(resolveFollowUp('谁成立的?', '中共杭州小组哪年成立的?', tag)).toEqual({ question: '中共杭州小组 谁成立的?', assumed: '中共杭州小组', certainty: 'pointed', carried: '中共杭州小组', pointsBack: true })
    expect(resolveFollowUp('什么时候开始的?', '山门派出所属于哪个县?', tag)?.certainty).toBe('pointed')
    expect(resolveFollowUp('有多少人?', '山门派出所属于哪个县?', tag)?.certainty).toBe('pointed')
  })

  it('reads 那里 after a where-question as the place asked for: it assumed the previous question, and its answer need not name the topic', () => {
    expect(resolveFollowUp('那里现在属于杭州哪个区?', '中共杭州小组是在哪里成立的?', tag)).toEqual({
      question: '中共杭州小组现在属于杭州哪个区?',
      assumed: '中共杭州小组是在哪里成立的',
      certainty: 'pointed',
      carried: '中共杭州小组',
    })
    expect(resolveFollowUp('他今年多大了?', '李兔儿在哪里?', tag)?.pointsBack).toBe(true)
  })

  it('reads 那里 after a question measuring a place as that place, not its measured attribute', () => {
    expect(resolveFollowUp('那里有几家医院?', '小营派出所辖区面积多大?', tag)?.assumed).toBe('小营派出所辖区')
  })

  it('reads 那X呢 with a bare noun phrase ending in a verbal noun (警务助理) as the previous question about X', () => {
    expect(resolveFollowUp('那警务助理呢?', '山门派出所建了几个红警驿站?', tag)?.question).toBe('山门派出所建了几个警务助理?')
  })

  it('reads 那X呢 with an X naming no place, institution or person as X of the previous topic', () => {
    expect(resolveFollowUp('日均门诊量呢?', '小营派出所辖区面积多大?', tag)).toEqual({
      question: '小营派出所辖区的日均门诊量？',
      assumed: '小营派出所辖区的日均门诊量',
      certainty: 'pointed',
      carried: '小营派出所辖区',
      pointsBack: true,
    })
    expect(resolveFollowUp('那西湖呢?', '山门警务室哪年挂牌?', tag)?.question).toBe('西湖警务室哪年挂牌?')
  })

  it('says a 那X呢 about another thing than the previous question is asked elsewhere, and one about another count of the same thing is not', () => {
    expect(resolveFollowUp('那浦江呢?', '山门派出所有多少民警?', tag)?.elsewhere).toBe(true)
    expect(resolveFollowUp('那辅警呢?', '山门派出所有多少民警?', tag)?.elsewhere).toBeUndefined()
  })

  it('reads 那X呢 with a time as the previous question asked at that time, in place of the time it named', () => {
    expect(resolveFollowUp('现在呢?', '武林大妈最初有多少位志愿者?', tag)?.question).toBe('武林大妈现在有多少位志愿者?')
    expect(resolveFollowUp('2021年呢?', '2020年金华公安成立了多少个?', tag)?.question).toBe('2021年金华公安成立了多少个?')
    expect(resolveFollowUp('去年呢?', '山门派出所有多少民警?', tag)).toEqual({ question: '山门派出所去年有多少民警?', assumed: '山门派出所去年有多少民警', certainty: 'pointed' })
  })

  it('keeps the topic for the next question when a guessed question names no topic of its own, not when it names one', () => {
    expect(resolveFollowUp('现在有多少成员?', '山门派出所属于哪个县?', tag)?.keepsTopic).toBe(true)
    expect(resolveFollowUp('建了几个红警驿站?', '山门派出所属于哪个县?', tag)?.keepsTopic).toBeUndefined()
    expect(resolveFollowUp('吴奶奶家有几个人?', '山门派出所属于哪个县?', tag)?.keepsTopic).toBeUndefined()
  })

  it('names what it assumed without the space put after a carried topic', () => {
    expect(resolveFollowUp('还有呢?', '山门派出所 建了几个红警驿站?', tag)?.assumed).toBe('山门派出所建了几个红警驿站')
  })

  it('reads a short word the corpus taught jieba (协警, tagged x) in 那X呢 as one more thing asked of the topic, and a person (陈红) as another subject', () => {
    expect(resolveFollowUp('协警呢?', '山门派出所属于哪个县?', tag)?.question).toBe('山门派出所的协警？')
    expect(resolveFollowUp('那陈红呢?', '王飞获得了什么称号?', tag)?.question).toBe('陈红获得了什么称号?')
  })

  it('takes an asking word with its general noun (什么时候) as naming nothing', () => {
    expect(resolveFollowUp('什么时候成立的?', '山门派出所属于哪个县?', tag)?.certainty).toBe('pointed')
  })

  it('reads a demonstrative naming any kind of institution (那家医院) as the one the previous answer names when that was asked for', () => {
    expect(pointsToAnswer('那家医院的警务室是哪一年设立的?', '施林松在哪家医院当驻点民警?', tag)).toBe(true)
    expect(resolveFollowUp('那家医院的警务室是哪一年设立的?', '施林松在哪家医院当驻点民警?', tag, '自2015年小营派出所在浙大一院设立警务室以来')?.question).toBe('浙大一院的警务室是哪一年设立的?')
  })

  it('reads a whole question ending in 呢 as a question, not as 那X呢', () => {
    expect(resolveFollowUp('他今年多大了呢?', '李兔儿是哪个派出所的民警?', tag)).toEqual({ question: '李兔儿今年多大了呢?', assumed: '李兔儿', certainty: 'pointed', carried: '李兔儿', pointsBack: true })
  })

  it('reads a demonstrative of a kind as the unit of that kind the previous question names (这个所: 潮鸣派出所, not its 辖区)', () => {
    expect(resolveFollowUp('这个所有多少民警?', '潮鸣派出所辖区哪里有噪音?', tag)).toEqual({ question: '潮鸣派出所有多少民警?', assumed: '潮鸣派出所', certainty: 'pointed', carried: '潮鸣派出所', pointsBack: true })
  })

  it('reads a demonstrative of the kind the previous question asked for (哪个大队) as the unit its answer names', () => {
    expect(pointsToAnswer('这个大队有多少民警?', '蔡奕是哪个大队的大队长?', tag)).toBe(true)
    expect(pointsToAnswer('这个所有多少党员?', '山门派出所属于哪个县?', tag)).toBe(false)
    expect(resolveFollowUp('这个大队有多少民警?', '蔡奕是哪个大队的大队长?', tag, '2020年机动大队有民警44人。')?.question).toBe('机动大队有多少民警?')
  })

  it('reads a demonstrative naming any other kind of thing (这个警务室) as the one of that kind the previous question names', () => {
    expect(resolveFollowUp('这个警务室在哪个社区?', '西湖警务室哪年挂牌?', tag)).toEqual({
      question: '西湖警务室在哪个社区?',
      assumed: '西湖警务室',
      certainty: 'pointed',
      carried: '西湖警务室',
      pointsBack: true,
    })
  })

  it('reads 这支队伍 as a unit called a 大队 or a 支队 the previous question names', () => {
    expect(resolveFollowUp('这支队伍有多少民警?', '机动大队有多少党员?', tag, '是一支高素质的技术队伍')?.assumed).toBe('机动大队')
  })

  it('reads a demonstrative of a kind the previous question names no unit of as the unit its answer names, not as its topic', () => {
    expect(pointsToAnswer('这个所有多少民警?', '综合服务大厅能办理什么?', tag)).toBe(true)
    expect(resolveFollowUp('这个所有多少民警?', '综合服务大厅能办理什么?', tag, '这是东湖区分局城东派出所大厅内')?.assumed).toBe('东湖区分局城东派出所')
  })

  it('reads 他 after a question asking a name (叫什么名字) as the person its answer names', () => {
    expect(pointsToAnswer('他今年多大了?', '机动大队的大队长叫什么名字?', tag)).toBe(true)
  })

  it('leaves a pointing word (这是) out of the unit its answer names', () => {
    expect(resolveFollowUp('这个所有多少辅警?', '哪个派出所有多少民警?', tag, '这是东湖区分局城东派出所大厅内')?.assumed).toBe('东湖区分局城东派出所')
  })

  it('reads 他 as the person the previous question names, else, after a who-question, the person its answer names', () => {
    expect(resolveFollowUp('他今年多大了?', '巫伟勇的师傅是谁?', tag)?.assumed).toBe('巫伟勇')
    expect(pointsToAnswer('他今年多大了?', '巫伟勇的师傅是谁?', tag)).toBe(true)
    expect(resolveFollowUp('他今年多大了?', '巫伟勇的师傅是谁?', tag, '师傅蔡奕说。')).toMatchObject({ assumed: '巫伟勇', otherwise: { question: '蔡奕今年多大了?', assumed: '蔡奕' } })
    expect(resolveFollowUp('他今年多大了?', '小营派出所的李兔儿今年多大?', tag)?.assumed).toBe('李兔儿')
    expect(pointsToAnswer('他今年多大了?', '谁是机动大队的大队长?', tag)).toBe(true)
    expect(resolveFollowUp('他今年多大了?', '谁是机动大队的大队长?', tag, '大队长蔡奕说。')?.assumed).toBe('蔡奕')
  })

  it('reads an idiom (今天天气, tagged i) as naming something: the question is a guess, not surely about the previous topic', () => {
    expect(resolveFollowUp('今天天气怎么样?', '李兔儿是哪个派出所的民警?', tag)?.certainty).toBe('guessed')
  })

  it('does not read 他 as a topic with no noun or name in it (城东, a word of place): the question is read alone', () => {
    expect(findTopic('城东有多少党员?', tag)).toBe('城东')
    expect(resolveFollowUp('他的徒弟是谁?', '城东有多少党员?', tag)).toBeUndefined()
  })

  it('does not read 他 as a place or an institution: with no person to point at, the question is read alone', () => {
    expect(resolveFollowUp('他今年多大了?', '小营巷有多少党员?', tag)).toBeUndefined()
    expect(resolveFollowUp('他今年多大了?', '山门派出所有多少党员?', tag)).toBeUndefined()
    expect(resolveFollowUp('这个所有多少党员?', '山门派出所属于哪个县?', tag)?.assumed).toBe('山门派出所')
  })

  it('reads 这件事 as the whole previous question, without its asking words, which its answer need not follow', () => {
    expect(resolveFollowUp('这件事带来什么影响?', '毛主席哪年到小营巷视察?', tag)).toEqual({
      question: '毛主席 到小营巷视察 这件事带来什么影响?',
      assumed: '毛主席哪年到小营巷视察',
      certainty: 'pointed',
      carried: '毛主席 到小营巷视察',
    })
  })

  it('leaves the numbers of the event out of what 这件事 carries: how it ended need not repeat them', () => {
    expect(resolveFollowUp('这件事带来什么影响?', '毛主席2020年到小营巷视察?', tag)?.carried).toBe('毛主席 到小营巷视察')
  })

  it('leaves a question that only asks a field of the piece (谁写的, 哪天登的) to the metadata reading', () => {
    expect(resolveFollowUp('哪天登的?', '山门派出所属于哪个县?', tag)).toBeUndefined()
    expect(resolveFollowUp('谁写的?', '山门派出所属于哪个县?', tag)).toBeUndefined()
  })

  it('does not read 其他 (other) as a pronoun', () => {
    expect(resolveFollowUp('其他派出所有多少党员?', '山门派出所属于哪个县?', tag)?.question).not.toContain('其山门派出所')
  })

  it('returns undefined for a question with its own subject, one naming the topic, or after a question without a topic', () => {
    expect(resolveFollowUp('吴奶奶今年多大了?', '李兔儿是哪个派出所的民警?', tag)).toBeUndefined()
    expect(resolveFollowUp('交警机动大队有多少党员?', '山门派出所属于哪个县?', tag)).toBeUndefined()
    expect(resolveFollowUp('山门派出所有多少党员?', '山门派出所属于哪个县?', tag)).toBeUndefined()
    expect(resolveFollowUp('他今年多大了?', '现在有多少成员?', tag)).toBeUndefined()
  })
})
