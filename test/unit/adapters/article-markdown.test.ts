import { describe, expect, it } from 'vitest'
import { formatArticle, parseArticle, type StoredArticle } from '../../../src/adapters/article-markdown.js'

const file = `---
id: "000"
title: 红巷沃土 向阳生长
subtitle: 杭州小营巷 浙江第一个党组织在这里成立
newspaper: 浙江法制报
date: 2021-07-01
page: "4"
authors:
  - 见习记者 王梓
  - 通讯员 周海凡 陈奇
column: 庆祝中国共产党成立100周年
source: 000_c0d701158e62da0a.txt
---

小巷幽幽，风过留痕。

在这里的一间平房内。

## “小营”敢为人先 开拓创新诠释当代使命

“1号门诊大厅的进出人数……”

## 图片说明

上塘派出所民警在为中小学生科普反诈知识
`

describe('parseArticle', () => {
  it('returns the metadata and paragraphs numbered from 1 with their headings', () => {
    const article = parseArticle(file, '000.md')
    expect(article).toMatchObject({
      id: '000',
      title: '红巷沃土 向阳生长',
      subtitle: '杭州小营巷 浙江第一个党组织在这里成立',
      newspaper: '浙江法制报',
      date: '2021-07-01',
      page: '4',
      authors: ['见习记者 王梓', '通讯员 周海凡 陈奇'],
      column: '庆祝中国共产党成立100周年',
      source: '000_c0d701158e62da0a.txt',
    })
    expect(article.paragraphs).toEqual([
      { n: 1, heading: '', text: '小巷幽幽，风过留痕。' },
      { n: 2, heading: '', text: '在这里的一间平房内。' },
      { n: 3, heading: '“小营”敢为人先 开拓创新诠释当代使命', text: '“1号门诊大厅的进出人数……”' },
      { n: 4, heading: '图片说明', text: '上塘派出所民警在为中小学生科普反诈知识' },
    ])
  })

  it('keeps the digits of hand-typed unquoted ids and pages and defaults missing fields to empty', () => {
    const article = parseArticle('---\nid: 007\ntitle: 标题\npage: 4\n---\n正文。\n', '007.md')
    expect(article).toEqual({
      id: '007', title: '标题', subtitle: '', newspaper: '', date: '', page: '4', authors: [], column: '',
      paragraphs: [{ n: 1, heading: '', text: '正文。' }],
    })
  })

  it('reads a single author: line as the byline, as it reads authors:', () => {
    expect(parseArticle('---\nid: a\ntitle: 标题\nauthor: 记者 周敏\n---\n正文。\n', 'a.md').authors).toEqual(['记者 周敏'])
    expect(parseArticle('---\nid: a\ntitle: 标题\nauthors:\n  - 周敏\n  - 王立新\n---\n正文。\n', 'a.md').authors).toEqual(['周敏', '王立新'])
  })

  it('reads a page written as printed (第3版, 3版) as its number, which citations wrap themselves', () => {
    const pageOf = (page: string) => parseArticle(`---\nid: a\ntitle: 标题\npage: ${page}\n---\n正文。\n`, 'a.md').page
    expect([pageOf('第3版'), pageOf('3版'), pageOf('"3"'), pageOf('A8'), pageOf('第 12 版')]).toEqual(['3', '3', '3', 'A8', '12'])
  })

  it('joins a paragraph wrapped over several lines without spaces between Chinese characters', () => {
    const article = parseArticle('---\nid: a\ntitle: T\n---\n第一行\n第二行 and\nmore words\n', 'a.md')
    expect(article.paragraphs[0]?.text).toBe('第一行第二行 and more words')
  })

  it('reads Windows line ends and a byte-order mark', () => {
    const article = parseArticle('\uFEFF---\r\nid: a\r\ntitle: T\r\n---\r\n\r\n正文。\r\n', 'a.md')
    expect(article.paragraphs).toEqual([{ n: 1, heading: '', text: '正文。' }])
  })

  it.each([
    ['正文。\n', 'x.md: no front matter (the file must start with a --- line, the metadata, and another --- line)'],
    ['---\ntitle: T\n---\n正文。\n', 'x.md: front matter has no id'],
    ['---\nid: x\ntitle: ""\n---\n正文。\n', 'x.md: front matter has no title'],
    ['---\nid: x\ntitle: T\n---\n\n## 只有标题\n', 'x.md: the body has no paragraph'],
    ['---\nid: x\ntitle: T\ndate: 2021年7月1日\n---\n正文。\n', 'x.md: date "2021年7月1日" is not YYYY-MM-DD (leave it empty when unknown)'],
    ['---\nid: x\ntitle: [T\n---\n正文。\n', /^x\.md: malformed front matter: /],
    ['---\n- a\n- b\n---\n正文。\n', 'x.md: front matter is not a list of `key: value` lines'],
    ['---\nid: x\ntitle:\n  a: b\n---\n正文。\n', 'x.md: front matter field title must be a single line of text'],
    ['---\nid: x\ntitle: T\nauthors:\n  a: b\n---\n正文。\n', 'x.md: front matter field authors must be a list of lines (`  - 通讯员 某某`)'],
  ])('throws an error naming the file for %j', (text, message) => {
    expect(() => parseArticle(text, 'x.md')).toThrow(message)
  })
})

describe('parseArticle on a roundup page as papers print it', () => {
  const roundup = `---
id: b06
title: 城事速览
---

【港城区新增3处口袋公园】

10月12日，3处口袋公园建成开放。

图为阅读区一角，中间的一段说明。

【市图书馆周末开放时间延长至21时】

从10月18日起，闭馆时间推迟至21时。

图为10月12日下午，市民在口袋公园内散步。记者 施雨辰 摄
`
  const article = parseArticle(roundup, 'b06.md')

  it('reads a line that is only a bracketed headline (【…】) as the heading of the item after it', () => {
    expect(article.paragraphs.map((p) => [p.heading, p.text.slice(0, 6)])).toEqual([
      ['港城区新增3处口袋公园', '10月12日'],
      ['港城区新增3处口袋公园', '图为阅读区一'],
      ['市图书馆周末开放时间延长至21时', '从10月18'],
      ['图片说明', '图为10月1'],
    ])
  })

  it('reads trailing paragraphs opening with 图为 as picture captions, and leaves one amid the text', () => {
    expect(article.paragraphs.filter((p) => p.heading === '图片说明').map((p) => p.n)).toEqual([4])
  })

  it('writes them back in the corpus format, which reads back the same', () => {
    expect(parseArticle(formatArticle(article), 'b06.md')).toEqual(article)
  })
})

describe('formatArticle', () => {
  it('returns text that parseArticle reads back to the same article', () => {
    const article = parseArticle(file, '000.md')
    expect(parseArticle(formatArticle(article), '000.md')).toEqual(article)
  })

  it('writes the corpus format: quoted id and page, authors as a list, headings once, captions last', () => {
    expect(formatArticle(parseArticle(file, '000.md'))).toBe(file)
  })

  it('writes empty optional fields so hand editors can see and fill them', () => {
    const article: StoredArticle = {
      id: '003', title: '新时代“枫桥经验”的拱墅实践', subtitle: '', newspaper: '浙江法制报', date: '', page: '',
      authors: [], column: '', paragraphs: [{ n: 1, heading: '', text: '想拍证件照？来。' }],
    }
    const text = formatArticle(article)
    expect(text).toContain('date: ""\n')
    expect(text).toContain('authors: []\n')
    expect(parseArticle(text, '003.md')).toEqual(article)
  })
})
