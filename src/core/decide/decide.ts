import type { RankWeights } from '../rerank/rank-weights.js'
import type { RankedPassage } from '../rerank/rerank.js'
import type { WeightedQuestion } from '../rerank/weigh-question.js'
import { measureConfidence, type ConfidenceContext, type ConfidenceOptions } from './confidence.js'

/** When to answer and when to decline; defaults were chosen on the six tuning sets. */
export interface DecideOptions {
  /**
   * Below this confidence (0–1) the answer is "no reliable answer". Default 0.4: the six tuning
   * sets then decline 20 of their 603 answerable questions (3.3%) and 176 of their 225
   * unanswerable ones; 0.35 would decline 17 and 170, 0.45 would decline 36 and 182.
   */
  minConfidence: number
  /**
   * How much surer a why-question's answer must be: its reason is told by connectives (因为, 为了,
   * 由于), less surely than a count, date or name by its form. Default 0.05 (0.45 with the default
   * threshold): on the tuning sets it declines 11 more near misses and turns 3 wrong answers into
   * declines for 9 right answers lost; on the check sets 4 and 1 for 3 (0.1: 15 and 5 for 22 on the
   * tuning sets, 4 and 0 for 11 on the check sets).
   */
  reasonMargin: number
  /**
   * Below the threshold but at least this confident, the passages are still offered as "may be
   * related". Default 0.25: on the six tuning sets it offers 12 of the 20 wrongly declined
   * answerable questions passages, and shows 54 of the 176 declined unanswerable ones any
   * (0.2: 14 and 94).
   */
  relatedFloor: number
}

/** The defaults stated on {@link DecideOptions}. */
export const defaultDecideOptions: DecideOptions = { minConfidence: 0.4, reasonMargin: 0.05, relatedFloor: 0.25 }

/** Answer, or decline (offering the passages that came close as "may be related" or nothing). */
export type Decision = { answered: true; confidence: number } | { answered: false; confidence: number; offerRelated: boolean }

/** Decides from the best ranked passage's confidence; nothing ranked is a decline with confidence 0. */
export function decide(
  q: WeightedQuestion,
  ranked: readonly RankedPassage[],
  context: ConfidenceContext,
  options: DecideOptions & ConfidenceOptions & { weights: RankWeights },
): Decision {
  const top = ranked[0]
  const confidence = top === undefined ? 0 : round(measureConfidence(q, top, context, options))
  const floor = q.question.type === 'why' ? options.minConfidence + options.reasonMargin : options.minConfidence
  if (top === undefined || confidence < floor) return { answered: false, confidence, offerRelated: confidence >= options.relatedFloor }
  return { answered: true, confidence }
}

/** Rounds a score or confidence to three decimals, as answers report them. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
