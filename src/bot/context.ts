import type { Context } from 'grammy'
import type { Library } from '../core/library.js'
import type { Messages } from '../messages.js'
import type { Logger } from './logger.js'
import type { RateLimiter } from './rate-limit.js'
import type { Stats } from './stats.js'

/** What the bot adds to grammY's context: the user's language and what the update produced. */
export interface BotFlavor {
  messages: Messages
  /** Set by handlers that answered a question, for the per-update log line. */
  outcome?: { results: number; abstained: boolean }
}

/** The context every handler receives. */
export type BotContext = Context & BotFlavor

/** Where votes go; the feedback store adapter satisfies it. */
export interface FeedbackSink {
  record(vote: { passageId: string; vote: 1 | -1; userId: number }): Promise<void>
  counts(): Promise<{ up: number; down: number }>
}

/** Everything handlers need besides the context, built once by createBot. */
export interface BotServices {
  /** The library to answer with now (a getter: the index may be swapped while running). */
  library: () => Library
  feedback: FeedbackSink
  log: Logger
  stats: Stats
  /** Questions, "more" and article requests per user. */
  limiter: RateLimiter
  /** Inline queries per user (typing sends many, so a larger budget). */
  inlineLimiter: RateLimiter
  adminIds: readonly number[]
  reload?: () => Promise<{ passages: number; ms: number }>
}
