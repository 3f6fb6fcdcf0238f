import type pg from 'pg'
import type { SendSlots } from '../../core/shared-state.js'
import { describeError } from './pools.js'
import { StoreError } from '../../core/store-error.js'

/**
 * Send slots in `bot_send_slots` (bot_reserve_send, migration 002): the next free time per key in
 * the database's clock, so processes on machines whose clocks differ still space their sends.
 */
export function createPostgresSendSlots(pool: pg.Pool): SendSlots {
  return {
    async reserve(key, gapMs) {
      try {
        const { rows } = await pool.query<{ wait: number }>('select bot_reserve_send($1, $2) as wait', [key, gapMs])
        return Math.max(0, rows[0]!.wait)
      } catch (cause) {
        throw new StoreError(`cannot reserve a send slot in the database: ${describeError(cause)}`, { cause })
      }
    },
  }
}
