import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compareIds, readCorpus, writeArticle } from '../../../src/adapters/corpus-files.js'
import type { StoredArticle } from '../../../src/adapters/article-markdown.js'

const articleText = (id: string, title = '标题'): string => `---\nid: "${id}"\ntitle: ${title}\n---\n\n正文。\n`

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wenda-corpus-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('readCorpus', () => {
  it('returns the articles sorted by id, ignoring README.md and files that are not Markdown', async () => {
    await writeFile(join(dir, '001-10.md'), articleText('001-10'))
    await writeFile(join(dir, '001-2.md'), articleText('001-2'))
    await writeFile(join(dir, '000.md'), articleText('000'))
    await writeFile(join(dir, 'README.md'), '# The corpus\n')
    await writeFile(join(dir, 'synonyms.txt'), '派出所 所\n')
    const corpus = await readCorpus(dir)
    expect(corpus.articles.map((a) => a.id)).toEqual(['000', '001-2', '001-10'])
    expect(corpus.problems).toEqual([])
  })

  it('reports an empty, a binary, a non-UTF-8, a malformed and a duplicate file by name and loads the rest', async () => {
    await writeFile(join(dir, '000.md'), articleText('000'))
    await writeFile(join(dir, 'empty.md'), '  \n')
    await writeFile(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    await writeFile(join(dir, 'gbk.md'), Buffer.from([0xd5, 0xe3, 0xbd, 0xad]))
    await writeFile(join(dir, 'bad.md'), '---\nid: bad\n---\n正文。\n')
    await writeFile(join(dir, 'x.md'), articleText('x'))
    await writeFile(join(dir, 'y.md'), articleText('x'))
    const corpus = await readCorpus(dir)
    expect(corpus.articles.map((a) => a.id)).toEqual(['000', 'x'])
    expect(corpus.problems).toEqual([
      { file: 'bad.md', message: 'front matter has no title; skipped' },
      { file: 'binary.md', message: 'binary file (contains NUL bytes); skipped' },
      { file: 'empty.md', message: 'empty file; skipped' },
      { file: 'gbk.md', message: 'not valid UTF-8 text (save it as UTF-8); skipped' },
      { file: 'y.md', message: 'duplicate id "x" (already used by x.md); file skipped' },
    ])
  })

  it('returns a fingerprint that changes when a file changes and not when nothing does', async () => {
    await writeFile(join(dir, '000.md'), articleText('000'))
    const first = (await readCorpus(dir)).fingerprint
    expect((await readCorpus(dir)).fingerprint).toBe(first)
    await writeFile(join(dir, '000.md'), articleText('000', '新标题'))
    expect((await readCorpus(dir)).fingerprint).not.toBe(first)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
  })

  it('throws naming the folder when it does not exist', async () => {
    await expect(readCorpus(join(dir, 'missing'))).rejects.toThrow(`cannot read the corpus folder ${join(dir, 'missing')}`)
  })
})

describe('writeArticle', () => {
  const article: StoredArticle = {
    id: '001-2', title: '警方关爱“新二代”', subtitle: '', newspaper: '浙江法制报', date: '', page: '',
    authors: ['通讯员 杨继划 摄'], column: '图说平安', source: '001_e5c364747de28510.txt',
    paragraphs: [{ n: 1, heading: '', text: '近日,温州市公安局龙湾区分局民警走进新居民子弟学校。' }],
  }

  it('writes <id>.md that readCorpus loads back unchanged, leaving no temporary file', async () => {
    const path = await writeArticle(join(dir, 'new'), article)
    expect(path).toBe(join(dir, 'new', '001-2.md'))
    expect(await readdir(join(dir, 'new'))).toEqual(['001-2.md'])
    const corpus = await readCorpus(join(dir, 'new'))
    expect(corpus.articles).toEqual([article])
    expect(await readFile(path, 'utf8')).toContain('column: 图说平安\n')
  })
})

describe('compareIds', () => {
  it('orders numeric parts by value', () => {
    expect(['002', '001-10', '001', '001-2'].sort(compareIds)).toEqual(['001', '001-2', '001-10', '002'])
  })
})
