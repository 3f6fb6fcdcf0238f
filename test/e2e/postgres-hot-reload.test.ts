import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeOneArticleCorpus } from '../helpers/one-article-corpus.js'
import { useFreshDatabase } from '../helpers/postgres-database.js'

// Two wenda processes (`npm start` without a token: the terminal chat, which answers as the bot)
// share one database and have no corpus folder of their own; a third, `npm run index`, writes a
// corpus change. Both must answer from it without a restart, told by LISTEN/NOTIFY.
const databaseUrl = useFreshDatabase()
const { root, corpusDir, indexDir } = makeOneArticleCorpus()
const emptyDir = join(root, 'empty')
mkdirSync(emptyDir)
const baseEnv = () => ({ ...process.env, DATABASE_URL: databaseUrl(), DATABASE_READ_URL: '', TELEGRAM_BOT_TOKEN: '', INDEX_DIR: indexDir, LANG: 'zh_CN.UTF-8' })

const newArticle = `---
id: "t2"
title: 警犬基地落成
newspaper: 测试报
date: 2021-07-02
page: "5"
---

市公安局警犬训练基地位于富阳区银湖街道，占地120亩，去年投入使用。
`

function index(): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/build-index.ts'], { env: { ...baseEnv(), CORPUS_DIR: corpusDir } })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }))
  })
}

/** A terminal chat process: what it printed so far, and a way to type a line. */
interface Chat {
  child: ChildProcessWithoutNullStreams
  output(): string
  /** What it logged: one line per event (reloads, the database lost and found). */
  log(): string
  ask(question: string): void
}

function startChat(): Chat {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...baseEnv(), CORPUS_DIR: emptyDir } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  return { child, output: () => stdout, log: () => stderr, ask: (question) => child.stdin.write(`${question}\n`) }
}

async function waitFor(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const chats: Chat[] = []
beforeAll(async () => {
  expect((await index()).code).toBe(0)
}, 60_000)
afterAll(() => {
  for (const chat of chats) chat.child.kill()
  rmSync(root, { recursive: true, force: true })
})

describe('a corpus change written by npm run index', () => {
  it('reaches two running processes sharing the database, without a restart', async () => {
    chats.push(startChat(), startChat())
    for (const chat of chats) await waitFor(() => chat.output().includes('已读入 1 篇文章'), 60_000, 'the chat to open')
    const question = '警犬训练基地在哪里？'
    for (const chat of chats) chat.ask(question)
    // the first corpus does not know it: both say so (and list what they cover)
    for (const chat of chats) await waitFor(() => chat.output().includes('红巷派出所的一天'), 60_000, 'the first answer')
    expect(chats.map((chat) => chat.output().includes('银湖街道'))).toEqual([false, false])

    writeFileSync(join(corpusDir, 't2.md'), newArticle)
    const written = await index()
    expect([written.code, written.stderr]).toEqual([0, expect.stringContaining('wrote 1 changed articles')])
    // the old library answers until the new one is swapped in (the retriever reads the database
    // live, so an answer alone would not tell that the library was reopened with the new corpus)
    for (const chat of chats) await waitFor(() => /^reload: corpus version 2, \d+ passages from 2 articles$/m.test(chat.log()), 60_000, 'the reload')
    for (const chat of chats) {
      const before = chat.output().length
      // asked again every half second until the reload has arrived (a NOTIFY and a few queries)
      const deadline = Date.now() + 60_000
      while (!chat.output().slice(before).includes('银湖街道')) {
        if (Date.now() > deadline) throw new Error('timed out waiting for the new article to be answered')
        chat.ask(question)
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    }
    expect(chats.map((chat) => chat.child.exitCode)).toEqual([null, null])
  }, 240_000)
})
