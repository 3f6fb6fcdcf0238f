import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCorpus } from '../../../src/adapters/corpus-files.js'
import { createJiebaSegmenter } from '../../../src/adapters/jieba.js'
import { runImport } from '../../../src/cli/import-articles.js'
import { partitionCut } from '../../../src/import/doubled-at-break.js'

// The made-up 岚州日报 corpus is six texts pasted the ways users paste them (web copy with the
// masthead under the headlines, PDF copy broken every few characters, a Q&A interview, full-width
// digits, a byline closing the story, subheadings on lines of their own), imported as documented.
const hill = join(import.meta.dirname, '../../fixtures/hill')
const rawDir = join(hill, 'raw')
const corpusDir = join(hill, 'corpus')
const pastes = readdirSync(rawDir).filter((name) => name.endsWith('.txt')).sort().map((name) => join(rawDir, name))
const quiet = { log: () => {}, error: (line: string) => expect.fail(line) }

describe('the pasted corpus', () => {
  let out: string
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'wenda-pasted-'))
  })
  afterAll(async () => {
    await rm(out, { recursive: true, force: true })
  })

  it('is what importing its pastes with --newspaper writes, byte for byte', async () => {
    const cut = partitionCut(createJiebaSegmenter())
    expect(await runImport(['--out', out, '--newspaper', '岚州日报', ...pastes], quiet, { corpusDir: out, loadCut: () => cut })).toBe(0)
    const names = (await readdir(corpusDir)).filter((name) => name.endsWith('.md')).sort()
    expect((await readdir(out)).filter((name) => name.endsWith('.md')).sort()).toEqual(names)
    for (const name of names) expect([name, await readFile(join(out, name), 'utf8')]).toEqual([name, await readFile(join(corpusDir, name), 'utf8')])
  })

  it('reads every paste\'s title, and its byline where it gives one, and loads without problems', async () => {
    const { articles, problems } = await readCorpus(corpusDir)
    expect(problems).toEqual([])
    expect(articles.map((a) => a.title)).toEqual([
      '山路通了公交车 老鸦坪到石门镇只要35分钟',
      '流感疫苗，现在打正当时',
      '岚州新版生活垃圾分类办法7月1日起施行',
      '受伤穿山甲救治２６天后重返山林',
      '一口汤锅熬了34年 三代人守着老诸葛面馆',
      '暴雨夜后山滑坡 白岩乡提前转移412名群众无人伤亡',
    ])
    expect(articles.map((a) => a.authors.length > 0)).toEqual([true, true, true, true, true, false])
  })
})
