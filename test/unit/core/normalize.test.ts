import { describe, expect, it } from 'vitest'
import { createNormalizer } from '../../../src/core/normalize.js'

describe('createNormalizer', () => {
  it('turns full-width digits and letters into half-width lower case', () => {
    expect(createNormalizer().normalize('２０１７年ＶＩＰ通道')).toBe('2017年vip通道')
  })

  it('applies the injected script conversion character by character', () => {
    const toSimplified = (c: string) => ({ 營: '营', 誰: '谁' })[c] ?? c
    expect(createNormalizer(toSimplified).normalize('小營是誰')).toBe('小营是谁')
  })

  it('maps every normalized character back to its original index', () => {
    const { text, origin } = createNormalizer().normalizeWithOrigin('a㎡b')
    expect(text).toBe('am2b')
    expect(origin).toEqual([0, 1, 1, 2])
  })
})
