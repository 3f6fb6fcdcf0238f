import { describe, expect, it } from 'vitest'
import { createJiebaSegmenter } from '../../../src/adapters/jieba.js'
import { buildIndex } from '../../../src/app/build-index.js'
import { createCorpusAnalyzer } from '../../../src/app/corpus-analyzer.js'
import { createLibrary } from '../../../src/core/create-library.js'
import { buildSearchIndex } from '../../../src/core/search-index.js'
import type { Article } from '../../../src/core/types.js'

const article = (id: string, text: string): Article => ({
  id, title: `${id}号文章`, subtitle: '', newspaper: '测试报', date: '', page: '', authors: [], column: '', paragraphs: [{ n: 1, heading: '', text }],
})
const articles = [
  article('a', '小营派出所于1922年成立，民警施林松守护红巷。'),
  article('b', '红都义警有120余名成员，遍布20余个村居。'),
  article('c', '武林大妈最初只有18位志愿者，如今发展到15.8万名。'),
  article('d', '潮鸣派出所推出板凳夜话机制，化解邻里纠纷。'),
]
const userWords = ['红都义警', '武林大妈']
const discoveredWords = ['施林松']
createJiebaSegmenter({ words: userWords })
const analyzer = createCorpusAnalyzer(createJiebaSegmenter({ words: discoveredWords }))
const answersOf = (index: ReturnType<typeof buildSearchIndex>) => {
  const library = createLibrary({ articles, index, analyzer, synonyms: new Map() })
  return ['红都义警有多少成员', '武林大妈最初有几位', '板凳夜话是什么', '施林松守护哪里'].map((q) => library.answer(q, { limit: 4 }))
}

describe('buildIndex', () => {
  const whole = buildSearchIndex(articles, analyzer, {}, discoveredWords)

  it('builds half the corpus in a worker thread and merges it into the index one thread would build', async () => {
    const logs: string[] = []
    const split = await buildIndex(articles, analyzer, { userWords, discoveredWords, parallelFromChars: 0, log: (m) => logs.push(m) })
    expect(logs).toEqual([])
    expect(split.passages).toEqual(whole.passages)
    expect(split.documentFrequency).toEqual(whole.documentFrequency)
    expect(answersOf(split)).toEqual(answersOf(whole))
  }, 20_000)

  it('builds the worker\'s part itself when the worker fails, saying so', async () => {
    const logs: string[] = []
    const workerUrl = new URL('./no-such-worker.mjs', import.meta.url)
    const split = await buildIndex(articles, analyzer, { userWords, discoveredWords, parallelFromChars: 0, workerUrl, log: (m) => logs.push(m) })
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatch(/^index: build worker failed \(.+\); building its part here$/)
    expect(answersOf(split)).toEqual(answersOf(whole))
  }, 20_000)

  it('builds all of it in the worker in the background, the same index', async () => {
    const index = await buildIndex(articles, analyzer, { userWords, discoveredWords, background: true, backgroundFromChars: 0, log: () => {} })
    expect(index.passages).toEqual(whole.passages)
    expect(answersOf(index)).toEqual(answersOf(whole))
  }, 20_000)

  it('stays on this thread below the size where a worker pays', async () => {
    const index = await buildIndex(articles, analyzer, { userWords, discoveredWords, log: () => {} })
    expect(index.postings).toEqual(whole.postings)
  })
})
