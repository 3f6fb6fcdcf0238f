import type { Vote } from './vote.js'

// What the bot remembers between updates, behind small async interfaces: in memory (and votes in a
// file) by default (bot/memory-state.ts); PostgreSQL implements the same (adapters/postgres/bot-state.ts),
// so several bot processes can serve one bot without touching the handlers. The types live in the
// core because both the bot and the adapters implement or use them.

/** A sliding-window rule: at most `count` uses in any `windowMs` milliseconds. */
export interface RateRule {
  count: number
  windowMs: number
}

/** The outcome of one use under a {@link RateRule}. */
export interface RateDecision {
  allowed: boolean
  /** Milliseconds until a use would be allowed again; 0 when this one was. */
  retryAfterMs: number
  /** True only on the first refusal since the key's window last emptied: notify once, then stay silent. */
  firstRefusal: boolean
}

/** Per-key sliding-window counters: per-user limits, and "one notice per window". */
export interface RateLimitStore {
  /**
   * Records one use by `key` at `now` (ms since the epoch) when `rule` allows it; a refused use is
   * not recorded, so a flood does not extend its own window.
   */
  take(key: string, rule: RateRule, now: number): Promise<RateDecision>
}

/**
 * What claiming an update found: `claimed` (handle it, then complete it), `duplicate` (handled
 * already: drop it), or `in progress` (a live claim, here or in another process, that may yet die
 * before answering: drop it without acknowledging it, so that Telegram delivers it again later).
 */
export type UpdateClaim = 'claimed' | 'duplicate' | 'in progress'

/** Which update ids were already handled: Telegram posts a webhook update again when unsure it arrived. */
export interface UpdateLedger {
  /** Claims `updateId` for this process (within the store's memory); see {@link UpdateClaim}. */
  claimUpdate(updateId: number): Promise<UpdateClaim>
  /** Marks a claimed update as handled, so its copies are dropped for good; a no-op for unknown ids. */
  completeUpdate(updateId: number): Promise<void>
}

/** Feedback on passages: one standing vote per user and passage. */
export interface VoteStore {
  /**
   * Applies a tap on 👍/👎 by `userId` (stored only as a salted hash or not at all) as
   * voteAfterTap (core/vote.ts) says: set, replaced or withdrawn. Returns the vote now standing, 0 for none.
   */
  tap(tap: { passageId: string; userId: number; vote: Vote }): Promise<Vote | 0>
  /** Standing votes, one per user and passage. */
  counts(): Promise<{ up: number; down: number }>
}

/** Question counters for /stats, per UTC day. */
export interface StatsStore {
  /** Counts one question asked on `day` (`YYYY-MM-DD`, UTC), and whether the bot declined to answer it. */
  recordQuestion(day: string, abstained: boolean): Promise<void>
  /** The counts of `day`; zeros when nothing was asked. */
  countDay(day: string): Promise<{ questions: number; abstained: number }>
}

/** Send times shared by every process sending as one bot, so together they stay under Telegram's limits. */
export interface SendSlots {
  /**
   * Reserves the next send for `key`, at least `gapMs` after the one reserved before it (by any
   * process); returns how many milliseconds to wait before sending, 0 for now.
   */
  reserve(key: string, gapMs: number): Promise<number>
}

/** Everything stateful the bot uses; `sendSlots` only when sends are paced across processes. */
export interface BotState {
  updates: UpdateLedger
  limits: RateLimitStore
  votes: VoteStore
  stats: StatsStore
  sendSlots?: SendSlots
}
