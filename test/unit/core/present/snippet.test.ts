import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../../src/core/text/sentences.js'
import { cutSnippet } from '../../../../src/core/present/snippet.js'

describe('cutSnippet', () => {
  it('returns the whole text when it fits', () => {
    expect(cutSnippet('一句。两句。', splitSentences('一句。两句。'), 1, 400)).toBe('一句。两句。')
  })

  it('keeps the answering sentence inside a window of whole sentences', () => {
    const text = Array.from({ length: 30 }, (_, i) => `第${i}句话的内容。`).join('')
    const snippet = cutSnippet(text, splitSentences(text), 20, 60)
    expect(snippet).toContain('第20句话的内容。')
    expect(snippet.length).toBeLessThanOrEqual(60)
  })

  it('cuts a sentence longer than the window before an astral character, not inside it', () => {
    const text = `${'字'.repeat(9)}${'𠀀'.repeat(10)}。`
    expect(cutSnippet(text, splitSentences(text), 0, 10)).toBe('字'.repeat(9))
  })
})
