import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Article, Hit } from '../../../src/core/types.js'
import { escapeHtml, formatAnswer, formatNoAnswer, formatWelcome, formatArticle, formatCitationPlain, highlightHit, splitBlocks } from '../../../src/bot/format.js'
import { messagesFor } from '../../../src/messages.js'
import { checkTelegramHtml, toPlainText } from '../../helpers/telegram-html.js'

const source = { id: 'a', title: '标题<script>', newspaper: '报&刊', date: '2021-07-01', page: '4', paragraph: 3, heading: '', passageId: 'a#3' }
const hit = (text: string, sentence: string, terms: string[]): Hit => ({ text, sentence, terms, score: 1, source })

describe('highlightHit', () => {
  it('puts the answering sentence in italics and matched terms in bold', () => {
    expect(highlightHit(hit('甲乙。民警25名。丙丁。', '民警25名。', ['民警']))).toBe('甲乙。<i><b>民警</b>25名。</i>丙丁。')
  })

  it('keeps tags nested when a term straddles the sentence boundary', () => {
    const html = highlightHit(hit('前文ab后文', 'b后文', ['文ab']))
    expect(html).toBe('前<b>文a</b><i><b>b</b>后文</i>')
    expect(checkTelegramHtml(html)).toEqual([])
  })

  it('escapes HTML in the text and in terms', () => {
    const html = highlightHit(hit('<b>x</b> & y', '<b>x</b> & y', ['&']))
    expect(html).toBe('<i>&lt;b&gt;x&lt;/b&gt; <b>&amp;</b> y</i>')
    expect(toPlainText(html)).toBe('<b>x</b> & y')
  })

  it('leaves text as it is when the sentence and terms are not in it', () => {
    expect(highlightHit(hit('abc', 'zzz', ['q', '']))).toBe('abc')
  })
})

describe('highlightHit on arbitrary text', () => {
  it('always produces valid Telegram HTML that reads back as the original text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '<', '>', '&', '民', '警', '😀', ' ', '\n', '；'), maxLength: 60 })
    const slice = (t: string) => fc.tuple(fc.nat(t.length), fc.nat(t.length)).map(([a, b]) => t.slice(Math.min(a, b), Math.max(a, b)))
    const input = text.chain((t) => fc.record({ text: fc.constant(t), sentence: slice(t), terms: fc.array(slice(t), { maxLength: 4 }) }))
    fc.assert(
      fc.property(input, (h) => {
        fc.pre(h.text.trim() !== '')
        const html = highlightHit(h)
        return checkTelegramHtml(html).length === 0 && toPlainText(html) === h.text
      }),
      { numRuns: 2000 },
    )
  })
})

describe('formatAnswer', () => {
  it('numbers results from the offset and escapes the citation', () => {
    const [message] = formatAnswer({ question: 'q', abstained: false, results: [hit('文', '文', [])] }, messagesFor('zh'), { offset: 3 })
    expect(message).toBe('<b>更多结果（从第 4 条起）：</b>\n\n<b>4.</b> <i>文</i>\n—— 《标题&lt;script&gt;》 报&amp;刊 2021-07-01 第4版 第3段')
  })
})

describe('formatAnswer below the threshold', () => {
  it('says there is no reliable answer above passages offered as maybe related', () => {
    const messages = messagesFor('zh')
    const [message] = formatAnswer({ question: '问题', abstained: true, results: [hit('文', '文', [])] }, messages, { uncertain: true })
    expect(message!.startsWith(`${messages.noAnswer}\n<i>${messages.mayBeRelated}</i>`)).toBe(true)
    expect(message).toContain('1.')
    expect(checkTelegramHtml(message!)).toEqual([])
  })

  it('tells a question without Chinese to ask in Chinese, with the example given', () => {
    const messages = messagesFor('en')
    const [message] = formatAnswer({ question: 'How many police?', abstained: true, results: [hit('文', '文', [])] }, messages, { uncertain: true, example: '红巷<有>多少人？' })
    expect(message).toContain('please ask in Chinese, e.g. 红巷&lt;有&gt;多少人？')
    expect(checkTelegramHtml(message!)).toEqual([])
  })

  it('heads a follow-up with what it assumed, escaped', () => {
    const [message] = formatAnswer({ question: '他多大？', abstained: false, results: [hit('文', '文', [])] }, messagesFor('zh'), { assumed: '李<兔儿>' })
    expect(message!.startsWith('<i>（按上一问：李&lt;兔儿&gt;）</i>\n\n<b>1.</b>')).toBe(true)
  })

  it('heads an answer about a person the question described with the name it was read as, escaped', () => {
    const answer = { question: '那个老民警多大？', abstained: false, results: [hit('文', '文', [])], described: { words: '那个<老>民警', name: '李兔儿' } }
    const [message] = formatAnswer(answer, messagesFor('zh'))
    expect(message!.startsWith('<i>（那个&lt;老&gt;民警：按文中的李兔儿来答）</i>\n\n<b>1.</b>')).toBe(true)
  })
})

