import type pg from 'pg'
import type { BotState } from '../../core/shared-state.js'
import { migrate, readMigrations } from './migrate.js'
import { createPostgresPools, describeError } from './pools.js'
import { createPostgresRateLimitStore } from './rate-limit-store.js'
import { createPostgresSendSlots } from './send-slots.js'
import { createPostgresStatsStore } from './stats-store.js'
import { createPostgresUpdateLedger, defaultUpdateLedgerOptions } from './update-ledger.js'
import { createPostgresVoteStore } from './vote-store.js'
import { StoreError } from '../../core/store-error.js'

/** How the shared state behaves. */
export interface PostgresBotStateOptions {
  /** How long an update claim holds without renewal; default 10 000 ms (see update-ledger.ts). */
  leaseMs: number
  /** How often old rows are deleted; default every 10 minutes. */
  pruneEveryMs: number
  /** How long handled update ids are kept; default 2 days (Telegram keeps an update at most 24 h). */
  keepUpdatesMs: number
  /** Where a failed pruning is reported; default nowhere. */
  log: (message: string) => void
}

/** The defaults stated on {@link PostgresBotStateOptions}. */
export const defaultPostgresBotStateOptions: PostgresBotStateOptions = {
  leaseMs: defaultUpdateLedgerOptions.leaseMs,
  pruneEveryMs: 10 * 60_000,
  keepUpdatesMs: 2 * 24 * 3600_000,
  log: () => {},
}

/** The bot's state shared through PostgreSQL, and how to stop its timers. */
export interface PostgresBotState extends BotState {
  /** Deletes rows nobody needs any more: handled updates past `keepUpdatesMs`, emptied rate windows, stale send slots. */
  prune(): Promise<void>
  /** Stops renewing claims and pruning; the pool is the caller's to close. */
  close(): void
}

/**
 * Every piece of the bot's state in PostgreSQL (tables of migration 002), for any number of bot
 * processes sharing one database: update claims, rate limits, votes, /stats and send slots.
 * Each store fails with an error naming what it could not do when the database is unreachable,
 * and works again once it is back, without a restart.
 */
export function createPostgresBotState(pool: pg.Pool, options: Partial<PostgresBotStateOptions> = {}): PostgresBotState {
  const opts = { ...defaultPostgresBotStateOptions, ...options }
  const updates = createPostgresUpdateLedger(pool, { leaseMs: opts.leaseMs })
  const prune = async () => {
    try {
      // a claim whose process died and whose update never came again is kept as long as a handled one
      await pool.query("delete from bot_updates where coalesce(done_at, lease_until) < now() - $1 * interval '1 millisecond'", [opts.keepUpdatesMs])
      await pool.query('delete from bot_rate_limits where expires_ms < $1', [Date.now()])
      await pool.query("delete from bot_send_slots where next_at < now() - interval '1 hour'")
    } catch (cause) {
      throw new StoreError(`cannot prune the bot state in the database: ${describeError(cause)}`, { cause })
    }
  }
  const timer = setInterval(() => void prune().catch((error: unknown) => opts.log((error as Error).message)), opts.pruneEveryMs)
  timer.unref()
  return {
    updates,
    limits: createPostgresRateLimitStore(pool),
    votes: createPostgresVoteStore(pool),
    stats: createPostgresStatsStore(pool),
    sendSlots: createPostgresSendSlots(pool),
    prune,
    close() {
      clearInterval(timer)
      updates.close()
    },
  }
}

/**
 * Opens the shared state at `url` for a bot process: its own pool on the primary, the schema
 * migrated first (replicas starting together take turns). Throws a clear error, password never
 * included, when the database is unreachable; `close` stops the timers and ends the pool.
 */
export async function openPostgresBotState(url: string, log: (message: string) => void): Promise<{ state: PostgresBotState; close(): Promise<void> }> {
  const pools = createPostgresPools({ url }, { log })
  try {
    await migrate(pools.write, await readMigrations())
  } catch (error) {
    await pools.close()
    throw error
  }
  const state = createPostgresBotState(pools.write, { log })
  return {
    state,
    async close() {
      state.close()
      await pools.close()
    },
  }
}
