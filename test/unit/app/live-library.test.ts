import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLiveLibrary, type LiveLibrary, type LiveLibraryOptions } from '../../../src/app/live-library.js'
import { openLibraryWithProblems } from '../../../src/app/open-library.js'
import type { Library } from '../../../src/core/library.js'
import { writeTinyCorpus } from './tiny-corpus.js'

const newArticle = [
  '---', 'id: reservoir', 'title: 翠屏湖水库', 'newspaper: 宁德日报', 'date: 1960-05-01', '---', '',
  '古田县的翠屏湖水库于1958年开工建设，库区淹没了古田老城。', '',
].join('\n')
const newQuestion = '翠屏湖水库哪一年开工建设？'
const oldQuestion = '南京长江大桥什么时候全面通车？'

const answers = async (library: Library, question: string, id: string): Promise<boolean> => {
  const answer = (await library.answer(question))
  return !answer.abstained && answer.results[0]?.source.id === id
}

async function waitFor(condition: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

let root: string
let corpusDir: string
let logs: string[]
let live: LiveLibrary | undefined
const start = async (options: Partial<LiveLibraryOptions> = {}): Promise<LiveLibrary> => {
  live = await createLiveLibrary({ corpusDir, indexDir: join(root, 'index'), log: (m) => logs.push(m), watch: false, ...options })
  return live
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'wenda-live-'))
  corpusDir = join(root, 'corpus')
  await writeTinyCorpus(corpusDir)
  logs = []
})
afterEach(async () => {
  live?.close()
  live = undefined
  await rm(root, { recursive: true, force: true })
})

describe('createLiveLibrary', () => {
  it('answers a fact from an added article after reload, and reports what it built', async () => {
    const library = await start()
    expect(await answers(library.current(), newQuestion, 'reservoir')).toBe(false)
    await writeFile(join(corpusDir, 'reservoir.md'), newArticle)
    await writeFile(join(corpusDir, 'broken.md'), 'no front matter')
    const result = await library.reload()
    expect(result).toMatchObject({ articles: 3, problems: 1 })
    expect(result.passages).toBeGreaterThanOrEqual(3)
    expect(await answers(library.current(), newQuestion, 'reservoir')).toBe(true)
    expect(await answers(library.current(), oldQuestion, 'bridge')).toBe(true)
    expect(logs).toContain(`reload: ${result.passages} passages from 3 articles in ${result.ms} ms (1 files skipped)`)
  })

  it('builds a whole new index on a worker thread and keeps this thread free meanwhile', async () => {
    const library = await start({ backgroundFromChars: 0, maxIncremental: 0 })
    await writeFile(join(corpusDir, 'reservoir.md'), newArticle)
    let ticks = 0
    const timer = setInterval(() => ticks++, 10)
    try {
      await library.reload()
    } finally {
      clearInterval(timer)
    }
    // the worker loads its own jieba dictionary (~1 s): a blocked thread would not tick meanwhile
    expect(ticks).toBeGreaterThan(20)
    expect(await answers(library.current(), newQuestion, 'reservoir')).toBe(true)
    expect(await answers(library.current(), oldQuestion, 'bridge')).toBe(true)
  }, 20_000)

  it('re-indexes an edited article in place, on this thread, without rebuilding', async () => {
    const library = await start({ backgroundFromChars: 0 })
    logs = []
    await writeFile(join(corpusDir, 'reservoir.md'), newArticle)
    await library.reload()
    expect(logs.some((m) => /^index: re-indexed 1 changed and removed 0 articles/.test(m))).toBe(true)
    expect(logs.some((m) => m.startsWith('index: built'))).toBe(false)
    expect(await answers(library.current(), newQuestion, 'reservoir')).toBe(true)
  })

  it('reloads by itself after an article file is added to the watched folder', async () => {
    const library = await start({ watch: true, debounceMs: 50 })
    await writeFile(join(corpusDir, 'reservoir.md'), newArticle)
    await waitFor(() => answers(library.current(), newQuestion, 'reservoir'))
  })

  it('answers from the old library while a slow rebuild runs, then swaps', async () => {
    let release = (): void => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    let opens = 0
    const library = await start({
      open: async (options) => {
        if (opens++ > 0) await gate
        return openLibraryWithProblems(options)
      },
    })
    const old = library.current()
    await writeFile(join(corpusDir, 'reservoir.md'), newArticle)
    const reloading = library.reload()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(library.current()).toBe(old)
    expect(await answers(library.current(), oldQuestion, 'bridge')).toBe(true)
    expect(await answers(library.current(), newQuestion, 'reservoir')).toBe(false)
    release()
    await reloading
    expect(library.current()).not.toBe(old)
    expect(await answers(library.current(), newQuestion, 'reservoir')).toBe(true)
  })

  it('coalesces reloads asked for during a reload into one more run', async () => {
    let opens = 0
    const library = await start({
      open: async (options) => {
        opens++
        await new Promise((resolve) => setTimeout(resolve, 50))
        return openLibraryWithProblems(options)
      },
    })
    const results = await Promise.all([library.reload(), library.reload(), library.reload(), library.reload()])
    expect(opens).toBe(1 + 2)
    expect(results.every((r) => r.articles === 2)).toBe(true)
  })

  it('keeps the old library and logs when a rebuild fails', async () => {
    let fail = false
    const library = await start({
      open: async (options) => {
        if (fail) throw new Error('disk on fire')
        return openLibraryWithProblems(options)
      },
    })
    const old = library.current()
    fail = true
    await expect(library.reload()).rejects.toThrow('reload failed, still answering from the previous index: disk on fire')
    expect(library.current()).toBe(old)
    expect(logs).toContain('reload failed, still answering from the previous index: disk on fire')
    fail = false
    await expect(library.reload()).resolves.toMatchObject({ articles: 2 })
  })

  it('keeps the old library when the corpus folder is gone or holds no article', async () => {
    const library = await start()
    await rm(join(corpusDir, 'bridge.md'))
    await rm(join(corpusDir, 'lake.md'))
    await expect(library.reload()).rejects.toThrow('the corpus has no readable article now')
    await rm(corpusDir, { recursive: true })
    await expect(library.reload()).rejects.toThrow(`cannot read the corpus folder ${corpusDir}`)
    expect(await answers(library.current(), oldQuestion, 'bridge')).toBe(true)
  })

  it('answers the edited fact after an article is edited, and no longer the old one', async () => {
    const library = await start()
    await writeFile(join(corpusDir, 'lake.md'), [
      '---', 'id: lake', 'title: 西湖龙井', '---', '', '今年的明前茶于三月十八日开采，比去年早了十二天。', '',
    ].join('\n'))
    await library.reload()
    const hit = (await library.current().answer('今年的明前茶什么时候开采？')).results[0]
    expect(hit?.text).toContain('三月十八日')
  })

  it('stops reloading after close', async () => {
    const library = await start({ watch: true, debounceMs: 20 })
    library.close()
    await writeFile(join(corpusDir, 'reservoir.md'), newArticle)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(logs.filter((m) => m.startsWith('reload:'))).toEqual([])
  })
})
