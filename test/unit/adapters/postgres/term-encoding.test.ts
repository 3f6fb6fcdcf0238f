import { describe, expect, it } from 'vitest'
import { decodeTerm, encodeTerm } from '../../../../src/adapters/postgres/term-encoding.js'

const high = '\ud842' // the first half of 𠮷 (U+20BB7)
const low = '\udfb7'

describe('encodeTerm', () => {
  it('leaves terms without a lone surrogate as they are, whole characters outside the BMP included', () => {
    for (const term of ['民警', '~所长', '𠮷野', 'g20', '']) expect(encodeTerm(term)).toBe(term)
  })

  it('stores a lone surrogate as a character of plane 15 that is valid UTF-8, and restores it', () => {
    for (const term of [`野${high}`, `${low}野`, `~${low}${high}`, `${high}`, `𠮷${high} ${low}家`]) {
      const stored = encodeTerm(term)
      expect(stored).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/u)
      expect(Buffer.from(stored, 'utf8').toString('utf8')).toBe(stored)
      expect(decodeTerm(stored)).toBe(term)
    }
  })
})
