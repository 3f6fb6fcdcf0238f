/** Counters for /stats: questions and abstentions today (UTC), since start-up. */
export interface Stats {
  recordQuestion(abstained: boolean): void
  snapshot(): { questionsToday: number; abstainedToday: number; abstentionRate: number; uptimeMinutes: number }
}

/** Creates in-memory counters that reset at UTC midnight; `now` is injectable for tests. */
export function createStats(now: () => Date = () => new Date()): Stats {
  const started = now().getTime()
  let day = ''
  let questions = 0
  let abstained = 0
  const roll = () => {
    const today = now().toISOString().slice(0, 10)
    if (today !== day) {
      day = today
      questions = 0
      abstained = 0
    }
  }
  return {
    recordQuestion(didAbstain) {
      roll()
      questions++
      if (didAbstain) abstained++
    },
    snapshot() {
      roll()
      return {
        questionsToday: questions,
        abstainedToday: abstained,
        abstentionRate: questions === 0 ? 0 : abstained / questions,
        uptimeMinutes: Math.floor((now().getTime() - started) / 60_000),
      }
    },
  }
}
