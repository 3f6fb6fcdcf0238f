import { describe, expect, it } from 'vitest'
import { createNormalizer, toPlainText } from '../../../../src/core/text/normalize.js'

describe('createNormalizer', () => {
  it('turns full-width digits and letters into half-width lower case', () => {
    expect(createNormalizer().normalize('２０１７年ＶＩＰ通道')).toBe('2017年vip通道')
  })

  it('applies the injected script conversion character by character', () => {
    const toSimplified = (c: string) => ({ 營: '营', 誰: '谁' })[c] ?? c
    expect(createNormalizer(toSimplified).normalize('小營是誰')).toBe('小营是谁')
  })

  it('drops zero-width and other invisible format characters, keeping the map to the original', () => {
    const normalizer = createNormalizer()
    expect(normalizer.normalize('小\u200b营\u200c\u200d巷\u2060\ufeff派出\u00ad所')).toBe('小营巷派出所')
    const { text, origin } = normalizer.normalizeWithOrigin('小\u200b营巷')
    expect(text).toBe('小营巷')
    expect(origin.slice(0, 3)).toEqual([0, 2, 3])
  })

  it('maps every normalized character back to its original index', () => {
    const { text, origin } = createNormalizer().normalizeWithOrigin('a㎡b')
    expect(text).toBe('am2b')
    expect(origin).toEqual([0, 1, 1, 2])
  })

  it('returns text that is already normalized as it is, with each character its own origin', () => {
    const normalizer = createNormalizer()
    normalizer.normalizeWithOrigin('一段很长的已经规范的文字，用来让身份表变长')
    const { text, origin } = normalizer.normalizeWithOrigin('小营派出所')
    expect(text).toBe('小营派出所')
    expect([...text].map((_, i) => origin[i])).toEqual([0, 1, 2, 3, 4])
    expect(normalizer.normalize('小营')).toBe('小营')
  })

  it('maps characters outside the basic plane back to where they start', () => {
    const { text, origin } = createNormalizer().normalizeWithOrigin('𠀀a')
    expect(text).toBe('𠀀a')
    expect(origin[2]).toBe(2)
  })
})

describe('toPlainText', () => {
  const normalizer = createNormalizer((text) => text.replace(/陳/gu, '陈').replace(/說/gu, '说'))

  it('gives the matching form of each character at the original spans, corner quotation marks as curly ones', () => {
    expect(toPlainText('「要走快一步。」陳志偉說。', normalizer.normalize)).toBe('“要走快一步。”陈志偉说。')
  })

  it('keeps a character whose form has another length, so the spans still hold', () => {
    const text = '面积5㎡，陳说'
    expect(toPlainText(text, normalizer.normalize)).toHaveLength(text.length)
    expect(toPlainText(text, normalizer.normalize)).toBe('面积5㎡,陈说')
  })

  it('returns a text already in its matching form as it is', () => {
    expect(toPlainText('王立新说', normalizer.normalize)).toBe('王立新说')
  })
})