describe('formatNoAnswer', () => {
  const summary = (id: string, paragraphCount: number) => ({
    id, title: `题${id}`, subtitle: '', newspaper: '报', date: '', page: '', authors: [], column: '', paragraphCount,
  })
  const articles = [summary('1', 12), summary('1-2', 1), summary('1-3', 1), summary('2', 30), summary('2-2', 2)]

  it('lists the main articles only and says how many other items there are', () => {
    const text = formatNoAnswer(messagesFor('zh'), articles, { question: '问题？', example: '例子？' })
    expect(text).toBe(['抱歉，在收录的文章里没有找到可靠的答案。', '', '我读过的文章有：', '• 《题1》 报', '• 《题2》 报', '另有 3 篇图片新闻或短讯未列出。', '', '可以试着问： 例子？'].join('\n'))
  })

  it('lists every article when none is a main one, and says nothing of more when none is left out', () => {
    const text = formatNoAnswer(messagesFor('zh'), [summary('a', 1), summary('b', 1)], { question: '问题？' })
    expect(text).toContain('• 《题a》 报\n• 《题b》 报')
    expect(text).not.toContain('另有')
  })

  it('welcomes with the main articles and the count of the other items', () => {
    const text = formatWelcome(messagesFor('zh'), articles, 100, true)
    expect(text.split('\n').slice(2)).toEqual(['<b>我读过的文章：</b>', '• 《题1》 报', '• 《题2》 报', '另有 3 篇图片新闻或短讯未列出。', '', '可以这样问（点按钮试试）：'])
  })

  it('hints a question without Chinese to ask in Chinese, with an example that works, instead of offering it', () => {
    const text = formatNoAnswer(messagesFor('en'), articles, { question: 'Who is the chief?', example: '例子？' })
    expect(text.split('\n').slice(0, 2)).toEqual(['Sorry, I found no reliable answer in the articles I have read.', 'The articles are in Chinese: please ask in Chinese, e.g. 例子？'])
    expect(text).not.toContain('You could ask')
  })
})

describe('formatCitationPlain', () => {
  it('quotes the sentence once, even when it is a quotation already', () => {
    const zh = messagesFor('zh')
    expect(formatCitationPlain({ sentence: '甲。', source }, zh)).toBe('“甲。”（《标题<script>》 报&刊 2021-07-01 第4版 第3段）')
    expect(formatCitationPlain({ sentence: '“甲。”', source }, zh)).toBe('“甲。”（《标题<script>》 报&刊 2021-07-01 第4版 第3段）')
  })

  it('drops the one quotation mark a sentence cut from a longer quotation keeps, and nests quotation marks inside as single ones', () => {
    const zh = messagesFor('zh')
    expect(formatCitationPlain({ sentence: '乙丙。”', source }, zh)).toBe('“乙丙。”（《标题<script>》 报&刊 2021-07-01 第4版 第3段）')
    expect(formatCitationPlain({ sentence: '“甲乙。', source }, zh)).toBe('“甲乙。”（《标题<script>》 报&刊 2021-07-01 第4版 第3段）')
    expect(formatCitationPlain({ sentence: '他说：“甲。”', source }, zh)).toBe('“他说：‘甲。’”（《标题<script>》 报&刊 2021-07-01 第4版 第3段）')
  })
})

describe('splitBlocks', () => {
  it('breaks only between blocks and keeps every message under the limit', () => {
    expect(splitBlocks(['aaaa', 'bbbb', 'cc'], '\n\n', 10)).toEqual(['aaaa\n\nbbbb', 'cc'])
  })

  it('cuts a single oversized block without splitting an entity', () => {
    const parts = splitBlocks([escapeHtml('&'.repeat(30))], '\n\n', 12)
    expect(parts.every((p) => p.length <= 12)).toBe(true)
    expect(parts.join('')).toBe('&amp;'.repeat(30))
  })

  it('cuts a single oversized block between characters, never inside a surrogate pair or an emoji sequence', () => {
    const text = 'a𠀀👨‍👩‍👧<'.repeat(20)
    const parts = splitBlocks([escapeHtml(text)], '\n\n', 13)
    expect(parts.length).toBeGreaterThan(5)
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(13)
      expect(part).not.toMatch(/\p{Cs}/u)
      expect(part).toMatch(/^(a|𠀀|👨‍👩‍👧|&lt;)+$/u)
    }
    expect(parts.join('')).toBe(escapeHtml(text))
  })
})

describe('formatArticle', () => {
  it('splits a long article into valid numbered parts under 4096 characters', () => {
    const article: Article = {
      id: 'x', title: '长文', subtitle: '', newspaper: '报', date: '', page: '', authors: [], column: '',
      paragraphs: Array.from({ length: 60 }, (_, i) => ({ n: i + 1, heading: i < 30 ? '' : '下半', text: `第${i + 1}段<&>`.padEnd(150, '字') })),
    }
    const parts = formatArticle(messagesFor('zh'), article)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) expect(checkTelegramHtml(part)).toEqual([])
    expect(parts[0]).toMatch(/^<b>《长文》<\/b>\n报\n\n1\. 第1段&lt;&amp;&gt;/)
    expect(parts.at(-1)).toMatch(new RegExp(`（${parts.length}/${parts.length}）$`))
    expect(parts.join('')).toContain('<b>下半</b>')
  })
})
