import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { captionHeading, type StoredArticle } from '../../../src/adapters/article-markdown.js'
import { readCorpus } from '../../../src/adapters/corpus-files.js'
import { createJiebaSegmenter } from '../../../src/adapters/jieba.js'
import { runImport } from '../../../src/cli/import-articles.js'
import { partitionCut } from '../../../src/import/doubled-at-break.js'
import { idFromFileName, importRawText } from '../../../src/import/import-article.js'

// The shipped corpus is the seeds imported with documented options only, byte for byte: it can be
// rebuilt from its sources with `npm run import -- --force test/fixtures/seeds/*.txt`.
const root = join(import.meta.dirname, '../../..')
const corpusDir = join(root, 'corpus')
const seedDir = join(root, 'test/fixtures/seeds')
const seeds = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort().map((name) => join(seedDir, name))
const cut = partitionCut(createJiebaSegmenter())
const quiet = { log: () => {}, error: (line: string) => expect.fail(line) }

async function articleFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()
}

describe('the seed corpus', () => {
  let out: string
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'wenda-seeds-'))
  })
  afterAll(async () => {
    await rm(out, { recursive: true, force: true })
  })

  it('is what importing the seeds with --newspaper writes, byte for byte', async () => {
    const dir = join(out, 'flag')
    expect(await runImport(['--out', dir, '--newspaper', '浙江法制报', ...seeds], quiet, { corpusDir: dir, loadCut: () => cut })).toBe(0)
    expect(await articleFiles(dir)).toEqual(await articleFiles(corpusDir))
    for (const name of await articleFiles(corpusDir)) expect([name, await readFile(join(dir, name), 'utf8')]).toEqual([name, await readFile(join(corpusDir, name), 'utf8')])
  })

  it('is what importing the seeds into a folder with the corpus settings file writes, without flags', async () => {
    const dir = join(out, 'settings')
    await mkdir(dir)
    await copyFile(join(corpusDir, 'wenda.yaml'), join(dir, 'wenda.yaml'))
    expect(await runImport(seeds, quiet, { corpusDir: dir, loadCut: () => cut })).toBe(0)
    for (const name of await articleFiles(corpusDir)) expect(await readFile(join(dir, name), 'utf8')).toBe(await readFile(join(corpusDir, name), 'utf8'))
  })

  it('loads without problems', async () => {
    expect((await readCorpus(corpusDir)).problems).toEqual([])
  })
})

function hanCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) for (const [char] of text.matchAll(/\p{Script=Han}/gu)) counts.set(char, (counts.get(char) ?? 0) + 1)
  return counts
}

function articleTexts(article: StoredArticle): string[] {
  const texts = [article.title, article.subtitle, ...article.authors]
  let heading = ''
  for (const paragraph of article.paragraphs) {
    if (paragraph.heading !== heading && paragraph.heading !== captionHeading) texts.push(paragraph.heading)
    heading = paragraph.heading
    texts.push(paragraph.text)
  }
  return texts
}

describe('importing the seeds with jieba', () => {
  it.each(seeds)('keeps every Han character of %s: in an article, the metadata, the page furniture or a reported removal', (seed) => {
    const raw = readFileSync(seed, 'utf8')
    const result = importRawText(raw, { id: idFromFileName(seed), source: seed, cut })
    const kept = [...result.metadataLines, ...result.droppedLines, ...result.unplacedHeadings, ...result.articles.flatMap(articleTexts), ...result.repairs.map((r) => r.dropped)]
    expect(hanCounts(kept)).toEqual(hanCounts([raw]))
  })

  it('drops exactly one doubled character in the seeds: 顿 in 001 (整顿顿开展)', () => {
    const repairs = seeds.flatMap((seed) => importRawText(readFileSync(seed, 'utf8'), { id: 'x', source: 'x', cut }).repairs)
    expect(repairs).toEqual([{ dropped: '顿', at: '伍教育整顿|顿开展了数' }])
  })
})
