import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createJiebaSegmenter } from '../../../src/adapters/jieba.js'
import { buildInWorker } from '../../../src/app/build-index.js'
import { createCorpusAnalyzer } from '../../../src/app/corpus-analyzer.js'
import { buildAndSave, loadSavedIndex } from '../../../src/app/index-files.js'
import type { Article } from '../../../src/core/types.js'
import { useTemporaryDirectory } from '../../helpers/temporary-directory.js'

const article = (id: string, text: string): Article => ({
  id, title: `${id}号文章`, subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading: '', text }],
})
const articles = [
  article('a', '甪堰派出所于1922年成立，甪堰派出所民警守护红巷，甪堰派出所有名。'),
  article('b', '红都义警有120余名成员，遍布20余个村居。'),
]
const userWords = ['红都义警']
const segmenter = createJiebaSegmenter({ words: userWords })
const analyzer = createCorpusAnalyzer(segmenter)

let dir: string
useTemporaryDirectory('wenda-build-', (d) => (dir = d))

describe('buildInWorker', () => {
  it('saves the index this thread would build and save, corpus words included', async () => {
    const here = join(dir, 'here')
    const there = join(dir, 'there')
    await buildAndSave(articles, analyzer, segmenter, { indexDir: here, key: 'k', log: () => {} })
    await buildInWorker({ articles, userWords, indexDir: there, key: 'k' })
    const [mine, theirs] = await Promise.all([loadSavedIndex({ indexDir: here, key: 'k', log: () => {} }), loadSavedIndex({ indexDir: there, key: 'k', log: () => {} })])
    if (!('index' in mine) || !('index' in theirs)) throw new Error('an index was not saved')
    expect([...theirs.index.passages.values()]).toEqual([...mine.index.passages.values()])
    expect(theirs.index.words).toEqual(mine.index.words)
    expect(theirs.index.words.some((w) => w.includes('甪堰'))).toBe(true)
    expect(theirs.hashes).toEqual(mine.hashes)
  }, 20_000)

  it('rejects with the reason when the worker cannot run', async () => {
    await expect(buildInWorker({ articles, userWords, indexDir: dir, key: 'k' }, new URL('./no-such-worker.mjs', import.meta.url))).rejects.toThrow()
  })
})

describe('buildAndSave', () => {
  it('builds the same index and saves the same files whether analysis workers help or not', async () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ ...articles[i % 2]!, id: `n${i}` }))
    const alone = join(dir, 'alone')
    const helped = join(dir, 'helped')
    const built = await buildAndSave(many, analyzer, segmenter, { indexDir: alone, key: 'k', log: () => {} }, 0)
    const shared = await buildAndSave(many, analyzer, segmenter, { indexDir: helped, key: 'k', log: () => {} }, 2)
    // the passages built with helpers make their sentences' terms when first read: the same
    expect([...shared.passages.values()].map((p) => ({ ...p }))).toEqual([...built.passages.values()])
    expect([...shared.documentFrequency].sort()).toEqual([...built.documentFrequency].sort())
    for (const file of ['index.json', 'index-numbers.bin']) {
      expect((await readFile(join(helped, file))).equals(await readFile(join(alone, file))), file).toBe(true)
    }
  }, 30_000)
})
