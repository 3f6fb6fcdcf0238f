import type { Answer } from '../core/types.js'
import type { EvalQuestion } from './question-set.js'

/** How one question fared. */
export interface QuestionOutcome {
  question: EvalQuestion
  /** 1-based rank of the first result whose snippet holds an answer; 0 when none (or unanswerable). */
  rank: number
  /** True when the first result's answering sentence holds an answer. */
  sentenceHit: boolean
  abstained: boolean
  /** When declined: 1-based rank of the answer among the first 3 passages offered as maybe related; 0 when not there. */
  relatedRank: number
}

/** The figures `npm run eval` reports. */
export interface Metrics {
  answerable: number
  unanswerable: number
  hit1: number
  hit3: number
  mrr: number
  sentence1: number
  /** Share of unanswerable questions that got "no reliable answer". */
  declined: number
  /** Share of answerable questions wrongly declined. */
  falseAbstention: number
}

/** Scores one answer against its question: hits count inside the snippet shown. */
export function judgeAnswer(question: EvalQuestion, answer: Answer): QuestionOutcome {
  const holds = (text: string) => question.answers.some((a) => text.includes(a))
  const index = answer.results.findIndex((hit) => holds(hit.text))
  const first = answer.results[0]
  return {
    question,
    rank: question.unanswerable ? 0 : index + 1,
    sentenceHit: !question.unanswerable && first !== undefined && holds(first.sentence),
    abstained: answer.abstained,
    relatedRank: question.unanswerable ? 0 : (answer.related ?? []).slice(0, 3).findIndex((hit) => holds(hit.text)) + 1,
  }
}

/** Aggregates outcomes; MRR counts the first five results. Shares are 0 when there is nothing to count. */
export function summarize(outcomes: readonly QuestionOutcome[]): Metrics {
  const answerable = outcomes.filter((o) => !o.question.unanswerable)
  const unanswerable = outcomes.filter((o) => o.question.unanswerable)
  const share = (list: readonly QuestionOutcome[], test: (o: QuestionOutcome) => boolean) =>
    list.length === 0 ? 0 : list.filter(test).length / list.length
  const mrr = answerable.length === 0 ? 0 : answerable.reduce((s, o) => s + (o.rank >= 1 && o.rank <= 5 ? 1 / o.rank : 0), 0) / answerable.length
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    hit1: share(answerable, (o) => o.rank === 1),
    hit3: share(answerable, (o) => o.rank >= 1 && o.rank <= 3),
    mrr,
    sentence1: share(answerable, (o) => o.sentenceHit),
    declined: share(unanswerable, (o) => o.abstained),
    falseAbstention: share(answerable, (o) => o.abstained),
  }
}

/** Outcomes grouped by question type (unanswerable ones under `unanswerable`). */
export function groupByType(outcomes: readonly QuestionOutcome[]): Map<string, QuestionOutcome[]> {
  const groups = new Map<string, QuestionOutcome[]>()
  for (const o of outcomes) {
    const key = o.question.unanswerable ? 'unanswerable' : o.question.type
    groups.set(key, [...(groups.get(key) ?? []), o])
  }
  return groups
}

/** The answer as it would be with abstention threshold `threshold` (for calibration sweeps). */
export function applyThreshold(answer: Answer, threshold: number): Answer {
  const declined = (answer.confidence ?? 0) < threshold || answer.results.length === 0
  return declined ? { ...answer, abstained: true, results: [] } : { ...answer, abstained: false }
}
