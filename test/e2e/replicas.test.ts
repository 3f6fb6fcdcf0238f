import type { Update } from 'grammy/types'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messagesFor } from '../../src/messages.js'
import { FakeBotApi, type RecordedCall } from '../helpers/fake-bot-api.js'
import { useFreshDatabase } from '../helpers/postgres-database.js'
import { testToken } from './bot-harness.js'
import { deliver, deliverUntilAcknowledged, startReplica, textUpdate, type Replica } from './replica-processes.js'

// Two real bot processes (`npm start` in webhook mode) behind one URL, sharing one PostgreSQL,
// answering through one fake Bot API that enforces Telegram's flood limits at Telegram's speed.

const databaseUrl = useFreshDatabase()
const adminId = 900_001
let api: FakeBotApi
let replicas: Replica[] = []

beforeAll(async () => {
  api = await FakeBotApi.start()
  // a per-user budget of 3 a minute, so the limit test needs only a few messages
  replicas = await Promise.all([0, 1].map(() => startReplica(api.url, databaseUrl(), { RATE_LIMIT: '3', RATE_LIMIT_WINDOW: '60', ADMIN_IDS: String(adminId) })))
}, 90_000)

afterAll(async () => {
  for (const replica of replicas) replica.child.kill('SIGKILL')
  await Promise.all(replicas.map((replica) => replica.exited))
  await api?.close()
  for (const replica of replicas) expect(replica.stderr()).not.toContain(testToken)
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const answersTo = (update: Update) => api.callsTo('sendMessage').filter((c: RecordedCall) => c.params.reply_parameters?.message_id === update.message?.message_id)
const question = '明前茶多少钱一斤'

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await sleep(50)
  }
}

