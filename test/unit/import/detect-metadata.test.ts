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
})
