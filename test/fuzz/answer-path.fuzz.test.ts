import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatAnswerText } from '../../src/cli/format-answer-text.js'
import type { Library } from '../../src/core/library.js'
import { fuzzRuns, openFuzzLibrary } from './fuzz-library.js'
import { messageArbitrary, questionWords } from './messages.js'

const runs = fuzzRuns

let library: Library
let fragments: string[]
let close: () => Promise<void>

beforeAll(async () => {
  ;({ library, fragments, close } = await openFuzzLibrary('wenda-fuzz-'))
})
afterAll(async () => {
  await close()
})

describe('the answer path under fuzzed messages', () => {
  it(`answers ${runs} generated messages without throwing, with well-formed answers`, async () => {
    let answered = 0
    await fc.assert(
      fc.asyncProperty(messageArbitrary(fragments), fc.integer({ min: 0, max: 6 }), async (message, offset) => {
        const answer = (await library.answer(message, { offset, limit: 3 }))
        expect(answer.question).toBe(message)
        expect(answer.results.length).toBeLessThanOrEqual(3)
        if (answer.abstained) expect(answer.results).toEqual([])
        else answered++
        for (const hit of answer.results) {
          expect((await library.findPassage(hit.source.passageId))).toBeDefined()
          expect(hit.text.length).toBeLessThanOrEqual(400)
        }
        expect(typeof formatAnswerText(answer)).toBe('string')
      }),
      { numRuns: runs },
    )
    // the generator must reach the formatting of real hits, not only abstentions
    expect(answered / runs).toBeGreaterThan(0.05)
    // each generated message is a whole answer (a follow-up may read it twice): ~20 s quiet, slower on a busy machine
  }, 120_000)

  it('answers every question word alone by abstaining', async () => {
    for (const word of questionWords) expect((await library.answer(word)).abstained, word).toBe(true)
  })

  it('finds the markup article when asked about it, so fuzzed hits carry markup', async () => {
    const answer = (await library.answer('a<b && c>d 是什么公式？'))
    expect(answer.results.some((hit) => hit.source.id === 'markup')).toBe(true)
  })
})
