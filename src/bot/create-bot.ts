import { autoRetry } from '@grammyjs/auto-retry'
import { sequentialize } from '@grammyjs/runner'
import { Bot, GrammyError, HttpError, type Context, type NextFunction } from 'grammy'
import type { UserFromGetMe } from 'grammy/types'
import { createFollowUpMemory } from '../core/follow-up-memory.js'
import type { Library } from '../core/library.js'
import { StoreError } from '../core/store-error.js'
import { messagesFor } from '../messages.js'
import { lowerCaseCommand } from './addressing.js'
import { admitUpdates } from './admit-updates.js'
import { createCallbacks } from './callbacks.js'
import { commandNames, createCommands } from './commands.js'
import type { BotContext, BotServices } from './context.js'
import { createConversation } from './groups.js'
import { createInline } from './inline.js'
import type { Logger } from './logger.js'
import { createMemoryState } from './memory-state.js'
import { createPacer, createSharedPacer, type PacingOptions } from './pacing.js'
import { createUserLimits } from './rate-limit.js'
import { retryNetworkErrors } from './retry-network.js'
import type { BotState, RateRule } from './state.js'
import { createStats } from './stats.js'

/** What createBot needs: the token, the library getter and the services around it. */
export interface CreateBotOptions {
  token: string
  /** A self-hosted or fake Bot API server, without trailing slash; default Telegram's. */
  apiRoot?: string
  /** Skips getMe at start-up (tests). */
  botInfo?: UserFromGetMe
  library: () => Library
  log: Logger
  /**
   * Votes, /stats counters, rate limits and handled update ids; each piece not given is kept in
   * memory. With `sendSlots`, sends are paced across processes through them.
   */
  state?: Partial<BotState>
  /** Who may use the bot (user or chat ids; empty = everyone) and who is an admin. */
  access: { allowedIds: readonly number[]; adminIds: readonly number[] }
  /** Updates per user per window, valid or not; inline queries get three times as many. */
  rateLimit: RateRule
  reload?: () => Promise<{ passages: number; ms: number }>
  /** API retries: 429 and 5xx up to 5 times, waiting at most 60 s each; network errors 5 times. */
  retry?: Partial<typeof defaultRetry>
  /** Outgoing pacing under Telegram's limits (see pacing.ts); `false` sends unpaced (benchmarks only). */
  pacing?: Partial<PacingOptions> | false
  /** Votes with their questions, for ranking (when `nudging`) and for /disputed and /resetvotes; default none. */
  feedback?: BotServices['feedback']
  /** Updates of one chat in progress at most; more are dropped. Default 20 (a group's minute of replies). */
  maxBacklogPerChat?: number
}

const defaultRetry = { maxRetryAttempts: 5, maxDelaySeconds: 60, networkAttempts: 5 }

