import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { captionHeading } from '../../../src/adapters/article-markdown.js'
import { idFromFileName, importRawText, type ImportedText } from '../../../src/import/import-article.js'
import { endsSentence } from '../../../src/import/line-shapes.js'
import { messagesFor } from '../../../src/messages.js'

const seedDir = join(import.meta.dirname, '../../fixtures/seeds')
const seedNames = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort()
const importSeed = (prefix: string): ImportedText => {
  const name = seedNames.find((seed) => seed.startsWith(prefix))!
  return importRawText(readFileSync(join(seedDir, name), 'utf8'), { id: idFromFileName(name), source: name, newspaper: '浙江法制报' })
}
const body = (result: ImportedText, id: string): string[] =>
  result.articles.find((article) => article.id === id)!.paragraphs.filter((p) => p.heading !== captionHeading).map((p) => p.text)

function hanCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) for (const [char] of text.matchAll(/\p{Script=Han}/gu)) counts.set(char, (counts.get(char) ?? 0) + 1)
  return counts
}

// Every Han character of the raw text, once: in an article, a metadata line, a dropped line or an unplaced heading.
function outputTexts(result: ImportedText): string[] {
  const texts = [...result.metadataLines, ...result.droppedLines, ...result.unplacedHeadings, ...result.repairs.map((repair) => repair.dropped)]
  for (const article of result.articles) {
    texts.push(article.title, article.subtitle, ...article.authors)
    let heading = ''
    for (const paragraph of article.paragraphs) {
      if (paragraph.heading !== heading && paragraph.heading !== captionHeading) texts.push(paragraph.heading)
      heading = paragraph.heading
      texts.push(paragraph.text)
    }
  }
  return texts
}

