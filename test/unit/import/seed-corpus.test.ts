import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { captionHeading, type StoredArticle } from '../../../src/adapters/article-markdown.js'
import { readCorpus } from '../../../src/adapters/corpus-files.js'
import { idFromFileName, importRawText } from '../../../src/import/import-article.js'

// The shipped corpus files are the seeds imported and then hand-edited; the edits must not lose text.
const root = join(import.meta.dirname, '../../..')
const seedDir = join(root, 'test/fixtures/seeds')
const seedNames = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort()
/** Han characters removed by hand on purpose: 001 printed 顿 twice across a column break (整顿顿开展). */
const handRemoved: Record<string, string> = { '001': '顿' }

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

describe('the seed corpus files', async () => {
  const corpus = await readCorpus(join(root, 'corpus'))

  it('load without problems', () => {
    expect(corpus.problems).toEqual([])
  })

  it.each(seedNames)('keep every Han character of %s (except the listed hand removals)', (name) => {
    const id = idFromFileName(name)
    const raw = readFileSync(join(seedDir, name), 'utf8')
    const imported = importRawText(raw, { id, source: name })
    const articles = corpus.articles.filter((article) => article.source === name)
    expect(articles.map((article) => article.id)).toEqual(imported.articles.map((article) => article.id))
    const kept = [...imported.metadataLines, ...imported.droppedLines, ...articles.flatMap(articleTexts), handRemoved[id] ?? '']
    expect(hanCounts(kept)).toEqual(hanCounts([raw]))
  })
})
