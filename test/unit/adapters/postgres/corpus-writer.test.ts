import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCorpusWriter, type CorpusWriter } from '../../../../src/adapters/postgres/corpus-writer.js'
import { migrate, readMigrations } from '../../../../src/adapters/postgres/migrate.js'
import { createPostgresRetriever } from '../../../../src/adapters/postgres/postgres-retriever.js'
import { analyseArticle } from '../../../../src/core/retrieve/indexed-passage.js'
import { createMiniSearchRetriever } from '../../../../src/core/retrieve/minisearch-retriever.js'
import { buildPassageIndex } from '../../../../src/core/retrieve/passage-index.js'
import type { Retrieval, RetrievalRequest, Retriever } from '../../../../src/core/retrieve/retriever.js'
import type { Article } from '../../../../src/core/types.js'
import { useFreshDatabase } from '../../../helpers/postgres-database.js'
import { createRandomArticles, createRandomCorpusAnalyzer, randomCorpusWords } from '../../../helpers/random-corpus.js'

const analyzer = createRandomCorpusAnalyzer()
const analyse = (article: Article) => analyseArticle(article, analyzer)
const databaseUrl = useFreshDatabase()
let pool: pg.Pool
let writer: CorpusWriter

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: databaseUrl() })
  await migrate(pool, await readMigrations())
  writer = createCorpusWriter(pool)
})
afterAll(async () => {
  await pool.end()
})
beforeEach(async () => {
  // every test starts from an empty corpus
  await writer.writeCorpus({ analysis: 'empty', words: [], articles: [] }, analyse)
})

const corpus = createRandomArticles(5, 14)
const snapshot = (articles: readonly Article[], analysis = 'a1') => ({ analysis, words: ['民警'], articles })

/** Every word searched alone, and all of them with two pairs: one request each. */
const requests: RetrievalRequest[] = [
  ...randomCorpusWords.map((term) => ({ words: [{ term, boost: 1 }], bigrams: [], pairs: [], limit: 1000, preceding: 1 })),
  {
    words: randomCorpusWords.map((term) => ({ term, boost: 1 })),
    bigrams: [{ term: '民警', boost: 0.4 }, { term: '丙丁', boost: 0.4 }],
    pairs: [{ term: '丙丁', boost: 0.4 }],
    limit: 1000,
    preceding: 1,
  },
]

async function retrieveAll(retriever: Retriever): Promise<Retrieval[]> {
  const out: Retrieval[] = []
  for (const request of requests) out.push(await retriever.retrieve(request))
  return out
}

/** The stored corpus retrieves as the embedded index built afresh over `articles` does. */
async function expectStoredAs(articles: readonly Article[]): Promise<void> {
  const meta = new Map(articles.map(({ paragraphs: _, ...meta }) => [meta.id, meta]))
  const expected = await retrieveAll(createMiniSearchRetriever(buildPassageIndex(articles, analyzer), (id) => meta.get(id)))
  const stored = await retrieveAll(createPostgresRetriever(pool))
  stored.forEach((retrieval, i) => {
    const reference = expected[i]!
    expect(retrieval.statistics).toEqual(reference.statistics)
    expect(retrieval.candidates.map((c) => c.passage.id)).toEqual(reference.candidates.map((c) => c.passage.id))
    retrieval.candidates.forEach((c, j) => expect(Math.abs(c.score - reference.candidates[j]!.score)).toBeLessThanOrEqual(1e-9 * c.score))
  })
}

/** The counters as stored, to compare with a corpus written whole. */
async function counters(): Promise<object> {
  const query = async (sql: string) => (await pool.query(sql)).rows
  return {
    state: await query('select passage_count, words, analysis from corpus_state'),
    lengths: await query('select field, length_sum::int from field_statistics order by field'),
    terms: await query('select term, passages from terms where passages > 0 order by term'),
    fields: await query('select t.term, f.field, f.passages from term_fields f join terms t on t.id = f.term_id order by t.term, f.field'),
    postings: await query('select t.term, p.field, s.id, p.frequency, p.length from postings p join terms t on t.id = p.term_id join passages s on s.pid = p.pid order by 1, 2, 3'),
  }
}

