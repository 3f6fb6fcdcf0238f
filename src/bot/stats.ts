import type { StatsStore } from './state.js'

/** What /stats shows about questions: today's counts (UTC) and this process's uptime. */
export interface StatsSnapshot {
  questionsToday: number
  abstainedToday: number
  abstentionRate: number
  uptimeMinutes: number
}

/** Counters for /stats, written to a {@link StatsStore} (shared when the store is). */
export interface Stats {
  recordQuestion(abstained: boolean): Promise<void>
  snapshot(): Promise<StatsSnapshot>
}

/**
 * Creates the counters over `store`; "today" turns at UTC midnight; `now` is injectable for tests.
 * Counting never fails: a store that cannot count (a database away) goes to `onError`, and the
 * answer it counts is still sent.
 */
export function createStats(store: StatsStore, now: () => Date = () => new Date(), onError: (error: unknown) => void = () => {}): Stats {
  const started = now().getTime()
  const today = () => now().toISOString().slice(0, 10)
  return {
    recordQuestion: (abstained) => store.recordQuestion(today(), abstained).catch((error: unknown) => void onError(error)),
    async snapshot() {
      const { questions, abstained } = await store.countDay(today())
      return {
        questionsToday: questions,
        abstainedToday: abstained,
        abstentionRate: questions === 0 ? 0 : abstained / questions,
        uptimeMinutes: Math.floor((now().getTime() - started) / 60_000),
      }
    },
  }
}
