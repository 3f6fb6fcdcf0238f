import type { Middleware } from 'grammy'
import type { Update } from 'grammy/types'
import { isForBot } from './addressing.js'
import { replyTo } from './answer-handler.js'
import type { BotContext } from './context.js'
import type { Logger } from './logger.js'
import type { UserLimits } from './rate-limit.js'
import type { UpdateLedger } from './state.js'
import { findProblem } from './triage.js'

/** What decides whether an update goes on to the handlers. */
export interface AdmissionOptions {
  ledger: UpdateLedger
  limits: UserLimits
  /** The bot's command names, lower case: in groups, other commands are other bots'. */
  commands: ReadonlySet<string>
  /** Updates of one chat admitted and not yet finished, at most. */
  maxBacklog: number
  /** Where an unreachable update ledger is reported; default nowhere. */
  log?: Logger
}

// Updates that must not be acknowledged: the webhook answers them non-2xx, so Telegram delivers them again.
const retryLater = new WeakSet<Update>()

/**
 * True when the bot dropped `update` without handling it and Telegram should deliver it again:
 * a copy is still in progress (here or in another process, which may die before answering), or
 * the ledger was unreachable.
 */
export function mustRetryLater(update: Update): boolean {
  return retryLater.has(update)
}

/**
 * Admits an update to its chat's queue, or drops it at once: an update id claimed before (one still
 * in progress is also marked for redelivery, see mustRetryLater); group chatter
 * not for the bot; an update over the sender's budget (a button still gets a toast, an inline query
 * an empty personal answer, a message one "too fast" notice per window); invalid input once the
 * window's one notice is claimed; anything while the chat already has `maxBacklog` updates waiting
 * (a group gets 20 messages a minute: more would be answered over a minute late, and one crowded
 * chat must not fill the runner's 500 slots). Every update the bot answers costs one use of the
 * budget, valid or not. One chat's updates are admitted one at a time in arrival order, so the
 * store's round trips cannot reorder them. A claimed update is marked done once handled or dropped.
 */
export function admitUpdates(options: AdmissionOptions): Middleware<BotContext> {
  const turns = createTurns()
  const backlog = new Map<number, number>()
  return async (ctx, next) => {
    const release = await turns.take(String(ctx.chat?.id ?? `user ${ctx.from?.id}`))
    if (!(await claim(ctx, options))) return release()
    try {
      await admitAndRun(ctx, next, release, options, backlog)
    } finally {
      // handled, dropped or failed (bot.catch apologises): either way it must not be handled again;
      // a completion lost with the database leaves the claim to lapse (a copy would then be answered twice)
      await options.ledger.completeUpdate(ctx.update.update_id).catch((error: unknown) => options.log?.warn({ msg: 'cannot mark update handled', update_id: ctx.update.update_id, error }))
    }
  }
}

async function admitAndRun(ctx: BotContext, next: () => Promise<void>, release: () => void, options: AdmissionOptions, backlog: Map<number, number>): Promise<void> {
  let admitted = false
  try {
    admitted = (await admit(ctx, options)) && enter(ctx, backlog, options.maxBacklog)
  } finally {
    if (!admitted) release()
  }
  if (!admitted) return
  // next() queues this update in its chat synchronously, before the next one is admitted
  const rest = next()
  release()
  try {
    await rest
  } finally {
    if (ctx.chat !== undefined) leave(backlog, ctx.chat.id)
  }
}

// Telegram posts a webhook update again when it is unsure the first one arrived, and a load
// balancer may hand the copy to another process
async function claim(ctx: BotContext, { ledger, log }: AdmissionOptions): Promise<boolean> {
  let outcome
  try {
    outcome = await ledger.claimUpdate(ctx.update.update_id)
  } catch (error) {
    // no way to tell a duplicate: leave the update to Telegram's next delivery rather than answer twice
    log?.warn({ msg: 'update ledger unavailable', update_id: ctx.update.update_id, error })
    retryLater.add(ctx.update)
    return drop(ctx, 'ledger unavailable')
  }
  if (outcome === 'claimed') return true
  if (outcome === 'duplicate') return drop(ctx, 'duplicate')
  // not acknowledged: the process handling it may die before answering
  retryLater.add(ctx.update)
  return drop(ctx, 'in progress')
}

async function admit(ctx: BotContext, { limits, commands }: AdmissionOptions): Promise<boolean> {
  const userId = ctx.from?.id
  if (userId === undefined) return true
  if (ctx.inlineQuery !== undefined) {
    const outcome = await limits.takeInline(userId)
    if (outcome.allowed) return true
    // only this user is limited: a personal empty answer, cached no longer than the limit lasts
    await ctx.answerInlineQuery([], { is_personal: true, cache_time: outcome.retryAfterS, next_offset: '' })
    return drop(ctx, 'rate limit')
  }
  if (!isForBot(ctx, commands)) return drop(ctx, 'not for the bot')
  const outcome = await limits.takeUpdate(userId)
  if (!outcome.allowed) {
    const text = ctx.messages.rateLimited(outcome.retryAfterS)
    if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery({ text })
    // one notice per window, shared with invalid-input notices: a flood never gets more than one
    else if (outcome.notify && (await limits.claimNotice(userId))) await ctx.reply(text, replyTo(ctx.msg?.message_id))
    return drop(ctx, 'rate limit')
  }
  if (findProblem(ctx, commands) === undefined) return true
  // invalid input queues only to deliver the window's one notice
  if (!(await limits.claimNotice(userId))) return drop(ctx, 'invalid input after notice')
  ctx.noticeClaimed = true
  return true
}

function drop(ctx: BotContext, reason: string): false {
  ctx.dropped = reason
  return false
}

// counts the chat's admitted updates; a button dropped here still needs its answer
function enter(ctx: BotContext, backlog: Map<number, number>, max: number): boolean {
  const chatId = ctx.chat?.id
  if (chatId === undefined) return true
  const count = backlog.get(chatId) ?? 0
  if (count >= max) {
    if (ctx.callbackQuery !== undefined) void ctx.answerCallbackQuery({ text: ctx.messages.busy }).catch(() => {})
    return drop(ctx, 'chat backlog')
  }
  backlog.set(chatId, count + 1)
  return true
}

function leave(backlog: Map<number, number>, chatId: number): void {
  const left = (backlog.get(chatId) ?? 1) - 1
  if (left <= 0) backlog.delete(chatId)
  else backlog.set(chatId, left)
}

// one turn per key at a time, in the order taken; a turn lasts until its release is called
function createTurns() {
  const tails = new Map<string, Promise<void>>()
  return {
    async take(key: string): Promise<() => void> {
      const previous = tails.get(key) ?? Promise.resolve()
      let release!: () => void
      const mine = new Promise<void>((resolve) => (release = resolve))
      const tail = previous.then(() => mine)
      tails.set(key, tail)
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key)
      })
      await previous
      return release
    },
  }
}