describe('createCorpusWriter', () => {
  it('writes a whole corpus that retrieves as the embedded index does, and raises the version', async () => {
    const before = (await pool.query('select version from corpus_state')).rows[0].version
    const write = await writer.writeCorpus(snapshot(corpus), analyse)
    const passages = buildPassageIndex(corpus, analyzer).passages.size
    expect(write).toEqual({ version: Number(before) + 1, written: corpus.length, removed: 0, passages, full: true, files: [] })
    await expectStoredAs(corpus)
  })

  it('writes nothing and keeps the version when the corpus is unchanged', async () => {
    const first = await writer.writeCorpus(snapshot(corpus), analyse)
    let analysed = 0
    const again = await writer.writeCorpus(snapshot(corpus), (article) => (analysed++, analyse(article)))
    expect(again).toEqual({ ...first, written: 0, removed: 0, full: false })
    expect(analysed).toBe(0)
  })

  it('syncs a changed corpus by rewriting only the changed articles, to the same state as a whole write', async () => {
    await writer.writeCorpus(snapshot(corpus), analyse)
    const changed = corpus[3]!
    const edited = { ...changed, paragraphs: [...changed.paragraphs, { n: changed.paragraphs.length + 1, heading: '', text: '副所长带领民警巡逻山区。' }] }
    const next = [...corpus.slice(0, 3), edited, ...corpus.slice(5), ...createRandomArticles(99, 2, 'new')]
    const analysed: string[] = []
    const write = await writer.writeCorpus(snapshot(next), (article) => (analysed.push(article.id), analyse(article)))
    expect(analysed).toEqual([changed.id, 'new0', 'new1'])
    // the changed article is removed and written again; corpus[4] is gone
    expect(write).toMatchObject({ written: 3, removed: 2, full: false })
    await expectStoredAs(next)
    const synced = await counters()
    await writer.writeCorpus(snapshot(next, 'a2'), analyse)
    expect(synced).toEqual({ ...(await counters()), state: [{ passage_count: write.passages, words: ['民警'], analysis: 'a1' }] })
  })

  it('stores the files beside the corpus in the same write, and a change to them alone is a new version', async () => {
    const first = await writer.writeCorpus({ ...snapshot(corpus), files: { 'synonyms.txt': '警察 民警\n', 'aliases.txt': '甲 乙\n' } }, analyse)
    expect(first.files).toEqual(['aliases.txt', 'synonyms.txt'])
    const same = await writer.writeCorpus({ ...snapshot(corpus), files: { 'synonyms.txt': '警察 民警\n', 'aliases.txt': '甲 乙\n' } }, analyse)
    expect(same).toMatchObject({ version: first.version, files: [] })
    const edited = await writer.writeCorpus({ ...snapshot(corpus), files: { 'synonyms.txt': '警察 民警 片儿警\n' } }, analyse)
    expect(edited).toMatchObject({ version: first.version + 1, written: 0, removed: 0, files: ['aliases.txt', 'synonyms.txt'] })
    expect((await pool.query('select name, body from corpus_files order by name')).rows).toEqual([{ name: 'synonyms.txt', body: '警察 民警 片儿警\n' }])
    // a snapshot without files leaves them as stored
    await writer.writeCorpus(snapshot(corpus.slice(1)), analyse)
    expect((await pool.query('select count(*)::int as n from corpus_files')).rows[0]).toEqual({ n: 1 })
  })

  it('adds, replaces and removes single articles', async () => {
    await writer.writeCorpus(snapshot(corpus.slice(0, 6)), analyse)
    await writer.writeArticle(corpus[6]!, 'a1', analyse)
    const replaced = { ...corpus[2]!, title: '消防救援' }
    await writer.writeArticle(replaced, 'a1', analyse)
    const removal = await writer.removeArticle(corpus[4]!.id)
    expect(removal).toMatchObject({ written: 0, removed: 1 })
    const now = [corpus[0]!, corpus[1]!, replaced, corpus[3]!, corpus[5]!, corpus[6]!]
    await expectStoredAs(now)
    expect(await writer.removeArticle('no-such-article')).toMatchObject({ version: removal.version, written: 0, removed: 0 })
  })

  it('rewrites everything when the analysis changes, and refuses a single article analysed otherwise', async () => {
    await writer.writeCorpus(snapshot(corpus.slice(0, 4)), analyse)
    await expect(writer.writeArticle(corpus[5]!, 'a2', analyse)).rejects.toThrow(
      `cannot write article ${corpus[5]!.id} to the database: the stored corpus was analysed otherwise (other words or versions): write the whole corpus`,
    )
    expect(await writer.writeCorpus(snapshot(corpus.slice(0, 4), 'a2'), analyse)).toMatchObject({ written: 4, removed: 4, full: true })
  })

  it('leaves the stored corpus as it was when a write fails halfway', async () => {
    const small = createCorpusWriter(pool, { batchPassages: 1 })
    const first = await small.writeCorpus(snapshot(corpus.slice(0, 5)), analyse)
    const stored = await counters()
    let calls = 0
    const failing = (article: Article) => {
      if (++calls === 3) throw new Error('analyzer broke')
      return analyse(article)
    }
    await expect(small.writeCorpus(snapshot(corpus, 'a2'), failing)).rejects.toThrow('cannot write the corpus to the database: analyzer broke')
    expect(await counters()).toEqual(stored)
    expect((await pool.query('select version from corpus_state')).rows[0].version).toBe(String(first.version))
  })

  it('lets readers see the old corpus, whole, until a write commits', async () => {
    const small = createCorpusWriter(pool, { batchPassages: 1 })
    await small.writeCorpus(snapshot(corpus.slice(0, 6)), analyse)
    // a connection for every reader, so none waits for one until after the commit
    const readers = new pg.Pool({ connectionString: databaseUrl(), max: corpus.length })
    try {
      const retriever = createPostgresRetriever(readers)
      const request = requests.at(-1)!
      const old = await retriever.retrieve(request)
      const during: Promise<Retrieval>[] = []
      // each article is sent in its own batch: these retrievals run while the transaction is open
      await small.writeCorpus(snapshot(corpus, 'a2'), (article) => (during.push(retriever.retrieve(request)), analyse(article)))
      expect(during.length).toBe(corpus.length)
      const now = await retriever.retrieve(request)
      // passages and scores; the last bits of a sum may differ with the plan's row order
      const seenAs = (retrieval: Retrieval) => JSON.stringify(retrieval.candidates.map((c) => [c.passage.id, c.score.toPrecision(12)]))
      const seen = (await Promise.all(during)).map(seenAs)
      // each saw one corpus whole, the old one or (had it waited past the commit) the new one, never a
      // mix; and those started while the transaction was open saw the old one
      for (const view of seen) expect([seenAs(old), seenAs(now)]).toContain(view)
      expect(seen[0]).toBe(seenAs(old))
      expect(seenAs(old)).not.toBe(seenAs(now))
      await expectStoredAs(corpus)
    } finally {
      await readers.end()
    }
  })

  it('notifies wenda_corpus with the new version once the write commits', async () => {
    const listener = new pg.Client({ connectionString: databaseUrl() })
    await listener.connect()
    try {
      await listener.query('listen wenda_corpus')
      const heard = new Promise<string | undefined>((resolve) => listener.once('notification', (message) => resolve(message.payload)))
      const write = await writer.writeCorpus(snapshot(corpus.slice(0, 2)), analyse)
      expect(await heard).toBe(String(write.version))
    } finally {
      await listener.end()
    }
  })

  it('indexes every search field', async () => {
    await writer.writeCorpus(snapshot(corpus), analyse)
    const { rows } = await pool.query<{ field: number }>('select distinct field from postings order by field')
    expect(rows.map((r) => r.field)).toEqual([0, 1, 2, 3])
  })
})
