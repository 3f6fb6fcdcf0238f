// Timed passes over the bench questions, shared by the embedded and the PostgreSQL measurements so
// their percentiles are taken the same way.

// A p99 needs enough answers: of 200, the 99th percentile is the second slowest, so one garbage
// collection after start-up decides it. Passes go on until `minSamples` answers or `maxSeconds` of
// answering, whichever comes first, and never fewer than `rounds`.
const minSamples = 2000
const maxSeconds = 10

/** JIT warm-up on every question once, then timed passes over all of them; one sample (ms) per answer. */
export async function timeAnswers(answer: (q: string) => unknown, questions: readonly string[], rounds: number): Promise<number[]> {
  for (const q of questions) await answer(q)
  const samples: number[] = []
  const started = performance.now()
  const more = (r: number) => r < rounds || (samples.length < minSamples && performance.now() - started < maxSeconds * 1000)
  for (let r = 0; more(r); r++) {
    for (const q of questions) {
      const t = performance.now()
      await answer(q)
      samples.push(performance.now() - t)
    }
  }
  return samples
}
