import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../../src/core/text/sentences.js'

describe('splitSentences', () => {
  it('splits at sentence-final punctuation and keeps closing quotes with their sentence', () => {
    const text = '他说：“我来了。”然后走了！对吗？'
    expect(splitSentences(text).map((s) => s.text)).toEqual(['他说：“我来了。”', '然后走了！', '对吗？'])
  })

  it('treats a line break as a sentence end and keeps offsets into the text', () => {
    const text = '图一说明\n图二说明'
    const sentences = splitSentences(text)
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['图一说明', '图二说明'])
  })

  it('returns [] for blank text', () => {
    expect(splitSentences('  \n ')).toEqual([])
  })
})
