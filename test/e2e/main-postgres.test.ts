import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeBotApi } from '../helpers/fake-bot-api.js'
import { createFakeUser } from '../helpers/fake-user.js'
import { useFreshDatabase } from '../helpers/postgres-database.js'
import { testToken, writeTestCorpus } from './bot-harness.js'

// `npm start` with DATABASE_URL, against the fake Bot API: the bot answers from PostgreSQL, and an
// admin's /reload writes the corpus folder's change into it.
const databaseUrl = useFreshDatabase()

interface Spawned {
  child: ChildProcessWithoutNullStreams
  stderr: () => string
  exited: Promise<number>
}

function startMain(env: Record<string, string>): Spawned {
  const { PATH, HOME } = process.env
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], { env: { PATH, HOME, LANG: 'C.UTF-8', TELEGRAM_BOT_TOKEN: '', ...env } })
  let stderr = ''
  child.stdout.on('data', () => {})
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)))
  return { child, stderr: () => stderr, exited }
}

let api: FakeBotApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const reservoir = ['---', 'id: "t4"', 'title: 翠屏湖水库', 'newspaper: 宁德日报', 'date: 1960-05-01', '---', '', '古田县的翠屏湖水库于1958年开工建设，库区淹没了古田老城。', ''].join('\n')

describe('npm start with DATABASE_URL', () => {
  it('writes the corpus into an empty database, answers from it, and writes a change on an admin /reload', async () => {
    api = await FakeBotApi.start()
    const dirs = writeTestCorpus()
    const admin = 4242
    const main = startMain({ TELEGRAM_BOT_TOKEN: testToken, TELEGRAM_API_ROOT: api.url, DATABASE_URL: databaseUrl(), CORPUS_DIR: dirs.corpusDir, INDEX_DIR: dirs.indexDir, DATA_DIR: dirs.dataDir, ADMIN_IDS: String(admin), LOG_LEVEL: 'info' })
    try {
      await api.waitForCall('getUpdates', () => true, 30_000)
      const user = createFakeUser(api, { id: admin })
      const question = user.say('红巷派出所有多少名民警？')
      const reply = await api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === question.message_id)
      expect(reply.params.text).toContain('《红巷派出所的一天》')

      writeFileSync(join(dirs.corpusDir, 't4.md'), reservoir)
      user.say('/reload')
      await api.waitForCall('sendMessage', (c) => String(c.params.text).startsWith('已重新载入'), 30_000)
      const asked = user.say('翠屏湖水库哪一年开工建设？')
      const answer = await api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === asked.message_id)
      expect(answer.params.text).toContain('1958')
      const logged = main.stderr()
      expect(logged).toContain('no corpus stored yet; writing the corpus folder')
      expect(logged).toContain('wrote 1 changed articles')
      expect(logged).not.toContain(new URL(databaseUrl()).password)
    } finally {
      main.child.kill('SIGTERM')
    }
    // the pools and the listener are closed after the answers in flight: the process ends by itself
    expect(await main.exited).toBe(0)
    expect(api.violations).toEqual([])
  }, 60_000)

  it('exits 1 with one line, password hidden, when the database is unreachable at start', async () => {
    const dirs = writeTestCorpus()
    const main = startMain({ DATABASE_URL: 'postgres://wenda:hunter2@127.0.0.1:1/wenda', CORPUS_DIR: dirs.corpusDir, INDEX_DIR: dirs.indexDir })
    expect(await main.exited).toBe(1)
    expect(main.stderr().trim().split('\n').at(-1)).toMatch(/^wenda: postgres:\/\/wenda:\*\*\*@127\.0\.0\.1:1\/wenda: cannot migrate the database schema: .*ECONNREFUSED/)
    expect(main.stderr()).not.toContain('hunter2')
    expect(main.stderr()).not.toMatch(/\n\s+at /)
  }, 30_000)
})
