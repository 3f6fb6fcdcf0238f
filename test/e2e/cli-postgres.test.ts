import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Figures } from '../../src/eval/figures.js'
import { createDatabase, useFreshDatabase } from '../helpers/postgres-database.js'

// The commands as a user runs them with DATABASE_URL: `npm run index` writes the corpus folder
// into PostgreSQL, then `ask` and `eval` answer from the database alone, from an empty corpus folder.
const databaseUrl = useFreshDatabase()
const root = mkdtempSync(join(tmpdir(), 'wenda-cli-pg-'))
const corpusDir = join(root, 'corpus')
const emptyDir = join(root, 'empty')
cpSync(resolve('corpus'), corpusDir, { recursive: true })
mkdirSync(emptyDir)

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command's script with tsx, as `npm run` does, with `env` over the test's environment. */
function run(script: string, args: string[], env: Record<string, string>, input = ''): Promise<Run> {
  return new Promise((done, reject) => {
    const child = spawn('npx', ['tsx', script, ...args], { env: { ...process.env, INDEX_DIR: join(root, 'index'), DATABASE_URL: '', DATABASE_READ_URL: '', ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }))
    child.stdin.end(input)
  })
}

const questions = readFileSync(resolve('test/fixtures/holdout.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { q: string }).q)

let indexed: Run
beforeAll(async () => {
  indexed = await run('src/cli/build-index.ts', [], { DATABASE_URL: databaseUrl(), CORPUS_DIR: corpusDir })
}, 120_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('npm run index with DATABASE_URL', () => {
  it('writes the corpus folder into the database and says where, password hidden', () => {
    expect(indexed.code).toBe(0)
    const password = new URL(databaseUrl()).password
    expect(indexed.stderr).toMatch(/^index: 89 passages from 14 articles stored in postgres:\/\/wenda:\*\*\*@127\.0\.0\.1:\d+\/wenda_\w+ \(corpus version 1\)$/m)
    expect(indexed.stderr).not.toContain(password)
  })

  it('writes nothing again when nothing changed, and refuses an empty folder without touching the stored corpus', async () => {
    const again = await run('src/cli/build-index.ts', [], { DATABASE_URL: databaseUrl(), CORPUS_DIR: corpusDir })
    expect([again.code, again.stderr]).toEqual([0, expect.stringContaining('the stored corpus is current')])
    expect(again.stderr).toContain('(corpus version 1)')
    const empty = await run('src/cli/build-index.ts', [], { DATABASE_URL: databaseUrl(), CORPUS_DIR: emptyDir })
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('holds no readable article; the stored corpus was left as it is')
    const missing = await run('src/cli/build-index.ts', [], { DATABASE_URL: databaseUrl(), CORPUS_DIR: join(root, 'missing') })
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('holds no readable article; the stored corpus was left as it is')])
  }, 120_000)
})

describe('npm run ask -- --json with DATABASE_URL', () => {
  it('answers every question of a set exactly as the embedded backend does, with an empty corpus folder', async () => {
    const input = `${questions.join('\n')}\n`
    const [stored, embedded] = await Promise.all([
      run('src/cli/ask.ts', ['--json'], { DATABASE_URL: databaseUrl(), CORPUS_DIR: emptyDir }, input),
      run('src/cli/ask.ts', ['--json'], { CORPUS_DIR: corpusDir }, input),
    ])
    expect([stored.code, embedded.code]).toEqual([0, 0])
    const lines = stored.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(questions.length)
    expect(lines).toEqual(embedded.stdout.trimEnd().split('\n'))
  }, 120_000)

  it('says in one line that a database without a corpus has none, and exits 1', async () => {
    const bare = await createDatabase(inject('postgresUrl'))
    try {
      const { code, stdout, stderr } = await run('src/cli/ask.ts', ['--json'], { DATABASE_URL: bare.url, CORPUS_DIR: corpusDir }, '红都义警有多少人？\n')
      expect([code, stdout]).toEqual([1, ''])
      expect(stderr.trim().split('\n').at(-1)).toMatch(/^ask: postgres:\/\/wenda:\*\*\*@127\.0\.0\.1:\d+\/wenda_\w+ holds no corpus yet: write one with npm run index$/)
    } finally {
      await bare.drop()
    }
  }, 60_000)

  it('says in one line that the database is unreachable, password hidden, and exits 1', async () => {
    const { code, stderr } = await run('src/cli/ask.ts', ['--json'], { DATABASE_URL: 'postgres://wenda:hunter2@127.0.0.1:1/wenda', CORPUS_DIR: corpusDir }, '红都义警有多少人？\n')
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^ask: postgres:\/\/wenda:\*\*\*@127\.0\.0\.1:1\/wenda: cannot migrate the database schema: .*ECONNREFUSED/)])
    expect(stderr).not.toContain('hunter2')
  }, 60_000)
})

describe('npm run eval with DATABASE_URL', () => {
  it('gives every figure of every question set within 0.01 of the embedded backend', async () => {
    const [stored, embedded] = await Promise.all([
      run('src/cli/evaluate.ts', ['--no-baseline', '--json'], { DATABASE_URL: databaseUrl(), CORPUS_DIR: emptyDir }),
      run('src/cli/evaluate.ts', ['--no-baseline', '--json'], { CORPUS_DIR: corpusDir }),
    ])
    expect([stored.code, embedded.code, stored.stderr]).toEqual([0, 0, ''])
    const [a, b] = [JSON.parse(stored.stdout) as Figures, JSON.parse(embedded.stdout) as Figures]
    expect(Object.keys(a)).toEqual(Object.keys(b))
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(12)
    const apart = Object.entries(b).flatMap(([set, figures]) =>
      Object.entries(figures).filter(([name, value]) => Math.abs((a[set] as unknown as Record<string, number>)[name]! - (value as number)) > 0.01).map(([name]) => `${set} ${name}`),
    )
    expect(apart).toEqual([])
  }, 300_000)
})
