import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/app/open-library.js'
import { formatAnswerText } from '../../src/cli/format-answer-text.js'
import type { Library } from '../../src/core/library.js'
import { writeTinyCorpus } from '../unit/app/tiny-corpus.js'
import { markupArticle } from './markup-article.js'
import { messageArbitrary, questionWords } from './messages.js'

/** Generated messages per property; `FUZZ_RUNS=100000 npx vitest run test/fuzz` for a longer hunt. */
const runs = Number(process.env.FUZZ_RUNS ?? 10_000)

let root: string
let library: Library
let fragments: string[]

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'wenda-fuzz-'))
  const corpusDir = join(root, 'corpus')
  await writeTinyCorpus(corpusDir)
  await writeFile(join(corpusDir, 'markup.md'), markupArticle)
  library = await openLibrary({ corpusDir, indexDir: join(root, 'index'), log: () => {} })
  fragments = library.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.match(/.{2,8}/gsu) ?? []))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('the answer path under fuzzed messages', () => {
  it(`answers ${runs} generated messages without throwing, with well-formed answers`, () => {
    let answered = 0
    fc.assert(
      fc.property(messageArbitrary(fragments), fc.integer({ min: 0, max: 6 }), (message, offset) => {
        const answer = library.answer(message, { offset, limit: 3 })
        expect(answer.question).toBe(message)
        expect(answer.results.length).toBeLessThanOrEqual(3)
        if (answer.abstained) expect(answer.results).toEqual([])
        else answered++
        for (const hit of answer.results) {
          expect(library.findPassage(hit.source.passageId)).toBeDefined()
          expect(hit.text.length).toBeLessThanOrEqual(400)
        }
        expect(typeof formatAnswerText(answer)).toBe('string')
      }),
      { numRuns: runs },
    )
    // the generator must reach the formatting of real hits, not only abstentions
    expect(answered / runs).toBeGreaterThan(0.05)
  })

  it('answers every question word alone by abstaining', () => {
    for (const word of questionWords) expect(library.answer(word).abstained, word).toBe(true)
  })

  it('finds the markup article when asked about it, so fuzzed hits carry markup', () => {
    const answer = library.answer('a<b && c>d 是什么公式？')
    expect(answer.results.some((hit) => hit.source.id === 'markup')).toBe(true)
  })
})
