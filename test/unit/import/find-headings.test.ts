import { describe, expect, it } from 'vitest'
import { classifyLines } from '../../../src/import/find-headings.js'
import { readRawLines } from '../../../src/import/read-raw-lines.js'

const kinds = (text: string) => classifyLines(readRawLines(text)).lines.map((line) => [line.kind, line.text])

describe('classifyLines', () => {
  it('returns a two-part line after a sentence end as a heading and a lone line after a page gap as a caption', () => {
    const text = '近三年来，辖区未发生重大案事件。\n\n红心建盟，构建“善治大格局”\n\n\n\n组织培训平安志愿者队伍\n\n在山门派出所每月召开的会议上，代表积极发言。'
    expect(kinds(text)).toEqual([
      ['text', '近三年来，辖区未发生重大案事件。'],
      ['heading', '红心建盟，构建“善治大格局”'],
      ['caption', '组织培训平安志愿者队伍'],
      ['text', '在山门派出所每月召开的会议上，代表积极发言。'],
    ])
  })

  it('returns a short line standing alone between paragraphs of pasted web copy as a heading', () => {
    const text = '5点30分，面馆准时开门，第一拨客人是附近的环卫工人。\n\n两张桌子起家\n\n这家面馆的历史，要从1991年说起，那年诸葛德厚在西门街租下一间门面。\n\n“那时候一碗牛肉面1.2元，一天能卖两百来碗。”'
    expect(kinds(text).map(([kind]) => kind)).toEqual(['text', 'heading', 'text', 'text'])
  })

  it('returns a short line inside a broken sentence as text', () => {
    const text = '工作人员马上反馈信息，这是一段很长的正文需要继续往下写。\n\n该所还充分借鉴“朝阳群众”“武林大妈”\n\n\n\n经验,组建以社区党员为主体的辖区平安巡防志愿者队伍。'
    expect(kinds(text).map(([kind]) => kind)).toEqual(['text', 'text', 'text'])
  })

  it('returns two-line groups after the last sentence as unplaced headings and single lines as captions', () => {
    const result = classifyLines(readRawLines('全心全意为人民服务的初心与使命。\n\n延伸平安触角\n让“群防群治”遍地开花\n\n上塘派出所民警在为中小学生科普反诈知识'))
    expect(result.unplacedHeadings).toEqual(['延伸平安触角 让“群防群治”遍地开花'])
    expect(result.lines.at(-1)).toMatchObject({ kind: 'caption', text: '上塘派出所民警在为中小学生科普反诈知识' })
  })

  it('returns lines from a PDF as headings when set larger than the body and as captions when smaller', () => {
    const line = (text: string, size: number) => ({ text, gap: 3, indented: false, size })
    const result = classifyLines([
      line('近三年来，辖区未发生重大案事件，群众安全感逐年提升。', 10),
      line('红心为民', 13),
      line('上门听取民意', 8),
      line('针对辖区偏远山区留守人员多的实际情况，派出所建立了红警驿站。', 10),
    ])
    expect(result.lines.map((l) => l.kind)).toEqual(['text', 'heading', 'caption', 'text'])
    expect(result.columnText).toBe(false)
  })
})
