import type pg from 'pg'
import type { RateLimitStore } from '../../core/shared-state.js'
import { describeError } from './pools.js'
import { StoreError } from '../../core/store-error.js'

/**
 * Per-key sliding windows in `bot_rate_limits`, one database function call per use
 * (bot_take_rate, migration 002): the row lock makes a use atomic across every process, so a user
 * writing to two replicas at once still gets `count` answers per window in all.
 */
export function createPostgresRateLimitStore(pool: pg.Pool): RateLimitStore {
  return {
    async take(key, { count, windowMs }, now) {
      try {
        const { rows } = await pool.query<{ allowed: boolean; retry_after_ms: string; first_refusal: boolean }>(
          'select allowed, retry_after_ms, first_refusal from bot_take_rate($1, $2, $3, $4)',
          [key, count, Math.round(windowMs), Math.round(now)],
        )
        const row = rows[0]!
        return { allowed: row.allowed, retryAfterMs: Number(row.retry_after_ms), firstRefusal: row.first_refusal }
      } catch (cause) {
        throw new StoreError(`cannot check the rate limit in the database: ${describeError(cause)}`, { cause })
      }
    },
  }
}
