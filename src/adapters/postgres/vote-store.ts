import { randomBytes } from 'node:crypto'
import type pg from 'pg'
import type { VoteStore } from '../../core/shared-state.js'
import { voteAfterTap } from '../../core/vote.js'
import { describeError } from './pools.js'
import { StoreError } from '../../core/store-error.js'
import { hashVoter } from '../feedback-store.js'

/**
 * Votes in `bot_votes`, one row per standing vote. A tap reads and writes its (user, passage) in
 * a transaction under a lock of that pair, so two taps, on two replicas at once, apply one after
 * the other. Users are kept as the file store keeps them: a salted SHA-256, 16 hex; the salt is
 * made once per database.
 */
export function createPostgresVoteStore(pool: pg.Pool): VoteStore {
  let salt: Promise<string> | undefined
  const hashUser = async (userId: number) => {
    salt ??= loadSalt(pool).catch((error: unknown) => {
      salt = undefined // retried by the next tap
      throw error
    })
    return hashVoter(await salt, userId)
  }
  return {
    async tap({ passageId, userId, vote }) {
      let client: pg.PoolClient | undefined
      try {
        const user = await hashUser(userId)
        client = await pool.connect()
        await client.query('begin')
        // taps on one (user, passage) take turns on an advisory lock held to commit: a row lock
        // could not cover the case where no vote stands yet
        await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`vote ${user} ${passageId}`])
        const { rows } = await client.query<{ vote: number }>('select vote from bot_votes where user_hash = $1 and passage = $2', [user, passageId])
        const standing = voteAfterTap((rows[0]?.vote ?? 0) as 1 | -1 | 0, vote)
        if (standing === 0) await client.query('delete from bot_votes where user_hash = $1 and passage = $2', [user, passageId])
        else {
          await client.query(
            'insert into bot_votes (user_hash, passage, vote) values ($1, $2, $3) on conflict (user_hash, passage) do update set vote = excluded.vote, voted_at = now()',
            [user, passageId, standing],
          )
        }
        await client.query('commit')
        return standing
      } catch (cause) {
        await client?.query('rollback').catch(() => {})
        throw new StoreError(`cannot record the vote in the database: ${describeError(cause)}`, { cause })
      } finally {
        client?.release()
      }
    },
    async counts() {
      try {
        const { rows } = await pool.query<{ up: number; down: number }>('select count(*) filter (where vote = 1)::int as up, count(*) filter (where vote = -1)::int as down from bot_votes')
        return rows[0]!
      } catch (cause) {
        throw new StoreError(`cannot count votes in the database: ${describeError(cause)}`, { cause })
      }
    },
  }
}

// the first process to need it makes the salt; every later one (and every replica) reads the same
async function loadSalt(pool: pg.Pool): Promise<string> {
  await pool.query('insert into bot_vote_salt (salt) values ($1) on conflict do nothing', [randomBytes(16).toString('hex')])
  const { rows } = await pool.query<{ salt: string }>('select salt from bot_vote_salt')
  return rows[0]!.salt
}
