import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTemporaryDirectory } from '../../helpers/temporary-directory.js'
import { checkSavedIndex, hashArticle, noSavedIndex, readSavedIndex, sha256, writeAtomically, writeSavedIndex } from '../../../src/adapters/index-store.js'

const manifest = { key: 'k1', articles: { a: 'h1' }, passages: 2, versions: { minisearch: '7' } }
const json = JSON.stringify({ format: 2, passages: ['a', 'b'] })
const bytes = Buffer.from(json)

let dir: string
useTemporaryDirectory('wenda-index-', (d) => (dir = d))

describe('checkSavedIndex', () => {
  it('returns the JSON written when the key matches, leaving only index.json and manifest.json, with the manifest', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    expect(await checkSavedIndex(dir, 'k1')).toMatchObject({ bytes, manifest: { ...manifest, indexHash: sha256(bytes) } })
    expect(await readSavedIndex(dir, 'k1')).toEqual(bytes)
    expect((await readdir(dir)).sort()).toEqual(['index.json', 'manifest.json'])
  })

  it('says there is no saved index when the folder is empty or missing', async () => {
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: noSavedIndex })
    expect(await checkSavedIndex(join(dir, 'missing'), 'k1')).toEqual({ reason: noSavedIndex })
  })

  it('refuses an index built from another corpus, dictionary or options (key mismatch)', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    expect(await checkSavedIndex(dir, 'k2')).toEqual({ reason: 'built with another dictionary, options or version' })
    expect(await readSavedIndex(dir, 'k2')).toBeUndefined()
  })

  it('refuses a truncated index.json', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    await writeFile(join(dir, 'index.json'), json.slice(0, 10))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index.json does not match its manifest (truncated or changed)' })
  })

  it('refuses a same-length index.json with one byte changed', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    await writeFile(join(dir, 'index.json'), json.replace('"a"', '"c"'))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index.json does not match its manifest (truncated or changed)' })
  })

  it('refuses a damaged manifest, one without indexHash, and a missing index.json', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    await rm(join(dir, 'index.json'))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index.json is missing' })
    await writeFile(join(dir, 'manifest.json'), '{"key": "k1", "indexHa')
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'manifest.json is damaged (not JSON)' })
    await writeFile(join(dir, 'manifest.json'), 'null')
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'manifest.json is damaged (no indexHash or articles)' })
  })

  it('refuses a new index.json under the old manifest (a crash between the two writes)', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    await writeAtomically(join(dir, 'index.json'), JSON.stringify({ format: 2, passages: ['new'] }))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index.json does not match its manifest (truncated or changed)' })
  })

  it('reports an unreadable manifest instead of throwing', async () => {
    await rm(dir, { recursive: true })
    await writeFile(dir, 'a file where the folder should be')
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'cannot read manifest.json (ENOTDIR)' })
  })
})

describe('the binary numbers part', () => {
  const numbers = new Uint8Array([1, 0, 0, 0, 2, 0, 0, 0])

  it('is written beside index.json, vouched for by the manifest and returned with it', async () => {
    await writeSavedIndex(dir, bytes, manifest, numbers)
    expect((await readdir(dir)).sort()).toEqual(['index-numbers.bin', 'index.json', 'manifest.json'])
    expect(await checkSavedIndex(dir, 'k1')).toMatchObject({ bytes, numbers: Buffer.from(numbers), manifest: { indexHash: sha256(bytes), numbersHash: sha256(numbers) } })
  })

  it('is refused when missing or changed, and removed when an index without one is saved', async () => {
    await writeSavedIndex(dir, bytes, manifest, numbers)
    await writeFile(join(dir, 'index-numbers.bin'), numbers.subarray(4))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index-numbers.bin does not match its manifest (truncated or changed)' })
    const changed = numbers.slice()
    changed[0] = 9
    await writeFile(join(dir, 'index-numbers.bin'), changed)
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index-numbers.bin does not match its manifest (truncated or changed)' })
    await rm(join(dir, 'index-numbers.bin'))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index-numbers.bin is missing' })
    await writeSavedIndex(dir, bytes, manifest, numbers)
    await writeSavedIndex(dir, bytes, manifest)
    expect((await readdir(dir)).sort()).toEqual(['index.json', 'manifest.json'])
  })

  it('replaces the binary part of formats 13 and 14 (sentence-terms.bin), which is removed on saving', async () => {
    await writeFile(join(dir, 'sentence-terms.bin'), numbers)
    await writeSavedIndex(dir, bytes, manifest, numbers)
    expect((await readdir(dir)).sort()).toEqual(['index-numbers.bin', 'index.json', 'manifest.json'])
  })
})

describe('hashArticle', () => {
  it('hashes an article by its content, so an equal copy hashes alike and a changed one does not', () => {
    const a = { id: 'a', title: 't', subtitle: '', newspaper: 'n', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading: '', text: '民警' }] }
    expect(hashArticle(a)).toBe(hashArticle(a))
    expect(hashArticle(structuredClone(a))).toBe(hashArticle(a))
    expect(hashArticle({ ...a, paragraphs: [{ n: 1, heading: '', text: '社区' }] })).not.toBe(hashArticle(a))
  })
})

describe('writeSavedIndex', () => {
  it('removes temporary files left by a crash over a minute ago and keeps a concurrent writer\'s fresh one', async () => {
    const stale = join(dir, 'index.json.123.abcdef.tmp')
    const fresh = join(dir, 'manifest.json.456.abcdef.tmp')
    await writeFile(stale, json.slice(0, 5))
    await writeFile(fresh, '{')
    const old = new Date(Date.now() - 120_000)
    await utimes(stale, old, old)
    await writeSavedIndex(dir, bytes, manifest)
    expect((await readdir(dir)).sort()).toEqual(['index.json', 'manifest.json', 'manifest.json.456.abcdef.tmp'])
    expect(await checkSavedIndex(dir, 'k1')).toMatchObject({ bytes, manifest: { ...manifest, indexHash: sha256(bytes) } })
  })
})

describe('writeAtomically', () => {
  it('replaces the whole file and leaves no temporary file', async () => {
    const path = join(dir, 'f.json')
    await writeAtomically(path, 'old')
    await writeAtomically(path, 'new content')
    expect(await readFile(path, 'utf8')).toBe('new content')
    expect(await readdir(dir)).toEqual(['f.json'])
  })

  it('throws naming the path and leaves no temporary file when the rename fails', async () => {
    const path = join(dir, 'target')
    await writeFile(join(dir, 'keep'), '')
    await mkdir(join(path, 'occupied'), { recursive: true }) // a non-empty folder cannot be renamed over
    await expect(writeAtomically(path, 'x')).rejects.toThrow(`cannot write ${path}`)
    expect((await readdir(dir)).sort()).toEqual(['keep', 'target'])
  })
})

describe('hashArticle', () => {
  const article = { id: 'a', title: '标题', subtitle: '', newspaper: '', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading: '', text: '正文。' }] }

  it('changes when anything indexing reads changes, and only then', () => {
    expect(hashArticle(article)).toBe(hashArticle({ ...article }))
    expect(hashArticle({ ...article, paragraphs: [{ n: 1, heading: '', text: '正文！' }] })).not.toBe(hashArticle(article))
    expect(hashArticle({ ...article, title: '新标题' })).not.toBe(hashArticle(article))
  })
})
