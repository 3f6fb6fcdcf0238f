import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTemporaryDirectory } from '../../helpers/temporary-directory.js'
import { checkSavedIndex, noSavedIndex, readSavedIndex, writeAtomically, writeSavedIndex } from '../../../src/adapters/index-store.js'

const manifest = { key: 'k1', passages: 2, versions: { minisearch: '7' } }
const json = JSON.stringify({ format: 2, passages: ['a', 'b'] })
const bytes = Buffer.from(json)

let dir: string
useTemporaryDirectory('wenda-index-', (d) => (dir = d))

describe('checkSavedIndex', () => {
  it('returns the JSON written when the key matches, leaving only index.bin and manifest.json', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ bytes })
    expect(await readSavedIndex(dir, 'k1')).toEqual(bytes)
    expect((await readdir(dir)).sort()).toEqual(['index.bin', 'manifest.json'])
  })

  it('says there is no saved index when the folder is empty or missing', async () => {
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: noSavedIndex })
    expect(await checkSavedIndex(join(dir, 'missing'), 'k1')).toEqual({ reason: noSavedIndex })
  })

  it('refuses an index built from another corpus, dictionary or options (key mismatch)', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    expect(await checkSavedIndex(dir, 'k2')).toEqual({ reason: 'built from another corpus, dictionary, options or version' })
    expect(await readSavedIndex(dir, 'k2')).toBeUndefined()
  })

  it('refuses a truncated index.bin', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    await writeFile(join(dir, 'index.bin'), json.slice(0, 10))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index.bin does not match its manifest (truncated or changed)' })
  })

  it('refuses a same-length index.bin with one byte changed', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    await writeFile(join(dir, 'index.bin'), json.replace('"a"', '"c"'))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index.bin does not match its manifest (truncated or changed)' })
  })

  it('refuses a damaged manifest, one without indexHash, and a missing index.bin', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    await rm(join(dir, 'index.bin'))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index.bin is missing' })
    await writeFile(join(dir, 'manifest.json'), '{"key": "k1", "indexHa')
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'manifest.json is damaged (not JSON)' })
    await writeFile(join(dir, 'manifest.json'), 'null')
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'manifest.json is damaged (no indexHash)' })
  })

  it('refuses a new index.bin under the old manifest (a crash between the two writes)', async () => {
    await writeSavedIndex(dir, bytes, manifest)
    await writeAtomically(join(dir, 'index.bin'), JSON.stringify({ format: 2, passages: ['new'] }))
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'index.bin does not match its manifest (truncated or changed)' })
  })

  it('reports an unreadable manifest instead of throwing', async () => {
    await rm(dir, { recursive: true })
    await writeFile(dir, 'a file where the folder should be')
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ reason: 'cannot read manifest.json (ENOTDIR)' })
  })
})

describe('writeSavedIndex', () => {
  it('removes temporary files left by a crash over a minute ago and keeps a concurrent writer\'s fresh one', async () => {
    const stale = join(dir, 'index.bin.123.abcdef.tmp')
    const fresh = join(dir, 'manifest.json.456.abcdef.tmp')
    await writeFile(stale, json.slice(0, 5))
    await writeFile(fresh, '{')
    const old = new Date(Date.now() - 120_000)
    await utimes(stale, old, old)
    await writeSavedIndex(dir, bytes, manifest)
    expect((await readdir(dir)).sort()).toEqual(['index.bin', 'manifest.json', 'manifest.json.456.abcdef.tmp'])
    expect(await checkSavedIndex(dir, 'k1')).toEqual({ bytes })
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
