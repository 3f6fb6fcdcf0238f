import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { sha256 } from '../../../src/adapters/index-store.js'
import { openLibrary, openLibraryWithProblems } from '../../../src/app/open-library.js'
import { int32View } from '../../../src/app/index-files.js'
import { indexFormat, loadPassageIndex } from '../../../src/core/retrieve/passage-index-file.js'
import { writeTinyCorpus } from './tiny-corpus.js'

const question = '南京长江大桥什么时候全面通车？'

let root: string
let corpusDir: string
let indexDir: string
let logs: string[] = []
const open = (rebuild = false) => openLibrary({ corpusDir, indexDir, log: (m) => logs.push(m), rebuild })
const built = (): boolean => logs.some((m) => m.startsWith('index: built '))
const expectAnswered = async (): Promise<void> => {
  const answer = (await (await open()).answer(question))
  expect(answer.abstained).toBe(false)
  expect(answer.results[0]?.source.id).toBe('bridge')
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'wenda-open-'))
  corpusDir = join(root, 'corpus')
  await writeTinyCorpus(corpusDir)
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})
beforeEach(async () => {
  indexDir = await mkdtemp(join(root, 'index-'))
  await open()
  logs = []
})

describe('openLibrary', () => {
  it('loads the saved index without rebuilding when nothing changed, and answers from it', async () => {
    await expectAnswered()
    expect(logs).toEqual([])
  })

  it('rebuilds a truncated index.json instead of loading it half-way', async () => {
    const bytes = await readFile(join(indexDir, 'index.json'))
    await writeFile(join(indexDir, 'index.json'), bytes.subarray(0, bytes.length >> 1))
    await expectAnswered()
    expect(logs[0]).toBe('index: saved index not used (index.json does not match its manifest (truncated or changed)); rebuilding')
    expect(built()).toBe(true)
  })

  it('rebuilds when index-numbers.bin is changed, or changed under a manifest vouching for it', async () => {
    const numbers = await readFile(join(indexDir, 'index-numbers.bin'))
    const changed = Buffer.from(numbers)
    changed.writeInt32LE(-1, changed.length - 4)
    await writeFile(join(indexDir, 'index-numbers.bin'), changed)
    await expectAnswered()
    expect(logs[0]).toBe('index: saved index not used (index-numbers.bin does not match its manifest (truncated or changed)); rebuilding')
    expect(built()).toBe(true)
    logs.length = 0
    const manifest = JSON.parse(await readFile(join(indexDir, 'manifest.json'), 'utf8')) as Record<string, unknown>
    const cut = (await readFile(join(indexDir, 'index-numbers.bin'))).subarray(4)
    manifest.numbersHash = sha256(cut)
    await writeFile(join(indexDir, 'index-numbers.bin'), cut)
    await writeFile(join(indexDir, 'manifest.json'), JSON.stringify(manifest))
    await expectAnswered()
    expect(logs[0]).toBe('index: saved index not used (saved index unreadable (the index is damaged (its numbers are from another save))); rebuilding')
  })

  it('rebuilds when the manifest is damaged', async () => {
    await writeFile(join(indexDir, 'manifest.json'), '{"key": ')
    await expectAnswered()
    expect(logs[0]).toBe('index: saved index not used (manifest.json is damaged (not JSON)); rebuilding')
  })

  it('rebuilds an index of another format even when its manifest vouches for it', async () => {
    const json = JSON.stringify({ format: 1, passages: [] })
    const manifest = JSON.parse(await readFile(join(indexDir, 'manifest.json'), 'utf8')) as Record<string, unknown>
    manifest.indexHash = sha256(json)
    await writeFile(join(indexDir, 'index.json'), json)
    await writeFile(join(indexDir, 'manifest.json'), JSON.stringify(manifest))
    await expectAnswered()
    expect(logs[0]).toBe(`index: saved index not used (saved index unreadable (index format 1 is not ${indexFormat})); rebuilding`)
  })

  it('rebuilds when the user dictionary changes (the key no longer matches)', async () => {
    await writeFile(join(corpusDir, 'userdict.txt'), '全面通车\n')
    try {
      await expectAnswered()
      expect(logs[0]).toBe('index: saved index not used (built with another dictionary, options or version); rebuilding')
    } finally {
      await rm(join(corpusDir, 'userdict.txt'))
    }
  })

  it('rebuilds when a crash left a new index.json under the old manifest, and ignores leftover temp files', async () => {
    await writeFile(join(indexDir, 'index.json'), JSON.stringify({ format: 2, passages: [], words: [], miniSearch: {} }))
    await writeFile(join(indexDir, 'index.json.999.abcdef.tmp'), '{"form')
    await expectAnswered()
    expect(logs[0]).toMatch(/does not match its manifest/)
    logs = []
    await expectAnswered()
    expect(logs).toEqual([])
  })

  it('still opens and answers when the index cannot be saved, saying so', async () => {
    indexDir = join(root, 'not-a-folder')
    await writeFile(indexDir, 'a file')
    await expectAnswered()
    expect(logs.some((m) => m.startsWith(`index: not saved (`))).toBe(true)
  })
})

