import type { Message } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Library } from '../../src/core/library.js'
import { allMessages } from '../../src/messages.js'
import type { RecordedCall } from '../helpers/fake-bot-api.js'
import { createFakeUser } from '../helpers/fake-user.js'
import { openTestLibrary, startHarness, testToken, type Harness } from './bot-harness.js'

// Telegram faults against a real bot polling a fake Bot API. auto-retry waits 3 s before its first
// retry of a 5xx or a network error, so these tests run concurrently, each with its own fake.

const questions = ['红巷派出所有多少名民警？', '明前茶每斤售价多少？', '红巷派出所成立于哪一年？']
const sorries = new Set(allMessages.map((m) => m.sorry))

let library: Library
let dataDir: string
const harnesses: Harness[] = []

beforeAll(async () => {
  ;({ library, dataDir } = await openTestLibrary())
})
afterAll(async () => {
  for (const h of harnesses) await h.stop()
})

async function start(): Promise<Harness> {
  const h = await startHarness(library, dataDir)
  harnesses.push(h)
  await h.api.waitForCall('getUpdates')
  return h
}

const replyTo = (message: Message) => (call: RecordedCall) => call.params.reply_parameters?.message_id === message.message_id
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits for the reply to `question`, then checks no second one follows and no apology was sent. */
async function expectAnsweredOnce(h: Harness, question: Message, timeoutMs = 20_000): Promise<RecordedCall> {
  const reply = await h.api.waitForCall('sendMessage', replyTo(question), timeoutMs)
  expect(reply.params.text).toContain('——')
  await sleep(300)
  expect(h.api.callsTo('sendMessage').filter(replyTo(question))).toHaveLength(1)
  expect(h.api.callsTo('sendMessage').filter((c) => sorries.has(c.params.text))).toEqual([])
  return reply
}

/** Asks one more question and expects it answered: the bot is still serving. */
async function expectStillServing(h: Harness): Promise<void> {
  await expectAnsweredOnce(h, createFakeUser(h.api).say(questions[2]!))
  expect(h.api.violations).toEqual([])
  expect(h.logLines.join('\n')).not.toContain(testToken)
}

/** Polls `condition` every 20 ms; rejects after `timeoutMs` (expect.poll is unavailable in concurrent tests). */
async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition(); await sleep(20)) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
  }
}

const faultsOn = (h: Harness, method: string) => h.api.calls.filter((c) => c.method === method && c.fault !== undefined)

describe.concurrent('the bot under Telegram faults', () => {
  it('answers once after a 429 with retry_after on sendMessage, waiting as told', async () => {
    const h = await start()
    h.api.failNext('sendMessage', { status: 429, retryAfter: 1 })
    const started = Date.now()
    await expectAnsweredOnce(h, createFakeUser(h.api).say(questions[0]!))
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(faultsOn(h, 'sendMessage')).toHaveLength(1)
    await expectStillServing(h)
  })

  it('answers two users once each after a 500 and a 502 on sendMessage', async () => {
    const h = await start()
    h.api.failNext('sendMessage', { status: 500 })
    h.api.failNext('sendMessage', { status: 502 })
    const a = createFakeUser(h.api).say(questions[0]!)
    const b = createFakeUser(h.api).say(questions[1]!)
    await Promise.all([expectAnsweredOnce(h, a), expectAnsweredOnce(h, b)])
    expect(faultsOn(h, 'sendMessage').map((c) => c.fault)).toEqual(['{"status":500}', '{"status":502}'])
    await expectStillServing(h)
  })

  it('answers once when the connection is dropped on sendMessage', async () => {
    const h = await start()
    h.api.failNext('sendMessage', { drop: true })
    await expectAnsweredOnce(h, createFakeUser(h.api).say(questions[0]!))
    expect(faultsOn(h, 'sendMessage')).toHaveLength(1)
    await expectStillServing(h)
  })

  it('answers another user while one reply is slow, and the slow one once', async () => {
    const h = await start()
    h.api.failNext('sendMessage', { delayMs: 2500 })
    const slow = createFakeUser(h.api).say(questions[0]!)
    await h.api.waitForCall('sendChatAction')
    const fast = createFakeUser(h.api).say(questions[1]!)
    const fastReply = await expectAnsweredOnce(h, fast, 2000)
    const slowReply = await expectAnsweredOnce(h, slow)
    expect(h.api.calls.indexOf(fastReply)).toBeLessThan(h.api.calls.indexOf(slowReply))
    await expectStillServing(h)
  })

  it('keeps polling after getUpdates fails with 500, 429, a dropped connection and a slow answer', async () => {
    const h = await start()
    h.api.failNext('getUpdates', { status: 500 })
    h.api.failNext('getUpdates', { status: 429, retryAfter: 1 })
    h.api.failNext('getUpdates', { drop: true })
    h.api.failNext('getUpdates', { delayMs: 1000 })
    // the poll already open returns with this question; the faults hit the polls after it
    await expectAnsweredOnce(h, createFakeUser(h.api).say(questions[0]!))
    await waitUntil(() => faultsOn(h, 'getUpdates').length === 3, 'three failed polls', 15_000)
    await expectAnsweredOnce(h, createFakeUser(h.api).say(questions[1]!))
    await expectStillServing(h)
  })

  it('answers a question sent while the API server restarts mid-poll, once', async () => {
    const h = await start()
    await expectAnsweredOnce(h, createFakeUser(h.api).say(questions[0]!))
    const polls = h.api.callsTo('getUpdates').length
    const restarting = h.api.restart()
    const during = createFakeUser(h.api).say(questions[1]!)
    await restarting
    await expectAnsweredOnce(h, during)
    expect(h.api.callsTo('getUpdates').length).toBeGreaterThan(polls)
    await expectStillServing(h)
  })

  it('still answers once when the typing action fails with a 502', async () => {
    const h = await start()
    h.api.failNext('sendChatAction', { status: 502 })
    await expectAnsweredOnce(h, createFakeUser(h.api).say(questions[0]!))
    await expectStillServing(h)
  })

  it('logs a 403 "bot was blocked by the user" without retrying or apologising, and serves others', async () => {
    const h = await start()
    h.api.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' })
    const blocked = createFakeUser(h.api)
    const question = blocked.say(questions[0]!)
    await waitUntil(() => h.logLines.some((l) => l.includes('"update failed"')), 'the failure logged')
    await sleep(300)
    const toBlocked = h.api.calls.filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === blocked.chat.id)
    expect(toBlocked.map((c) => c.fault)).toEqual(['{"status":403,"description":"Forbidden: bot was blocked by the user"}'])
    expect(h.api.callsTo('sendMessage').filter(replyTo(question))).toEqual([])
    const failure = JSON.parse(h.logLines.find((l) => l.includes('"update failed"'))!) as Record<string, unknown>
    expect(failure).toMatchObject({ level: 'error', kind: 'telegram' })
    await expectStillServing(h)
  })
})
