import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import type { UpdateClaim } from '../../core/shared-state.js'
import { describeError } from './pools.js'
import { StoreError } from '../../core/store-error.js'

/** How long claims last and how often they are renewed. */
export interface UpdateLedgerOptions {
  /**
   * How long a claim holds without renewal; default 10 000 ms. A process that dies mid-update
   * blocks its update this long, after which Telegram's next delivery is claimed by another.
   */
  leaseMs: number
  /** This process's name in claims; default a random UUID. */
  owner: string
}

/** The defaults stated on {@link UpdateLedgerOptions}, apart from the random owner. */
export const defaultUpdateLedgerOptions = { leaseMs: 10_000 }

/** The update ledger (core/shared-state.ts) in PostgreSQL, with `close` to stop renewing claims. */
export interface PostgresUpdateLedger {
  claimUpdate(updateId: number): Promise<UpdateClaim>
  completeUpdate(updateId: number): Promise<void>
  /** Stops the renewal timer; claims still open lapse after their lease. */
  close(): void
}

/**
 * Claims updates in `bot_updates`: one statement inserts a claim, or takes over one whose lease
 * lapsed undone; the claims this process holds are renewed together every third of the lease, so
 * a long answer (429 waits) keeps its claim however long it takes, and a dead process loses it.
 */
export function createPostgresUpdateLedger(pool: pg.Pool, options: Partial<UpdateLedgerOptions> = {}): PostgresUpdateLedger {
  const { leaseMs, owner } = { ...defaultUpdateLedgerOptions, owner: randomUUID(), ...options }
  const held = new Set<number>()
  const renew = setInterval(() => {
    if (held.size === 0) return
    // a failed renewal is retried on the next tick; the lease outlasts two of them
    pool
      .query(`update bot_updates set lease_until = now() + $3 * interval '1 millisecond' where update_id = any($1) and owner = $2 and done_at is null`, [[...held], owner, leaseMs])
      .catch(() => {})
  }, leaseMs / 3)
  renew.unref()
  return {
    async claimUpdate(updateId) {
      try {
        const claim = await pool.query(
          `insert into bot_updates (update_id, owner, lease_until) values ($1, $2, now() + $3 * interval '1 millisecond')
           on conflict (update_id) do update set owner = excluded.owner, lease_until = excluded.lease_until
             where bot_updates.done_at is null and bot_updates.lease_until < now()
           returning update_id`,
          [updateId, owner, leaseMs],
        )
        if (claim.rowCount === 1) {
          held.add(updateId)
          return 'claimed'
        }
        // a second statement, since the first one's snapshot may predate a concurrent claim it waited for
        const { rows } = await pool.query<{ done: boolean }>('select done_at is not null as done from bot_updates where update_id = $1', [updateId])
        return rows[0]?.done === true ? 'duplicate' : 'in progress'
      } catch (cause) {
        throw new StoreError(`cannot claim update ${updateId} in the database: ${describeError(cause)}`, { cause })
      }
    },
    async completeUpdate(updateId) {
      if (!held.delete(updateId)) return
      try {
        await pool.query('update bot_updates set done_at = now() where update_id = $1 and owner = $2', [updateId, owner])
      } catch (cause) {
        throw new StoreError(`cannot mark update ${updateId} handled in the database: ${describeError(cause)}`, { cause })
      }
    },
    close: () => clearInterval(renew),
  }
}
