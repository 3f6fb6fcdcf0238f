import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLivePostgresLibrary, type LivePostgresLibrary } from '../../../src/app/live-postgres-library.js'
import { connectPostgres } from '../../../src/app/connect-postgres.js'
import { syncPostgresCorpus } from '../../../src/app/postgres-corpus-sync.js'
import type { Library } from '../../../src/core/library.js'
import { startPostgresCluster, type PostgresCluster } from '../../helpers/postgres-cluster.js'
import { createDatabase } from '../../helpers/postgres-database.js'
import { writeTinyCorpus } from './tiny-corpus.js'

// This file stops and starts its database, so it has a cluster of its own.
const reservoir = ['---', 'id: reservoir', 'title: 翠屏湖水库', 'newspaper: 宁德日报', 'date: 1960-05-01', '---', '', '古田县的翠屏湖水库于1958年开工建设，库区淹没了古田老城。', ''].join('\n')
const tower = ['---', 'id: tower', 'title: 东方明珠落成', 'newspaper: 解放日报', 'date: 1994-10-02', '---', '', '东方明珠广播电视塔高468米，于1994年10月1日建成。', ''].join('\n')

let cluster: PostgresCluster
let url: string
let root: string
let corpusDir: string
let emptyDir: string
const lines: string[] = []
const log = (m: string) => lines.push(m)
const libraries: LivePostgresLibrary[] = []

beforeAll(async () => {
  cluster = await startPostgresCluster()
  url = (await createDatabase(cluster.url)).url
  root = await mkdtemp(join(tmpdir(), 'wenda-live-pg-'))
  corpusDir = join(root, 'corpus')
  emptyDir = join(root, 'empty')
  await writeTinyCorpus(corpusDir)
  await mkdir(emptyDir)
}, 60_000)
afterAll(async () => {
  for (const live of libraries) await live.close()
  await cluster?.destroy()
  await rm(root, { recursive: true, force: true })
})

async function waitFor(condition: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const answers = async (library: Library, question: string, id: string): Promise<boolean> => {
  const answer = await library.answer(question)
  return !answer.abstained && answer.results[0]?.source.id === id
}

const open = async (dir: string): Promise<LivePostgresLibrary> => {
  const live = await createLivePostgresLibrary({ urls: { url }, corpusDir: dir, log, retryMs: 50, pool: { connectionTimeoutMillis: 1_000 } })
  libraries.push(live)
  await live.listening
  return live
}

describe('createLivePostgresLibrary', () => {
  let writer: LivePostgresLibrary
  let reader: LivePostgresLibrary

  it('writes its corpus folder into an empty database at start; a process with an empty folder reads it', async () => {
    writer = await open(corpusDir)
    reader = await open(emptyDir)
    expect([writer.version, reader.version]).toEqual([1, 1])
    expect(reader.current().articleCount).toBe(2)
    expect(await answers(reader.current(), '南京长江大桥什么时候全面通车？', 'bridge')).toBe(true)
  })

  it("writes its folder's changes on reload (the bot's /reload), and the other process follows without a restart", async () => {
    await writeFile(join(corpusDir, 'reservoir.md'), reservoir)
    const old = reader.current()
    const result = await writer.reload()
    expect(result).toMatchObject({ articles: 3, problems: 0 })
    expect(writer.version).toBe(2)
    await waitFor(() => reader.version === 2)
    expect(reader.current()).not.toBe(old)
    expect(reader.current().articleCount).toBe(3)
    expect(await answers(reader.current(), '翠屏湖水库哪一年开工建设？', 'reservoir')).toBe(true)
    // the library taken before the swap still answers (a question in flight finishes on it)
    expect(await answers(old, '南京长江大桥什么时候全面通车？', 'bridge')).toBe(true)
  })

  it('on reload with an empty folder only reads the stored corpus: it never empties it', async () => {
    const result = await reader.reload()
    expect(result.articles).toBe(3)
    expect([reader.version, writer.version]).toEqual([2, 2])
    expect(lines).toContain(`reload: ${emptyDir} holds no article; reading the stored corpus only`)
  })

  it('gives one-line errors while the database is away, keeps the old library, and follows a change made once it is back', async () => {
    await cluster.stop()
    const password = new URL(url).password
    const answered = await reader
      .current()
      .answer('南京长江大桥什么时候全面通车？')
      .then(
        () => 'answered',
        (error: Error) => error.message,
      )
    expect(answered).toMatch(/^cannot retrieve passages from the database: /)
    expect(answered).not.toContain('\n')
    await expect(writer.reload()).rejects.toThrow(/^reload failed, still answering from corpus version 2: /)
    await waitFor(() => lines.some((line) => line.startsWith('corpus listener: connection to ') && line.includes('retrying')))

    await cluster.start()
    // a change written by another process (npm run index) while the listeners reconnect
    await writeFile(join(corpusDir, 'tower.md'), tower)
    const pools = await connectPostgres({ url })
    try {
      expect((await syncPostgresCorpus({ pool: pools.write, corpusDir, log })).write).toMatchObject({ version: 3, written: 1 })
    } finally {
      await pools.close()
    }
    await waitFor(() => reader.version === 3 && writer.version === 3)
    expect(await answers(reader.current(), '东方明珠广播电视塔有多高？', 'tower')).toBe(true)
    expect(await answers(writer.current(), '翠屏湖水库哪一年开工建设？', 'reservoir')).toBe(true)
    for (const line of lines) {
      expect(line).not.toContain(password)
      expect(line).not.toContain('\n')
    }
  }, 60_000)

  it('reads from DATABASE_READ_URL, and swaps to a version written on the primary only once the read side has it', async () => {
    // two databases stand for a primary and a replica that replays its writes late
    const primary = (await createDatabase(cluster.url)).url
    const replica = (await createDatabase(cluster.url)).url
    const dir = join(root, 'replicated')
    await writeTinyCorpus(dir)
    const replay = async (to: string) => {
      const pools = await connectPostgres({ url: to })
      try {
        return (await syncPostgresCorpus({ pool: pools.write, corpusDir: dir, log })).write!.version
      } finally {
        await pools.close()
      }
    }
    expect([await replay(primary), await replay(replica)]).toEqual([1, 1])
    const live = await createLivePostgresLibrary({ urls: { url: primary, readUrl: replica }, corpusDir: emptyDir, log, retryMs: 50 })
    libraries.push(live)
    await live.listening
    await writeFile(join(dir, 'reservoir.md'), reservoir)
    expect(await replay(primary)).toBe(2)
    await waitFor(() => lines.some((line) => /^reload failed, still answering from corpus version 1: the database read \(postgres:\/\/wenda:\*\*\*@127\.0\.0\.1:\d+\/wenda_\w+\) has version 1, 2 was written; retrying in \d+ ms$/.test(line)))
    expect([live.version, live.current().articleCount]).toEqual([1, 2])
    expect(await replay(replica)).toBe(2)
    await waitFor(() => live.version === 2)
    expect(await answers(live.current(), '翠屏湖水库哪一年开工建设？', 'reservoir')).toBe(true)
  })

  it('refuses to start, in one line and with no pool left open, when the database is unreachable', async () => {
    const down = 'postgres://wenda:hunter2@127.0.0.1:1/wenda'
    const started = createLivePostgresLibrary({ urls: { url: down }, corpusDir, log, pool: { connectionTimeoutMillis: 500 } })
    await expect(started).rejects.toThrow(/^postgres:\/\/wenda:\*\*\*@127\.0\.0\.1:1\/wenda: cannot migrate the database schema: .*ECONNREFUSED/)
  })
})