describe('openLibrary after articles changed', () => {
  const reservoir = (fact: string) => ['---', 'id: reservoir', 'title: 翠屏湖', '---', '', fact, ''].join('\n')

  it('re-indexes only the articles changed since the index was saved, and answers from them', async () => {
    await writeFile(join(corpusDir, 'reservoir.md'), reservoir('古田县的翠屏湖水库于1958年开工建设。'))
    try {
      const answer = await (await open()).answer('翠屏湖水库哪一年开工建设？')
      expect(answer.results[0]?.text).toContain('1958年')
      expect(logs).toEqual([expect.stringMatching(/^index: re-indexed 1 changed and removed 0 articles in \d+ ms$/)])
      expect(built()).toBe(false)
    } finally {
      await rm(join(corpusDir, 'reservoir.md'))
    }
    logs = []
    expect((await (await open()).answer('翠屏湖水库哪一年开工建设？')).abstained).toBe(true)
    expect(logs).toEqual([])
  })

  it('applies a change to the previous library\'s corpus in place, which answers the new text at once', async () => {
    const first = await openLibraryWithProblems({ corpusDir, indexDir, log: (m) => logs.push(m) })
    await writeFile(join(corpusDir, 'reservoir.md'), reservoir('古田县的翠屏湖水库于1956年开工建设。'))
    try {
      const next = await openLibraryWithProblems({ corpusDir, indexDir, log: (m) => logs.push(m) }, first.state)
      expect(next.state.corpus).toBe(first.state.corpus)
      expect((await next.library.answer('翠屏湖水库哪一年开工建设？')).results[0]?.text).toContain('1956年')
      expect(next.library.articleCount).toBe(3)
    } finally {
      await rm(join(corpusDir, 'reservoir.md'))
    }
  })

  it('rebuilds instead when more than the incremental share changed', async () => {
    await writeFile(join(corpusDir, 'reservoir.md'), reservoir('古田县的翠屏湖水库于1958年开工建设。'))
    try {
      await openLibrary({ corpusDir, indexDir, log: (m) => logs.push(m), maxIncremental: 0 })
      expect(logs).toContain('index: too many articles changed since the index was saved; rebuilding')
      expect(built()).toBe(true)
    } finally {
      await rm(join(corpusDir, 'reservoir.md'))
    }
  })
})

describe('openLibrary rebuilt twice in one process', () => {
  it('saves the same discovered words both times, though jieba learnt them the first time', async () => {
    const dir = join(root, 'corpus-names')
    await writeTinyCorpus(dir)
    await writeFile(join(dir, 'town.md'), [
      '---', 'id: town', 'title: 古镇', '---', '',
      '甪堰镇位于湖边。甪堰镇有一座古桥。', '', '游客说甪堰镇的早茶好。', '',
    ].join('\n'))
    const savedWords = async (): Promise<readonly string[]> => {
      await openLibrary({ corpusDir: dir, indexDir, log: () => {}, rebuild: true })
      const numbers = int32View(await readFile(join(indexDir, 'index-numbers.bin')))
      return (await loadPassageIndex({ json: await readFile(join(indexDir, 'index.json'), 'utf8'), numbers })).words
    }
    const first = await savedWords()
    expect(first.some((w) => w.includes('甪堰'))).toBe(true)
    expect(await savedWords()).toEqual(first)
  })
})

describe('openLibrary synonyms', () => {
  it('matches by the general synonym groups shipped with wenda in a folder with no synonyms.txt, and adds the folder\'s own', async () => {
    const own = join(root, 'own-synonyms')
    await writeTinyCorpus(own)
    const bare = await openLibraryWithProblems({ corpusDir, indexDir, log: () => {} })
    expect(bare.state.synonyms?.get('警察')).toContain('民警')
    await writeFile(join(own, 'synonyms.txt'), '大桥 桥梁\n')
    const added = await openLibraryWithProblems({ corpusDir: own, indexDir: await mkdtemp(join(root, 'index-')), log: () => {} })
    expect(added.state.synonyms?.get('大桥')).toContain('桥梁')
    expect(added.state.synonyms?.get('警察')).toContain('民警')
  })
})
