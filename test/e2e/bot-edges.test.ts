import type { Message } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { createFeedbackStore } from '../../src/adapters/feedback-store.js'
import type { BotError } from 'grammy'
import type { BotContext } from '../../src/bot/context.js'
import { createBot } from '../../src/bot/create-bot.js'
import { createLogger } from '../../src/bot/logger.js'
import type { Library } from '../../src/core/library.js'
import { fakeBotInfo } from '../helpers/fake-bot-api.js'
import { createFakeUser } from '../helpers/fake-user.js'
import { replyTo, sleep, testToken, useHarnessFile, type Harness } from './bot-harness.js'
import { StoreError } from '../../src/core/store-error.js'

const file = useHarnessFile()
let h: Harness

// Waits until the bot has fetched every pushed update and finished handling it.
async function settle(): Promise<void> {
  await sleep(150)
}

describe('groups', () => {
  it('ignores chatter, and answers /ask, a mention and a reply to the bot, quoting the asker', async () => {
    h = await file.start()
    const member = createFakeUser(h.api, { group: true })
    member.say('红巷派出所有多少名民警？')
    await settle()
    expect(h.api.callsTo('sendMessage')).toHaveLength(0)
    const ask = member.say('/ask@wenda_test_bot 红巷派出所有多少名民警？')
    expect((await h.api.waitForCall('sendMessage', replyTo(ask))).params.text).toContain('民警</b>25名')
    const mention = member.say('@wenda_test_bot 明前茶多少钱一斤')
    expect((await h.api.waitForCall('sendMessage', replyTo(mention))).params.text).toContain('3000元')
    const botMessage = h.api.callsTo('sendMessage')[0]!.result as Message
    const reply = member.say('采茶工人几点上山？', { replyTo: botMessage })
    expect((await h.api.waitForCall('sendMessage', replyTo(reply))).params.text).toContain('凌晨五点')
    const empty = member.say('/ask')
    expect((await h.api.waitForCall('sendMessage', replyTo(empty))).params.text).toContain('用法：/ask 问题')
    member.say('/frobnicate')
    await settle()
    expect(h.api.callsTo('sendMessage')).toHaveLength(4)
  })

  it('recovers a group question from "/ask …" when "more results" is pressed', async () => {
    h = await file.start()
    const member = createFakeUser(h.api, { group: true })
    const ask = member.say('/ask 码头')
    const first = await h.api.waitForCall('sendMessage', replyTo(ask))
    member.press(first.result as Message, 'm:3')
    const second = await h.api.waitForCall('sendMessage', (c) => c !== first && replyTo(ask)(c))
    expect(second.params.text).toContain('<b>4.</b>')
  })
})

describe('inline mode', () => {
  it('offers passages with citations and pages with next_offset', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    const id = user.inline('码头')
    const first = await h.api.waitForCall('answerInlineQuery', (c) => c.params.inline_query_id === id)
    expect(first.params.results).toHaveLength(10)
    expect(first.params.next_offset).toBe('10')
    expect(first.params.cache_time).toBeLessThanOrEqual(60)
    const result = first.params.results[0]
    expect(result).toMatchObject({ type: 'article', input_message_content: { parse_mode: 'HTML' } })
    expect(result.input_message_content.message_text).toContain('—— 《运河码头旧事》 运河晚报 2020-10-10 第8版')
    const next = user.inline('码头', '10')
    const second = await h.api.waitForCall('answerInlineQuery', (c) => c.params.inline_query_id === next)
    expect(second.params.results[0].id).toBe('10')
    for (const [query, offset] of [['', ''], ['码头', '-5'], ['码头', '99999'], ['🙂', '']] as const) {
      const bad = user.inline(query, offset)
      expect((await h.api.waitForCall('answerInlineQuery', (c) => c.params.inline_query_id === bad)).params.results).toEqual([])
    }
  })
})

describe('inline mode when unsure', () => {
  it('offers the passage that came close, marked as maybe related in its title and in what it posts', async () => {
    h = await file.start()
    const id = createFakeUser(h.api).inline('红巷派出所哪一天成立')
    const call = await h.api.waitForCall('answerInlineQuery', (c) => c.params.inline_query_id === id)
    const [first] = call.params.results
    expect(first.title.startsWith('可能相关：')).toBe(true)
    expect(first.input_message_content.message_text.startsWith('<i>可能相关：</i>')).toBe(true)
    expect(first.input_message_content.message_text).toContain('1922')
    expect(call.params.next_offset).toBe('')
  })
})

