import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { joinVocabulary, readVocabulary } from '../../../../src/core/retrieve/saved-vocabulary.js'

describe('a saved vocabulary', () => {
  it('finds every term at its sorted position and nothing else, 𠮷 and bigram keys included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('民', '警', '~', 'a', '1', '𠮷'), minLength: 1, maxLength: 4 })), fc.string({ maxLength: 4 }), (terms, other) => {
        const sorted = [...terms].sort()
        const vocabulary = readVocabulary(joinVocabulary(sorted))
        expect(vocabulary.size).toBe(sorted.length)
        sorted.forEach((term, id) => {
          expect(vocabulary.term(id)).toBe(term)
          expect(vocabulary.find(term)).toBe(id)
        })
        expect(vocabulary.find(other)).toBe(sorted.indexOf(other))
      }),
    )
  })

  it('refuses unsorted, repeated, empty or multi-line terms when saving, and an unsorted one when loading', () => {
    expect(() => joinVocabulary(['民警', '巡逻'])).toThrow('vocabulary terms must be sorted and distinct')
    expect(() => joinVocabulary(['民警', '民警'])).toThrow('vocabulary terms must be sorted and distinct')
    expect(() => joinVocabulary(['', '民警'])).toThrow('is empty or holds a line break')
    expect(() => joinVocabulary(['民\n警'])).toThrow('is empty or holds a line break')
    expect(() => readVocabulary('民警\n巡逻')).toThrow('the index is damaged (its vocabulary is not sorted)')
    expect(readVocabulary('').size).toBe(0)
  })
})
