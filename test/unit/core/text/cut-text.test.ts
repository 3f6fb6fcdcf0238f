import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cutText, graphemes, splitText } from '../../../../src/core/text/cut-text.js'

// a lone surrogate is the one thing that has no UTF-8 form: Telegram would refuse the message
const loneSurrogate = /\p{Cs}/u

// astral Han (𠀀), emoji with skin tone and ZWJ, flags, combining marks: every way a cut can go wrong
const tricky = fc.constantFrom('𠀀', '𪚥', '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', 'é', 'e\u0301', '\u0915\u094d\u0937', '南', 'a', ' ', '\n', '…')
const unicodeText = fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 60 })

describe('cutText', () => {
  it('returns the text itself when it fits', () => {
    expect(cutText('南京长江大桥', 6)).toBe('南京长江大桥')
  })

  it('cuts before an astral character rather than inside it', () => {
    expect(cutText('ab𠀀c', 3)).toBe('ab')
    expect(cutText('ab😀c', 4, '…')).toBe('ab…')
  })

  it('keeps a combined character and an emoji sequence whole or leaves them out', () => {
    expect(cutText('xe\u0301y', 2)).toBe('x')
    expect(cutText('家👨‍👩‍👧人', 7)).toBe('家')
  })

  it('throws with the values when the ellipsis cannot fit', () => {
    expect(() => cutText('abcdef', 1, '……')).toThrow('cutText: maxLength 1 leaves no room for the ellipsis "……"')
  })

  it('returns a well-formed prefix of whole graphemes, as long as fits, for any text and length', () => {
    fc.assert(
      fc.property(unicodeText, fc.nat({ max: 70 }), fc.constantFrom('', '…'), (text, max, ellipsis) => {
        fc.pre(max >= ellipsis.length)
        const cut = cutText(text, max, ellipsis)
        expect(loneSurrogate.test(cut)).toBe(false)
        if (text.length <= max) return void expect(cut).toBe(text)
        expect(cut.length).toBeLessThanOrEqual(max)
        expect(cut.endsWith(ellipsis)).toBe(true)
        const kept = graphemes(cut.slice(0, cut.length - ellipsis.length))
        const all = graphemes(text)
        expect(all.slice(0, kept.length)).toEqual(kept)
        // maximal: one more grapheme would not have fitted
        expect(kept.join('').length + all[kept.length]!.length + ellipsis.length).toBeGreaterThan(max)
      }),
      { numRuns: 500 },
    )
  })
})

describe('splitText', () => {
  it('splits into pieces that rejoin to the text, each cut between graphemes and within the limit', () => {
    fc.assert(
      fc.property(unicodeText, fc.integer({ min: 1, max: 12 }), (text, max) => {
        const pieces = splitText(text, max)
        expect(pieces.join('')).toBe(text)
        expect(pieces.flatMap(graphemes)).toEqual(graphemes(text))
        for (const piece of pieces) {
          expect(loneSurrogate.test(piece)).toBe(false)
          if (graphemes(piece).length > 1) expect(piece.length).toBeLessThanOrEqual(max)
        }
      }),
      { numRuns: 500 },
    )
  })
})
