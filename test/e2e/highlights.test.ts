import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCorpusNormalizer } from '../../src/app/corpus-analyzer.js'
import { openLibrary } from '../../src/app/open-library.js'
import type { Library } from '../../src/core/library.js'
import { highlightHit } from '../../src/bot/format.js'
import { findTermSpans } from '../../src/core/present/highlights.js'
import { shownHits } from '../../src/core/present/shown-hits.js'

// Bold must mean "this is what you asked about": over the real corpus with real jieba, no span a
// reader sees bolded in any answer (or "may be related" passage) is a lone Han character that is
// not itself a word of the question.
const root = fileURLToPath(new URL('../../', import.meta.url))
let indexDir: string
let library: Library

beforeAll(async () => {
  indexDir = await mkdtemp(join(tmpdir(), 'wenda-highlights-'))
  library = await openLibrary({ corpusDir: join(root, 'corpus'), indexDir, log: () => {} })
}, 120_000)
afterAll(async () => {
  await rm(indexDir, { recursive: true, force: true })
})

describe('highlights over the real corpus', () => {
  it('bolds no lone Han character that is not a question word, in any answer to questions.jsonl', async () => {
    const lines = (await readFile(join(root, 'test/fixtures/questions.jsonl'), 'utf8')).split('\n').filter((l) => l.trim() !== '')
    const { normalize } = createCorpusNormalizer()
    const strays: string[] = []
    let spans = 0
    for (const line of lines) {
      const { q } = JSON.parse(line) as { q: string }
      const questionWords = new Set((await library.explain(q)).words.map((w) => w.term))
      for (const hit of shownHits(await library.answer(q, { limit: 3 }))) {
        // as the terminal bolds them, and as the bot (and inline results) bold them in HTML
        const shown = [
          ...findTermSpans(hit.text, hit.terms).map(({ start, end }) => hit.text.slice(start, end)),
          ...[...highlightHit(hit).matchAll(/<b>(.*?)<\/b>/gu)].map((m) => m[1]!),
        ]
        for (const span of shown) {
          spans++
          if (/^\p{Script=Han}$/u.test(span) && !questionWords.has(normalize(span))) strays.push(`${q} → ${span}`)
        }
      }
    }
    expect(spans).toBeGreaterThan(lines.length)
    expect(strays).toEqual([])
  }, 60_000)
})
