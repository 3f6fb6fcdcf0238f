import { describe, expect, it } from 'vitest'
import { defaultStopWords } from '../../../../src/core/text/stop-words.js'

describe('defaultStopWords', () => {
  it('holds the listed scaffolding and function words', () => {
    expect(defaultStopWords.has('什么')).toBe(true)
    expect(defaultStopWords.has('的')).toBe(true)
    expect(defaultStopWords.has('是从')).toBe(true)
  })

  it('takes a word the segmenter opens with a question word as scaffolding', () => {
    expect(defaultStopWords.has('哪些地方')).toBe(true)
    expect(defaultStopWords.has('几块')).toBe(true)
    expect(defaultStopWords.has('多少岁')).toBe(true)
    expect(defaultStopWords.has('什么样')).toBe(true)
  })

  it('keeps content words, even those made of characters that are stop words alone', () => {
    expect(defaultStopWords.has('等着')).toBe(false)
    expect(defaultStopWords.has('派出所')).toBe(false)
    expect(defaultStopWords.has('十几')).toBe(false)
  })
})
