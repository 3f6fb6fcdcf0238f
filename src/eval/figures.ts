import type { Metrics } from './metrics.js'

/** The figures of every question set as checked in (`test/fixtures/eval-figures.json`). */
export type Figures = Record<string, Metrics>

/**
 * How far a figure may fall before it counts as a drop: 0.005, less than one question of the
 * largest set (201), so any question lost fails, while float noise does not.
 */
export const figureTolerance = 0.005

// Higher is better for these; answerable questions declined must not rise.
const higherIsBetter = ['hit1', 'hit3', 'mrr', 'sentence1', 'declined'] as const

/**
 * Every figure of `current` worse than in `recorded` beyond the tolerance, as readable lines
 * (`tuning2.jsonl hit1 0.982 → 0.976`); a set recorded but not measured, or measured with another
 * number of questions, is a line too. [] when nothing dropped.
 */
export function findDrops(recorded: Figures, current: Figures, tolerance = figureTolerance): string[] {
  const drops: string[] = []
  for (const [set, before] of Object.entries(recorded)) {
    const now = current[set]
    if (now === undefined) {
      drops.push(`${set} was not measured`)
      continue
    }
    if (now.answerable !== before.answerable || now.unanswerable !== before.unanswerable) {
      drops.push(`${set} has ${now.answerable}+${now.unanswerable} questions, not ${before.answerable}+${before.unanswerable}: record its figures again`)
      continue
    }
    for (const key of higherIsBetter) if (now[key] < before[key] - tolerance) drops.push(`${set} ${key} ${before[key].toFixed(3)} → ${now[key].toFixed(3)}`)
    if (now.falseAbstention > before.falseAbstention + tolerance) drops.push(`${set} falseAbstention ${before.falseAbstention.toFixed(3)} → ${now.falseAbstention.toFixed(3)}`)
  }
  return drops
}

/** Figures rounded to three decimals, as they are checked in. */
export function roundFigures(figures: Figures): Figures {
  const round = (x: number) => Math.round(x * 1000) / 1000
  return Object.fromEntries(
    Object.entries(figures).map(([set, m]) => [set, { ...m, hit1: round(m.hit1), hit3: round(m.hit3), mrr: round(m.mrr), sentence1: round(m.sentence1), declined: round(m.declined), falseAbstention: round(m.falseAbstention) }]),
  )
}
