import { Bot } from 'grammy'
import type { Update } from 'grammy/types'
import { describe, expect, it } from 'vitest'
import { admitUpdates, mustRetryLater, type AdmissionOptions } from '../../../src/bot/admit-updates.js'
import type { BotContext } from '../../../src/bot/context.js'
import { createMemoryRateLimitStore, createMemoryUpdateLedger } from '../../../src/bot/memory-state.js'
import { createUserLimits } from '../../../src/bot/rate-limit.js'
import type { RateLimitStore, UpdateClaim, UpdateLedger } from '../../../src/bot/state.js'
import { messagesFor } from '../../../src/messages.js'
import { fakeBotInfo } from '../../helpers/fake-bot-api.js'

const commands = new Set(['ask'])
const chat = { id: -5, type: 'supergroup' as const, title: 'g' }
const from = { id: 7, is_bot: false, first_name: 'A' }
const ask = (id: number): Update => ({ update_id: id, message: { message_id: id, date: 1, chat, from, text: `/ask 问题${id}`, entities: [{ type: 'bot_command', offset: 0, length: 4 }] } })
const press = (id: number): Update => ({ update_id: id, callback_query: { id: `q${id}`, from, chat_instance: 'c', data: 'm:3', message: { message_id: 1, date: 1, chat, from, text: 'a' } } })

// A bot with only admission and a handler that records what reached it, holding each until released;
// outgoing calls are recorded instead of sent.
function createAdmittingBot(options: Partial<AdmissionOptions> & { store?: RateLimitStore } = {}) {
  const bot = new Bot<BotContext>('123:test', { botInfo: fakeBotInfo })
  const calls: { method: string; payload: unknown }[] = []
  const reached: number[] = []
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
  const limits = createUserLimits(options.store ?? createMemoryRateLimitStore(), { count: 100, windowMs: 60_000 })
  bot.use(admitUpdates({ ledger: createMemoryUpdateLedger(), limits, commands, maxBacklog: 20, ...options }))
  bot.use((ctx) => {
    reached.push(ctx.update.update_id)
    return held
  })
  return { bot, calls, reached, dropped, release }
}

describe('admitUpdates', () => {
  it("drops a chat's updates beyond maxBacklog in progress, answering a dropped button with a toast", async () => {
    const { bot, calls, dropped, release } = createAdmittingBot({ maxBacklog: 2 })
    const handled = [bot.handleUpdate(ask(1)), bot.handleUpdate(ask(2))]
    await bot.handleUpdate(ask(3))
    await bot.handleUpdate(press(4))
    expect(dropped).toEqual(['chat backlog', 'chat backlog'])
    expect(calls).toEqual([{ method: 'answerCallbackQuery', payload: { callback_query_id: 'q4', text: '这里的消息太多了，请过一分钟再试。' } }])
    release()
    await Promise.all(handled)
    await bot.handleUpdate(ask(5))
    expect(dropped.at(-1)).toBeUndefined()
  })

  it("admits one chat's updates in arrival order even when the store answers the first one last", async () => {
    let delay = 60
    const memory = createMemoryRateLimitStore()
    const slowThenFast: RateLimitStore = {
      async take(key, rule, now) {
        await new Promise((resolve) => setTimeout(resolve, (delay = Math.max(0, delay - 20))))
        return memory.take(key, rule, now)
      },
    }
    const { bot, reached, release } = createAdmittingBot({ store: slowThenFast })
    const handled = [1, 2, 3].map((id) => bot.handleUpdate(ask(id)))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(reached).toEqual([1, 2, 3])
    release()
    await Promise.all(handled)
  })

  it('drops an update id seen before', async () => {
    const { bot, reached, dropped, release } = createAdmittingBot()
    release()
    await bot.handleUpdate(ask(1))
    await bot.handleUpdate(ask(1))
    expect(reached).toEqual([1])
    expect(dropped).toEqual([undefined, 'duplicate'])
  })

  it('completes an update only once its handling ended, and a dropped one at once', async () => {
    const events: string[] = []
    const ledger: UpdateLedger = {
      async claimUpdate(id) {
        events.push(`claim ${id}`)
        return 'claimed'
      },
      async completeUpdate(id) {
        events.push(`complete ${id}`)
      },
    }
    const { bot, release } = createAdmittingBot({ ledger, maxBacklog: 1 })
    const first = bot.handleUpdate(ask(1))
    await bot.handleUpdate(ask(2)) // over the backlog: dropped
    expect(events).toEqual(['claim 1', 'claim 2', 'complete 2'])
    release()
    await first
    expect(events.at(-1)).toBe('complete 1')
  })

  it('marks an update still in progress, or met with an unreachable ledger, for Telegram to deliver again, and handles neither', async () => {
    const outcomes: (UpdateClaim | Error)[] = ['in progress', new Error('connection refused'), 'duplicate']
    const completed: number[] = []
    const ledger: UpdateLedger = {
      async claimUpdate() {
        const next = outcomes.shift()!
        if (next instanceof Error) throw next
        return next
      },
      async completeUpdate(id) {
        completed.push(id)
      },
    }
    const { bot, reached, dropped, release } = createAdmittingBot({ ledger })
    release()
    const updates = [ask(1), ask(2), ask(3)]
    for (const update of updates) await bot.handleUpdate(update)
    expect(reached).toEqual([])
    expect(dropped).toEqual(['in progress', 'ledger unavailable', 'duplicate'])
    expect(updates.map(mustRetryLater)).toEqual([true, true, false])
    expect(completed).toEqual([])
  })
})
