import type { Vote } from '../core/vote.js'

// What the bot remembers between updates, behind small async interfaces: in memory (and votes in a
// file) by default; a shared store such as PostgreSQL implements the same four, so several bot
// processes can serve one bot without touching the handlers.

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

/** Which update ids were already handled: Telegram posts a webhook update again when unsure it arrived. */
export interface UpdateLedger {
  /** True the first time `updateId` is claimed (within the store's memory); false for a duplicate. */
  claimUpdate(updateId: number): Promise<boolean>
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

/** Everything stateful the bot uses; see {@link createMemoryState} in memory-state.ts for the defaults. */
export interface BotState {
  updates: UpdateLedger
  limits: RateLimitStore
  votes: VoteStore
  stats: StatsStore
}
