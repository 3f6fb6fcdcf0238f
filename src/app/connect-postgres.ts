import { migrate, readMigrations } from '../adapters/postgres/migrate.js'
import { createPostgresPools, type DatabaseUrls, type PoolOptions, type PostgresPools } from '../adapters/postgres/pools.js'

/**
 * Creates the pools and brings the schema up to date (every process does at start: the migrations
 * take turns under a lock, so replicas starting together are safe). Rejects with a one-line
 * message naming the database, password hidden, and leaves no pool open.
 */
export async function connectPostgres(urls: DatabaseUrls, options: Partial<PoolOptions> = {}): Promise<PostgresPools> {
  const pools = createPostgresPools(urls, options)
  try {
    const report = await migrate(pools.write, await readMigrations())
    if (report.applied.length > 0) options.log?.(`database: applied migrations ${report.applied.join(', ')} to ${pools.describe(pools.write)}`)
    return pools
  } catch (error) {
    await pools.close()
    throw new Error(`${pools.describe(pools.write)}: ${(error as Error).message}`, { cause: error })
  }
}
