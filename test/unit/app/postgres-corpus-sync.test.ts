import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrate, readMigrations } from '../../../src/adapters/postgres/migrate.js'
import { createPostgresPools, type PostgresPools } from '../../../src/adapters/postgres/pools.js'
import { openPostgresLibrary } from '../../../src/app/open-postgres-library.js'
import { syncPostgresCorpus } from '../../../src/app/postgres-corpus-sync.js'
import { useFreshDatabase } from '../../helpers/postgres-database.js'

const databaseUrl = useFreshDatabase()
const root = mkdtempSync(join(tmpdir(), 'wenda-sync-'))
const corpusDir = join(root, 'corpus')
cpSync(resolve('corpus'), corpusDir, { recursive: true })
let pools: PostgresPools

beforeAll(async () => {
  pools = createPostgresPools({ url: databaseUrl() })
  await migrate(pools.write, await readMigrations())
})
afterAll(async () => {
  await pools?.close()
  rmSync(root, { recursive: true, force: true })
})

const storedWords = async (pool: pg.Pool): Promise<string[]> => (await pool.query<{ words: string[] }>('select words from corpus_state')).rows[0]!.words

describe('syncPostgresCorpus', () => {
  it('stores the user words and the words found in the corpus, and the files beside it', async () => {
    // written by another process (npm run index), so this one has found no word itself
    const env = { ...process.env, DATABASE_URL: databaseUrl(), DATABASE_READ_URL: '', CORPUS_DIR: corpusDir, INDEX_DIR: join(root, 'index') }
    await promisify(execFile)('npx', ['tsx', 'src/cli/build-index.ts'], { env })
    expect((await pools.write.query('select version from corpus_state')).rows[0]).toEqual({ version: '1' })
    expect((await pools.write.query('select name from corpus_files order by name')).rows.map((r: { name: string }) => r.name)).toEqual(['aliases.txt', 'wenda.yaml'])
    const words = await storedWords(pools.write)
    // 红都义警 is a quoted term (a user word); the list is longer than the user words alone
    expect(words).toContain('红都义警')
    expect(new Set(words).size).toBe(words.length)
  })

  it('keeps the words this process already gave jieba when a new user dictionary rewrites everything', async () => {
    const before = await storedWords(pools.write)
    // this process now cuts with the stored words, as a bot that opened the corpus does
    await openPostgresLibrary({ pools })
    writeFileSync(join(corpusDir, 'userdict.txt'), '守护平安\n')
    const sync = await syncPostgresCorpus({ pool: pools.write, corpusDir, log: () => {} })
    expect(sync.write).toMatchObject({ version: 2, full: true, files: ['userdict.txt'] })
    const after = await storedWords(pools.write)
    // none is "found" again (jieba knows them all now), yet every one still cuts the corpus
    expect(before.filter((word) => !after.includes(word))).toEqual([])
    expect(after).toContain('守护平安')
  })
})
