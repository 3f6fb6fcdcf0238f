import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Message } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { createFakeUser } from '../helpers/fake-user.js'
import { replyTo, sleep, testTimeScale, useHarnessFile, type Harness } from './bot-harness.js'

// Incoming limits, notices, votes, commands and buttons against the real bot and the fake Bot API
// (time scaled by testTimeScale: a "minute" of rate limit is 6 s here).

const file = useHarnessFile()
let h: Harness | undefined

const minute = 60_000 / testTimeScale
const sentTo = (h: Harness, chatId: number) => h.api.callsTo('sendMessage').filter((c) => Number(c.params.chat_id) === chatId)
const sticker = { sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }

describe('invalid input', () => {
  it('gets one notice per user per window, then silence, and costs the same budget as questions', async () => {
    const window = 2_000
    h = await file.start({ rateLimit: { count: 5, windowMs: window } })
    const spammer = createFakeUser(h.api, { group: true })
    const junk = ['@wenda_test_bot 😀😀', '/ask', '/frobnicate@wenda_test_bot', `@wenda_test_bot ${'问'.repeat(600)}`]
    for (let i = 0; i < 8; i++) spammer.say(junk[i % junk.length]!)
    const late = spammer.say('/ask 明前茶多少钱一斤')
    await h.api.waitForCall('sendMessage')
    await sleep(500)
    // one notice, about the first message; the budget of 5 is spent, so the real question gets silence too
    expect(sentTo(h, spammer.chat.id).map((c) => c.params.text)).toEqual(['请用文字提问（只有表情或符号我看不懂）。'])
    expect(h.api.callsTo('sendMessage').filter(replyTo(late))).toEqual([])
    await sleep(window)
    const again = spammer.say('/ask 明前茶多少钱一斤')
    expect((await h.api.waitForCall('sendMessage', replyTo(again))).params.text).toContain('3000元')
  }, 20_000)

  it('tells a user who asks too fast once, with the seconds to wait, and stays silent after', async () => {
    h = await file.start({ rateLimit: { count: 2, windowMs: minute } })
    const user = createFakeUser(h.api)
    for (let i = 0; i < 6; i++) user.say('明前茶多少钱一斤')
    await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('提问太快了'))
    await h.api.waitForCall('sendMessage', () => h!.api.callsTo('sendMessage').filter((d) => d.params.text.includes('3000元')).length === 2)
    await sleep(300)
    const texts = sentTo(h, user.chat.id).map((c) => c.params.text as string)
    expect(texts.filter((t) => t.includes('3000元'))).toHaveLength(2)
    expect(texts.filter((t) => t.startsWith('提问太快了'))).toEqual([`提问太快了，请 ${Math.ceil(minute / 1000)} 秒后再试。`])
    expect(texts).toHaveLength(3)
  })

  it('never delays another member of the same group while one member floods and others chatter', async () => {
    h = await file.start({ rateLimit: { count: 5, windowMs: minute } })
    const spammer = createFakeUser(h.api, { group: true })
    for (let i = 0; i < 30; i++) {
      if (i % 3 === 0) spammer.say('@wenda_test_bot 🙂')
      else if (i % 3 === 1) spammer.say('/ask')
      else spammer.send(sticker) // not addressed to the bot: ignored, and free
    }
    const chatter = createFakeUser(h.api, { chat: spammer.chat })
    for (let i = 0; i < 30; i++) chatter.say(`今天天气不错 ${i}`) // privacy mode off: the bot sees chatter too
    const member = createFakeUser(h.api, { chat: spammer.chat })
    const started = Date.now()
    const question = member.say('/ask 红巷派出所有多少名民警？')
    await h.api.waitForCall('sendMessage', replyTo(question), 3_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${h!.logLines.join('\n')}`)
    })
    // at most the spammer's one notice went before it: one group gap (310 ms), not a queue of 30
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(sentTo(h, spammer.chat.id)).toHaveLength(2)
  })
})

describe('a crowded group', () => {
  // 20 by default (a group's minute of replies); 5 here, to keep the test short
  it('drops questions beyond the backlog waiting in one group, logging each, and answers the rest', async () => {
    h = await file.start({ maxBacklogPerChat: 5 })
    const first = createFakeUser(h.api, { group: true })
    const members = [first, ...Array.from({ length: 7 }, () => createFakeUser(h!.api, { chat: first.chat }))]
    const questions = members.map((member) => member.say('/ask 明前茶多少钱一斤'))
    for (const question of questions.slice(0, 5)) await h.api.waitForCall('sendMessage', replyTo(question), 15_000)
    await sleep(400)
    expect(h.logLines.filter((l) => l.includes('"dropped":"chat backlog"'))).toHaveLength(3)
    expect(sentTo(h, first.chat.id)).toHaveLength(5)
  })
})

describe('commands', () => {
  it('answers commands in any case, and in groups quotes the command it answers', async () => {
    h = await file.start()
    const member = createFakeUser(h.api, { group: true })
    for (const text of ['/START', '/Help@Wenda_Test_Bot', '/sources', '/ABOUT']) {
      const command = member.say(text)
      const reply = await h.api.waitForCall('sendMessage', replyTo(command))
      expect(reply.params.text, text).not.toContain('没有这个命令')
    }
    const user = createFakeUser(h.api)
    user.say('/HELP')
    const help = await h.api.waitForCall('sendMessage', (c) => Number(c.params.chat_id) === user.chat.id)
    expect(help.params.text).toContain('直接发送问题')
    expect(help.params.reply_parameters).toBeUndefined()
  })
})

describe('buttons', () => {
  it('answers a button exactly once when sending its result fails afterwards, and says sorry in the chat', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    const question = user.say('码头')
    const answer = (await h.api.waitForCall('sendMessage', replyTo(question))).result as Message
    h.api.failNext('sendMessage', { status: 400, description: 'Bad Request: not enough rights to send text messages to the chat' })
    const id = user.press(answer, 'c:t3#1')
    await h.api.waitForCall('sendMessage', (c) => c.params.text === '抱歉，出了点问题，请稍后再试。')
    expect(h.api.calls.filter((c) => c.method === 'answerCallbackQuery' && c.params.callback_query_id === id)).toHaveLength(1)
    expect(h.logLines.some((l) => l.includes('"update failed"') && l.includes('not enough rights'))).toBe(true)
  })

  it('keeps one vote per user and passage: the other thumb replaces it, the same thumb withdraws it, as /stats shows', async () => {
    const admin = 31_337
    h = await file.start({ access: { allowedIds: [], adminIds: [admin] } })
    const user = createFakeUser(h.api, { id: admin })
    const question = user.say('明前茶多少钱一斤')
    const answer = (await h.api.waitForCall('sendMessage', replyTo(question))).result as Message
    const acks: string[] = []
    for (const data of ['v+:t2#1', 'v+:t2#1', 'v+:t2#1', 'v-:t2#1']) {
      const id = user.press(answer, data)
      acks.push((await h.api.waitForCall('answerCallbackQuery', (c) => c.params.callback_query_id === id)).params.text)
    }
    expect(acks).toEqual(['谢谢反馈！', '已撤回你的反馈。', '谢谢反馈！', '谢谢反馈！'])
    user.say('/stats')
    const stats = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('今天的问题'))
    expect(stats.params.text).toContain('反馈（每人每段一票）：👍 0 · 👎 1')
    const lines = (await readFile(join(file.dataDir, 'feedback.jsonl'), 'utf8')).trim().split('\n').slice(-4)
    expect(lines.map((l) => (JSON.parse(l) as { vote: number }).vote)).toEqual([1, 0, 1, -1])
  })

  it('answers a press over the limit with a toast, since a button must always be answered', async () => {
    h = await file.start({ rateLimit: { count: 1, windowMs: minute } })
    const user = createFakeUser(h.api)
    const question = user.say('码头')
    const answer = (await h.api.waitForCall('sendMessage', replyTo(question))).result as Message
    const id = user.press(answer, 'm:3')
    const ack = await h.api.waitForCall('answerCallbackQuery', (c) => c.params.callback_query_id === id)
    expect(ack.params.text).toMatch(/^提问太快了，请 \d+ 秒后再试。$/)
  })
})

describe('inline mode', () => {
  it('marks every answer personal with a short cache, and caches a rate-limited empty answer only as long as the limit', async () => {
    h = await file.start({ rateLimit: { count: 1, windowMs: minute } })
    const user = createFakeUser(h.api)
    const ids = [user.inline('码头'), user.inline('🙂'), user.inline('码头'), user.inline('码头')]
    const calls = []
    for (const id of ids) calls.push(await h.api.waitForCall('answerInlineQuery', (c) => c.params.inline_query_id === id))
    for (const call of calls) expect(call.params.is_personal).toBe(true)
    expect(calls[0]!.params.results.length).toBeGreaterThan(0)
    expect(calls[0]!.params.cache_time).toBe(30)
    expect(calls[1]!.params.results).toEqual([])
    expect(calls[3]!.params).toMatchObject({ results: [], cache_time: Math.ceil(minute / 1000) })
  })
})
