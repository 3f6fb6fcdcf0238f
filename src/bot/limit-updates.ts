import type { Middleware } from 'grammy'
import { isForBot } from './addressing.js'
import { replyTo } from './answer-handler.js'
import type { BotContext } from './context.js'
import type { UserLimits } from './rate-limit.js'

/**
 * Takes one use of the sender's budget for every update the bot would answer, valid or not. Over
 * the budget: a button gets a short toast (it must be answered anyway), an inline query gets no
 * results, and a message gets one "too fast" notice per window, then silence. Group chatter not
 * for the bot is dropped here, free. Runs before updates queue per chat, so whatever is dropped
 * goes at once instead of waiting behind that chat's replies.
 */
export function limitUpdates(limits: UserLimits, commands: ReadonlySet<string>): Middleware<BotContext> {
  return async (ctx, next) => {
    const userId = ctx.from?.id
    if (userId === undefined) return next()
    if (ctx.inlineQuery !== undefined) {
      const outcome = await limits.takeInline(userId)
      if (outcome.allowed) return next()
      ctx.dropped = 'rate limit'
      // only this user is limited: a personal empty answer, cached no longer than the limit lasts
      return void (await ctx.answerInlineQuery([], { is_personal: true, cache_time: outcome.retryAfterS, next_offset: '' }))
    }
    if (!isForBot(ctx, commands)) {
      ctx.dropped = 'not for the bot'
      return
    }
    const outcome = await limits.takeUpdate(userId)
    if (outcome.allowed) return next()
    ctx.dropped = 'rate limit'
    const text = ctx.messages.rateLimited(outcome.retryAfterS)
    if (ctx.callbackQuery !== undefined) return void (await ctx.answerCallbackQuery({ text }))
    // one notice per window, shared with invalid-input notices: a flood never gets more than one
    if (outcome.notify && ctx.chat !== undefined && (await limits.claimNotice(userId))) await ctx.reply(text, replyTo(ctx.msg?.message_id))
  }
}

/**
 * Drops a chat's updates while `max` of them are already in progress, so one flooded group cannot
 * fill the runner (500 updates) and stall every other chat: a group gets at most 20 messages a
 * minute, so an update behind 20 others would be answered more than a minute late anyway.
 */
export function limitBacklog(max: number): Middleware<BotContext> {
  const inProgress = new Map<number, number>()
  return async (ctx, next) => {
    const chatId = ctx.chat?.id
    if (chatId === undefined) return next()
    const count = inProgress.get(chatId) ?? 0
    if (count >= max) {
      ctx.dropped = 'chat backlog'
      if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery({ text: ctx.messages.busy })
      return
    }
    inProgress.set(chatId, count + 1)
    try {
      await next()
    } finally {
      const left = inProgress.get(chatId)! - 1
      if (left === 0) inProgress.delete(chatId)
      else inProgress.set(chatId, left)
    }
  }
}
