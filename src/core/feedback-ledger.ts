import type { FeedbackSource, StoredVote } from './rerank/feedback-nudge.js'

/** A passage's standing votes, for admins: how many up and down. */
export interface DisputedPassage {
  passageId: string
  up: number
  down: number
}

/** Votes on passages with the questions they were shown for: read by ranking, listed and reset by admins. */
export interface FeedbackLedger extends FeedbackSource {
  /** Sets a voter's standing vote on a passage (their last question with it); 0 withdraws it. */
  record(passageId: string, vote: { question: string; voter: string; vote: 1 | -1 | 0 }): void
  /** Passages voted both up and down, most disputed first (the smaller side, then the total); at most `limit`. */
  disputed(limit?: number): DisputedPassage[]
  /** Forgets every vote on a passage; false when it had none. */
  reset(passageId: string): boolean
}

/**
 * Creates a ledger in memory: one standing vote per voter and passage. Kept only while the process
 * runs (votes themselves are also written by the bot's vote store), and bounded to `maxPassages`.
 */
export function createFeedbackLedger(maxPassages = 100_000): FeedbackLedger {
  const passages = new Map<string, Map<string, StoredVote>>()
  return {
    record(passageId, { question, voter, vote }) {
      let votes = passages.get(passageId)
      if (vote === 0) {
        votes?.delete(voter)
        if (votes?.size === 0) passages.delete(passageId)
        return
      }
      if (votes === undefined) {
        if (passages.size >= maxPassages) return
        passages.set(passageId, (votes = new Map()))
      }
      votes.set(voter, { question, voter, vote })
    },
    async votesOn(passageIds) {
      const found = new Map<string, StoredVote[]>()
      for (const id of passageIds) {
        const votes = passages.get(id)
        if (votes !== undefined) found.set(id, [...votes.values()])
      }
      return found
    },
    disputed(limit = 10) {
      const rows = [...passages].map(([passageId, votes]) => {
        const up = [...votes.values()].filter((v) => v.vote > 0).length
        return { passageId, up, down: votes.size - up }
      })
      return rows
        .filter((r) => r.up > 0 && r.down > 0)
        .sort((a, b) => Math.min(b.up, b.down) - Math.min(a.up, a.down) || b.up + b.down - (a.up + a.down) || a.passageId.localeCompare(b.passageId))
        .slice(0, limit)
    },
    reset: (passageId) => passages.delete(passageId),
  }
}
