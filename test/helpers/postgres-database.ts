import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, inject } from 'vitest'

/** Creates a database of a random name in the cluster at `adminUrl`; returns its URL and how to drop it. */
export async function createDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `wenda_${randomBytes(6).toString('hex')}`
  const admin = async <T>(use: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client(adminUrl)
    await client.connect()
    try {
      return await use(client)
    } finally {
      await client.end()
    }
  }
  await admin((client) => client.query(`create database ${name}`))
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const drop = () =>
    admin(async (client) => {
      // pg's Pool.end() resolves before its connections have closed: give them a moment, since
      // a connection that FORCE terminates mid-close emits an error nobody listens to any more
      for (let i = 0; i < 100; i++) {
        const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name])
        if (rows[0]!.n === 0) break
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      // FORCE then ends what a failed test left open, so the drop never waits on it
      await client.query(`drop database if exists ${name} with (force)`)
    })
  return { url: url.toString(), drop }
}

/** Gives the test file a fresh database in the run's cluster (see vitest's globalSetup); returns its URL getter. */
export function useFreshDatabase(): () => string {
  let database: Awaited<ReturnType<typeof createDatabase>> | undefined
  beforeAll(async () => {
    database = await createDatabase(inject('postgresUrl'))
  })
  afterAll(async () => {
    await database?.drop()
  })
  return () => {
    if (database === undefined) throw new Error('the test database is made in beforeAll: read its URL inside a test or hook')
    return database.url
  }
}
