import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCorpusWriter } from '../../../../src/adapters/postgres/corpus-writer.js'
import { migrate, readMigrations } from '../../../../src/adapters/postgres/migrate.js'
import { createPostgresRetriever } from '../../../../src/adapters/postgres/postgres-retriever.js'
import { analyseArticle, bigramKey } from '../../../../src/core/retrieve/indexed-passage.js'
import { createMiniSearchRetriever } from '../../../../src/core/retrieve/minisearch-retriever.js'
import { buildPassageIndex } from '../../../../src/core/retrieve/passage-index.js'
import type { QueryPlanOptions } from '../../../../src/core/retrieve/plan-query.js'
import type { QueryTerm, Retrieval, RetrievalRequest, Retriever } from '../../../../src/core/retrieve/retriever.js'
import type { Article } from '../../../../src/core/types.js'
import { useFreshDatabase } from '../../../helpers/postgres-database.js'
import { createRandomArticles, createRandomCorpusAnalyzer, createSeededRandom, randomCorpusNameCharacters, randomCorpusWords } from '../../../helpers/random-corpus.js'

const analyzer = createRandomCorpusAnalyzer()
const analyse = (article: Article) => analyseArticle(article, analyzer)
const databaseUrl = useFreshDatabase()
let pool: pg.Pool

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: databaseUrl() })
  await migrate(pool, await readMigrations())
})
afterAll(async () => {
  await pool.end()
})

/** Writes `articles` to the database and builds the embedded index over them: both retrievers, side by side. */
async function retrieversOver(articles: readonly Article[], queryPlan?: QueryPlanOptions): Promise<{ postgres: Retriever; embedded: Retriever; passages: number }> {
  await createCorpusWriter(pool).writeCorpus({ analysis: JSON.stringify(articles.map((a) => a.id)), words: [], articles }, analyse)
  const index = buildPassageIndex(articles, analyzer)
  const meta = new Map(articles.map(({ paragraphs: _, ...meta }) => [meta.id, meta]))
  return {
    postgres: createPostgresRetriever(pool, queryPlan && { queryPlan }),
    embedded: createMiniSearchRetriever(index, (id) => meta.get(id), queryPlan),
    passages: index.passages.size,
  }
}

// The same candidates in the same order with everything they carry; scores within 1e-9 (the two
// engines add the same numbers, not always in the same order).
function expectSameRetrieval(ours: Retrieval, theirs: Retrieval): void {
  expect(ours.statistics).toEqual(theirs.statistics)
  expect(ours.candidates.map((c) => c.passage.id)).toEqual(theirs.candidates.map((c) => c.passage.id))
  ours.candidates.forEach((candidate, i) => {
    const expected = theirs.candidates[i]!
    expect(Math.abs(candidate.score - expected.score)).toBeLessThanOrEqual(1e-9 * expected.score)
    expect({ ...candidate, score: 0 }).toEqual({ ...expected, score: 0 })
  })
}

function randomRequest(random: () => number, limit: number): RetrievalRequest {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const some = <T>(count: number, make: () => T) => [...new Set(Array.from({ length: count }, make))]
  // words the corpus has, and one it lacks; pairs of the words' characters (所长 among them, so a
  // word and a bigram are sometimes the same string) and of the names' characters
  const words = some(1 + Math.floor(random() * 5), () => pick([...randomCorpusWords, '宫保']))
  const bigrams = some(Math.floor(random() * 5), () => {
    const word = pick(['所长', ...randomCorpusWords])
    const at = Math.floor(random() * (word.length - 1))
    return random() < 0.5 ? word.slice(at, at + 2) : pick(randomCorpusNameCharacters) + pick(randomCorpusNameCharacters)
  })
  const pairs = bigrams.filter((pair) => randomCorpusNameCharacters.includes(pair[0]!) || random() < 0.2)
  const terms = (list: string[], boost: () => number): QueryTerm[] => list.map((term) => ({ term, boost: boost() }))
  return {
    words: terms(words, () => (random() < 0.3 ? 0.7 : 1)),
    bigrams: terms(bigrams, () => 0.4),
    pairs: terms(pairs, () => 0.4),
    limit,
    preceding: Math.floor(random() * 3),
  }
}

