import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPostgresBotState, type PostgresBotState } from '../../../../src/adapters/postgres/bot-state.js'
import { migrate, readMigrations } from '../../../../src/adapters/postgres/migrate.js'
import { createPostgresRateLimitStore } from '../../../../src/adapters/postgres/rate-limit-store.js'
import { createPostgresSendSlots } from '../../../../src/adapters/postgres/send-slots.js'
import { createPostgresUpdateLedger } from '../../../../src/adapters/postgres/update-ledger.js'
import { createPostgresVoteStore } from '../../../../src/adapters/postgres/vote-store.js'
import { useFreshDatabase } from '../../../helpers/postgres-database.js'

// Two pools stand for two bot processes sharing one database.
const databaseUrl = useFreshDatabase()
let pools: pg.Pool[]
const states: PostgresBotState[] = []

beforeAll(async () => {
  pools = [new pg.Pool({ connectionString: databaseUrl(), max: 10 }), new pg.Pool({ connectionString: databaseUrl(), max: 10 })]
  await migrate(pools[0]!, await readMigrations())
})
afterAll(async () => {
  for (const state of states) state.close()
  await Promise.all(pools.map((pool) => pool.end()))
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the PostgreSQL rate limit store', () => {
  it('slides the window as the in-memory store does: a use frees up exactly windowMs after it was made', async () => {
    const store = createPostgresRateLimitStore(pools[0]!)
    const rule = { count: 2, windowMs: 1000 }
    await store.take('slide', rule, 0)
    await store.take('slide', rule, 600)
    expect(await store.take('slide', rule, 900)).toEqual({ allowed: false, retryAfterMs: 100, firstRefusal: true })
    expect(await store.take('slide', rule, 1000)).toEqual({ allowed: true, retryAfterMs: 0, firstRefusal: false })
    expect(await store.take('slide', rule, 1100)).toEqual({ allowed: false, retryAfterMs: 500, firstRefusal: false })
    // the window empties: the next refusal is a first one again
    await store.take('slide', rule, 5000)
    await store.take('slide', rule, 5001)
    expect((await store.take('slide', rule, 5002)).firstRefusal).toBe(true)
  })

  it('allows exactly `count` of many concurrent uses from two processes, and gives one first refusal', async () => {
    const stores = pools.map(createPostgresRateLimitStore)
    const rule = { count: 7, windowMs: 60_000 }
    const decisions = await Promise.all(Array.from({ length: 30 }, (_, i) => stores[i % 2]!.take('race', rule, 1_000 + i)))
    expect(decisions.filter((d) => d.allowed)).toHaveLength(7)
    expect(decisions.filter((d) => d.firstRefusal)).toHaveLength(1)
  })
})

describe('the PostgreSQL update ledger', () => {
  it('claims an update once across processes: in progress for everyone until done, then a duplicate for everyone', async () => {
    const [a, b] = pools.map((pool) => createPostgresUpdateLedger(pool, { leaseMs: 60_000 }))
    try {
      expect(await a!.claimUpdate(1)).toBe('claimed')
      expect(await a!.claimUpdate(1)).toBe('in progress')
      expect(await b!.claimUpdate(1)).toBe('in progress')
      await a!.completeUpdate(1)
      expect(await b!.claimUpdate(1)).toBe('duplicate')
      expect(await a!.claimUpdate(1)).toBe('duplicate')
    } finally {
      a!.close()
      b!.close()
    }
  })

  it('lets exactly one of many concurrent claims of one update win', async () => {
    const ledgers = Array.from({ length: 6 }, (_, i) => createPostgresUpdateLedger(pools[i % 2]!, { leaseMs: 60_000 }))
    try {
      const claims = await Promise.all(ledgers.map((ledger) => ledger.claimUpdate(2)))
      expect(claims.filter((c) => c === 'claimed')).toHaveLength(1)
      expect(claims.filter((c) => c === 'in progress')).toHaveLength(5)
    } finally {
      for (const ledger of ledgers) ledger.close()
    }
  })

  it('hands an update over once the claim of a process that stopped renewing it lapses', async () => {
    const dead = createPostgresUpdateLedger(pools[0]!, { leaseMs: 300 })
    const alive = createPostgresUpdateLedger(pools[1]!, { leaseMs: 300 })
    try {
      expect(await dead.claimUpdate(3)).toBe('claimed')
      dead.close() // as a process that died: no renewal, no completion
      expect(await alive.claimUpdate(3)).toBe('in progress')
      await sleep(400)
      expect(await alive.claimUpdate(3)).toBe('claimed')
      await alive.completeUpdate(3)
      expect(await dead.claimUpdate(3)).toBe('duplicate')
    } finally {
      alive.close()
    }
  })

  it('keeps a claim alive past its lease while the process renews it', async () => {
    const slow = createPostgresUpdateLedger(pools[0]!, { leaseMs: 300 })
    const other = createPostgresUpdateLedger(pools[1]!, { leaseMs: 300 })
    try {
      expect(await slow.claimUpdate(4)).toBe('claimed')
      await sleep(700)
      expect(await other.claimUpdate(4)).toBe('in progress')
    } finally {
      slow.close()
      other.close()
    }
  })
})

