import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/app/open-library.js'
import { findDrops, type Figures } from '../../src/eval/figures.js'
import { defaultSets, figuresFile, groupByCorpus, measureSets, readQuestionSets } from '../../src/eval/measure-sets.js'

// Answer quality is a test: every question set is answered by the real engine over corpus/ (real
// jieba, a freshly built index) and no figure may fall below the one checked in, beyond the
// tolerance. An intended change records new figures (npm run eval -- --record) in the same commit.
const root = fileURLToPath(new URL('../../', import.meta.url))
let indexDir: string
let recorded: Figures
let current: Figures

beforeAll(async () => {
  recorded = JSON.parse(await readFile(join(root, figuresFile), 'utf8')) as Figures
  indexDir = await mkdtemp(join(tmpdir(), 'wenda-quality-'))
  const sets = await readQuestionSets(defaultSets, root)
  current = {}
  // a set with a corpus of its own is asked of that corpus, in an index of its own
  for (const [i, group] of groupByCorpus(sets).entries()) {
    const library = await openLibrary({ corpusDir: group.corpusDir ?? join(root, 'corpus'), indexDir: join(indexDir, String(i)), log: () => {} })
    Object.assign(current, await measureSets(group.sets, (q, previous) => library.answer(q, { limit: 5, previous })))
  }
  // dev.jsonl is read only where ../shared sits beside the project (CI does; a user's clone need not)
  for (const name of Object.keys(recorded)) if (!sets.some((s) => s.name === name) && name === 'dev.jsonl') delete recorded[name]
}, 120_000)
afterAll(async () => {
  await rm(indexDir, { recursive: true, force: true })
})

describe('answer quality on every question set', () => {
  it('has no figure below the checked-in one beyond the tolerance', () => {
    expect(findDrops(recorded, current)).toEqual([])
  })

  it('has checked-in figures for every set it measures', () => {
    expect(Object.keys(current).filter((name) => recorded[name] === undefined)).toEqual([])
  })
})
