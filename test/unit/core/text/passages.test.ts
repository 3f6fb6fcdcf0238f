import { describe, expect, it } from 'vitest'
import { splitPassages } from '../../../../src/core/text/passages.js'
import type { Article } from '../../../../src/core/types.js'

const article = (paragraphs: [string, string][]): Article => ({
  id: 'a1', title: '标题', subtitle: '', newspaper: '报', date: '', page: '', authors: [], column: '',
  paragraphs: paragraphs.map(([heading, text], i) => ({ n: i + 1, heading, text })),
})

describe('splitPassages', () => {
  it('makes one passage per paragraph that is long enough, citing its paragraph number', () => {
    const long = '这是一个足够长的段落。'.repeat(8)
    const passages = splitPassages(article([['', long], ['小标题', long]]))
    expect(passages.map((p) => [p.id, p.paragraph, p.heading])).toEqual([['a1#1', 1, ''], ['a1#2', 2, '小标题']])
  })

  it('merges a short paragraph into its neighbour in the same section', () => {
    const passages = splitPassages(article([['', '短句。'], ['', '另一个段落的内容比较长一些。'.repeat(4)]]))
    expect(passages).toHaveLength(1)
    expect(passages[0]).toMatchObject({ paragraph: 1, lastParagraph: 2 })
  })

  it('does not merge paragraphs across section headings', () => {
    const passages = splitPassages(article([['一', '短句。'], ['二', '另一短句。']]))
    expect(passages.map((p) => p.heading)).toEqual(['一', '二'])
  })

  it('opens a passage with a paragraph that asks and puts the paragraph answering it there, however long', () => {
    const lead = '今年以来，这个派出所推出了一项改革。'.repeat(4)
    const answer = '张三：过去要跑三个窗口，现在只跑一个。'.repeat(16)
    const passages = splitPassages(article([['', lead], ['', '记者：改革的初衷是什么？'], ['', answer]]))
    expect(passages[0]).toMatchObject({ paragraph: 1, lastParagraph: 1 })
    expect(passages[1]).toMatchObject({ paragraph: 2, lastParagraph: 3 })
    expect(passages[1]!.text.startsWith('记者：改革的初衷是什么？\n张三：')).toBe(true)
  })

  it('cuts a sentence with no comma before an astral character at the limit, not inside it', () => {
    const passages = splitPassages(article([['', `${'字'.repeat(99)}𠀀${'字'.repeat(99)}。`]]), { maxChars: 100 })
    expect(passages.map((p) => p.text.length)).toEqual([99, 102])
    expect(passages.every((p) => !/\p{Cs}/u.test(p.text))).toBe(true)
  })

  it('cuts a long paragraph at sentence ends into passages of at most maxChars', () => {
    const sentence = '这一句话一共有二十个字符长度左右的样子。'
    const passages = splitPassages(article([['', sentence.repeat(40)]]), { maxChars: 100 })
    expect(passages.length).toBeGreaterThan(5)
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(120)
      expect(p.text.endsWith('。')).toBe(true)
    }
    expect(passages.map((p) => p.text).join('')).toBe(sentence.repeat(40))
    expect(passages[1]!.id).toBe('a1#1.2')
  })
})