describe('createPostgresRetriever', () => {
  it('retrieves as the embedded MiniSearch retriever does, on random corpora and requests', async () => {
    for (const seed of [1, 2, 3]) {
      const { postgres, embedded, passages } = await retrieversOver(createRandomArticles(seed, 12 + seed * 5))
      const random = createSeededRandom(seed * 101)
      for (let q = 0; q < 25; q++) {
        const request = randomRequest(random, q % 2 === 0 ? passages : 3)
        expectSameRetrieval(await postgres.retrieve(request), await embedded.retrieve(request))
      }
    }
  })

  it('plans the terms as the embedded retriever does when the posting budget is small', async () => {
    const { postgres, embedded } = await retrieversOver(createRandomArticles(8, 30), { postingBudget: 40 })
    const random = createSeededRandom(808)
    for (let q = 0; q < 25; q++) {
      const request = randomRequest(random, 10)
      expectSameRetrieval(await postgres.retrieve(request), await embedded.retrieve(request))
    }
  })

  it('searches a question\'s bigrams as words when the corpus holds none of its words or pairs', async () => {
    const { postgres, embedded } = await retrieversOver(createRandomArticles(9, 10))
    const request: RetrievalRequest = { words: [{ term: '宫保', boost: 1 }], bigrams: [{ term: '民警', boost: 0.4 }, { term: '巡逻', boost: 0.4 }], pairs: [], limit: 5, preceding: 1 }
    const ours = await postgres.retrieve(request)
    expect(ours.candidates.length).toBeGreaterThan(0)
    expectSameRetrieval(ours, await embedded.retrieve(request))
  })

  it('searches a word only headings and titles hold, as the embedded retriever does', async () => {
    // 通车 in no sentence: in one article's title, and in another's heading
    const articles = createRandomArticles(15, 6).map((a, i) => {
      const paragraphs = a.paragraphs.map((p) => ({ ...p, text: p.text.replaceAll('通车', ''), heading: i === 4 ? '通车' : p.heading.replaceAll('通车', '') }))
      return { ...a, title: i === 2 ? '大桥通车' : a.title.replaceAll('通车', ''), subtitle: a.subtitle.replaceAll('通车', ''), paragraphs }
    })
    const { postgres, embedded } = await retrieversOver(articles)
    for (const other of ['民警', '宫保']) {
      const request: RetrievalRequest = { words: [{ term: '通车', boost: 1 }, { term: other, boost: 1 }], bigrams: [], pairs: [], limit: 40, preceding: 1 }
      const ours = await postgres.retrieve(request)
      expect(new Set(ours.candidates.filter((c) => c.score > 0).map((c) => c.article.id))).toContain(articles[2]!.id)
      expect(ours.candidates.some((c) => c.article.id === articles[4]!.id)).toBe(true)
      expect(ours.statistics.documentFrequency.has('通车')).toBe(false)
      expectSameRetrieval(ours, await embedded.retrieve(request))
    }
  })

  it('scores the same when more distinct terms are searched than the fast statement tells apart (63)', async () => {
    const articles = createRandomArticles(4, 40)
    const { postgres, embedded, passages } = await retrieversOver(articles)
    const names = randomCorpusNameCharacters
    const pairs = names.flatMap((a) => names.map((b) => a + b)).map((term) => ({ term, boost: 0.4 }))
    const request = { words: randomCorpusWords.map((term) => ({ term, boost: 1 })), bigrams: pairs, pairs, limit: passages, preceding: 0 }
    const ours = await postgres.retrieve(request)
    const searched = [...ours.statistics.documentFrequency.keys()].filter((key) => key.startsWith('~') || randomCorpusWords.includes(key))
    expect(searched.length).toBeGreaterThan(63)
    expectSameRetrieval(ours, await embedded.retrieve(request))
  })

  it('keeps terms that hold a character outside the BMP (the pair 𠮷野), as MiniSearch does', async () => {
    const articles = createRandomArticles(14, 6).map((a, i) => ({ ...a, paragraphs: [...a.paragraphs, { n: a.paragraphs.length + 1, heading: '', text: `𠮷野家${'𪚥'.repeat(i % 3)}民警巡逻。` }] }))
    const { postgres, embedded } = await retrieversOver(articles)
    const request: RetrievalRequest = {
      words: [{ term: '民警', boost: 1 }],
      bigrams: [{ term: '𠮷野', boost: 0.4 }, { term: '野家', boost: 0.4 }],
      pairs: [{ term: '𠮷野', boost: 0.4 }],
      limit: 10,
      preceding: 1,
    }
    const ours = await postgres.retrieve(request)
    expect(ours.statistics.documentFrequency.get(bigramKey('𠮷野'))).toBeGreaterThan(0)
    expectSameRetrieval(ours, await embedded.retrieve(request))
  })

  it('returns no candidates, and the statistics of what it has, for terms the corpus lacks and for an empty request', async () => {
    const { postgres } = await retrieversOver(createRandomArticles(3, 4))
    const missing = await postgres.retrieve({ words: [{ term: '宫保', boost: 1 }], bigrams: [{ term: '鸡丁', boost: 0.4 }], pairs: [], limit: 5, preceding: 1 })
    expect(missing.candidates).toEqual([])
    expect(missing.statistics.documentFrequency).toEqual(new Map())
    const empty = await postgres.retrieve({ words: [], bigrams: [], pairs: [], limit: 5, preceding: 1 })
    expect(empty).toEqual({ candidates: [], statistics: { passageCount: missing.statistics.passageCount, documentFrequency: new Map() } })
    const none = await postgres.retrieve({ words: [{ term: '民警', boost: 1 }], bigrams: [], pairs: [], limit: 0, preceding: 1 })
    expect(none.candidates).toEqual([])
    expect(none.statistics.documentFrequency.get('民警')).toBeGreaterThan(0)
  })

  it('rejects with the cause when the database fails', async () => {
    const closed = new pg.Pool({ connectionString: databaseUrl() })
    await closed.end()
    await expect(createPostgresRetriever(closed).retrieve({ words: [{ term: '民警', boost: 1 }], bigrams: [], pairs: [], limit: 5, preceding: 0 }))
      .rejects.toThrow('cannot retrieve passages from the database: Cannot use a pool after calling end on the pool')
  })

  it('keys a pair by its bigram key, apart from the word of the same characters', async () => {
    const { postgres } = await retrieversOver(createRandomArticles(12, 6))
    const { statistics } = await postgres.retrieve({ words: [{ term: '民警', boost: 1 }], bigrams: [{ term: '民警', boost: 0.4 }], pairs: [], limit: 1, preceding: 0 })
    expect([...statistics.documentFrequency.keys()]).toEqual(['民警', bigramKey('民警')])
  })
})
