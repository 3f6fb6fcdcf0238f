import { config as loadDotenv } from 'dotenv'
import { migrate, readMigrations } from '../adapters/postgres/migrate.js'
import { createPostgresPools } from '../adapters/postgres/pools.js'
import { logToStderr } from './paths.js'

// `npm run migrate`: brings the PostgreSQL schema at DATABASE_URL up to date. Safe to run at any
// time and from several machines at once; wenda runs the same at start when DATABASE_URL is set.
async function main(): Promise<number> {
  loadDotenv({ quiet: true })
  const url = process.env.DATABASE_URL
  if (url === undefined || url === '') {
    logToStderr('migrate: DATABASE_URL is not set (postgres://user:password@host:port/database)')
    return 1
  }
  let pools
  try {
    pools = createPostgresPools({ url })
  } catch (error) {
    logToStderr(`migrate: ${(error as Error).message}`)
    return 1
  }
  try {
    const migrations = await readMigrations()
    const report = await migrate(pools.write, migrations)
    const where = pools.describe(pools.write)
    const latest = migrations.at(-1)?.version ?? 0
    logToStderr(report.applied.length > 0 ? `migrate: applied ${report.applied.join(', ')} to ${where}` : `migrate: ${where} is current (version ${latest})`)
    if (report.unknown.length > 0) logToStderr(`migrate: the database also has ${report.unknown.join(', ')}, from a newer wenda`)
    return 0
  } catch (error) {
    logToStderr(`migrate: ${pools.describe(pools.write)}: ${(error as Error).message}`)
    return 1
  } finally {
    await pools.close()
  }
}

process.exitCode = await main()
