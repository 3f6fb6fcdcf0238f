import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import type pg from 'pg'
import { describeError } from './pools.js'
import { StoreError } from '../../core/store-error.js'

/** One schema change: applied once, in version order, inside its own transaction. */
export interface Migration {
  version: number
  name: string
  sql: string
}

/** What {@link migrate} did. */
export interface MigrationReport {
  /** Versions applied by this call, in order; [] when the schema was current. */
  applied: number[]
  /** Versions found applied in the database that this code does not know (a newer wenda ran). */
  unknown: number[]
}

/** The folder of wenda's migrations: `NNN-name.sql` files. */
export const migrationsFolder = new URL('./migrations/', import.meta.url)

const FILE = /^(\d+)-([a-z0-9-]+)\.sql$/

/** Reads `NNN-name.sql` files in version order; throws on a duplicate version. */
export async function readMigrations(folder: URL = migrationsFolder): Promise<Migration[]> {
  const migrations: Migration[] = []
  for (const file of (await readdir(folder)).sort()) {
    const match = FILE.exec(file)
    if (match === null) continue
    migrations.push({ version: Number(match[1]), name: match[2]!, sql: await readFile(new URL(file, folder), 'utf8') })
  }
  migrations.sort((a, b) => a.version - b.version)
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) throw new Error(`two migrations have version ${migrations[i]!.version}`)
  }
  return migrations
}

// Any constant works: it only has to be the same in every wenda process sharing the database.
const migrationLock = 7_160_016

/**
 * Brings the schema up to date: applies the migrations not yet recorded in `schema_migrations`,
 * each in its own transaction. An advisory lock makes replicas that start together take turns;
 * the second finds nothing left to do. Throws when an applied migration's text has changed.
 */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[]): Promise<MigrationReport> {
  let client: pg.PoolClient | undefined
  try {
    client = await pool.connect()
    await client.query('select pg_advisory_lock($1)', [migrationLock])
    try {
      return await applyPending(client, migrations)
    } finally {
      // a lost connection has released the lock already; its error is the one to report
      await client.query('select pg_advisory_unlock($1)', [migrationLock]).catch(() => {})
    }
  } catch (cause) {
    throw new StoreError(`cannot migrate the database schema: ${describeError(cause)}`, { cause })
  } finally {
    client?.release()
  }
}

async function applyPending(client: pg.PoolClient, migrations: readonly Migration[]): Promise<MigrationReport> {
  await client.query(`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`)
  const { rows } = await client.query<{ version: number; name: string; checksum: string }>('select version, name, checksum from schema_migrations')
  const done = new Map(rows.map((row) => [row.version, row]))
  for (const migration of migrations) {
    const applied = done.get(migration.version)
    if (applied !== undefined && applied.checksum !== checksumOf(migration)) {
      throw new Error(`migration ${migration.version} (${migration.name}) was changed after it was applied: add a new migration instead`)
    }
  }
  const known = new Set(migrations.map((m) => m.version))
  const report: MigrationReport = { applied: [], unknown: rows.map((row) => row.version).filter((v) => !known.has(v)).sort((a, b) => a - b) }
  for (const migration of migrations) {
    if (done.has(migration.version)) continue
    await client.query('begin')
    try {
      await client.query(migration.sql)
      await client.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [migration.version, migration.name, checksumOf(migration)])
      await client.query('commit')
    } catch (cause) {
      await client.query('rollback').catch(() => {})
      throw new Error(`migration ${migration.version} (${migration.name}) failed: ${describeError(cause)}`, { cause })
    }
    report.applied.push(migration.version)
  }
  return report
}

function checksumOf(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex')
}
