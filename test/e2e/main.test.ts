import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { FakeBotApi } from '../helpers/fake-bot-api.js'
import { createFakeUser } from '../helpers/fake-user.js'
import { testToken, writeTestCorpus } from './bot-harness.js'

interface Spawned {
  child: ChildProcessWithoutNullStreams
  stdout: () => string
  stderr: () => string
  exited: Promise<number>
}

// Runs `tsx src/main.ts` as `npm start` does, with a clean environment apart from `env`; tsx
// itself rather than npx, because npx does not pass SIGTERM on to the process it starts.
function startMain(env: Record<string, string>): Spawned {
  const { PATH, HOME } = process.env
  const child = spawn('node_modules/.bin/tsx', ['src/main.ts'], { env: { PATH, HOME, LANG: 'C.UTF-8', TELEGRAM_BOT_TOKEN: '', ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)))
  return { child, stdout: () => stdout, stderr: () => stderr, exited }
}

let api: FakeBotApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

describe('npm start', () => {
  it('serves Telegram through TELEGRAM_API_ROOT, finishes the answer in flight on SIGTERM, and never logs the token', async () => {
    api = await FakeBotApi.start()
    const dirs = writeTestCorpus()
    const main = startMain({ TELEGRAM_BOT_TOKEN: testToken, TELEGRAM_API_ROOT: api.url, CORPUS_DIR: dirs.corpusDir, INDEX_DIR: dirs.indexDir, DATA_DIR: dirs.dataDir, LOG_LEVEL: 'debug' })
    await api.waitForCall('getUpdates', () => true, 30_000)
    api.failNext('sendMessage', { delayMs: 1500 })
    const question = createFakeUser(api).say('红巷派出所有多少名民警？')
    await api.waitForCall('sendChatAction')
    main.child.kill('SIGTERM')
    const reply = await api.waitForCall('sendMessage', (c) => c.params.reply_parameters?.message_id === question.message_id)
    expect(reply.params.text).toContain('《红巷派出所的一天》')
    expect(await main.exited).toBe(0)
    const lines = main.stderr().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'update', kind: 'message:text', results: 2, abstained: false }))
    expect(lines.at(-1), main.stderr()).toMatchObject({ msg: 'stopped' })
    expect(main.stderr() + main.stdout()).not.toContain(testToken)
    expect(main.stderr()).not.toContain('红巷派出所有多少名民警')
    expect(api.violations).toEqual([])
  }, 45_000)

  it('exits 1 with a clear message when Telegram rejects the token', async () => {
    api = await FakeBotApi.start()
    api.failNext('getMe', { status: 401, description: 'Unauthorized' })
    const dirs = writeTestCorpus()
    const main = startMain({ TELEGRAM_BOT_TOKEN: testToken, TELEGRAM_API_ROOT: api.url, CORPUS_DIR: dirs.corpusDir, INDEX_DIR: dirs.indexDir, DATA_DIR: dirs.dataDir, LOG_LEVEL: 'warn' })
    expect(await main.exited).toBe(1)
    expect(main.stderr()).toContain('wenda: Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized)')
    expect(main.stderr()).not.toContain(testToken)
  }, 30_000)

  it('exits 1 with one message listing every configuration problem', async () => {
    const main = startMain({ TELEGRAM_BOT_TOKEN: `${testToken}!`, PORT: 'eighty', WEBHOOK_URL: 'http://example.org:8080/hook', WEBHOOK_SECRET: 'ok' })
    expect(await main.exited).toBe(1)
    expect(main.stderr()).toContain('wenda: the configuration has 4 problem(s)')
    expect(main.stderr()).toContain('PORT must be a whole number')
    expect(main.stderr()).toContain('WEBHOOK_URL must start with https://')
    expect(main.stderr()).toContain('WEBHOOK_URL must use port 443, 80, 88, 8443')
    expect(main.stderr()).not.toContain(testToken)
    expect(main.stderr()).not.toMatch(/\n\s+at /)
  }, 30_000)

  it('exits 1 with one line when Telegram refuses the webhook, instead of listening for updates that never come', async () => {
    api = await FakeBotApi.start()
    const dirs = writeTestCorpus()
    const main = startMain({ TELEGRAM_BOT_TOKEN: testToken, TELEGRAM_API_ROOT: api.url, WEBHOOK_URL: 'https://bot.example.invalid/hook', WEBHOOK_SECRET: 'right-secret', PORT: '0', CORPUS_DIR: dirs.corpusDir, INDEX_DIR: dirs.indexDir, DATA_DIR: dirs.dataDir, LOG_LEVEL: 'warn' })
    expect(await main.exited).toBe(1)
    expect(main.stderr().trim().split('\n').at(-1)).toBe(
      'wenda: Telegram refused setWebhook (400: Bad Request: bad webhook: Failed to resolve host: Name or service not known); check WEBHOOK_URL',
    )
    expect(main.stderr()).not.toContain(testToken)
    api.violations.length = 0
  }, 30_000)

  it('exits 1 with one line when deleteWebhook fails before polling', async () => {
    api = await FakeBotApi.start()
    api.failNext('deleteWebhook', { status: 400, description: 'Bad Request: webhook is being set by another request' })
    const dirs = writeTestCorpus()
    const main = startMain({ TELEGRAM_BOT_TOKEN: testToken, TELEGRAM_API_ROOT: api.url, CORPUS_DIR: dirs.corpusDir, INDEX_DIR: dirs.indexDir, DATA_DIR: dirs.dataDir, LOG_LEVEL: 'warn' })
    expect(await main.exited).toBe(1)
    expect(main.stderr().trim().split('\n').at(-1)).toBe(
      'wenda: Telegram refused deleteWebhook (400: Bad Request: webhook is being set by another request); check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT',
    )
    expect(api.callsTo('getUpdates')).toEqual([])
  }, 30_000)

  it('opens a terminal chat without a token, answering with the bot\'s wording', async () => {
    const dirs = writeTestCorpus()
    const main = startMain({ CORPUS_DIR: dirs.corpusDir, INDEX_DIR: dirs.indexDir })
    main.child.stdin.end('红巷派出所有多少名民警？\n\n宫保鸡丁怎么做\n🙂\n')
    expect(await main.exited).toBe(0)
    const out = main.stdout()
    expect(out.split('\n')[0]).toContain('@BotFather')
    expect(out).toContain('已读入 3 篇文章')
    expect(out).toContain('所里有民警25名')
    expect(out).toContain('—— 《红巷派出所的一天》 测试报 2021-07-01 第4版 第1–2段')
    expect(out).toContain('抱歉，在收录的文章里没有找到可靠的答案。')
    expect(out).toContain('请用文字提问')
  }, 30_000)
})
