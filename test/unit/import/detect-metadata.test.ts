import { describe, expect, it } from 'vitest'
import { detectMetadata, readDate } from '../../../src/import/detect-metadata.js'
import { readRawLines } from '../../../src/import/read-raw-lines.js'

const page = `庆祝中国共产党成立100周年
The 100th Anniversary of the Founding of

守护“红色根脉”

浙江法制报

2021年7月1日 星期四

责任编辑:陈毅香 新闻热线:0571-85310546

4

杭州小营巷 浙江第一个党组织在这里成立

红巷沃土 向阳生长

见习记者 王梓
通讯员 周海凡 陈奇

小巷幽幽，风过留痕。今年3月，位于杭州市上城区小营巷社区的红巷精神纪念旧址群被列为浙江省党史教育基地。`

describe('detectMetadata', () => {
  it('returns newspaper, date, page, column, title, kicker and bylines from a page header', () => {
    const lines = readRawLines(page)
    const result = detectMetadata(lines)
    expect(result.metadata).toEqual({
      title: '红巷沃土 向阳生长',
      subtitle: '杭州小营巷 浙江第一个党组织在这里成立',
      newspaper: '浙江法制报',
      date: '2021-07-01',
      page: '4',
      authors: ['见习记者 王梓', '通讯员 周海凡 陈奇'],
      column: '庆祝中国共产党成立100周年',
    })
    expect(lines[result.bodyStart]?.text).toMatch(/^小巷幽幽/)
    expect(result.droppedLines).toEqual(['The 100th Anniversary of the Founding of', '守护“红色根脉”', '责任编辑:陈毅香 新闻热线:0571-85310546'])
    expect(result.bannerLines).toEqual(['守护“红色根脉”'])
  })

  it('returns an empty date and page when the text gives none, and the deck below the title as subtitle', () => {
    const lines = readRawLines('以党建为引领 铸最忠诚警队\n\n解码杭州公安三家单位“最强党支部”创建\n\n本报记者 陈洋根\n\n近日,杭州市公安局召开2018年全市公安系统党建工作暨“最强党支部”创建动员部署会。')
    const { metadata } = detectMetadata(lines)
    expect([metadata.title, metadata.subtitle, metadata.date, metadata.page]).toEqual(['以党建为引领 铸最忠诚警队', '解码杭州公安三家单位“最强党支部”创建', '', ''])
  })
})

