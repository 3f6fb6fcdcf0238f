import { describe, expect, it } from 'vitest'
import { findQuotationSentences } from '../../../../src/core/text/quotations.js'
import { splitSentences } from '../../../../src/core/text/sentences.js'

const spans = (text: string) => splitSentences(text).map((s) => ({ start: s.start, end: s.end }))

describe('findQuotationSentences', () => {
  const text = '会上很热闹。“村里有人赌博。希望多来转转。”代表王立新说。'

  it('finds the first and last sentence of the quotation a sentence stands in', () => {
    expect(findQuotationSentences(text, spans(text), 1)).toEqual([1, 2])
    expect(findQuotationSentences(text, spans(text), 2)).toEqual([1, 2])
  })

  it('gives the sentence alone outside a quotation, or in a quotation of its own', () => {
    expect(findQuotationSentences(text, spans(text), 0)).toEqual([0, 0])
    expect(findQuotationSentences(text, spans(text), 3)).toEqual([3, 3])
    const own = '他说，“我们会守下去。”他笑了。'
    expect(findQuotationSentences(own, spans(own), 0)).toEqual([0, 0])
  })
})
