import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listenForCorpusChanges } from '../../../../src/adapters/postgres/corpus-listener.js'
import { createCorpusWriter } from '../../../../src/adapters/postgres/corpus-writer.js'
import { migrate, readMigrations } from '../../../../src/adapters/postgres/migrate.js'
import { checkDatabase, createPostgresPools, type PostgresPools } from '../../../../src/adapters/postgres/pools.js'
import { createPostgresRetriever } from '../../../../src/adapters/postgres/postgres-retriever.js'
import { analyseArticle } from '../../../../src/core/retrieve/indexed-passage.js'
import type { Article } from '../../../../src/core/types.js'
import { startPostgresCluster, type PostgresCluster } from '../../../helpers/postgres-cluster.js'
import { createDatabase } from '../../../helpers/postgres-database.js'
import { createRandomArticles, createRandomCorpusAnalyzer } from '../../../helpers/random-corpus.js'

// This file stops and starts its database, so it has a cluster of its own.
const analyzer = createRandomCorpusAnalyzer()
const analyse = (article: Article) => analyseArticle(article, analyzer)
const articles = createRandomArticles(31, 6)
let cluster: PostgresCluster
let url: string
let pools: PostgresPools
const logged: string[] = []

beforeAll(async () => {
  cluster = await startPostgresCluster()
  url = (await createDatabase(cluster.url)).url
  pools = createPostgresPools({ url }, { log: (m) => logged.push(m), connectionTimeoutMillis: 1_000 })
  await migrate(pools.write, await readMigrations())
})
afterAll(async () => {
  await pools?.close()
  await cluster?.destroy()
})

/** Waits until `condition` holds, checking every 20 ms, for at most `ms`. */
async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const password = () => new URL(url).password

describe('the database going away and coming back', () => {
  it('gives clear errors without the password while down, and recovers without new pools, listener or retriever', async () => {
    const versions: number[] = []
    const listenerLog: string[] = []
    const listener = listenForCorpusChanges(url, { onVersion: (v) => versions.push(v), log: (m) => listenerLog.push(m), firstRetryMs: 50, longestRetryMs: 200 })
    try {
      await listener.listening
      const writer = createCorpusWriter(pools.write)
      const retriever = createPostgresRetriever(pools.read)
      const request = { words: [{ term: '民警', boost: 1 }], bigrams: [], pairs: [], limit: 3, preceding: 0 }
      const first = await writer.writeCorpus({ analysis: 'a', words: [], articles: articles.slice(0, 3) }, analyse)
      await waitFor(() => versions.includes(first.version))
      await retriever.retrieve(request) // leaves an idle connection in the pool, which the stop will cut

      await cluster.stop()
      await waitFor(() => listenerLog.some((m) => m.includes('retrying')))
      // the pool's idle connection was cut: reported, not thrown (unhandled, it would end the process)
      await waitFor(() => logged.some((m) => m.startsWith(`database connection to postgres://wenda:***@127.0.0.1:${cluster.port}/`) && m.includes(' lost: ')))
      const down = new RegExp(`^cannot reach the database at postgres://wenda:\\*\\*\\*@127\\.0\\.0\\.1:${cluster.port}/wenda_\\w+: (connect ECONNREFUSED|Connection terminated)`)
      await expect(checkDatabase(pools)).rejects.toThrow(down)
      await expect(retriever.retrieve(request)).rejects.toThrow(/^cannot retrieve passages from the database: /)
      await expect(writer.writeCorpus({ analysis: 'a', words: [], articles }, analyse)).rejects.toThrow(/^cannot write the corpus: the database is unreachable/)

      await cluster.start()
      await checkDatabase(pools)
      expect((await retriever.retrieve(request)).statistics.passageCount).toBeGreaterThan(0)
      const second = await writer.writeCorpus({ analysis: 'a', words: [], articles }, analyse)
      await waitFor(() => versions.includes(second.version))
      expect(versions).toEqual([first.version, second.version])
      expect(listenerLog.some((m) => m.startsWith('corpus listener: listening again on postgres://wenda:***@'))).toBe(true)
      for (const line of [...logged, ...listenerLog]) expect(line).not.toContain(password())
    } finally {
      await listener.close()
    }
  })

  it('reports a write made while the listener was cut off, once it is back', async () => {
    const versions: number[] = []
    const before = (await pools.write.query<{ version: string }>('select version from corpus_state')).rows[0]!.version
    const listener = listenForCorpusChanges(url, { onVersion: (v) => versions.push(v), since: Number(before), firstRetryMs: 300 })
    try {
      await listener.listening
      await pools.write.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'wenda-listener'")
      // written while the listener waits to reconnect: no NOTIFY reaches it
      const write = await createCorpusWriter(pools.write).writeCorpus({ analysis: 'a', words: [], articles: articles.slice(1) }, analyse)
      await waitFor(() => versions.length > 0)
      expect(versions).toEqual([write.version])
    } finally {
      await listener.close()
    }
  })
})

describe('createPostgresPools', () => {
  it('refuses a URL that is not postgres:// without echoing it', () => {
    expect(() => createPostgresPools({ url: 'mysql://root:hunter2@db/x' })).toThrow('DATABASE_URL must start with postgres:// or postgresql://, not mysql://')
    expect(() => createPostgresPools({ url: 'postgres://ok@db/x', readUrl: 'hunter2 nonsense' })).toThrow('DATABASE_READ_URL is not a URL (expected postgres://user:password@host:port/database)')
  })

  it('sets every connection up for the retrieval statement: generic plans, no JIT', async () => {
    const client = await pools.read.connect()
    try {
      const setting = async (name: string) => (await client.query(`select current_setting('${name}') as v`)).rows[0].v
      expect([await setting('plan_cache_mode'), await setting('jit')]).toEqual(['force_generic_plan', 'off'])
    } finally {
      client.release()
    }
  })

  it('reads from the replica URL when one is given, and names both without passwords', async () => {
    const replica = new URL(url)
    replica.searchParams.set('application_name', 'reader')
    const both = createPostgresPools({ url, readUrl: replica.toString() })
    try {
      expect(both.read).not.toBe(both.write)
      expect(both.describe(both.read)).toBe(both.describe(both.write))
      expect(both.describe(both.write)).toBe(`postgres://wenda:***@127.0.0.1:${cluster.port}${new URL(url).pathname}`)
      expect((await both.read.query('select 1 as one')).rows).toEqual([{ one: 1 }])
    } finally {
      await both.close()
    }
    const single = createPostgresPools({ url })
    expect(single.read).toBe(single.write)
    await single.close()
  })
})