describe('the PostgreSQL vote store', () => {
  it('keeps one vote per user and passage, replaced by the other thumb and withdrawn by the same, across processes', async () => {
    const [a, b] = pools.map(createPostgresVoteStore)
    expect(await a!.tap({ passageId: 'p1', userId: 42, vote: 1 })).toBe(1)
    expect(await b!.tap({ passageId: 'p1', userId: 42, vote: -1 })).toBe(-1)
    expect(await a!.tap({ passageId: 'p2', userId: 42, vote: 1 })).toBe(1)
    expect(await b!.tap({ passageId: 'p1', userId: 43, vote: 1 })).toBe(1)
    expect(await a!.counts()).toEqual({ up: 2, down: 1 })
    expect(await b!.tap({ passageId: 'p2', userId: 42, vote: 1 })).toBe(0)
    expect(await a!.counts()).toEqual({ up: 1, down: 1 })
  })

  it('applies concurrent taps one after the other: an even number of the same thumb leaves no vote', async () => {
    const stores = pools.map(createPostgresVoteStore)
    const standing = await Promise.all(Array.from({ length: 6 }, (_, i) => stores[i % 2]!.tap({ passageId: 'race', userId: 7, vote: 1 })))
    expect(standing.filter((v) => v === 1)).toHaveLength(3)
    expect(standing.filter((v) => v === 0)).toHaveLength(3)
    const { rows } = await pools[0]!.query("select count(*)::int as n from bot_votes where passage = 'race'")
    expect(rows[0].n).toBe(0)
  })

  it('stores users only as a salted 16-hex hash, the same in every process', async () => {
    const { rows } = await pools[0]!.query<{ user_hash: string }>("select distinct user_hash from bot_votes where passage in ('p1', 'p2')")
    expect(rows).toHaveLength(2)
    for (const { user_hash } of rows) expect(user_hash).toMatch(/^[0-9a-f]{16}$/)
    expect(rows.map((r) => r.user_hash)).not.toContain('42')
    const { rows: salts } = await pools[0]!.query('select salt from bot_vote_salt')
    expect(salts).toHaveLength(1)
  })
})

describe('createPostgresBotState', () => {
  it('counts questions per day from every process', async () => {
    const [a, b] = pools.map((pool) => createPostgresBotState(pool))
    states.push(a!, b!)
    await Promise.all([a!.stats.recordQuestion('2026-01-02', false), b!.stats.recordQuestion('2026-01-02', true), a!.stats.recordQuestion('2026-01-02', false)])
    expect(await b!.stats.countDay('2026-01-02')).toEqual({ questions: 3, abstained: 1 })
    expect(await a!.stats.countDay('2026-01-03')).toEqual({ questions: 0, abstained: 0 })
  })

  it('prunes handled updates past their keeping time and emptied rate windows, and nothing else', async () => {
    const state = createPostgresBotState(pools[0]!, { keepUpdatesMs: 200 })
    states.push(state)
    await state.updates.claimUpdate(100)
    await state.updates.completeUpdate(100)
    await state.updates.claimUpdate(101)
    await state.limits.take('old', { count: 1, windowMs: 10 }, Date.now() - 1000)
    await state.limits.take('fresh', { count: 1, windowMs: 60_000 }, Date.now())
    await sleep(300)
    await state.prune()
    const ids = (await pools[0]!.query<{ update_id: string }>('select update_id from bot_updates where update_id >= 100')).rows.map((r) => Number(r.update_id))
    expect(ids).toEqual([101]) // still claimed and renewed
    const keys = (await pools[0]!.query<{ key: string }>("select key from bot_rate_limits where key in ('old', 'fresh')")).rows.map((r) => r.key)
    expect(keys).toEqual(['fresh'])
  })
})

describe('the PostgreSQL send slots', () => {
  it('spaces reservations of one key by the gap, whichever process makes them, and leaves other keys free', async () => {
    const [a, b] = pools.map(createPostgresSendSlots)
    const waits = await Promise.all([a!.reserve('chat:1', 100), b!.reserve('chat:1', 100), a!.reserve('chat:1', 100), b!.reserve('chat:1', 100)])
    waits.sort((x, y) => x - y)
    expect(waits[0]).toBeLessThan(20)
    for (let i = 1; i < waits.length; i++) expect(waits[i]! - waits[i - 1]!).toBeGreaterThan(80)
    expect(await a!.reserve('chat:2', 100)).toBeLessThan(20)
  })
})
