import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCorpusWriter } from '../../src/adapters/postgres/corpus-writer.js'
import { migrate, readMigrations } from '../../src/adapters/postgres/migrate.js'
import { createPostgresPools, type PostgresPools } from '../../src/adapters/postgres/pools.js'
import { openLibraryWithProblems, type OpenedLibrary } from '../../src/app/open-library.js'
import { openPostgresLibrary, type PostgresLibrary } from '../../src/app/open-postgres-library.js'
import { analyseArticle } from '../../src/core/retrieve/indexed-passage.js'
import { useFreshDatabase } from '../helpers/postgres-database.js'

const corpusDir = resolve('corpus')
const questions = readFileSync(resolve('test/fixtures/questions.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { q: string }).q)
const databaseUrl = useFreshDatabase()

// The shipped corpus, indexed by the embedded library, written into PostgreSQL with the same analysis:
// the two libraries must then give the very same answers, since only retrieval differs.
describe('a library on PostgreSQL', () => {
  let embedded: OpenedLibrary
  let pools: PostgresPools
  let stored: PostgresLibrary
  const root = mkdtempSync(join(tmpdir(), 'wenda-pg-lib-'))

  beforeAll(async () => {
    embedded = await openLibraryWithProblems({ corpusDir, indexDir: join(root, 'index'), log: () => {} })
    pools = createPostgresPools({ url: databaseUrl() })
    await migrate(pools.write, await readMigrations())
    const { analyzer, corpus } = embedded.state
    const articles = await Promise.all((await corpus.listArticles()).map(async (a) => (await corpus.findArticle(a.id))!))
    // the synonyms travel with the corpus: the stored library reads no file
    const files = Object.fromEntries(['synonyms.txt', 'aliases.txt'].filter((name) => existsSync(join(corpusDir, name))).map((name) => [name, readFileSync(join(corpusDir, name), 'utf8')]))
    await createCorpusWriter(pools.write).writeCorpus({ analysis: embedded.state.key, words: corpus.index.words, articles, files }, (article) => analyseArticle(article, analyzer))
    stored = await openPostgresLibrary({ pools })
  }, 120_000)
  afterAll(async () => {
    await pools?.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('holds the same articles and passages', async () => {
    expect([stored.library.articleCount, stored.library.passageCount]).toEqual([embedded.library.articleCount, embedded.library.passageCount])
    expect(await stored.library.listArticles()).toEqual(await embedded.library.listArticles())
  })

  it(`answers all ${questions.length} questions of the first question set exactly as the embedded library does`, async () => {
    for (const question of questions) expect(await stored.library.answer(question)).toEqual(await embedded.library.answer(question))
  })

  it('cites and shows the context of a hit as the embedded library does', async () => {
    const { results } = await embedded.library.answer(questions[0]!)
    const id = results[0]!.source.passageId
    expect(await stored.library.sourceOf(id)).toEqual(await embedded.library.sourceOf(id))
    expect(await stored.library.contextOf(id, 1)).toEqual(await embedded.library.contextOf(id, 1))
    // the BM25 ratios may differ in the last bits: the two engines add the same numbers in another order
    const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v))) as unknown
    expect(rounded(await stored.library.explain(questions[0]!))).toEqual(rounded(await embedded.library.explain(questions[0]!)))
  })
})
