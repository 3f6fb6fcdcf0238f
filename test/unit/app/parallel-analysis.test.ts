import { describe, expect, it } from 'vitest'
import { createJiebaSegmenter } from '../../../src/adapters/jieba.js'
import { createCorpusAnalyzer } from '../../../src/app/corpus-analyzer.js'
import { countAnalysisWorkers, startAnalysisPool } from '../../../src/app/parallel-analysis.js'
import { buildPassageIndex, type PassageIndex } from '../../../src/core/retrieve/passage-index.js'
import { createPassageIndexBuilder } from '../../../src/core/retrieve/passage-index-builder.js'
import { serializePassageIndex } from '../../../src/core/retrieve/passage-index-file.js'
import type { Article } from '../../../src/core/types.js'

const article = (id: string, text: string, heading = ''): Article => ({
  id, title: `${id}号文章`, subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading, text }, { n: 2, heading: '后记', text: `${text}又一段。` }],
})
const texts = ['甪堰派出所于1922年成立，甪堰派出所民警守护红巷。', '红都义警有120余名成员，遍布20余个村居。', '塘栖镇上的甪堰老街修缮完毕，游客如织。', '副所长带队巡逻，非党员群众也来帮忙。', 'G20峰会期间，志愿者在西湖边值班。']
const articles = Array.from({ length: 12 }, (_, i) => article(`a${i}`, texts[i % texts.length]!, i % 2 === 0 ? '要闻' : ''))
const segmenter = createJiebaSegmenter({ words: ['红都义警'] })
const analyzer = createCorpusAnalyzer(segmenter)

async function buildWith(workerUrl?: URL): Promise<PassageIndex> {
  const pool = startAnalysisPool(1, { chunkArticles: 2, ...(workerUrl === undefined ? {} : { workerUrl }) })
  // inserted after the worker started: it must receive them before analysing
  createJiebaSegmenter({ words: ['甪堰', '红巷'] })
  const builder = createPassageIndexBuilder(['甪堰'])
  try {
    await pool.analyse(articles, analyzer, builder)
  } finally {
    await pool.close()
  }
  return builder.build()
}

const saved = (index: PassageIndex) => {
  const { json, numbers } = serializePassageIndex(index)
  return { json, numbers: [...numbers] }
}

describe('startAnalysisPool', () => {
  it('builds the index this thread alone builds, cut with the words inserted here', async () => {
    const shared = await buildWith()
    const alone = buildPassageIndex(articles, analyzer, ['甪堰'])
    expect(saved(shared)).toEqual(saved(alone))
    expect(shared.documentFrequency.get('甪堰')).toBeGreaterThan(0)
  }, 30_000)

  it('analyses the articles here when its worker cannot start', async () => {
    const shared = await buildWith(new URL('./no-such-worker.mjs', import.meta.url))
    expect(saved(shared)).toEqual(saved(buildPassageIndex(articles, analyzer, ['甪堰'])))
  }, 30_000)
})

describe('sortTerms', () => {
  it('gives the positions of the terms in the order Array.prototype.sort gives, and nothing once closed', async () => {
    const pool = startAnalysisPool(1)
    const terms = ['民警', '~民警', 'b', 'a', '甪堰', 'B', '']
    const sorted = await pool.sortTerms(terms)
    await pool.close()
    expect([...sorted!].map((n) => terms[n])).toEqual([...terms].sort())
    expect(await pool.sortTerms(terms)).toBeUndefined()
  }, 30_000)
})

describe('countAnalysisWorkers', () => {
  it('starts no worker for a small corpus', () => {
    expect(countAnalysisWorkers(999_999)).toBe(0)
    expect(countAnalysisWorkers(5_000_000)).toBeLessThanOrEqual(3)
  })
})
