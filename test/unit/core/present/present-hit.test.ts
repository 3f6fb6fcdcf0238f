import { describe, expect, it } from 'vitest'
import { presentHit } from '../../../../src/core/present/present-hit.js'
import type { RankedPassage } from '../../../../src/core/rerank/rerank.js'
import type { IndexedPassage } from '../../../../src/core/retrieve/indexed-passage.js'
import { splitSentences } from '../../../../src/core/text/sentences.js'

const article = { id: 'a', title: '标题', subtitle: '', newspaper: '测试报', date: '2021-07-01', page: '4', authors: [], column: '' }
const ranked = (text: string, bestSentence: number) => {
  const passage: IndexedPassage = {
    id: 'a#1', articleId: 'a', heading: '', paragraph: 1, lastParagraph: 1, text, contextTerms: [],
    sentences: splitSentences(text).map((s) => ({ start: s.start, end: s.end, terms: [] })),
  }
  return { candidate: { passage, article, score: 1, preceding: [] }, bestSentence, score: 1 } as unknown as RankedPassage
}
const reader = { normalize: (text: string) => ({ text, origin: [...text].map((_, i) => i) }), analyze: () => ({ normalized: { text: '', origin: [] }, words: [], bigrams: [], pairs: [] }) }
const sentenceShown = (text: string, i: number) => presentHit(ranked(text, i), [], reader as never).sentence

describe('presentHit', () => {
  it('shows a sentence inside a quotation of several sentences with the whole quotation', () => {
    const text = '“村里有人赌博。希望民警多来转转。”会上，代表王立新这样说。他的建议得到了回应。'
    expect(sentenceShown(text, 1)).toBe('“村里有人赌博。希望民警多来转转。”')
    expect(sentenceShown(text, 0)).toBe('“村里有人赌博。希望民警多来转转。”')
  })

  it('shows a sentence outside any quotation, or a quotation of one sentence, as it is', () => {
    expect(sentenceShown('王立新说，“我们会守下去。”他笑了。', 0)).toBe('王立新说，“我们会守下去。”')
    expect(sentenceShown('会上，代表王立新这样说。建议得到了回应。', 1)).toBe('建议得到了回应。')
  })

  it('shows a short sentence saying who spoke right after a quotation with the quotation', () => {
    expect(sentenceShown('“火场就是战场，多一分准备。”王立新说。他笑了。', 1)).toBe('“火场就是战场，多一分准备。”王立新说。')
    expect(sentenceShown('会上很热闹。王立新说。', 1)).toBe('王立新说。')
  })

  it('shows only the sentence of a quotation too long to take in at a glance', () => {
    const long = `“${'这是很长的一段话，'.repeat(20)}到此为止。还有一句。”他说。`
    expect(sentenceShown(long, 1)).toBe('还有一句。”')
  })
})