describe('bad input', () => {
  // one user each: a user gets one notice per window (see limits.test.ts), and each case needs its own
  it('gives each odd message a sensible reply and ignores edits on purpose', async () => {
    h = await file.start()
    const user = () => createFakeUser(h.api)
    const cases: [Message, string][] = [
      [user().send({ sticker: { file_id: 's', file_unique_id: 's', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } }), '只能回答文字问题'],
      [user().send({ photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] }), '只能回答文字问题'],
      [user().send({ voice: { file_id: 'v', file_unique_id: 'v', duration: 1 } }), '只能回答文字问题'],
      [user().say('   \n\t '), '请输入一个问题'],
      [user().say('问'.repeat(4000)), '问题太长了'],
      [user().say('😀😀😀👍'), '请用文字提问'],
      [user().say('<b>红巷派出所</b> & *民警* _有_ `多少`？</i>'), '民警'],
    ]
    for (const [message, expected] of cases) {
      const reply = await h.api.waitForCall('sendMessage', replyTo(message))
      expect(reply.params.text).toContain(expected)
    }
    user().send({ text: '红巷派出所有多少名民警？', edit_date: 1 }, 'edited_message')
    await settle()
    expect(h.api.callsTo('sendMessage')).toHaveLength(cases.length)
  })
})

describe('Telegram faults', () => {
  it('still answers exactly once after a 429 with retry_after', async () => {
    h = await file.start()
    h.api.failNext('sendMessage', { status: 429, retryAfter: 1 })
    const question = createFakeUser(h.api).say('明前茶多少钱一斤')
    await h.api.waitForCall('sendMessage', replyTo(question), 8_000)
    await settle()
    expect(h.api.callsTo('sendMessage').filter(replyTo(question))).toHaveLength(1)
    expect(h.api.calls.filter((c) => c.method === 'sendMessage' && c.fault !== undefined)).toHaveLength(1)
  })

  // auto-retry waits 3 s before the first retry of a 5xx or network error, 6 s before the second
  it('answers exactly once through a 502, a dropped connection and an API server restart', async () => {
    h = await file.start()
    const user = createFakeUser(h.api)
    h.api.failNext('sendMessage', { status: 502 })
    h.api.failNext('sendChatAction', { drop: true })
    const first = user.say('明前茶多少钱一斤')
    await h.api.waitForCall('sendMessage', replyTo(first), 15_000)
    await h.api.restart()
    const second = user.say('红巷派出所有多少名民警？')
    await h.api.waitForCall('sendMessage', replyTo(second), 15_000)
    await settle()
    expect(h.api.callsTo('sendMessage').filter(replyTo(first))).toHaveLength(1)
    expect(h.api.callsTo('sendMessage').filter(replyTo(second))).toHaveLength(1)
  }, 30_000)

  it('logs a blocked user without an apology and keeps serving others', async () => {
    h = await file.start()
    h.api.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' })
    createFakeUser(h.api).say('明前茶多少钱一斤')
    const other = createFakeUser(h.api).say('红巷派出所有多少名民警？')
    await h.api.waitForCall('sendMessage', replyTo(other))
    await settle()
    expect(h.api.callsTo('sendMessage')).toHaveLength(1)
    expect(h.logLines.some((line) => line.includes('"msg":"update failed"') && line.includes('"kind":"telegram"'))).toBe(true)
  })

  it('apologises briefly, with no stack trace, when answering throws', async () => {
    const broken = { ...file.library, answer: () => { throw new Error('index exploded') } } as Library
    h = await file.start({}, broken)
    const question = createFakeUser(h.api).say('明前茶多少钱一斤')
    const reply = await h.api.waitForCall('sendMessage', (c) => c.params.text.includes('抱歉'))
    expect(reply.params.text).toBe('抱歉，出了点问题，请稍后再试。')
    const failure = h.logLines.find((line) => line.includes('update failed'))!
    expect(JSON.parse(failure)).toMatchObject({ level: 'error', update_id: 1, kind: 'bug', error: { message: 'index exploded' } })
    expect(question.message_id).toBeGreaterThan(0)
  })

  it('logs a store that cannot be reached as a database failure, not a bug, and apologises the same way', async () => {
    const away = { ...file.library, answer: () => Promise.reject(new StoreError('cannot retrieve passages from the database: connect ECONNREFUSED')) } as Library
    h = await file.start({}, away)
    createFakeUser(h.api).say('明前茶多少钱一斤')
    const reply = await h.api.waitForCall('sendMessage', (c) => c.params.text.includes('抱歉'))
    expect(reply.params.text).toBe('抱歉，出了点问题，请稍后再试。')
    const failure = h.logLines.find((line) => line.includes('update failed'))!
    expect(JSON.parse(failure)).toMatchObject({ level: 'error', kind: 'database', error: { message: expect.stringContaining('ECONNREFUSED') } })
  })
})

