import { describe, expect, it } from 'vitest'
import { scoreAnswerKind, scoreAssertion } from '../../../../src/core/rerank/answer-kinds.js'
import { createDictionaryTagger } from '../../../helpers/dictionary-tagger.js'

describe('scoreAnswerKind', () => {
  it.each([
    ['所里有民警25名。', 1],
    ['红都义警有120余名成员。', 1],
    ['满意度达到96.81%。', 1],
    ['扎根社区30多年。', 1],
    ['组建了三支队伍。', 1],
    ['派出所成立于1922年。', 0],
    ['他在这里工作。', 0],
  ])('scores a count for 多少 in %s as %d', (sentence, expected) => {
    expect(scoreAnswerKind('how_many', sentence)).toBe(expected)
  })

  it('takes a year as the answer to 哪一年 but not to 多少', () => {
    expect(scoreAnswerKind('when', '派出所成立于1922年。')).toBe(1)
    expect(scoreAnswerKind('how_many', '派出所成立于1922年。')).toBe(0)
  })

  it('takes no month of a date (4月17日, 2024年3月, 今年10月) for a count, but a number of months (3个月)', () => {
    expect(scoreAnswerKind('how_many', '4月17日，市统计局发布经济运行数据。')).toBe(0)
    expect(scoreAnswerKind('how_many', '今年10月，她所在的单元装上了电梯。')).toBe(0)
    expect(scoreAnswerKind('how_many', '7月31日夜间至8月1日普降暴雨。')).toBe(0)
    expect(scoreAnswerKind('how_many', '2024年3月，新大厅启用。')).toBe(0)
    expect(scoreAnswerKind('how_many', '新大厅建了3个月。')).toBe(1)
    expect(scoreAnswerKind('how_many', '4月17日发布：一季度增长6.2%。')).toBe(1)
  })

  it('takes the day of a date (3月30日) for no count of days, but 26天 and 15日内 for one', () => {
    const days = { unit: { kind: 'count', measure: '天' } as const }
    expect(scoreAnswerKind('how_many', '3月30日傍晚，救护站的工作人员打开转运笼。', days)).toBe(0)
    expect(scoreAnswerKind('how_many', '2025年3月30日，它回到了山林。', days)).toBe(0)
    expect(scoreAnswerKind('how_many', '它在救护站度过了26天。', days)).toBe(1)
    expect(scoreAnswerKind('how_many', '须在15日内办结。', days)).toBe(1)
  })

  it('takes the sentence opening the item of a list asked (三是…) for what 第三类 asks, and no other', () => {
    expect(scoreAnswerKind('what', '三是冒充明星粉丝福利诈骗。', { ordinal: 3 })).toBe(1)
    expect(scoreAnswerKind('what', '二是刷单返利诈骗。', { ordinal: 3 })).toBe(0)
    // a count of the item is found as a count
    expect(scoreAnswerKind('how_many', '全市已发生此类案件23起。', { ordinal: 1 })).toBe(1)
  })

  it('takes how it ended (最终，双方达成…) for what 调解结果是什么 asks, as for 最后是怎么解决的', () => {
    const outcome = { unit: { kind: 'outcome' } as const }
    expect(scoreAnswerKind('what', '最终，双方达成调解协议。', outcome)).toBe(1)
    expect(scoreAnswerKind('what', '法官组织双方调解。', outcome)).toBe(0)
    expect(scoreAnswerKind('how', '最终，双方达成调解协议。', outcome)).toBe(1)
  })

  it('takes a day or hour told relative to the story (次日凌晨零时40分许) for 什么时候', () => {
    expect(scoreAnswerKind('when', '次日凌晨零时40分许，民警找到了老人。')).toBe(1)
    expect(scoreAnswerKind('when', '当晚，雨停了。')).toBe(1)
    expect(scoreAnswerKind('when', '经过5个多小时的搜寻，民警找到了老人。')).toBe(0)
  })

  it('takes a festival, a school holiday or a part of a month (春节前后, 暑假期间, 中旬) for 什么时候', () => {
    expect(scoreAnswerKind('when', '其余进入冷库储存，留到春节前后上市。')).toBe(1)
    expect(scoreAnswerKind('when', '预计价格会在国庆后回落。')).toBe(1)
    expect(scoreAnswerKind('when', '其余进入冷库储存，陆续上市。')).toBe(0)
  })

  it('takes a recurring time (夜间和节假日, 高峰时段) for 什么时候 as a schedule', () => {
    expect(scoreAnswerKind('when', '鼓励机关单位在夜间和节假日向周边居民开放内部停车场。')).toBe(0.8)
    expect(scoreAnswerKind('when', '上下学高峰时段可免费停放15分钟。')).toBe(0.8)
    expect(scoreAnswerKind('when', '鼓励机关单位向周边居民开放内部停车场。')).toBe(0)
  })

  it('takes a date on the calendar before a weekly schedule for 什么时候', () => {
    expect(scoreAnswerKind('when', '新馆将于12月1日正式对外开放。')).toBe(1)
    expect(scoreAnswerKind('when', '新馆每周二至周日9时至21时开放。')).toBe(0.8)
    // 日前 places the report, not the event; the date beside it does
    expect(scoreAnswerKind('when', '日前，供水管网改造工程全面完工。')).toBe(0.8)
    expect(scoreAnswerKind('when', '该工程于去年5月开工。')).toBe(1)
    expect(scoreAnswerKind('when', '新馆每周二至周日9时至21时开放。', { unit: { kind: 'date', part: 'hour' } })).toBe(1)
  })

  it('takes a place in an order (第三位, 首批) for 第几, and no count of 半 in 下半场', () => {
    expect(scoreAnswerKind('how_many', '江城队积分升至第三位。', { unit: { kind: 'rank' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '入选全国首批枫桥式派出所。', { unit: { kind: 'rank' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '球员们下半场执行了布置，2.3万名球迷到场。', { unit: { kind: 'rank' } })).toBe(0)
    expect(scoreAnswerKind('how_many', '球员们下半场执行了赛前的布置。')).toBe(0)
    expect(scoreAnswerKind('how_many', '用了半年时间。')).toBe(1)
  })

  it('takes an age in 周岁 for an age asked', () => {
    expect(scoreAnswerKind('how_many', '半程马拉松须年满16周岁。', { unit: { kind: 'count', measure: '岁' } })).toBe(1)
  })

  it('takes volumes (10册) for a count, and for a count of books asked in 本', () => {
    expect(scoreAnswerKind('how_many', '每证最多可借10册。')).toBe(1)
    expect(scoreAnswerKind('how_many', '每证最多可借10册。', { unit: { kind: 'count', measure: '本' } })).toBe(1)
  })

  it('takes steps (两万步) for a count, but not the 一步 of 进一步', () => {
    expect(scoreAnswerKind('how_many', '计步器上的数字常常超过两万步。', { unit: { kind: 'count', measure: '步' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '下一步将进一步加强管理。')).toBe(0)
  })

  it('reads the 一期 of a project (3号线一期: its first phase) as no count, while 三期培训班 counts', () => {
    expect(scoreAnswerKind('how_many', '3号线一期西起星河路站，东至滨海新城站。')).toBe(0)
    expect(scoreAnswerKind('how_many', '今年已举办三期培训班。')).toBe(1)
  })

  it('takes goals (打进57球) and grains (两粒进球) for counts', () => {
    expect(scoreAnswerKind('how_many', '江城队本赛季打进57球。', { unit: { kind: 'count', measure: '球' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '凭借下半场两粒进球逆转。')).toBe(1)
  })

  it('takes a score (2比1) for 比分, not the minute of a goal', () => {
    const score = { unit: { kind: 'count', measure: '比' } } as const
    expect(scoreAnswerKind('how_many', '江城队以2比1逆转击败海州队。', score)).toBe(1)
    expect(scoreAnswerKind('how_many', '第63分钟，何俊头球扳平比分。', { ...score, showing: true })).toBe(0)
  })

  it('takes a dozen or so (十几个人, 二十几名) for a count, but not 几个 alone', () => {
    expect(scoreAnswerKind('how_many', '第一次直播，只有十几个人观看。', { unit: { kind: 'count', measure: '人' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '现场来了二十几名志愿者。')).toBe(1)
    expect(scoreAnswerKind('how_many', '来了几个人帮忙。')).toBe(0)
  })

  it('takes a place jieba tags (海州/ns) for where, but not a team or people named after it (海州队)', () => {
    const tag = createDictionaryTagger({ 比赛: 'vn', 在: 'p', 海州: 'ns', 举行: 'v', 队: 'n', 率先: 'd', 破门: 'v' })
    expect(scoreAnswerKind('where', '比赛在海州举行。', { tag })).toBe(1)
    expect(scoreAnswerKind('where', '海州队率先破门。', { tag })).toBe(0)
  })

  it('takes any school (浙江农林大学) for 哪个学校, a village for it only half', () => {
    const school = { unit: { kind: 'place', suffix: '学校' } } as const
    expect(scoreAnswerKind('where', '2021年，她从浙江农林大学茶学专业毕业后回到村里。', school)).toBe(1)
    expect(scoreAnswerKind('where', '叶小青是土生土长的云岭村人。', school)).toBe(0.5)
  })

  it('takes a length for 多长 or 多快, not a sum or a count of stations', () => {
    const length = { unit: { kind: 'count', measure: '公里|千米|厘米|毫米|米' } } as const
    expect(scoreAnswerKind('how_many', '线路全长24.6公里，最高运行时速80公里。', length)).toBe(1)
    expect(scoreAnswerKind('how_many', '设车站18座，起步价2元。', { ...length, showing: true })).toBe(0)
  })

  it('takes a measurement in millimetres or centimetres for a count', () => {
    expect(scoreAnswerKind('how_many', '全市平均降雨量达156毫米。')).toBe(1)
    expect(scoreAnswerKind('how_many', '积雪深达12厘米。')).toBe(1)
  })

  it('finds places by their suffix and reasons by their connectives', () => {
    expect(scoreAnswerKind('where', '位于杭州市上城区。')).toBe(1)
    expect(scoreAnswerKind('why', '因为人手不够，所以招募义警。')).toBe(1)
    expect(scoreAnswerKind('why', '义警巡逻山区。')).toBe(0)
    // the clause before 不得不, 只好, 被迫 is what forced it
    expect(scoreAnswerKind('why', '2009年，西门街列入旧城改造范围，面馆不得不搬家。')).toBe(1)
    expect(scoreAnswerKind('why', '面馆不得不搬家。')).toBe(0)
    expect(scoreAnswerKind('why', '入境游客快速增长，主要得益于过境免签政策进一步放宽。')).toBe(1)
    expect(scoreAnswerKind('why', '公式用于推算死亡时间。')).toBe(1)
    expect(scoreAnswerKind('why', '选择落户禾川，主要是看中了三个条件。')).toBe(1)
  })

  it('hears a cause in a clause opening with 因 and in 与…有关, not in 基因', () => {
    expect(scoreAnswerKind('why', '因场地处在两区交界处，常引发投诉。')).toBe(1)
    expect(scoreAnswerKind('why', '表彰会在这里举行，这与该所创建党支部有关。')).toBe(1)
    expect(scoreAnswerKind('why', '队伍规模不断扩大。')).toBe(0)
    expect(scoreAnswerKind('why', '基因检测很准。')).toBe(0)
  })

  it('hears a purpose in a sentence opening with 为…, but not in 为 as "for"', () => {
    expect(scoreAnswerKind('why', '为改善医院的治安状况，派出所推动警务前移。')).toBe(1)
    expect(scoreAnswerKind('why', '民警为群众办事450起。')).toBe(0)
    expect(scoreAnswerKind('why', '为群众办事450起。')).toBe(0)
  })

  it('gives nothing for question types without an answer kind', () => {
    expect(scoreAnswerKind('what', '所里有民警25名。')).toBe(0)
  })
})

describe('scoreAnswerKind with the unit asked for', () => {
  it('wants a time of day for 几点 and a year for 哪一年', () => {
    expect(scoreAnswerKind('when', '每天上午9点开放。', { unit: { kind: 'date', part: 'hour' } })).toBe(1)
    expect(scoreAnswerKind("when", "今年3月开放。", { unit: { kind: 'date', part: 'hour' } })).toBe(0)
    expect(scoreAnswerKind('when', '1922年成立。', { unit: { kind: 'date', part: 'year' } })).toBe(1)
    expect(scoreAnswerKind('when', '3月成立。', { unit: { kind: 'date', part: 'year' } })).toBe(0.5)
  })

  it('reads no date into a house number (滨河路88号, 133号楼), and a day into 10号 or 5月10日', () => {
    expect(scoreAnswerKind('when', '新大厅地址：滨河路88号市民中心二楼。', {})).toBe(0)
    expect(scoreAnswerKind('when', '搬进了3号楼。', {})).toBe(0)
    expect(scoreAnswerKind('when', '大厅自10号起停止办公。', { unit: { kind: 'date', part: 'day' } })).toBe(1)
    expect(scoreAnswerKind('when', '大厅自5月10日起停止办公。', { unit: { kind: 'date', part: 'day' } })).toBe(1)
    expect(scoreAnswerKind('when', '解放路16号的大厅停止办公。', { unit: { kind: 'date', part: 'day' } })).toBe(0)
  })

  it('reads a year printed in Chinese numerals (二〇二五年) as a year', () => {
    expect(scoreAnswerKind('when', '二〇二五年春运开始。', { unit: { kind: 'date', part: 'year' } })).toBe(1)
    expect(scoreAnswerKind('when', '二〇二五年春运开始。', {})).toBe(1)
  })

  it('takes 今年 or 去年 alone as half a year for 哪一年: the year is the article\'s, not stated', () => {
    const year = { unit: { kind: 'date' as const, part: 'year' as const } }
    expect(scoreAnswerKind('when', '李兔儿今年59岁，即将退休。', year)).toBe(0.5)
    expect(scoreAnswerKind('when', '今年是2023年。', year)).toBe(1)
    expect(scoreAnswerKind('when', '李兔儿今年59岁，即将退休。')).toBe(1)
  })

  it('wants a road and house number for an address', () => {
    expect(scoreAnswerKind('where', '位于武林路133号。', { unit: { kind: 'address' } })).toBe(1)
    expect(scoreAnswerKind('where', '辖区东园公园附近。', { unit: { kind: 'address' } })).toBe(0.5)
  })

  it('wants a generation (00后) for 几零后', () => {
    expect(scoreAnswerKind('how_many', '“00后”姑娘小欢点赞。', { unit: { kind: 'generation' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '姑娘小欢点赞了3次。', { unit: { kind: 'generation' } })).toBe(0)
  })

  it('wants digits for a telephone number, not a count', () => {
    expect(scoreAnswerKind('how_many', '报警请拨打0571-87654321。', { unit: { kind: 'phone' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '派出所有25名民警。', { unit: { kind: 'phone' } })).toBe(0)
    expect(scoreAnswerKind('how_many', '2019年以来接警1200起。', { unit: { kind: 'phone' } })).toBe(0)
  })

  it('wants a road for 哪条路', () => {
    expect(scoreAnswerKind('where', '位于体育场路。', { unit: { kind: 'place', suffix: '路' } })).toBe(1)
    expect(scoreAnswerKind('where', '位于杭州市上城区。', { unit: { kind: 'place', suffix: '路' } })).toBe(0.5)
  })

  it('takes no determiner or pronoun for a place name (全省, 我们村), and takes a hall (殡仪馆)', () => {
    expect(scoreAnswerKind('where', '他是全省担当作为好干部。')).toBe(0)
    expect(scoreAnswerKind('where', '我们村有人赌博。', { unit: { kind: 'place', suffix: '村' } })).toBe(0)
    expect(scoreAnswerKind('where', '他们在殡仪馆一待就是一天。')).toBe(1)
  })

  it('takes no generic place word after a verb or particle (走访社区, 报告了社区) as a named place, but a name before it', () => {
    const tag = createDictionaryTagger({ 走访: 'v', 社区: 'n', 报告: 'v', 了: 'ul', 小营巷: 'ns', 熟悉: 'v' })
    expect(scoreAnswerKind('where', '他便走访社区、熟悉情况。', { tag })).toBe(0)
    expect(scoreAnswerKind('where', '报告了社区民警。', { tag })).toBe(0)
    expect(scoreAnswerKind('where', '他走访小营巷社区。', { tag })).toBe(1)
    expect(scoreAnswerKind('where', '报告了社区民警。')).toBe(0)
    expect(scoreAnswerKind('where', '他便走访社区。')).toBe(1)
  })

  it('takes no place word inside a longer word (路 of 路段) for a road', () => {
    const tag = createDictionaryTagger({ 来到: 'v', 易发: 'v', 路段: 'n', 体育场路: 'ns', 夜间: 't' })
    const road = { tag, unit: { kind: 'place' as const, suffix: '路' } }
    expect(scoreAnswerKind('where', '来到夜间易发路段。', road)).toBe(0)
    expect(scoreAnswerKind('where', '来到体育场路。', road)).toBe(1)
  })

  it('does not take a length of time (3年) for a date', () => {
    expect(scoreAnswerKind('when', '通过3年的持续创建。')).toBe(0)
    expect(scoreAnswerKind('when', '2019年以来持续创建。')).toBe(1)
    expect(scoreAnswerKind('when', '坚持了30年。', { unit: { kind: 'date', part: 'year' } })).toBe(0)
  })

  it('reads a bare 几个 as asking for things or people, not years or times', () => {
    expect(scoreAnswerKind('how_many', '全市179个基层所队。', { unit: { kind: 'count', measure: '个' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '全所38名党员。', { unit: { kind: 'count', measure: '个' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '通过3年的创建和9次活动。', { unit: { kind: 'count', measure: '个' } })).toBe(0.5)
  })

  it('prefers a count with the unit asked for', () => {
    expect(scoreAnswerKind('how_many', '被骗9万元。', { unit: { kind: 'count', measure: '元' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '有民警25名。', { unit: { kind: 'count', measure: '元' } })).toBe(0.5)
    expect(scoreAnswerKind('how_many', '有民警25名。', { unit: { kind: 'count', measure: '人' } })).toBe(1)
  })

  it('takes any unit of time, but not an age, as a length of time', () => {
    for (const sentence of ['已经2年多了。', '坚持了18个月。', '用了3天。', '两个小时过去了。', '最快3个工作日就能办结。', '责令其在15日内完成整改。']) expect(scoreAnswerKind('how_many', sentence, { unit: { kind: 'duration' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '责令其在15日内完成整改。', { unit: { kind: 'count', measure: '天' } })).toBe(1)
    // the day of a date is no length of time
    expect(scoreAnswerKind('how_many', '从4月1日起推出服务。', { unit: { kind: 'duration' } })).toBe(0)
    expect(scoreAnswerKind('how_many', '李兔儿今年59岁。', { unit: { kind: 'duration' } })).toBe(0.5)
  })

  it('takes no time of day (6点50分, 16时) for a length of time', () => {
    const duration = { unit: { kind: 'duration' } as const }
    expect(scoreAnswerKind('how_many', '早上6点50分，中巴车从客运站开出。', duration)).toBe(0)
    expect(scoreAnswerKind('how_many', '据气象台16时发布的消息，将出现大风天气。', duration)).toBe(0)
    expect(scoreAnswerKind('how_many', '全程要1小时20分钟。', duration)).toBe(1)
  })

  it('takes a temperature in ℃ or 摄氏度 for what 几度 asks', () => {
    const degrees = { unit: { kind: 'count', measure: '摄氏度|℃|度' } as const }
    expect(scoreAnswerKind('how_many', '山区最低气温可降至9℃。', degrees)).toBe(1)
    // a fall answers 下降几度, which asks a change
    expect(scoreAnswerKind('how_many', '气温将下降8摄氏度。', { ...degrees, asksChange: true })).toBe(1)
    expect(scoreAnswerKind('how_many', '据气象台16时发布的消息，将出现大风天气。', degrees)).toBe(0)
  })

  it('wants how often for 多久…一次: 每周, 每隔两天, 一年两次, not a length of time', () => {
    for (const sentence of ['快报每周更新一次。', '每隔两天巡逻。', '一年两次体检。', '定期走访。']) expect(scoreAnswerKind('how_many', sentence, { unit: { kind: 'frequency' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '从警已有26年。', { unit: { kind: 'frequency' } })).toBe(0)
  })

  it('takes every so many minutes or hours (每15分钟, 每4个小时) for how often', () => {
    for (const sentence of ['系统每15分钟自动调节一次阀门。', '每4个小时上传一次数据。', '每半天巡查一遍。']) expect(scoreAnswerKind('how_many', sentence, { unit: { kind: 'frequency' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '单程用时16分钟。', { unit: { kind: 'frequency' } })).toBe(0)
  })

  it('takes only years for 多少年, and a longer unit as it is', () => {
    expect(scoreAnswerKind('how_many', '干了30多年。', { unit: { kind: 'count', measure: '年' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '坚持了18个月。', { unit: { kind: 'count', measure: '年' } })).toBe(0.5)
    expect(scoreAnswerKind('how_many', '音量控制在60分贝以下。', { unit: { kind: 'count', measure: '分贝' } })).toBe(1)
    expect(scoreAnswerKind('how_many', '有民警25名。', { unit: { kind: 'count', measure: '分贝' } })).toBe(0.5)
  })

  it('when showing a sentence, wants a count of what is asked, in a person measure for a person noun', () => {
    const context = { focus: '党员', focusForms: ['党员'], showing: true }
    expect(scoreAnswerKind('how_many', '目前支部有党员43人。', context)).toBe(1)
    expect(scoreAnswerKind('how_many', '民警党员占比95%的队伍。', context)).toBe(0)
    expect(scoreAnswerKind('how_many', '大队有博士2名。', context)).toBe(0.5)
    // ranking passages keeps the lenient reading: any count may answer 多少
    expect(scoreAnswerKind('how_many', '民警党员占比95%的队伍。', { focus: '党员', focusForms: ['党员'] })).toBe(1)
  })

  it('when showing a sentence, takes a count after a word of change (上涨了6元) for half a price, unless a change is asked', () => {
    const price = { unit: { kind: 'count', measure: '元' } as const, focusForms: [], showing: true }
    expect(scoreAnswerKind('how_many', '单芽每斤86元。', price)).toBe(1)
    expect(scoreAnswerKind('how_many', '单芽收购价每斤上涨了6元。', price)).toBe(0.5)
    expect(scoreAnswerKind('how_many', '单芽收购价每斤上涨了6元，达到86元。', price)).toBe(1)
    expect(scoreAnswerKind('how_many', '单芽收购价每斤上涨了6元。', { ...price, asksChange: true })).toBe(1)
    expect(scoreAnswerKind('how_many', '每架最多运100元的货。', price)).toBe(1)
  })

  it('when ranking passages too, takes a count given only as a change (多了9毫米) for half a count', () => {
    const depth = { unit: { kind: 'count', measure: '毫米' } as const }
    expect(scoreAnswerKind('how_many', '比那场暴雪的降雪量多了9毫米。', depth)).toBe(0.5)
    expect(scoreAnswerKind('how_many', '累计降雪量达28毫米。', depth)).toBe(1)
    expect(scoreAnswerKind('how_many', '比那场暴雪的降雪量多了9毫米。', { ...depth, asksChange: true })).toBe(1)
  })

  it('wants a floor (二楼, 4楼) for 几楼, half of it from a sentence naming only a place', () => {
    const context = { unit: { kind: 'floor' } as const }
    expect(scoreAnswerKind('where', '作品展在市博物馆二楼临展厅开幕。', context)).toBe(1)
    expect(scoreAnswerKind('where', '中心就在4楼。', context)).toBe(1)
    expect(scoreAnswerKind('where', '体验课在市博物馆举办。', context)).toBe(0.5)
    expect(scoreAnswerKind('where', '楼房的层面很高。', context)).toBe(0)
  })

  it('gives a date that starts something (7月10日起) half the credit of one ending it when the question asks until when', () => {
    expect(scoreAnswerKind('when', '7月10日起，8条线路改经北岸大道运行。', { unit: { kind: 'until' } })).toBe(0.5)
    expect(scoreAnswerKind('when', '将于7月10日起实施全封闭施工，预计至2026年1月31日。', { unit: { kind: 'until' } })).toBe(1)
    expect(scoreAnswerKind('when', '7月10日起，8条线路改经北岸大道运行。')).toBe(1)
  })

  it('halves a count in a sentence naming what is asked only as what a share is of (占旅游总收入的38%)', () => {
    const context = { focus: '总收入', focusForms: ['总收入'] }
    expect(scoreAnswerKind('how_many', '夜间消费额达121.1亿元，占旅游总收入的38%。', context)).toBe(0.5)
    expect(scoreAnswerKind('how_many', '实现旅游总收入318.7亿元，同比增长9.8%。', context)).toBe(1)
    expect(scoreAnswerKind('how_many', '夜间消费额达121.1亿元，占旅游总收入的38%。', { focus: '占比', focusForms: ['占比'] })).toBe(1)
  })

  it('does not take a length of time or an amount of money for a count of people the question gives no unit', () => {
    expect(scoreAnswerKind('how_many', '他是一名在岗位上扎根了30多年的老党员。', { focus: '党员' })).toBe(0)
    expect(scoreAnswerKind('how_many', '党员们捐款5万元。', { focus: '党员' })).toBe(0)
    expect(scoreAnswerKind('how_many', '支部有3个小组。', { focus: '党员' })).toBe(1)
    expect(scoreAnswerKind('how_many', '他扎根了30多年。', { focus: '经验' })).toBe(1)
  })

  it('reads children, residents, visitors, fans and family as people counted (多少孩子, 多少游客)', () => {
    for (const focus of ['孩子', '儿童', '居民', '游客', '网友', '球迷', '护士', '家长', '家属']) {
      expect(scoreAnswerKind('how_many', '她在小学教了35年数学。', { focus })).toBe(0)
      expect(scoreAnswerKind('how_many', '先后有300多名学员来过。', { focus })).toBe(1)
    }
  })

  it('when showing a sentence, prefers an exact count to an estimate (五六个)', () => {
    const context = { unit: { kind: 'count', measure: '个' } as const, focus: '煤气', focusForms: ['煤气'], showing: true }
    expect(scoreAnswerKind('how_many', '店内有五六个煤气瓶。', context)).toBe(0.5)
    expect(scoreAnswerKind('how_many', '在该店内查获6个煤气瓶。', context)).toBe(1)
    expect(scoreAnswerKind('how_many', '店内有五六个煤气瓶，查获6个。', context)).toBe(1)
    expect(scoreAnswerKind('how_many', '店内有五六个煤气瓶。', { ...context, showing: false, focusForms: undefined })).toBe(1)
  })

  it('does not read the 7年 of 2017年 as years, nor a decade as a count', () => {
    expect(scoreAnswerKind('how_many', '该支部在2017年被确定为示范点，有党员25名。', { unit: { kind: 'count', measure: '年' } })).toBe(0.5)
    expect(scoreAnswerKind('how_many', '上世纪五六十年代的法医专家。')).toBe(0)
  })

  it('does not take 几块 or 几个 for a count, but takes 几十名', () => {
    expect(scoreAnswerKind('how_many', '划分几块互不干扰的区域。')).toBe(0)
    expect(scoreAnswerKind('how_many', '来了几十名志愿者。')).toBe(1)
  })
})

describe('scoreAnswerKind for a name asked for', () => {
  const tag = (text: string) => [...text.matchAll(/老何|杜桥|派出所|调解员|出马|板凳夜话|推出/g)].map((m) => ({ word: m[0], tag: m[0] === '杜桥' ? 'x' : m[0] === '老何' ? 'r' : 'n' }))

  it('does not take quoted speech for a name, even when it holds the thing asked about', () => {
    expect(scoreAnswerKind('name', '“你师父做得可好嘞，你得跟着他多学学。”', { focus: '师父', focusForms: ['师父'] })).toBe(0)
    expect(scoreAnswerKind('name', '自行研发了“伪基站综合取证设备”。', { focus: '设备', focusForms: ['设备'] })).toBe(1)
  })

  it('takes a person said to be the one asked about across a quoted name (林望潮是“青渔03187”号的船老大)', () => {
    const boat = (text: string) => [...text.matchAll(/林望潮|渔民|船老大|青渔|是|的|号|\d+|./gu)].map((m) => ({ word: m[0], tag: m[0] === '林望潮' ? 'nr' : 'n' }))
    const context = { tag: boat, focus: '船老大', focusForms: ['船老大'], known: new Set(['青渔', '03187', '船老大']) }
    expect(scoreAnswerKind('name', '渔民林望潮是“青渔03187”号的船老大。', context)).toBe(1)
  })

  it('takes a quoted name the question does not hold', () => {
    expect(scoreAnswerKind('name', '潮鸣派出所推出“板凳夜话”。', { tag })).toBe(1)
    expect(scoreAnswerKind('name', '潮鸣派出所推出“板凳夜话”。', { tag, known: new Set(['板凳', '夜话']) })).toBe(0)
  })

  it('wants a person for 全名 and a quoted name for 店名', () => {
    expect(scoreAnswerKind('name', '潮鸣派出所推出“板凳夜话”。', { tag, unit: { kind: 'name', of: 'person' } })).toBe(0)
    expect(scoreAnswerKind('name', '杜桥派出所调解员老何出马。', { tag, unit: { kind: 'name', of: 'thing' } })).toBe(0)
    expect(scoreAnswerKind('name', '潮鸣派出所推出“板凳夜话”。', { tag, unit: { kind: 'name', of: 'thing' } })).toBe(1)
  })

  it('wants no person for the name of a shop, venue or organisation (火锅店叫啥名字)', () => {
    expect(scoreAnswerKind('name', '杜桥派出所调解员老何出马。', { tag, focus: '火锅店' })).toBe(0)
    expect(scoreAnswerKind('name', '杜桥派出所调解员老何出马。', { tag, focus: '调解员' })).toBe(1)
    expect(scoreAnswerKind('name', '全省首批“枫桥式”派出所。', { tag, focus: '派出所' })).toBe(1)
  })

  it('takes a name after a role for a person the sentence calls otherwise (小姑娘叫什么: 学生张可欣)', () => {
    const tagged = createDictionaryTagger({ 五年级: 'b', 学生: 'n', 张可欣: 'nr', 读完: 'v', 了: 'ul', 书: 'n', 今年: 't' })
    expect(scoreAnswerKind('name', '五年级学生张可欣读完了21本书。', { tag: tagged, focus: '小姑娘', focusForms: ['小姑娘', '女孩'] })).toBe(1)
    expect(scoreAnswerKind('name', '张可欣今年读完了21本书。', { tag: tagged, focus: '小姑娘', focusForms: ['小姑娘', '女孩'] })).toBe(0.5)
  })

  it('wants a person, not a quoted slogan, for the name of someone named by a role (负责人叫什么)', () => {
    expect(scoreAnswerKind('name', '潮鸣派出所推出“板凳夜话”。', { tag, focus: '负责人' })).toBe(0)
    expect(scoreAnswerKind('name', '潮鸣派出所推出“板凳夜话”。', { tag, focus: '机制' })).toBe(0.5)
  })

  it('takes a name standing right after the quote that closes a title (“成绩突出女民警”陈红)', () => {
    const tagged = () => [{ word: '成绩', tag: 'n' }, { word: '突出', tag: 'a' }, { word: '女民警', tag: 'n' }, { word: '陈红', tag: 'nr' }]
    expect(scoreAnswerKind('name', '全国百名“成绩突出女民警”陈红等', { tag: tagged, focus: '女民警' })).toBe(1)
  })

  it('takes a withheld name (林某) for 谁 but not for 叫什么', () => {
    const tagged = () => [{ word: '代表', tag: 'n' }, { word: '林某', tag: 'x' }]
    expect(scoreAnswerKind('who', '党员代表林某这样说', { tag: tagged })).toBe(1)
    expect(scoreAnswerKind('name', '党员代表林某这样说', { tag: tagged })).toBe(0)
  })

  it('takes a nickname (老何) for a person, and not a place named like one (杜桥派出所)', () => {
    expect(scoreAnswerKind('name', '杜桥派出所调解员老何出马。', { tag })).toBe(1)
    expect(scoreAnswerKind('name', '杜桥派出所调解员出马。', { tag })).toBe(0)
    expect(scoreAnswerKind('name', '杜桥派出所调解员老何出马。', { tag, known: new Set(['老何']) })).toBe(0)
  })
})

describe('scoreAnswerKind for the name of what the question asks about', () => {
  const tag = (text: string) => [...text.matchAll(/张三|负责人|./gu)].map((m) => ({ word: m[0], tag: m[0] === '张三' ? 'nr' : 'x' }))
  const name = (sentence: string, focus: string) => scoreAnswerKind('name', sentence, { tag, focus })

  it('takes a name standing right by it or after a dash', () => {
    expect(name('负责人张三介绍情况', '负责人')).toBe(1)
    expect(name('成立了党组织——“中共杭州小组”', '党组织')).toBe(1)
  })

  it('takes an unquoted name after a dash, though a person stands elsewhere', () => {
    expect(name('张三等青年成立了党组织——中共杭州小组，', '党组织')).toBe(1)
  })

  it('takes a quoted word however short right before the thing (打造“桥”警务)', () => {
    expect(name('康桥派出所致力打造“桥”警务，实现联动。', '警务')).toBe(1)
    expect(name('康桥派出所致力打造警务，实现“联动”。', '警务')).toBe(0)
  })

  it('takes a quoted name at the head of its noun phrase, or holding it', () => {
    expect(name('推出了“板凳夜话”矛盾纠纷预防机制', '机制')).toBe(1)
    expect(name('自行研发了“伪基站综合取证设备”', '设备')).toBe(1)
  })

  it('takes a name after a naming verb, and a 小 or 老 name after a person', () => {
    expect(name('民警们被群众亲切称为“红巷丽警”', '群众')).toBe(1)
    expect(name('姑娘小欢在朋友圈点赞', '姑娘')).toBe(1)
  })

  it('does not take a name standing elsewhere in a sentence that holds it', () => {
    expect(name('负责人介绍，张三也来了', '负责人')).toBe(0)
    expect(name('儿子向“红警驿站”反映', '儿子')).toBe(0)
  })

  it('gives half when the sentence does not hold it at all', () => {
    expect(name('张三介绍情况', '负责人')).toBe(0.5)
  })

  it('takes a name after a description ending in 的 within one clause', () => {
    expect(name('户籍民警同时也是示范岗成员的张三，每天送餐。', '户籍民警')).toBe(1)
    expect(name('户籍民警来了，大家都认识的张三也来了。', '户籍民警')).toBe(0)
  })

  it('finds the thing by a synonym of the question\'s word (女孩 asked, 姑娘 written; 饭店 asked, 餐馆 written)', () => {
    expect(scoreAnswerKind('name', '“00后”姑娘小欢在朋友圈点赞', { tag, focus: '女孩', focusForms: ['女孩', '姑娘'] })).toBe(1)
    const shop = '他开的餐馆“老张家”很有名'
    expect(scoreAnswerKind('name', shop, { tag, focus: '饭店', focusForms: ['饭店', '餐馆'] })).toBe(1)
    expect(scoreAnswerKind('name', shop, { tag, focus: '饭店' })).toBe(0.5)
  })

  it('takes 小欢 named right after what she is (姑娘小欢在…) for the name of someone asked about as 她', () => {
    expect(scoreAnswerKind('name', '“00后”姑娘小欢在朋友圈点赞', { tag })).toBe(1)
    expect(scoreAnswerKind('name', '“00后”姑娘在朋友圈点赞', { tag })).toBe(0)
  })
})

describe('scoreAnswerKind for a role the question names', () => {
  const tag = (text: string) => [...text.matchAll(/王立新|张三|所长|介绍|东湖|是|./gu)].map((m) => ({ word: m[0], tag: /王立新|张三/.test(m[0]) ? 'nr' : 'n' }))

  it('takes a person named in the clause of the role for the answer', () => {
    expect(scoreAnswerKind('who', '东湖所长王立新介绍，张三来了', { tag, focus: '所长' })).toBe(1)
  })

  it('takes a person named only in another clause than the role for half an answer', () => {
    expect(scoreAnswerKind('who', '东湖所长介绍，这里是王立新的家乡', { tag, focus: '所长' })).toBe(0.5)
    expect(scoreAnswerKind('who', '东湖所长介绍，这里是王立新的家乡', { tag })).toBe(1)
  })

  it('takes the deputy (副所长王立新) for half an answer to who the 所长 is, but not to who the 副所长 is', () => {
    expect(scoreAnswerKind('who', '东湖副所长王立新介绍', { tag, focus: '所长' })).toBe(0.5)
    expect(scoreAnswerKind('who', '东湖副所长王立新介绍', { tag, focus: '副所长' })).toBe(1)
  })
})

describe('scoreAnswerKind for a name jieba cut after its surname', () => {
  const tag = () => [{ word: '师傅', tag: 'n' }, { word: '李', tag: 'nr' }, { word: '兔儿', tag: 'n' }, { word: '带', tag: 'v' }]

  it('reads the surname and the word after it as one person', () => {
    expect(scoreAnswerKind('who', '师傅李兔儿带', { tag })).toBe(1)
  })

  it('does not take the person the question names for the answer', () => {
    expect(scoreAnswerKind('who', '师傅李兔儿带', { tag, known: new Set(['李', '兔儿']) })).toBeLessThan(1)
  })

  it('takes a named organisation for half a person', () => {
    expect(scoreAnswerKind('who', '苍南交警联合宜山镇三轮车协会开展年审', { known: new Set(['三轮车', '年审']) })).toBe(0.5)
    expect(scoreAnswerKind('who', '全市各单位开展年审', {})).toBe(0)
    expect(scoreAnswerKind('who', '由该协会开展年审', {})).toBe(0)
    expect(scoreAnswerKind('who', '三轮车协会开展年审', { known: new Set(['三轮车']) })).toBe(0)
  })

  it('hears a hint of a name after a role word, but not after 的 or 们', () => {
    expect(scoreAnswerKind('who', '师傅王大成带他', {})).toBe(0.5)
    expect(scoreAnswerKind('who', '师傅的叮嘱记下', {})).toBe(0)
    expect(scoreAnswerKind('who', '民警们走访社区', {})).toBe(0)
  })

  it('joins a surname to a given name tagged as the name (黄/a 秋香/nr)', () => {
    const tagged = () => [{ word: '老人', tag: 'n' }, { word: '黄', tag: 'a' }, { word: '秋香', tag: 'nr' }]
    expect(scoreAnswerKind('name', '老人黄秋香', { tag: tagged })).toBe(1)
    expect(scoreAnswerKind('name', '老人黄秋香', { tag: tagged, known: new Set(['秋香']) })).toBe(0)
  })
})

describe('scoreAnswerKind for how', () => {
  it('takes a sentence naming its means', () => {
    expect(scoreAnswerKind('how', '民警通过网格化管理化解了矛盾。')).toBe(1)
    expect(scoreAnswerKind('how', '广场舞的噪音问题曾是块硬骨头。')).toBe(0)
    expect(scoreAnswerKind('how', '医生立即上前实施心肺复苏。')).toBe(1)
    // a purpose opening the sentence: what follows was done for it
    expect(scoreAnswerKind('how', '为了避免渔获集中上市，合作社建起了一座冷库。')).toBe(1)
    expect(scoreAnswerKind('how', '合作社建起了一座冷库，为了避免渔获集中上市。')).toBe(0)
  })

  it('takes an instrument the act is done with (用小勺一点点喂, 用担架背下山) for a means, but not a use, a need or a cost (作用, 不用, 用了三年)', () => {
    expect(scoreAnswerKind('how', '他们用小勺一点点喂。')).toBe(1)
    expect(scoreAnswerKind('how', '民兵用担架和背篓把老人背下山。')).toBe(1)
    expect(scoreAnswerKind('how', '这项工作发挥了重要作用。')).toBe(0)
    expect(scoreAnswerKind('how', '行动不便的老人不用出门。')).toBe(0)
    expect(scoreAnswerKind('how', '这条路修了三年，用了两千万元。')).toBe(0)
    expect(scoreAnswerKind('how', '新大楼下月投入使用。')).toBe(0)
  })

  it('takes how it ended, over the means tried, when the question asks how it ended (最后是怎么解决的)', () => {
    const outcome = { unit: { kind: 'outcome' as const } }
    expect(scoreAnswerKind('how', '最终双方达成合意：将公共场地网格化。', outcome)).toBe(1)
    expect(scoreAnswerKind('how', '民警通过座谈了解实质问题。', outcome)).toBe(0.5)
    expect(scoreAnswerKind('how', '最终双方达成合意：将公共场地网格化。')).toBe(0)
  })
})

describe('scoreAnswerKind for which', () => {
  it('takes a named instance of the focus, but not 某银行 or 到银行', () => {
    expect(scoreAnswerKind('which', '她到工商银行网点转账。', { focus: '银行' })).toBe(1)
    expect(scoreAnswerKind('which', '她带着现金到某银行网点转账。', { focus: '银行' })).toBe(0)
    expect(scoreAnswerKind('which', '她带着现金到银行转账。', { focus: '银行' })).toBe(0)
  })

  it('takes a name ending in the last character of a three-character kind (“解放大道北站” for 哪个公交站), not a word holding it', () => {
    expect(scoreAnswerKind('which', '“解放大道北站”“青云路口站”3个站点暂停使用。', { focus: '公交站' })).toBe(1)
    expect(scoreAnswerKind('which', '3个公交站点暂停使用。', { focus: '公交站' })).toBe(0)
  })

  it('takes a named office or body (县气象台) for what 哪个部门 asks', () => {
    expect(scoreAnswerKind('which', '县自然资源局和县气象台联合发布预警。', { focus: '部门' })).toBe(1)
    expect(scoreAnswerKind('which', '有关部门联合发布预警。', { focus: '部门' })).toBe(0)
  })

  it('takes an institute, a firm of lawyers, a group or a co-operative (海洋工程研究所) for what 哪个单位 asks', () => {
    expect(scoreAnswerKind('which', '由海州市海洋工程研究所牵头建设的示范工程开工。', { focus: '单位' })).toBe(1)
    expect(scoreAnswerKind('which', '平川热力集团负责建设。', { focus: '单位' })).toBe(1)
    expect(scoreAnswerKind('which', '示范工程开工。', { focus: '单位' })).toBe(0)
  })

  it('takes a factory, an office or a firm for the workplace 哪个单位 asks for', () => {
    expect(scoreAnswerKind('which', '马永福原是江城电机厂的一名电工。', { focus: '单位' })).toBe(1)
    expect(scoreAnswerKind('which', '他原是县气象局的职工。', { focus: '单位' })).toBe(1)
    expect(scoreAnswerKind('which', '他退休前是一名电工。', { focus: '单位' })).toBe(0)
  })

  it('takes a title in book-title marks for the work 哪本书 or 哪部电影 asks for', () => {
    expect(scoreAnswerKind('which', '她最喜欢的是曹文轩的《草房子》。', { focus: '本书' })).toBe(1)
    expect(scoreAnswerKind('which', '她最喜欢的是曹文轩的《草房子》。', { focus: '电影' })).toBe(1)
    expect(scoreAnswerKind('which', '她一个学期读完了21本书。', { focus: '本书' })).toBe(0)
  })

  it('takes no count of them (3家连锁超市) for a named one, but a name after a year (2016年武林派出所)', () => {
    expect(scoreAnswerKind('which', '合作社与禾川市3家连锁超市签订了供货协议。', { focus: '超市' })).toBe(0)
    expect(scoreAnswerKind('which', '全市有12所中学参加。', { focus: '中学' })).toBe(0)
    expect(scoreAnswerKind('which', '从2016年武林派出所辖区最初的18位志愿者起步。', { focus: '派出所' })).toBe(1)
  })

  it('takes no 这个支队 or 一家银行 for a named one', () => {
    expect(scoreAnswerKind('which', '就在于这个支队的核心部门承担着现场勘验。', { focus: '支队' })).toBe(0)
    expect(scoreAnswerKind('which', '记者走进市公安局刑侦支队七大队。', { focus: '支队' })).toBe(1)
    expect(scoreAnswerKind('which', '她走进了附近一家银行。', { focus: '银行' })).toBe(0)
  })

  it('takes a school of any kind for 哪所学校, and any institution for 哪个单位', () => {
    expect(scoreAnswerKind('which', '检察官走进五里中心小学上课。', { focus: '学校' })).toBe(1)
    expect(scoreAnswerKind('which', '他在城东派出所工作。', { focus: '单位' })).toBe(1)
    expect(scoreAnswerKind('which', '他在单位工作。', { focus: '单位' })).toBe(0)
    // the question's own word inside a longer name still leaves a name
    expect(scoreAnswerKind('which', '苍南交警联合宜山镇三轮车协会开展年审', { focus: '单位', known: new Set(['三轮车']) })).toBe(1)
  })

  it('takes any place jieba tags for 哪个城市 or 哪些地方, which a city\'s name answers without 城市', () => {
    const tag = createDictionaryTagger({ 围绕: 'p', 厦门: 'ns', 会晤: 'vn', 安保: 'vn', 支援: 'v', 完成: 'v', 重大: 'a', 任务: 'n' })
    expect(scoreAnswerKind('which', '围绕厦门会晤安保支援。', { focus: '城市', tag })).toBe(1)
    expect(scoreAnswerKind('which', '完成重大安保任务。', { focus: '城市', tag })).toBe(0)
    expect(scoreAnswerKind('which', '围绕厦门会晤安保支援。', { focus: '银行', tag })).toBe(0)
  })
})

describe('scoreAnswerKind for persons', () => {
  const tag = (text: string) => [...text.matchAll(/陈红|巫伟勇|师傅|评为|带着/g)].map((m) => ({ word: m[0], tag: m[0] === '师傅' ? 'nr' : m[0].length === 2 && m[0] !== '评为' && m[0] !== '带着' ? 'x' : 'v' }))

  it('takes a name that is not in the question as the answer to 谁', () => {
    expect(scoreAnswerKind('who', '陈红被评为红旗手', { tag, known: new Set(['红旗手']) })).toBe(1)
  })

  it('does not take the person asked about, or a title, as the answer', () => {
    expect(scoreAnswerKind('who', '师傅带着巫伟勇', { tag, known: new Set(['巫伟勇', '师傅']) })).toBeLessThan(1)
  })

  it('does not count 第一个 or the article 一个 as a count', () => {
    expect(scoreAnswerKind('how_many', '浙江第一个党组织')).toBe(0)
    expect(scoreAnswerKind('how_many', '这是一个好地方')).toBe(0)
  })

  it('does not count a number inside a short quoted name (“五个一”), but one right after it', () => {
    expect(scoreAnswerKind('how_many', '他们以“五个一”为载体。')).toBe(0)
    expect(scoreAnswerKind('how_many', '建设“红警驿站”6个。')).toBe(1)
  })

  it('does not count 一群 or 一批, which say there are some', () => {
    expect(scoreAnswerKind('how_many', '有一群人被亲切地称为志愿者。')).toBe(0)
    expect(scoreAnswerKind('how_many', '打造了一批有影响力的品牌。')).toBe(0)
    expect(scoreAnswerKind('how_many', '组建了三批志愿者。')).toBe(1)
  })

  it('takes only counts of people for 几个 when the noun counted names people', () => {
    expect(scoreAnswerKind('how_many', '提取诈骗短信5000余条。', { unit: { kind: 'count', measure: '个' }, focus: '嫌疑人' })).toBe(0.5)
    expect(scoreAnswerKind('how_many', '抓获嫌疑人3名。', { unit: { kind: 'count', measure: '个' }, focus: '嫌疑人' })).toBe(1)
    expect(scoreAnswerKind('how_many', '提取诈骗短信5000余条。', { unit: { kind: 'count', measure: '个' }, focus: '短信' })).toBe(1)
  })

  it('takes only counts of things for 几个 when the noun counted names an institution or a place', () => {
    expect(scoreAnswerKind('how_many', '最初有18位志愿者。', { unit: { kind: 'count', measure: '个' }, focus: '派出所' })).toBe(0.5)
    expect(scoreAnswerKind('how_many', '全区共有12个派出所。', { unit: { kind: 'count', measure: '个' }, focus: '派出所' })).toBe(1)
    expect(scoreAnswerKind('how_many', '建成社区警校147所。', { unit: { kind: 'count', measure: '个' }, focus: '社区' })).toBe(1)
    expect(scoreAnswerKind('how_many', '最初有18位志愿者。', { unit: { kind: 'count', measure: '个' }, focus: '队伍' })).toBe(1)
    expect(scoreAnswerKind('how_many', '提出了45条具体意见。', { unit: { kind: 'count', measure: '个' }, focus: '派出所' })).toBe(0.5)
  })

  it('takes only counts in an institution\'s measure words for 多少派出所, which names no unit', () => {
    expect(scoreAnswerKind('how_many', '提出了45条具体意见。', { focus: '派出所' })).toBe(0)
    expect(scoreAnswerKind('how_many', '持续3年的创建。', { focus: '派出所' })).toBe(0)
    expect(scoreAnswerKind('how_many', '全市共有12个派出所。', { focus: '派出所' })).toBe(1)
    expect(scoreAnswerKind('how_many', '提出了45条具体意见。', { focus: '意见' })).toBe(1)
  })

  it('does not take the article 一个 for the unit a question asks for', () => {
    expect(scoreAnswerKind('how_many', '党员占比95%的队伍中，有一个神秘的大队。', { unit: { kind: 'count', measure: '个' } })).toBe(0.5)
    expect(scoreAnswerKind('how_many', '目前支部有党员43人。', { unit: { kind: 'count', measure: '个' } })).toBe(1)
  })
})

describe('scoreAnswerKind for where something is', () => {
  it('does not take the place asked about for its answer', () => {
    const tag = createDictionaryTagger({ 主席: 'n', 视察: 'v', 小营巷: 'ns', 位于: 'v', 杭州市: 'ns', 上城区: 'ns', 社区: 'n' })
    expect(scoreAnswerKind('where', '主席视察小营巷。', { tag, located: '小营巷' })).toBe(0)
    expect(scoreAnswerKind('where', '位于杭州市上城区小营巷社区。', { tag, located: '小营巷' })).toBe(1)
    expect(scoreAnswerKind('where', '主席视察小营巷。', { tag })).toBe(1)
  })
})

describe('scoreAnswerKind for 哪个', () => {
  it('takes a named instance of what is asked about, other than the ones in the question', () => {
    expect(scoreAnswerKind('which', '龙湾状元派出所推出新二代反诈', { focus: '派出所', known: new Set(['龙湾']) })).toBe(1)
    expect(scoreAnswerKind('which', '龙湾派出所推出新二代反诈', { focus: '派出所', known: new Set(['龙湾']) })).toBe(0)
  })

  it('counts 期间 as a time', () => {
    expect(scoreAnswerKind('when', '答应在重大考试期间停止活动')).toBe(1)
  })
})

describe('scoreAssertion', () => {
  const asserted = [{ word: { forms: ['一次'] }, weight: 1 }, { word: { forms: ['办完', '办结'] }, weight: 3 }]

  it('weighs the share of what is asked that the sentence states, in any of its forms', () => {
    expect(scoreAssertion('此次年审实现了“一次性”办结。', asserted)).toBe(1)
    expect(scoreAssertion('三轮车年审可以办结。', asserted)).toBe(0.75)
    expect(scoreAssertion('近日开展了三轮车年审工作。', asserted)).toBe(0)
    expect(scoreAssertion('近日开展了三轮车年审工作。', [])).toBe(0)
  })
})