describe('importRawText on the seed articles', () => {
  it.each(seedNames)('loses and invents no Han character in %s', (name) => {
    const raw = readFileSync(join(seedDir, name), 'utf8')
    const result = importSeed(name.slice(0, 3))
    expect(hanCounts(outputTexts(result))).toEqual(hanCounts([raw]))
  })

  it.each(seedNames)('returns only paragraphs that end a sentence (no stray heading, byline or fragment) in %s', (name) => {
    for (const article of importSeed(name.slice(0, 3)).articles) {
      for (const text of body({ articles: [article] } as ImportedText, article.id)) expect([article.id, text, endsSentence(text)]).toEqual([article.id, text, true])
    }
  })

  it('returns the metadata of 000: kicker, title, date, page, column and bylines', () => {
    const [article] = importSeed('000').articles
    expect(article).toMatchObject({
      id: '000',
      title: '红巷沃土 向阳生长',
      subtitle: '杭州小营巷 浙江第一个党组织在这里成立',
      newspaper: '浙江法制报',
      date: '2021-07-01',
      page: '4',
      authors: ['见习记者 王梓', '通讯员 周海凡 陈奇'],
      column: '庆祝中国共产党成立100周年',
    })
    expect(body(importSeed('000'), '000')).toContain('近年来小营巷里游客络绎不绝。每当有瓜子壳、烟头、塑料袋等杂物散落，总会有一个瘦削的身影默默俯身将它们拾起。他叫李兔儿，一名在社区民警岗位上扎根了30多年的老党员。')
  })

  it('returns 001 split into the main article and nine 图说平安 items', () => {
    const result = importSeed('001')
    expect(result.articles.map((article) => article.id)).toEqual(['001', ...Array.from({ length: 9 }, (_, i) => `001-${i + 2}`)])
    expect(result.articles[0]).toMatchObject({ title: '守好红色根脉 锻造“三能”铁军', column: '', authors: ['通讯员 胡筱俊', '本报首席记者 陈佳妮'] })
    expect(result.articles[1]).toMatchObject({ title: '警方关爱“新二代”', column: '图说平安', authors: ['通讯员 杨继划 摄'] })
    expect(result.articles.slice(1).every((item) => item.column === '图说平安' && item.paragraphs.length === 1)).toBe(true)
    expect(body(result, '001').at(-1)).toMatch(/^3年来,金华公安走出了/)
  })

  it('returns the headings of 002 as headings and its picture captions under 图片说明', () => {
    const paragraphs = importSeed('002').articles[0]!.paragraphs
    expect([...new Set(paragraphs.map((p) => p.heading))]).toEqual(['', '红心建盟，构建“善治大格局”', '红心为民，实现“警民一家亲”', '红心铸魂，争做“红色接班人”', captionHeading])
    expect(paragraphs.filter((p) => p.heading === captionHeading).map((p) => p.text)).toEqual(['组织培训平安志愿者队伍', '召开“红都义警”座谈会', '上门听取民意', '上门为老人办理身份证件', '接受“红色文化”熏陶'])
    expect(body(importSeed('002'), '002')).toContain(
      '近年来，山门派出所坚持“警力有限，民力无穷”理念，发动党员、群众组建“红都义警”，以村居为基本单位，通过定点巡、联动巡、交叉巡的多种方式开展巡逻，有效解决了山区交通不便、警力不足的问题。同时，派出所将群众威信高、社会关系好、善于调处纠纷的党员群众发展为“红心调解员”，整合建立“红心调解”组织，并制定分类分级矛盾纠纷调解机制，清单式分流调处重大矛盾、民间纠纷、日常琐事等，切实将矛盾纠纷化解在萌芽状态。',
    )
  })

  it('returns 003 column text joined into paragraphs, its captions, and its headings placed where their sections start', () => {
    const result = importSeed('003')
    const paragraphs = body(result, '003')
    expect(paragraphs).toContain('深化警源治理，是坚持和发展新时代“枫桥经验”的题中之义，是推动矛盾纠纷事前预防源头化解的重要抓手。')
    expect(paragraphs).toContain('想拍证件照？来。不知道怎么拍？教你。不懂光影？我懂。不好看？别难为情，拍到满意为止！')
    expect(paragraphs.some((text) => text.includes('15.8万名成员的“志愿宇宙”'))).toBe(true)
    expect(result.unplacedHeadings).toEqual([])
    expect(result.placedHeadings).toEqual([
      { heading: '警源治理、警网协同 打造基层治理新样板', before: 6, by: 'words' },
      { heading: '延伸平安触角 让“群防群治”遍地开花', before: 15, by: 'words' },
      { heading: '解放警务理念 全心全意提升公安服务水平', before: 21, by: 'topic' },
    ])
    expect(result.warnings.some((warning) => warning.includes('not placed'))).toBe(false)
    expect(result.articles[0]!.paragraphs.filter((p) => p.heading === captionHeading)).toHaveLength(4)
  })

  it('returns 004 with words split across page breaks rejoined (人民满意派出所, 法医)', () => {
    const paragraphs = body(importSeed('004'), '004').join('\n')
    expect(paragraphs).toContain('先后被公安部授予“人民满意派出所”“人民满意基层单位”')
    expect(paragraphs).toContain('至今公式仍被全国法医使用;去年底刚退休的老刑警何海明')
    expect(paragraphs).toContain('尤其是出色完成2016年G20杭州峰会交通保卫工作')
  })
})

