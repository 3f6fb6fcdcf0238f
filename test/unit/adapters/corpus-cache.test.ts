import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTemporaryDirectory } from '../../helpers/temporary-directory.js'
import { createCorpusCache } from '../../../src/adapters/corpus-cache.js'

const parsed = {
  articles: [{ id: 'a', title: '标题', subtitle: '', newspaper: '', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading: '', text: '正文。' }] }],
  problems: [{ file: 'b.md', message: 'empty file; skipped' }],
}

let dir: string
useTemporaryDirectory('wenda-corpus-cache-', (d) => (dir = d))

describe('createCorpusCache', () => {
  it('gives back what was saved for the same fingerprint only', async () => {
    const cache = createCorpusCache(dir)
    await cache.save('f1', parsed)
    expect(await cache.load('f1')).toEqual(parsed)
    expect(await cache.load('f2')).toBeUndefined()
    expect(await readdir(dir)).toEqual(['corpus.json'])
    await createCorpusCache(dir).save('f2', parsed)
    expect(await cache.load('f1')).toBeUndefined()
    expect(await cache.load('f2')).toEqual(parsed)
  })

  it('treats a missing or damaged file as a miss', async () => {
    const cache = createCorpusCache(dir)
    expect(await cache.load('f1')).toBeUndefined()
    await writeFile(join(dir, 'corpus.json'), '{"format": 1, "fingerprint": "f1", "artic')
    expect(await cache.load('f1')).toBeUndefined()
  })

  it('loads nothing on a forced rebuild but still saves the fresh parse', async () => {
    await createCorpusCache(dir, { reuse: false }).save('f1', parsed)
    expect(await createCorpusCache(dir, { reuse: false }).load('f1')).toBeUndefined()
    expect(await createCorpusCache(dir).load('f1')).toEqual(parsed)
  })

  it('swallows a failed save: the cache only saves time', async () => {
    await writeFile(join(dir, 'file'), 'not a folder')
    await expect(createCorpusCache(join(dir, 'file')).save('f1', parsed)).resolves.toBeUndefined()
  })
})
