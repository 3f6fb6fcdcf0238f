import pg from 'pg'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { migrate, readMigrations, type Migration } from '../../../../src/adapters/postgres/migrate.js'
import { createDatabase } from '../../../helpers/postgres-database.js'

const first: Migration = { version: 1, name: 'notes', sql: 'create table notes (id integer primary key)' }
const second: Migration = { version: 2, name: 'note-text', sql: 'alter table notes add column text text' }

describe('migrate', () => {
  let database: Awaited<ReturnType<typeof createDatabase>>
  let pool: pg.Pool
  beforeEach(async () => {
    database = await createDatabase(inject('postgresUrl'))
    pool = new pg.Pool({ connectionString: database.url })
  })
  afterEach(async () => {
    await pool.end()
    await database.drop()
  })

  const applied = async () => (await pool.query<{ version: number }>('select version from schema_migrations order by version')).rows.map((r) => r.version)

  it('applies pending migrations in order and records each', async () => {
    expect(await migrate(pool, [first, second])).toEqual({ applied: [1, 2], unknown: [] })
    expect(await applied()).toEqual([1, 2])
    await pool.query("insert into notes values (1, 'x')")
  })

  it('applies nothing when the schema is current, and only the new one when one is added', async () => {
    await migrate(pool, [first])
    expect(await migrate(pool, [first])).toEqual({ applied: [], unknown: [] })
    expect(await migrate(pool, [first, second])).toEqual({ applied: [2], unknown: [] })
  })

  it('lets replicas that start together take turns: each migration runs once', async () => {
    const pools = [new pg.Pool({ connectionString: database.url }), new pg.Pool({ connectionString: database.url })]
    // a slow migration widens the window in which the second replica would race the first
    const slow: Migration = { version: 1, name: 'slow', sql: 'select pg_sleep(0.3); create table notes (id integer primary key)' }
    try {
      const reports = await Promise.all(pools.map((p) => migrate(p, [slow, second])))
      expect(reports.map((r) => r.applied).sort()).toEqual([[], [1, 2]])
    } finally {
      await Promise.all(pools.map((p) => p.end()))
    }
  })

  it('refuses to go on when an applied migration was edited', async () => {
    await migrate(pool, [first])
    const edited = { ...first, sql: 'create table notes (id bigint primary key)' }
    await expect(migrate(pool, [edited])).rejects.toThrow(
      'cannot migrate the database schema: migration 1 (notes) was changed after it was applied: add a new migration instead',
    )
  })

  it('rolls a failing migration back whole and records nothing of it', async () => {
    const broken: Migration = { version: 2, name: 'broken', sql: 'create table more (id integer); select no_such_function()' }
    await expect(migrate(pool, [first, broken])).rejects.toThrow(/migration 2 \(broken\) failed: function no_such_function\(\) does not exist/)
    expect(await applied()).toEqual([1])
    expect((await pool.query("select to_regclass('more') as t")).rows[0].t).toBeNull()
  })

  it('reports versions applied by a newer wenda without failing', async () => {
    await migrate(pool, [first, second])
    expect(await migrate(pool, [first])).toEqual({ applied: [], unknown: [2] })
  })

  it("reads wenda's own migrations in version order", async () => {
    const migrations = await readMigrations()
    // numbers are taken per feature (001 corpus, 002 bot state, 003 corpus files), so a branch may lack one
    const versions = migrations.map((m) => m.version)
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b))
    expect(versions[0]).toBe(1)
    expect(await migrate(pool, migrations)).toEqual({ applied: migrations.map((m) => m.version), unknown: [] })
  })
})
