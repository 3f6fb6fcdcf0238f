import type { RateLimitStore, RateRule } from './state.js'

/** The outcome of one use of a user's budget; `retryAfterS` is whole seconds, at least 1 when refused. */
export interface RateOutcome {
  allowed: boolean
  retryAfterS: number
  /** True on the first refusal of a window only: the one "too fast" notice. */
  notify: boolean
}

/** Per-user budgets on incoming updates, kept in a {@link RateLimitStore}. */
export interface UserLimits {
  /** One message, command or button press that the bot would answer. */
  takeUpdate(userId: number): Promise<RateOutcome>
  /** One inline query: its own budget, three times as large, since typing sends one per pause. */
  takeInline(userId: number): Promise<RateOutcome>
  /** True when the user may get a notice about invalid input now: one per window, silence after it. */
  claimNotice(userId: number): Promise<boolean>
}

/** Creates the per-user limits: `rule` per user (default 20 per 60 s, from the config); `now` for tests. */
export function createUserLimits(store: RateLimitStore, rule: RateRule, now: () => number = Date.now): UserLimits {
  const take = async (key: string, keyRule: RateRule): Promise<RateOutcome> => {
    const { allowed, retryAfterMs, firstRefusal } = await store.take(key, keyRule, now())
    return { allowed, retryAfterS: allowed ? 0 : Math.max(1, Math.ceil(retryAfterMs / 1000)), notify: firstRefusal }
  }
  return {
    takeUpdate: (userId) => take(`update:${userId}`, rule),
    takeInline: (userId) => take(`inline:${userId}`, { ...rule, count: rule.count * 3 }),
    claimNotice: async (userId) => (await take(`notice:${userId}`, { count: 1, windowMs: rule.windowMs })).allowed,
  }
}
