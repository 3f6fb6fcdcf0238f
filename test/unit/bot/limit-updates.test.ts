import { Bot } from 'grammy'
import type { Update } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import type { BotContext } from '../../../src/bot/context.js'
import { limitBacklog } from '../../../src/bot/limit-updates.js'
import { messagesFor } from '../../../src/messages.js'
import { fakeBotInfo } from '../../helpers/fake-bot-api.js'

// A bot whose handler waits until released, and that records its outgoing calls instead of sending them.
function createHeldBot(max: number) {
  const bot = new Bot<BotContext>('123:test', { botInfo: fakeBotInfo })
  const calls: { method: string; payload: unknown }[] = []
  const dropped: (string | undefined)[] = []
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload })
    return { ok: true, result: true } as never
  })
  bot.use(async (ctx, next) => {
    ctx.messages = messagesFor('zh')
    await next()
    dropped.push(ctx.dropped)
  })
  bot.use(limitBacklog(max))
  bot.use(() => held)
  return { bot, calls, dropped, release }
}

const chat = { id: -5, type: 'supergroup' as const, title: 'g' }
const from = { id: 7, is_bot: false, first_name: 'A' }
const message = (id: number): Update => ({ update_id: id, message: { message_id: id, date: 1, chat, from, text: 'hi' } })
const press = (id: number): Update => ({ update_id: id, callback_query: { id: `q${id}`, from, chat_instance: 'c', data: 'm:3', message: { message_id: 1, date: 1, chat, from, text: 'a' } } })

describe('limitBacklog', () => {
  it('drops a chat\'s updates beyond max in progress, answering a dropped button with a toast', async () => {
    const { bot, calls, dropped, release } = createHeldBot(2)
    const handled = [bot.handleUpdate(message(1)), bot.handleUpdate(message(2))]
    await bot.handleUpdate(message(3))
    await bot.handleUpdate(press(4))
    expect(dropped).toEqual(['chat backlog', 'chat backlog'])
    expect(calls).toEqual([{ method: 'answerCallbackQuery', payload: { callback_query_id: 'q4', text: '这里的消息太多了，请过一分钟再试。' } }])
    release()
    await Promise.all(handled)
    await bot.handleUpdate(message(5))
    expect(dropped.at(-1)).toBeUndefined()
  })
})
