import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSavedTermCounts } from '../../../../src/core/retrieve/saved-term-counts.js'
import { joinVocabulary, readVocabulary } from '../../../../src/core/retrieve/saved-vocabulary.js'

const terms = ['~派出', '巡逻', '民警', '派出所', '社区']
const term = fc.constantFrom(...terms, '调解', '纠纷')
const operation = fc.oneof(
  fc.tuple(fc.constant('set' as const), term, fc.integer({ min: 1, max: 9 })),
  fc.tuple(fc.constant('delete' as const), term, fc.constant(0)),
  fc.tuple(fc.constant('clear' as const), term, fc.constant(0)),
)

describe('saved term counts', () => {
  it('behave as a Map holding the saved counts, through sets, deletes and clears', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: terms.length, maxLength: terms.length }), fc.array(operation, { maxLength: 12 }), (counts, operations) => {
        const sorted = [...terms].sort()
        const saved = createSavedTermCounts(readVocabulary(joinVocabulary(sorted)), Int32Array.from(counts))
        const map = new Map(sorted.flatMap((t, i) => (counts[i]! > 0 ? [[t, counts[i]!] as const] : [])))
        for (const [kind, t, n] of operations) {
          if (kind === 'set') {
            expect(saved.set(t, n)).toBe(saved)
            map.set(t, n)
          } else if (kind === 'delete') {
            expect(saved.delete(t)).toBe(map.delete(t))
          } else {
            saved.clear()
            map.clear()
          }
          expect(saved.size).toBe(map.size)
        }
        for (const t of [...terms, '调解', '纠纷']) {
          expect(saved.get(t)).toBe(map.get(t))
          expect(saved.has(t)).toBe(map.has(t))
        }
        const sortedEntries = (entries: Iterable<[string, number]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : 1))
        expect(sortedEntries(saved)).toEqual(sortedEntries(map))
        expect([...saved.keys()].sort()).toEqual([...map.keys()].sort())
        expect([...saved.values()].length).toBe(map.size)
        const seen: [string, number][] = []
        saved.forEach((value, key) => seen.push([key, value]))
        expect(sortedEntries(seen)).toEqual(sortedEntries(map))
      }),
    )
  })

  it('refuses counts that are not one per vocabulary term', () => {
    expect(() => createSavedTermCounts(readVocabulary(joinVocabulary(['民警'])), new Int32Array(2))).toThrow('one count per vocabulary term')
  })
})
