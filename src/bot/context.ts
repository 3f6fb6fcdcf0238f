import type { Context } from 'grammy'
import type { FeedbackLedger } from '../core/feedback-ledger.js'
import type { FollowUpMemory } from '../core/follow-up-memory.js'
import type { Library } from '../core/library.js'
import type { Messages } from '../messages.js'
import type { Logger } from './logger.js'
import type { UserLimits } from './rate-limit.js'
import type { VoteStore } from './state.js'
import type { Stats } from './stats.js'

/** What the bot adds to grammY's context: the user's language and what the update produced. */
export interface BotFlavor {
  messages: Messages
  /** Set by handlers that answered a question, for the per-update log line. */
  outcome?: { results: number; abstained: boolean }
  /** Why the update got no answer of its own (duplicate, rate limit, backlog), for the log line. */
  dropped?: string
  /** Set when this update's invalid-input notice was claimed before it queued; the handler sends it. */
  noticeClaimed?: boolean
  /** Set once answerCallbackQuery was called for this update: a query is answered exactly once. */
  callbackAnswered?: boolean
}

/** The context every handler receives. */
export type BotContext = Context & BotFlavor

/** Everything handlers need besides the context, built once by createBot. */
export interface BotServices {
  /** The library to answer with now (a getter: the index may be swapped while running). */
  library: () => Library
  votes: VoteStore
  log: Logger
  stats: Stats
  /** Per-user budgets: every update the bot answers counts, valid or not. */
  limits: UserLimits
  adminIds: readonly number[]
  /** Votes with the questions they were shown for (ranking reads them when `nudging`); admins list and reset them. */
  feedback?: { ledger: FeedbackLedger; nudging: boolean }
  /** Each chat's last question, for follow-ups (他, 这个所, 那X呢); in memory, a few minutes. */
  followUps: FollowUpMemory
  reload?: () => Promise<{ passages: number; ms: number }>
}
