import { describe, expect, it } from 'vitest'
import { captionHeading } from '../../../src/adapters/article-markdown.js'
import { readPdfText } from '../../../src/adapters/pdf-text.js'
import { importPdfPages } from '../../../src/import/import-article.js'
import { drawPdf, setColumn, type DrawnLine } from '../../helpers/pdf-page.js'

// Pages drawn with a real CJK font and read back through the real pdf.js, as `npm run import` does.
const importPdf = async (lines: DrawnLine[], photos: { x: number; y: number; width: number; height: number }[] = []) =>
  importPdfPages(await readPdfText(await drawPdf([{ lines, photos }])), { id: 't', source: 't.pdf' })

// Interleaves the lines of several columns row by row, as some PDFs draw a page.
function rowByRow(...columns: DrawnLine[][]): DrawnLine[] {
  return [...columns.flat()].sort((a, b) => a.y - b.y || a.x - b.x)
}

const later = '居民楼内漏水，他跑上跑下治了水患却喊哑嗓子；有人工作没着落，他四处奔走帮忙介绍；邻里起了纠纷，他一趟趟上门调解。百姓事无小事，于细微处彰显党员本色。'
const body = ['小巷幽幽，风过留痕。今年3月，位于杭州市上城区小营巷社区的红巷精神纪念旧址群被列为浙江省党史教育基地。', '在这里的一间平房内，1922年，满怀救亡图存的理想，几位有志青年成立了浙江省第一个党组织。', '时光荏苒，曾经的闹市隐巷已成为闻名遐迩的红色圣地。']

describe('importPdfPages on generated pages', () => {
  it('returns the masthead, kicker, title, bylines and paragraphs of a one-column page', async () => {
    const result = await importPdf([
      { text: '浙江法制报', x: 40, y: 30, size: 9 },
      { text: '2021年7月1日 星期四', x: 220, y: 30, size: 9 },
      { text: '第4版', x: 500, y: 30, size: 9 },
      { text: '杭州小营巷 浙江第一个党组织在这里成立', x: 40, y: 70, size: 13 },
      { text: '红巷沃土 向阳生长', x: 40, y: 95, size: 24 },
      { text: '见习记者 王梓', x: 40, y: 140, size: 10 },
      { text: '通讯员 周海凡 陈奇', x: 40, y: 155, size: 10 },
      ...setColumn(body, { x: 40, y: 190, chars: 30, size: 10 }).lines,
    ])
    expect(result.articles).toHaveLength(1)
    expect(result.articles[0]).toMatchObject({
      title: '红巷沃土 向阳生长',
      subtitle: '杭州小营巷 浙江第一个党组织在这里成立',
      newspaper: '浙江法制报',
      date: '2021-07-01',
      page: '4',
      authors: ['见习记者 王梓', '通讯员 周海凡 陈奇'],
      source: 't.pdf',
    })
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual(body)
  })

  it('returns two columns drawn row by row in reading order, a sentence rejoined across them, a heading and a caption', async () => {
    const left = setColumn([body[0]!, '近年来，小营巷里游客络绎不绝，总会有一个瘦削的身影默默俯身将杂物拾起，他叫李兔儿，'], { x: 40, y: 120, chars: 15, size: 10 })
    const captionTop = left.bottom + 30
    const right = setColumn(['一名在社区民警岗位上扎根了30多年的老党员。'], { x: 240, y: 120, chars: 15, size: 10 })
    right.lines[0] = { ...right.lines[0]!, x: 240 } // the sentence goes on from the left column: no indent
    const heading = { text: '百姓事无小事 细微处显本色', x: 240, y: right.bottom + 10, size: 13 }
    const after = setColumn([later], { x: 240, y: heading.y + 30, chars: 15, size: 10 })
    const result = await importPdf(
      [
        { text: '小营派出所 守护红色根脉', x: 40, y: 40, size: 22 },
        { text: '本报记者 王梓', x: 40, y: 80, size: 10 },
        ...rowByRow(left.lines, [{ text: '民警在小营巷巡逻', x: 40, y: captionTop, size: 8 }], right.lines, [heading], after.lines),
      ],
      [{ x: 40, y: left.bottom + 5, width: 150, height: 20 }],
    )
    expect(after.bottom).toBeGreaterThan(captionTop) // the right column runs past the caption: no band cuts across
    const [article] = result.articles
    expect(article).toMatchObject({ title: '小营派出所 守护红色根脉', authors: ['本报记者 王梓'] })
    expect(article!.paragraphs).toEqual([
      { n: 1, heading: '', text: body[0] },
      { n: 2, heading: '', text: '近年来，小营巷里游客络绎不绝，总会有一个瘦削的身影默默俯身将杂物拾起，他叫李兔儿，一名在社区民警岗位上扎根了30多年的老党员。' },
      { n: 3, heading: '百姓事无小事 细微处显本色', text: later },
      { n: 4, heading: captionHeading, text: '民警在小营巷巡逻' },
    ])
  })

  it('returns the main article and each photo item under its rubric as its own article', async () => {
    const item = (x: number, title: string, text: string, credit: string): DrawnLine[] => {
      const lines = setColumn([text], { x, y: 310, chars: 20, size: 9 })
      return [{ text: title, x, y: 288, size: 12 }, ...lines.lines, { text: credit, x, y: lines.bottom + 4, size: 8 }]
    }
    const result = await importPdf([
      { text: '守好红色根脉 锻造铁军', x: 40, y: 40, size: 20 },
      { text: '通讯员 胡筱俊', x: 40, y: 80, size: 10 },
      ...setColumn([body[0]!, body[1]!], { x: 40, y: 110, chars: 48, size: 10 }).lines,
      { text: '图说平安', x: 40, y: 255, size: 12 },
      ...rowByRow(
        item(40, '警方关爱“新二代”', '近日，温州市公安局龙湾区分局民警走进新居民子弟学校，开展送法进校园活动。', '通讯员 杨继划 摄'),
        item(300, '中学生们走进法庭', '近日，台州市路桥区法院金清法庭开展公众开放日活动，邀请当地中学生走进法庭。', '通讯员 王晶晶 金涛 摄'),
      ),
    ])
    expect(result.articles.map((a) => [a.id, a.title, a.column, a.authors])).toEqual([
      ['t', '守好红色根脉 锻造铁军', '', ['通讯员 胡筱俊']],
      ['t-2', '警方关爱“新二代”', '图说平安', ['通讯员 杨继划 摄']],
      ['t-3', '中学生们走进法庭', '图说平安', ['通讯员 王晶晶 金涛 摄']],
    ])
    expect(result.articles[0]!.paragraphs.map((p) => p.text)).toEqual([body[0], body[1]])
    expect(result.articles[2]!.paragraphs.map((p) => p.text)).toEqual(['近日，台州市路桥区法院金清法庭开展公众开放日活动，邀请当地中学生走进法庭。'])
  })
})
