import { voteAfterTap, type Vote } from '../core/vote.js'
import type { BotState, RateLimitStore, StatsStore, UpdateLedger, VoteStore } from './state.js'

/** Bounds on what the in-memory state keeps, so memory stays flat however many users write. */
export interface MemoryStateOptions {
  /** Rate-limit keys kept; the least recently used are forgotten first. Default 10 000. */
  maxKeys: number
  /** Update ids remembered for duplicate detection, newest kept. Default 10 000 (hours of traffic). */
  maxUpdateIds: number
  /** Days of /stats counters kept. Default 7. */
  maxDays: number
}

/** The defaults stated on {@link MemoryStateOptions}. */
export const defaultMemoryStateOptions: MemoryStateOptions = { maxKeys: 10_000, maxUpdateIds: 10_000, maxDays: 7 }

/** All four stores in this process's memory: right for one bot process; votes are lost on restart. */
export function createMemoryState(options: Partial<MemoryStateOptions> = {}): BotState {
  const { maxKeys, maxUpdateIds, maxDays } = { ...defaultMemoryStateOptions, ...options }
  return {
    updates: createMemoryUpdateLedger(maxUpdateIds),
    limits: createMemoryRateLimitStore(maxKeys),
    votes: createMemoryVoteStore(),
    stats: createMemoryStatsStore(maxDays),
  }
}

/** Sliding-window logs per key, in a Map kept in least-recently-used order. */
export function createMemoryRateLimitStore(maxKeys = defaultMemoryStateOptions.maxKeys): RateLimitStore {
  const logs = new Map<string, { times: number[]; refused: boolean }>()
  return {
    async take(key, { count, windowMs }, now) {
      const log = logs.get(key) ?? { times: [], refused: false }
      logs.delete(key) // re-inserted below, so the Map's first key is the least recently used
      log.times = log.times.filter((time) => now - time < windowMs)
      if (log.times.length === 0) log.refused = false
      let decision
      if (log.times.length < count) {
        log.times.push(now)
        decision = { allowed: true, retryAfterMs: 0, firstRefusal: false }
      } else {
        decision = { allowed: false, retryAfterMs: log.times[0]! + windowMs - now, firstRefusal: !log.refused }
        log.refused = true
      }
      logs.set(key, log)
      if (logs.size > maxKeys) logs.delete(logs.keys().next().value!)
      return decision
    },
  }
}

/** Remembers the newest `maxIds` update ids, each in progress until completed. */
export function createMemoryUpdateLedger(maxIds = defaultMemoryStateOptions.maxUpdateIds): UpdateLedger {
  const done = new Map<number, boolean>()
  return {
    async claimUpdate(updateId) {
      const handled = done.get(updateId)
      if (handled !== undefined) return handled ? 'duplicate' : 'in progress'
      done.set(updateId, false)
      if (done.size > maxIds) done.delete(done.keys().next().value!)
      return 'claimed'
    },
    async completeUpdate(updateId) {
      if (done.has(updateId)) done.set(updateId, true)
    },
  }
}

/** Standing votes by user and passage, in memory (tests, or a deployment that keeps no feedback). */
export function createMemoryVoteStore(): VoteStore {
  const votes = new Map<string, Vote>()
  return {
    async tap({ passageId, userId, vote }) {
      // JSON keeps the pair unambiguous whatever characters a passage id holds
      const key = JSON.stringify([userId, passageId])
      const standing = voteAfterTap(votes.get(key) ?? 0, vote)
      if (standing === 0) votes.delete(key)
      else votes.set(key, standing)
      return standing
    },
    async counts() {
      const all = [...votes.values()]
      return { up: all.filter((v) => v === 1).length, down: all.filter((v) => v === -1).length }
    },
  }
}

/** Question counters for the last `maxDays` days that had questions. */
export function createMemoryStatsStore(maxDays = defaultMemoryStateOptions.maxDays): StatsStore {
  const days = new Map<string, { questions: number; abstained: number }>()
  return {
    async recordQuestion(day, abstained) {
      const counts = days.get(day) ?? { questions: 0, abstained: 0 }
      counts.questions++
      if (abstained) counts.abstained++
      days.set(day, counts)
      while (days.size > maxDays) days.delete([...days.keys()].sort()[0]!)
    },
    async countDay(day) {
      return { ...(days.get(day) ?? { questions: 0, abstained: 0 }) }
    },
  }
}