describe('importRawText on small texts', () => {
  it('returns one article with a guessed title and a warning when the text has no headline', () => {
    const result = importRawText('今天下午，民警在小区里开展了防诈骗宣传活动，居民们踊跃参加。', { id: 'x', source: 'x.txt' })
    expect(result.articles).toHaveLength(1)
    expect(result.warnings[0]).toMatch(/^no headline found/)
  })

  it('returns a byline closing the story, or opening its first paragraph, as authors and not as text', () => {
    const closing = importRawText('垃圾分类新规7月1日起施行\n\n新《办法》明确，个人混投拒不改正的，最高罚款200元。\n\n市城市管理局将在6月份开展集中宣传活动。\n\n（记者 龚晓岚 通讯员 韦思琪）', { id: 'x', source: 'x.txt' }).articles[0]!
    expect(closing.authors).toEqual(['记者 龚晓岚', '通讯员 韦思琪'])
    expect(closing.paragraphs.map((p) => p.text)).toEqual(['新《办法》明确，个人混投拒不改正的，最高罚款200元。', '市城市管理局将在6月份开展集中宣传活动。'])
    const opening = importRawText('受伤穿山甲重返山林\n\n本报讯（记者 龚睿 通讯员 蓝婧）３月３０日傍晚，一只中华穿山甲被放归老君山自然保护区。', { id: 'x', source: 'x.txt' }).articles[0]!
    expect(opening.authors).toEqual(['记者 龚睿', '通讯员 蓝婧'])
    expect(opening.paragraphs[0]!.text).toBe('３月３０日傍晚，一只中华穿山甲被放归老君山自然保护区。')
  })

  it('returns a byline run into the dateline (本报讯 记者张三 通讯员李四报道：) as authors, naming each person once', () => {
    const article = importRawText('春耕备耕忙\n本报讯 记者张三 通讯员李四报道：3月以来，青岚县各地抢抓农时，全县已完成春耕面积12万亩。\n\n县农业农村局局长王五介绍，今年全县计划种植水稻30万亩。\n（本报记者 张三）', { id: 'x', source: 'x.txt' }).articles[0]!
    expect(article.authors).toEqual(['本报记者 张三', '通讯员 李四'])
    expect(article.paragraphs[0]!.text).toBe('3月以来，青岚县各地抢抓农时，全县已完成春耕面积12万亩。')
  })

  it('leaves out the end mark and the editors after a story, reporting them, and reads the site\'s source line and 原标题', () => {
    const result = importRawText('岚州启动秋冬季森林防火\n原标题：岚州全面启动秋冬季森林防火工作\n来源：岚州日报客户端　2025-10-20 08:15\n\n记者从市林业局获悉，我市自10月15日起进入秋冬季森林防火期，为期6个月。\n\n（完）\n\n责任编辑：王五', { id: 'x', source: 'x.txt' })
    const article = result.articles[0]!
    expect(article).toMatchObject({ title: '岚州启动秋冬季森林防火', subtitle: '岚州全面启动秋冬季森林防火工作', newspaper: '岚州日报', date: '2025-10-20' })
    expect(article.paragraphs.map((p) => p.text)).toEqual(['记者从市林业局获悉，我市自10月15日起进入秋冬季森林防火期，为期6个月。'])
    expect(result.droppedLines).toEqual(['责任编辑：王五', '（完）'])
  })

  it('returns a roundup\'s bracketed item headlines as headings, and the page title as the title', () => {
    const article = importRawText('岚州要闻速览\n岚州日报 2025年11月3日 第2版\n\n【云岭区新增3处口袋公园】\n近日，云岭区新建的3处口袋公园正式开放，总面积约4800平方米。\n\n【东溪区启动冬季供暖】\n11月1日起，东溪区集中供暖正式启动，覆盖居民2.3万户。', { id: 'x', source: 'x.txt' }).articles[0]!
    expect(article.title).toBe('岚州要闻速览')
    expect(article.paragraphs.map((p) => [p.heading, p.text])).toEqual([
      ['云岭区新增3处口袋公园', '近日，云岭区新建的3处口袋公园正式开放，总面积约4800平方米。'],
      ['东溪区启动冬季供暖', '11月1日起，东溪区集中供暖正式启动，覆盖居民2.3万户。'],
    ])
  })

  it('reads a page in traditional characters as one in simplified: its paper, byline and end marks, kept as printed', () => {
    const result = importRawText('港島新增三處社區花園\n2025年3月4日　星期二　明報\n\n本報訊（記者 陳大文）港島東區新建的三處社區花園昨日正式開放，總面積約四千八百平方米。\n\n（完）\n\n責任編輯：王五', { id: 'x', source: 'x.txt' })
    const article = result.articles[0]!
    expect(article).toMatchObject({ title: '港島新增三處社區花園', newspaper: '明報', date: '2025-03-04', authors: ['記者 陳大文'] })
    expect(article.paragraphs.map((p) => p.text)).toEqual(['港島東區新建的三處社區花園昨日正式開放，總面積約四千八百平方米。'])
    expect(result.droppedLines).toEqual(['責任編輯：王五', '（完）'])
  })

  it('reads a WeChat article\'s stamp, and leaves out its source, editors and buttons after the story', () => {
    const result = importRawText('岚州这条新路通车了！\n原创 张晓 岚州日报 2025年03月04日 10:20 浙江\n\n3月3日上午，云岭区滨江大道二期正式通车，全长3.2公里。\n\n来源：岚州日报\n编辑：王五\n\n阅读原文', { id: 'x', source: 'x.txt' })
    const article = result.articles[0]!
    expect(article).toMatchObject({ title: '岚州这条新路通车了！', subtitle: '', newspaper: '岚州日报', date: '2025-03-04', authors: ['张晓'] })
    expect(article.paragraphs.map((p) => p.text)).toEqual(['3月3日上午，云岭区滨江大道二期正式通车，全长3.2公里。'])
    expect(result.droppedLines).toEqual(['阅读原文', '编辑：王五', '来源：岚州日报'])
  })

  it('takes the paper from a source line after the story when the header names none', () => {
    const article = importRawText('滨江大道二期通车\n\n3月3日上午，云岭区滨江大道二期正式通车，全长3.2公里。\n\n来源：岚州日报客户端', { id: 'x', source: 'x.txt' }).articles[0]!
    expect(article.newspaper).toBe('岚州日报')
  })

  it('reads text pasted with its HTML markup as the text the page shows', () => {
    const article = importRawText('<p>岚州新开两条公交线</p>\n<p>本报讯（记者 张三）10月8日起，岚州新开通K15路和K16路两条公交线路。</p><p>两条线路全程票价均为2元&nbsp;。</p>', { id: 'x', source: 'x.txt' }).articles[0]!
    expect(article.title).toBe('岚州新开两条公交线')
    expect(article.paragraphs.map((p) => p.text)).toEqual(['10月8日起，岚州新开通K15路和K16路两条公交线路。', '两条线路全程票价均为2元。'])
  })

  it('returns no article and a warning when there is only a title', () => {
    const result = importRawText('红巷沃土 向阳生长\n', { id: 'x', source: 'x.txt' })
    expect(result.articles).toEqual([])
    expect(result.warnings).toContain('no body text found')
  })
})

describe('citations of an imported article', () => {
  it('say no newspaper, date or page the text did not give', () => {
    const [article] = importRawText('红巷沃土 向阳生长\n\n见习记者 王梓\n\n小巷幽幽，风过留痕。今年3月，位于杭州市上城区小营巷社区的红巷精神纪念旧址群被列为浙江省党史教育基地。', { id: 'x', source: 'x.txt' }).articles
    const source = { id: article!.id, title: article!.title, newspaper: article!.newspaper, date: article!.date, page: article!.page, paragraph: 1, heading: '', passageId: 'x-1' }
    expect(messagesFor('zh').citation(source)).toBe('《红巷沃土 向阳生长》 第1段')
    expect(messagesFor('en').citation(source)).toBe('《红巷沃土 向阳生长》, para. 1')
  })
})

describe('idFromFileName', () => {
  it('returns the number prefix of a seed name, else a safe version of the name', () => {
    expect(idFromFileName('003_131c7b56b09f6b38.txt')).toBe('003')
    expect(idFromFileName('dir/小营巷 报道.txt')).toBe('小营巷-报道')
    expect(idFromFileName('!!.txt')).toBe('article')
  })
})