describe('two replicas sharing PostgreSQL', () => {
  it('holds one per-user rate limit across both: 3 answers and one notice for 8 questions spread over the two', async () => {
    const user = 424_242
    const updates = Array.from({ length: 8 }, () => textUpdate(question, user))
    const statuses = await Promise.all(updates.map((update, i) => deliver(replicas[i % 2]!, update)))
    expect(statuses).toEqual(updates.map(() => 200))
    const toUser = () => api.callsTo('sendMessage').filter((c) => c.params.chat_id === user)
    await waitUntil(() => toUser().length >= 4, 15_000)
    await sleep(1_500) // a fifth message would have come by now
    const texts = toUser().map((c) => String(c.params.text))
    expect(texts.filter((t) => t.includes('3000元'))).toHaveLength(3)
    expect(texts.filter((t) => t.startsWith('提问太快了'))).toHaveLength(1)
    expect(texts).toHaveLength(4)
  }, 30_000)

  it('answers an update POSTed to both replicas at once only once, acknowledging the copy once it is done', async () => {
    const updates = Array.from({ length: 6 }, () => textUpdate(question))
    const statuses = await Promise.all(updates.flatMap((update) => replicas.map((replica) => deliver(replica, update))))
    // one copy of each is handled (200 when done); the other is a duplicate (200) or, while the
    // first is still in progress, 503 so that Telegram delivers it again
    for (let i = 0; i < updates.length; i++) expect(statuses.slice(2 * i, 2 * i + 2)).toContain(200)
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true)
    for (const [i, update] of updates.entries()) if (statuses.slice(2 * i, 2 * i + 2).includes(503)) await deliverUntilAcknowledged(replicas, update)
    await sleep(500)
    for (const update of updates) expect(answersTo(update)).toHaveLength(1)
  }, 30_000)

  it('keeps Telegram\'s global 30 a second between them: 40 questions at once, half to each, without a 429', async () => {
    const updates = Array.from({ length: 40 }, () => textUpdate(question))
    const statuses = await Promise.all(updates.map((update, i) => deliver(replicas[i % 2]!, update)))
    expect(statuses).toEqual(updates.map(() => 200))
    for (const update of updates) expect(answersTo(update)).toHaveLength(1)
    expect(api.floodRefusals).toEqual([])
    expect(api.violations).toEqual([])
  }, 30_000)

  it('keeps one vote per user and passage across both: a tap on one replica, the same tap on the other withdraws it', async () => {
    const userId = 777_001
    const press = (data: string): Update => {
      const { update_id } = textUpdate('')
      const chat = { id: userId, type: 'private' as const, first_name: 'V' }
      return { update_id, callback_query: { id: `cq${update_id}`, from: { id: userId, is_bot: false, first_name: 'V' }, chat_instance: 'ci', data, message: { message_id: 1, date: 1, chat, text: 'answer' } } } as Update
    }
    const toast = async (replica: Replica, data: string) => {
      const update = press(data)
      expect(await deliver(replica, update)).toBe(200)
      return api.callsTo('answerCallbackQuery').find((c) => c.params.callback_query_id === `cq${update.update_id}`)?.params.text
    }
    const [a, b] = replicas as [Replica, Replica]
    // three taps: the replicas' budget is 3 a minute per user
    expect(await toast(a, 'v+:t2#1')).toBe(messagesFor('zh').thanksFeedback)
    expect(await toast(b, 'v+:t2#1')).toBe(messagesFor('zh').voteWithdrawn)
    expect(await toast(a, 'v-:t2#1')).toBe(messagesFor('zh').thanksFeedback)
    const database = new pg.Client(databaseUrl())
    await database.connect()
    try {
      const { rows } = await database.query("select user_hash, vote from bot_votes where passage = 't2#1'")
      expect(rows).toEqual([{ user_hash: expect.stringMatching(/^[0-9a-f]{16}$/), vote: -1 }])
    } finally {
      await database.end()
    }
  }, 30_000)

  it('shows in /stats, on either replica, the questions both answered today', async () => {
    // one question through each replica, beside whatever the tests before asked
    expect(await Promise.all(replicas.map((replica) => deliver(replica, textUpdate(question))))).toEqual([200, 200])
    const answered = api.callsTo('sendMessage').filter((c) => String(c.params.text).includes('3000元')).length
    const stats = textUpdate('/stats', adminId)
    ;(stats.message as { entities?: unknown }).entities = [{ type: 'bot_command', offset: 0, length: 6 }]
    expect(await deliver(replicas[1]!, stats)).toBe(200)
    const text = String(api.callsTo('sendMessage').filter((c) => c.params.chat_id === adminId).at(-1)?.params.text)
    expect(text).toContain(`今天的问题：${answered}\n`)
  }, 30_000)

  it('loses no update when one replica dies mid-burst: the unacknowledged ones, delivered again, are answered by the other', async () => {
    const [doomed, survivor] = replicas as [Replica, Replica]
    const updates = Array.from({ length: 8 }, () => textUpdate(question))
    // each answer of the doomed replica meets a flood wait, so all 8 are in progress when it dies
    for (const _ of updates) api.failNext('sendMessage', { status: 429, retryAfter: 5 })
    const refusedBefore = api.calls.filter((c) => c.method === 'sendMessage' && c.fault !== undefined).length
    const first = updates.map((update) => deliver(doomed, update))
    await waitUntil(() => api.calls.filter((c) => c.method === 'sendMessage' && c.fault !== undefined).length - refusedBefore >= updates.length, 15_000)
    doomed.child.kill('SIGKILL')
    const statuses = await Promise.all(first)
    expect(statuses.every((s) => s === 0)).toBe(true) // none acknowledged: Telegram would deliver each again
    // until the dead replica's claims lapse, the survivor asks for a later delivery; then it answers
    const started = Date.now()
    await Promise.all(updates.map((update) => deliverUntilAcknowledged([survivor], update, 25_000)))
    await sleep(300)
    for (const update of updates) expect(answersTo(update)).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(survivor.log().some((line) => line.dropped === 'in progress')).toBe(true)
  }, 45_000)
})
