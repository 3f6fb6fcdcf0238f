import pg from 'pg'
import { StoreError } from '../../core/store-error.js'

/** Where the database is: the primary for writes, optionally a replica for reads. */
export interface DatabaseUrls {
  /** `DATABASE_URL`: postgres://user:password@host:port/database */
  url: string
  /** `DATABASE_READ_URL`: a streaming replica for reads; default the primary. */
  readUrl?: string
}

/** Connection pools: `write` on the primary, `read` on the replica (the same pool when none). */
export interface PostgresPools {
  write: pg.Pool
  read: pg.Pool
  /** Where each pool goes, password hidden, for log lines and error messages. */
  describe(pool: pg.Pool): string
  /** Closes both pools; safe to call twice. */
  close(): Promise<void>
}

/** How the pools behave. */
export interface PoolOptions {
  /** Connections per pool; default 10. */
  max: number
  /** How long a new connection may take before the query fails; default 5,000 ms. */
  connectionTimeoutMillis: number
  /** Where a lost idle connection is reported (it must not crash the process); default nowhere. */
  log: (message: string) => void
}

// Every wenda connection: the retrieval statement is prepared once per connection and its plan
// does not depend on the values (arrays of terms), so planning it again each time (1–4 ms) buys
// nothing; and its estimated cost passes jit_above_cost on large corpora, where compiling costs
// more than running it.
const sessionSettings = 'set plan_cache_mode = force_generic_plan; set jit = off'

/** The defaults stated on {@link PoolOptions}. */
export const defaultPoolOptions: PoolOptions = { max: 10, connectionTimeoutMillis: 5_000, log: () => {} }

/**
 * Creates the pools without connecting (the first query does, and fails with a clear error when
 * the database is unreachable). Throws, without echoing it, when a URL does not parse.
 */
export function createPostgresPools(urls: DatabaseUrls, options: Partial<PoolOptions> = {}): PostgresPools {
  const opts = { ...defaultPoolOptions, ...options }
  const descriptions = new Map<pg.Pool, string>()
  const open = (url: string, name: string): pg.Pool => {
    const description = describeDatabaseUrl(url, name)
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.max,
      connectionTimeoutMillis: opts.connectionTimeoutMillis,
      application_name: 'wenda',
      keepAlive: true,
      // awaited before the connection's first query (a SET, not a startup option, so that poolers
      // such as PgBouncer, which refuse unknown startup options, pass it through); a 'connect'
      // listener would queue it beside that query, which pg deprecates
      onConnect: async (client) => {
        await client.query(sessionSettings)
      },
    })
    // an idle connection dropped by the server (restart, failover) emits here: unhandled, it
    // would end the process; the pool opens a new one on the next query
    pool.on('error', (error) => opts.log(`database connection to ${description} lost: ${describeError(error)}`))
    descriptions.set(pool, description)
    return pool
  }
  const write = open(urls.url, 'DATABASE_URL')
  const read = urls.readUrl === undefined || urls.readUrl === urls.url ? write : open(urls.readUrl, 'DATABASE_READ_URL')
  let closed: Promise<void> | undefined
  return {
    write,
    read,
    describe: (pool) => descriptions.get(pool) ?? 'an unknown database',
    close: () => (closed ??= Promise.all([write.end(), read === write ? undefined : read.end()]).then(() => {})),
  }
}

/**
 * The URL as it may be logged: the password replaced by ***. Throws naming `variable`, not the URL
 * (which may hold a password), when it is not a postgres:// or postgresql:// URL.
 */
export function describeDatabaseUrl(url: string, variable = 'the database URL'): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`${variable} is not a URL (expected postgres://user:password@host:port/database)`)
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`${variable} must start with postgres:// or postgresql://, not ${parsed.protocol}//`)
  }
  if (parsed.password !== '') parsed.password = '***'
  parsed.search = '' // query parameters may carry sslpassword or sslkey paths
  return parsed.toString()
}

/** Checks the pool answers; throws naming the database (password hidden), with the driver's error as cause. */
export async function checkDatabase(pools: PostgresPools, pool: pg.Pool = pools.write): Promise<void> {
  try {
    await pool.query('select 1')
  } catch (cause) {
    throw new StoreError(`cannot reach the database at ${pools.describe(pool)}: ${describeError(cause)}`, { cause })
  }
}

/** A driver error in a few words: its message, else its code (Node's refused connections have no message). */
export function describeError(error: unknown): string {
  const { message, code, errors } = (error ?? {}) as { message?: string; code?: string; errors?: unknown[] }
  if (message) return message
  if (code) return code
  return errors?.[0] === undefined ? String(error) : describeError(errors[0])
}
