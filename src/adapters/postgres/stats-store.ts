import type pg from 'pg'
import type { StatsStore } from '../../core/shared-state.js'
import { describeError } from './pools.js'
import { StoreError } from '../../core/store-error.js'

/** /stats counters in `bot_question_days`: one upsert per question, so every replica counts into the same day. */
export function createPostgresStatsStore(pool: pg.Pool): StatsStore {
  return {
    async recordQuestion(day, abstained) {
      try {
        await pool.query(
          `insert into bot_question_days (day, questions, abstained) values ($1, 1, $2)
           on conflict (day) do update set questions = bot_question_days.questions + 1, abstained = bot_question_days.abstained + excluded.abstained`,
          [day, abstained ? 1 : 0],
        )
      } catch (cause) {
        throw new StoreError(`cannot count the question in the database: ${describeError(cause)}`, { cause })
      }
    },
    async countDay(day) {
      try {
        const { rows } = await pool.query<{ questions: number; abstained: number }>('select questions, abstained from bot_question_days where day = $1', [day])
        return rows[0] ?? { questions: 0, abstained: 0 }
      } catch (cause) {
        throw new StoreError(`cannot read the question counts from the database: ${describeError(cause)}`, { cause })
      }
    },
  }
}
