import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTemporaryDirectory } from '../../helpers/temporary-directory.js'
import { compareIds, maxArticleBytes, readCorpus, writeArticle } from '../../../src/adapters/corpus-files.js'
import type { StoredArticle } from '../../../src/adapters/article-markdown.js'

const articleText = (id: string, title = '标题'): string => `---\nid: "${id}"\ntitle: ${title}\n---\n\n正文。\n`

let dir: string
useTemporaryDirectory('wenda-corpus-', (d) => (dir = d))

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

  it('reports a folder, a dangling link and an oversized file named .md, and loads the rest', async () => {
    await writeFile(join(dir, '000.md'), articleText('000'))
    await mkdir(join(dir, 'folder.md'))
    await symlink(join(dir, 'nowhere.md'), join(dir, 'link.md'))
    await writeFile(join(dir, 'huge.md'), Buffer.alloc(maxArticleBytes + 1, 0x41))
    const corpus = await readCorpus(dir)
    expect(corpus.articles.map((a) => a.id)).toEqual(['000'])
    expect(corpus.problems).toEqual([
      { file: 'folder.md', message: 'not a regular file; skipped' },
      { file: 'huge.md', message: `too large (${maxArticleBytes + 1} bytes, at most ${maxArticleBytes}); skipped` },
      { file: 'link.md', message: 'cannot be read (missing or a dangling link); skipped' },
    ])
  })

  it('ignores hidden files such as editor locks and swap files', async () => {
    await writeFile(join(dir, '000.md'), articleText('000'))
    await symlink('user@host.123', join(dir, '.#000.md'))
    await writeFile(join(dir, '.000.md.swp.md'), 'x')
    const corpus = await readCorpus(dir)
    expect(corpus.articles.map((a) => a.id)).toEqual(['000'])
    expect(corpus.problems).toEqual([])
  })

  it('reports a file of control characters without NUL bytes as binary', async () => {
    await writeFile(join(dir, 'ctl.md'), Buffer.from('---\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x1b---', 'latin1'))
    expect((await readCorpus(dir)).problems).toEqual([{ file: 'ctl.md', message: 'binary file (contains control characters); skipped' }])
  })

  it('reports missing front matter, malformed YAML, a bad date, a list as title, and an unsafe id', async () => {
    await writeFile(join(dir, 'a.md'), '正文，没有元数据。\n')
    await writeFile(join(dir, 'b.md'), '---\nid: "b\ntitle: [unclosed\n---\n\n正文。\n')
    await writeFile(join(dir, 'c.md'), '---\nid: c\ntitle: 标题\ndate: 2021/07/01\n---\n\n正文。\n')
    await writeFile(join(dir, 'd.md'), '---\nid: d\ntitle:\n  - 一\n  - 二\n---\n\n正文。\n')
    await writeFile(join(dir, 'e.md'), articleText('../etc/passwd'))
    await writeFile(join(dir, 'f.md'), '---\nid: f\ntitle: 只有标题\n---\n')
    const problems = (await readCorpus(dir)).problems
    expect(problems.map((p) => p.file)).toEqual(['a.md', 'b.md', 'c.md', 'd.md', 'e.md', 'f.md'])
    expect(problems[0]?.message).toMatch(/^no front matter .*; skipped$/)
    expect(problems[1]?.message).toMatch(/^malformed front matter: .*; skipped$/)
    expect(problems[2]?.message).toBe('date "2021/07/01" is not YYYY-MM-DD (leave it empty when unknown); skipped')
    expect(problems[3]?.message).toBe('front matter field title must be a single line of text; skipped')
    expect(problems[4]?.message).toBe('id "../etc/passwd" may hold only letters, digits, - and _ (at most 32 bytes); skipped')
    expect(problems[5]?.message).toBe('the body has no paragraph; skipped')
  })

  it('changes the fingerprint when an unreadable file becomes readable', async () => {
    await symlink(join(dir, 'target'), join(dir, '000.md'))
    const before = await readCorpus(dir)
    await writeFile(join(dir, 'target'), articleText('000'))
    const after = await readCorpus(dir)
    expect(after.articles.map((a) => a.id)).toEqual(['000'])
    expect(after.fingerprint).not.toBe(before.fingerprint)
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

describe('readCorpus with a cache', () => {
  const cached = { articles: [], problems: [{ file: 'from-cache.md', message: 'cached' }] }

  it('takes the parsed corpus from the cache when the fingerprint is known, without parsing', async () => {
    await writeFile(join(dir, '000.md'), articleText('000'))
    const { fingerprint } = await readCorpus(dir)
    const asked: string[] = []
    const corpus = await readCorpus(dir, { load: async (fp) => (asked.push(fp), cached), save: async () => {} })
    expect(asked).toEqual([fingerprint])
    expect(corpus).toEqual({ ...cached, fingerprint })
  })

  it('parses and saves under the fingerprint when the cache has nothing', async () => {
    await writeFile(join(dir, '000.md'), articleText('000'))
    const saved: [string, unknown][] = []
    const corpus = await readCorpus(dir, { load: async () => undefined, save: async (fp, parsed) => void saved.push([fp, parsed]) })
    expect(corpus.articles.map((a) => a.id)).toEqual(['000'])
    expect(saved).toEqual([[corpus.fingerprint, { articles: corpus.articles, problems: [] }]])
  })
})