/** Creates the wenda bot with every handler installed; it is not started (see serve.ts). */
export function createBot(options: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(options.token, { botInfo: options.botInfo, client: { apiRoot: options.apiRoot } })
  const retry = { ...defaultRetry, ...options.retry }
  bot.api.config.use(autoRetry({ maxRetryAttempts: retry.maxRetryAttempts, maxDelaySeconds: retry.maxDelaySeconds, rethrowHttpErrors: true }))
  bot.api.config.use(retryNetworkErrors({ attempts: retry.networkAttempts }))
  const state: BotState = { ...createMemoryState(), ...options.state }
  if (options.pacing !== false) {
    // installed last, so outermost: a retry keeps its place in the chat's queue and parts stay in
    // order; shared send slots when the state has them (several replicas), else this process's queues
    const onError = (error: unknown) => options.log.warn({ msg: 'send slots unavailable, pacing locally', error })
    bot.api.config.use(state.sendSlots ? createSharedPacer(state.sendSlots, options.pacing, onError) : createPacer(options.pacing))
  }
  const services: BotServices = {
    library: options.library,
    votes: state.votes,
    log: options.log,
    stats: createStats(state.stats, undefined, (error) => options.log.warn({ msg: 'cannot count the question', error })),
    limits: createUserLimits(state.limits, options.rateLimit),
    adminIds: options.access.adminIds,
    feedback: options.feedback,
    // in this process's memory even with a shared store: a follow-up comes within minutes, and a
    // question lost to another process only means the follow-up is read on its own
    followUps: createFollowUpMemory(),
    reload: options.reload,
  }
  bot.use(trackCallbackAnswer)
  bot.use(logUpdates(options.log))
  bot.use((ctx, next) => {
    ctx.messages = messagesFor(ctx.from?.language_code)
    if (ctx.message !== undefined) lowerCaseCommand(ctx.message)
    return next()
  })
  // before the per-chat queue, so whatever is dropped goes at once instead of waiting behind replies
  bot.use(admitUpdates({ ledger: state.updates, limits: services.limits, commands: commandNames, maxBacklog: options.maxBacklogPerChat ?? 20, log: options.log }))
  // one chat's updates are handled in order (runner otherwise runs them concurrently)
  bot.use(sequentialize((ctx: Context) => String(ctx.chat?.id ?? ctx.from?.id ?? '')))
  bot.use(guardAccess(options.access))
  bot.use(createCommands(services), createCallbacks(services), createInline(services), createConversation(services, commandNames))
  bot.catch(async ({ error, ctx }) => {
    const kind = error instanceof GrammyError ? 'telegram' : error instanceof HttpError ? 'network' : error instanceof StoreError ? 'database' : 'bug'
    options.log.error({ msg: 'update failed', update_id: ctx.update.update_id, kind, error })
    // best effort, and never for a blocked user or a lost connection: those would fail again
    if (kind === 'telegram' && (error as GrammyError).error_code === 403) return
    const messages = ctx.messages ?? messagesFor(ctx.from?.language_code)
    // a query already answered cannot be answered again (Telegram refuses): apologise in the chat
    if (ctx.callbackQuery && !ctx.callbackAnswered) await ctx.answerCallbackQuery({ text: messages.sorry }).catch(() => {})
    else if (ctx.chat) await ctx.reply(messages.sorry).catch(() => {})
  })
  return bot
}

/** The update's kind for logs: `message`, `command:start`, `callback:m`, `inline_query`, … (never its text). */
export function describeUpdate(ctx: Context): string {
  const text = ctx.message?.text
  if (text !== undefined) return /^\/[A-Za-z0-9_]{1,32}/.test(text) ? `command:${text.slice(1).split(/[@\s]/)[0]}` : 'message:text'
  if (ctx.callbackQuery) return `callback:${(ctx.callbackQuery.data ?? '').split(':')[0]}`
  return Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown'
}

// every answerCallbackQuery of this update goes through here, whoever calls it, even if it fails
function trackCallbackAnswer(ctx: BotContext, next: NextFunction) {
  if (ctx.callbackQuery !== undefined) {
    ctx.api.config.use((prev, method, payload, signal) => {
      if (method === 'answerCallbackQuery') ctx.callbackAnswered = true
      return prev(method, payload, signal)
    })
  }
  return next()
}

function logUpdates(log: Logger) {
  return async (ctx: BotContext, next: NextFunction) => {
    const started = performance.now()
    try {
      await next()
    } finally {
      const ms = Math.round(performance.now() - started)
      log.info({ msg: 'update', update_id: ctx.update.update_id, kind: describeUpdate(ctx), chat: ctx.chat?.type, ms, ...ctx.outcome, ...(ctx.dropped && { dropped: ctx.dropped }) })
    }
  }
}

function guardAccess(access: CreateBotOptions['access']) {
  const allowed = new Set([...access.allowedIds, ...access.adminIds])
  return async (ctx: BotContext, next: NextFunction) => {
    if (access.allowedIds.length === 0 || allowed.has(ctx.from?.id ?? NaN) || allowed.has(ctx.chat?.id ?? NaN)) return next()
    // tell people who write privately; stay silent in groups and for stray updates
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.messages.notAllowed })
    else if (ctx.inlineQuery) await ctx.answerInlineQuery([], { cache_time: 300, is_personal: true })
    else if (ctx.chat?.type === 'private' && ctx.message) await ctx.reply(ctx.messages.notAllowed)
  }
}