describe('token secrecy', () => {
  it('keeps the token out of the log when a network error quotes the request URL', async () => {
    const lines: string[] = []
    const bot = createBot({
      token: testToken,
      apiRoot: 'http://127.0.0.1:9',
      botInfo: fakeBotInfo,
      library: () => file.library,
      state: { votes: createFeedbackStore(file.dataDir) },
      log: createLogger({ level: 'debug', write: (line) => lines.push(line), secrets: [testToken] }),
      access: { allowedIds: [], adminIds: [] },
      rateLimit: { count: 10, windowMs: 60_000 },
      retry: { networkAttempts: 1 },
    })
    const chat = { id: 5, type: 'private' as const, first_name: 'A' }
    const update = { update_id: 1, message: { message_id: 1, date: 1, chat, from: { id: 5, is_bot: false, first_name: 'A' }, text: '明前茶多少钱一斤' } }
    // as the runner does: a failed update goes to bot.catch
    await bot.handleUpdate(update).catch((error: BotError<BotContext>) => bot.errorHandler(error))
    const failure = lines.find((line) => line.includes('update failed'))
    expect(failure).toContain('"kind":"network"')
    expect(failure).toContain('/bot[redacted]/sendMessage')
    expect(lines.join('\n')).not.toContain(testToken)
    expect(lines.join('\n')).toContain('ECONNREFUSED')
    h = { api: { violations: [], close: async () => {} }, logLines: lines, stop: async () => {} } as unknown as Harness
  })
})

describe('abuse', () => {
  it('rate-limits a flooding user with one polite message', async () => {
    h = await file.start({ rateLimit: { count: 2, windowMs: 60_000 } })
    const user = createFakeUser(h.api)
    for (let i = 0; i < 5; i++) user.say('明前茶多少钱一斤')
    await h.api.waitForCall('sendMessage', (c) => c.params.text.includes('提问太快了'))
    await h.api.waitForCall('sendMessage', (c) => c !== h.api.callsTo('sendMessage').find((d) => d.params.text.includes('3000元')) && c.params.text.includes('3000元'))
    await settle()
    const texts = h.api.callsTo('sendMessage').map((c) => c.params.text as string)
    expect(texts.filter((t) => t.includes('3000元'))).toHaveLength(2)
    expect(texts.filter((t) => t.includes('提问太快了'))).toHaveLength(1)
  })

  it('serves only allowlisted ids when an allowlist is set', async () => {
    h = await file.start({ access: { allowedIds: [555], adminIds: [] } })
    const stranger = createFakeUser(h.api).say('明前茶多少钱一斤')
    expect((await h.api.waitForCall('sendMessage', (c) => c.params.chat_id === stranger.chat.id)).params.text).toContain('只对受邀用户开放')
    const friend = createFakeUser(h.api, { id: 555 }).say('明前茶多少钱一斤')
    expect((await h.api.waitForCall('sendMessage', replyTo(friend))).params.text).toContain('3000元')
  })

  it('keeps /stats and /reload for admins', async () => {
    let reloads = 0
    const reload = async () => ({ passages: ++reloads, ms: 5 })
    h = await file.start({ access: { allowedIds: [], adminIds: [9] }, reload })
    const user = createFakeUser(h.api)
    user.say('明前茶多少钱一斤')
    user.say('/stats')
    await h.api.waitForCall('sendMessage', (c) => c.params.text.includes('只有管理员'))
    const admin = createFakeUser(h.api, { id: 9 })
    admin.say('/stats')
    const stats = await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('今天的问题'))
    expect(stats.params.text).toMatch(/^今天的问题：1\n没有答案的比例：0%\n反馈（每人每段一票）：👍 \d+ · 👎 \d+/)
    admin.say('/reload')
    expect((await h.api.waitForCall('sendMessage', (c) => c.params.text.startsWith('已重新载入'))).params.text).toBe('已重新载入：1 个段落，用时 5 毫秒。')
    expect(reloads).toBe(1)
  })
})
