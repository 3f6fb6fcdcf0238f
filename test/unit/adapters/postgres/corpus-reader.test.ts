import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCorpusReader, type PostgresCorpusReader } from '../../../../src/adapters/postgres/corpus-reader.js'
import { createCorpusWriter } from '../../../../src/adapters/postgres/corpus-writer.js'
import { migrate, readMigrations } from '../../../../src/adapters/postgres/migrate.js'
import { analyseArticle } from '../../../../src/core/retrieve/indexed-passage.js'
import { createMemoryCorpus } from '../../../../src/core/retrieve/memory-corpus.js'
import { buildPassageIndex } from '../../../../src/core/retrieve/passage-index.js'
import type { Article } from '../../../../src/core/types.js'
import { useFreshDatabase } from '../../../helpers/postgres-database.js'
import { createRandomArticles, createRandomCorpusAnalyzer } from '../../../helpers/random-corpus.js'

const analyzer = createRandomCorpusAnalyzer()
const analyse = (article: Article) => analyseArticle(article, analyzer)
// r0 … r11: in text order r10 and r11 would come before r2; corpus order is compareIds'
const articles = createRandomArticles(21, 12)
const memory = createMemoryCorpus(articles, buildPassageIndex(articles, analyzer))
const databaseUrl = useFreshDatabase()
let pool: pg.Pool
let reader: PostgresCorpusReader

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: databaseUrl() })
  await migrate(pool, await readMigrations())
  await createCorpusWriter(pool).writeCorpus({ analysis: 'a', words: ['民警', '所长'], articles, files: { 'synonyms.txt': '警察 民警\n' } }, analyse)
  reader = await openCorpusReader(pool)
})
afterAll(async () => {
  await pool.end()
})

describe('openCorpusReader', () => {
  it('holds the version, the counts, the words the stored corpus was cut with and the files beside it', () => {
    expect([reader.version, reader.articleCount, reader.passageCount, reader.words]).toEqual([1, articles.length, memory.passageCount, ['民警', '所长']])
    expect([...reader.files]).toEqual([['synonyms.txt', '警察 民警\n']])
  })

  it('lists, finds articles and finds analysed passages as the embedded corpus does', async () => {
    expect(await reader.listArticles()).toEqual(await memory.listArticles())
    for (const article of articles) expect(await reader.findArticle(article.id)).toEqual(article)
    for (const id of memory.index.passages.keys()) expect(await reader.findPassage(id)).toEqual(await memory.findPassage(id))
  })

  it('gives undefined for unknown ids, never a rejection', async () => {
    expect(await reader.findArticle('nope')).toBeUndefined()
    expect(await reader.findPassage('nope#1')).toBeUndefined()
  })

  it('reads the counts again on refresh, after a write', async () => {
    const write = await createCorpusWriter(pool).removeArticle(articles[0]!.id)
    expect(reader.articleCount).toBe(articles.length)
    expect(await reader.refresh()).toBe(write.version)
    expect([reader.articleCount, reader.passageCount]).toEqual([articles.length - 1, write.passages])
  })

  it('rejects with the cause when the database fails', async () => {
    const closed = new pg.Pool({ connectionString: databaseUrl() })
    await closed.end()
    await expect(openCorpusReader(closed)).rejects.toThrow('cannot read the corpus summary from the database: Cannot use a pool after calling end on the pool')
  })
})
