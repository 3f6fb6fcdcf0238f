import { describe, expect, it } from 'vitest'
import { findHighlights, findSurfaceForms } from '../../../../src/core/present/highlights.js'
import { createNormalizer } from '../../../../src/core/text/normalize.js'

describe('findSurfaceForms', () => {
  it('finds the original spelling of normalized terms, longest first', () => {
    const normalizer = createNormalizer((c) => ({ 營: '营' })[c] ?? c)
    const text = '小營派出所有ＶＩＰ通道'
    expect(findSurfaceForms(text, normalizer.normalizeWithOrigin(text), ['营', '小营', 'vip', '缺席'])).toEqual(['ＶＩＰ', '小營', '營'])
  })
})

describe('findHighlights', () => {
  const normalizer = createNormalizer()
  const word = (term: string, forms = [term]) => ({ term, forms, within: '' })

  it('marks each question word found in any of its forms, no form inside a longer one', () => {
    const text = '第一个党组织在小巷成立，民警说起第一次。'
    expect(findHighlights(text, normalizer.normalizeWithOrigin(text), [word('第一个'), word('第一'), word('警察', ['警察', '民警'])])).toEqual(['第一个', '民警'])
  })

  it('shows a word the snippet lacks by its character pairs, and never pairs of a word it has', () => {
    const text = '小营派出所的民警在巷口值守。'
    expect(findHighlights(text, normalizer.normalizeWithOrigin(text), [word('小营所'), word('民警')])).toEqual(['民警', '小营'])
  })
})