describe('detectMetadata on pasted web copy and hard-broken text', () => {
  it('returns the headlines above a masthead row as title and subtitle when none stands below it', () => {
    const lines = readRawLines('山路通了公交车 老鸦坪到石门镇只要35分钟\n18.6公里K12路开通，村民不用再背着山货翻鹰嘴垭\n岚州日报 2025年4月18日 第3版\n记者 田晓岚 通讯员 覃思远\n\n4月16日早上6点50分，一辆蓝白相间的中巴车从青岚县石门镇客运站开出，沿着新修的盘山公路向老鸦坪驶去。')
    const { metadata } = detectMetadata(lines)
    expect(metadata).toMatchObject({ title: '山路通了公交车 老鸦坪到石门镇只要35分钟', subtitle: '18.6公里K12路开通，村民不用再背着山货翻鹰嘴垭', column: '', newspaper: '岚州日报', date: '2025-04-18', page: '3' })
    expect(metadata.authors).toEqual(['记者 田晓岚', '通讯员 覃思远'])
  })

  it('returns the newspaper and date of a website\'s source line, the date in digits or Chinese numerals, and a labelled author', () => {
    const stamped = detectMetadata(readRawLines('一口汤锅熬了34年 三代人守着老诸葛面馆\n2025-08-22 07:30  来源：岚州日报\n作者：韦一苇\n\n凌晨4点，云岭区文昌路78号的“老诸葛面馆”后厨已经亮起了灯，骨头汤在大锅里翻滚。')).metadata
    expect(stamped).toMatchObject({ title: '一口汤锅熬了34年 三代人守着老诸葛面馆', newspaper: '岚州日报', date: '2025-08-22', authors: ['韦一苇'] })
    const numerals = detectMetadata(readRawLines('岚州新版生活垃圾分类办法7月1日起施行\n——厨余垃圾须“破袋投放”\n二〇二五年六月三日　来源：岚州日报\n\n《岚州市生活垃圾分类管理办法》日前经市政府常务会议审议通过，将于7月1日起施行。')).metadata
    expect(numerals).toMatchObject({ title: '岚州新版生活垃圾分类办法7月1日起施行', subtitle: '厨余垃圾须“破袋投放”', newspaper: '岚州日报', date: '2025-06-03' })
  })

  it('reads a website\'s labelled stamp (发布时间, 来源, 作者) as metadata, not as the first paragraph', () => {
    const lines = readRawLines('山城新添口袋公园\n发布时间：2025-03-04 10:20  来源：岚州日报  作者：张晓\n\n近日，云岭区新建的3处口袋公园正式开放，总面积约4800平方米，为周边居民提供了休闲去处。')
    const { metadata, bodyStart } = detectMetadata(lines)
    expect(metadata).toMatchObject({ title: '山城新添口袋公园', newspaper: '岚州日报', date: '2025-03-04', authors: ['张晓'] })
    expect(lines[bodyStart]?.text).toMatch(/^近日/)
  })

  it('returns no subtitle for a title printed twice', () => {
    const { metadata } = detectMetadata(readRawLines('滨江大道二期正式通车\n滨江大道二期正式通车\n2025-03-04 10:20:31 来源：岚州日报\n\n3月3日上午，云岭区滨江大道二期正式通车，全长3.2公里，双向六车道。'))
    expect([metadata.title, metadata.subtitle, metadata.date]).toEqual(['滨江大道二期正式通车', '', '2025-03-04'])
  })

  it('starts the body right after the byline, however short the lines below it were broken', () => {
    const lines = readRawLines('流感疫苗，现在打正当时\n本报记者 杜若溪\n国庆假期过后，岚州气温逐渐走低，全市\n流感疫苗接种工作已于9月下旬全面启\n动。\n记者：今年为什么特别强调“早接种”？')
    const { metadata, bodyStart } = detectMetadata(lines)
    expect([metadata.title, metadata.subtitle]).toEqual(['流感疫苗，现在打正当时', ''])
    expect(lines[bodyStart]?.text).toBe('国庆假期过后，岚州气温逐渐走低，全市')
  })
})

describe('detectMetadata on a PDF page\'s lines', () => {
  const line = (text: string, size?: number) => ({ text, gap: 1, indented: false, ...(size === undefined ? {} : { size }) })
  const text = line('近日，杭州市公安局召开全市公安系统党建工作暨“最强党支部”创建动员部署会。', 10)

  it('returns newspaper, date and page from a masthead set on one row', () => {
    const { metadata, metadataLines } = detectMetadata([line('浙江法制报 2021年7月1日 星期四 第4版', 9), line('红巷沃土 向阳生长', 22), text])
    expect([metadata.newspaper, metadata.date, metadata.page]).toEqual(['浙江法制报', '2021-07-01', '4'])
    expect(metadataLines).toEqual(['浙江法制报 2021年7月1日 星期四 第4版'])
  })

  it('returns the headline in the largest type as the title, even when it is the longer line', () => {
    const { metadata } = detectMetadata([line('金华公安', 12), line('守好红色根脉 锻造“三能”铁军', 24), text])
    expect([metadata.title, metadata.subtitle]).toEqual(['守好红色根脉 锻造“三能”铁军', '金华公安'])
  })
})

describe('readDate', () => {
  it('returns YYYY-MM-DD for a printed date and empty for an impossible one', () => {
    expect(readDate('2021年7月1日 星期四')).toBe('2021-07-01')
    expect(readDate('2021年13月1日')).toBe('')
  })

  it('returns YYYY-MM-DD for a date in Chinese numerals', () => {
    expect(readDate('二〇二五年六月三日')).toBe('2025-06-03')
    expect(readDate('二〇二五年十二月三十一日')).toBe('2025-12-31')
    expect(readDate('二〇二五年十三月一日')).toBe('')
  })

  it('reads a date behind a website\'s label, in simplified or traditional characters', () => {
    expect(readDate('发布时间：2025-03-04')).toBe('2025-03-04')
    expect(readDate('發佈時間：2025-03-04')).toBe('2025-03-04')
  })
})
