/** One reader's standing vote on a passage shown for a question. */
export interface QuestionVote {
  /** The question's content words (as the analyzer gives them), for finding similar questions. */
  terms: readonly string[]
  /** Who voted, as an opaque key (a salted hash): one vote per voter counts. */
  voter: string
  vote: 1 | -1
}

/** A vote as stored: the question as it was asked (its words are found when answering). */
export interface StoredVote {
  question: string
  voter: string
  vote: 1 | -1
}

/** Where the answerer reads votes from: the standing votes on each of the passages asked about. */
export interface FeedbackSource {
  votesOn(passageIds: readonly string[]): Promise<ReadonlyMap<string, readonly StoredVote[]>>
}

/** When and how much readers' votes move a passage. */
export interface FeedbackNudgeOptions {
  /** Use votes in ranking at all; default false (until the corpus has enough votes to mean something). */
  feedbackNudge: boolean
  /** Distinct voters on similar questions a passage needs before it moves; default 3. */
  minVoters: number
  /** Share of a question's words a voted question must have in common with it (Jaccard); default 0.5. */
  minSimilarity: number
  /** z of the Wilson lower bound (1.96: 95%); with it, 1 of 1 voters bounds at 0.21, 4 of 4 at 0.51. */
  z: number
  /** Score added (or taken) at full agreement, above the bound's 0.5; default 0.3 (scores run about 0–3). */
  weight: number
}

/** The defaults of {@link FeedbackNudgeOptions}. */
export const defaultFeedbackNudgeOptions: FeedbackNudgeOptions = { feedbackNudge: false, minVoters: 3, minSimilarity: 0.5, z: 1.96, weight: 0.3 }

/** The Wilson score interval's lower bound of `positive` successes in `total` trials; 0 when there are none. */
export function wilsonLowerBound(positive: number, total: number, z = defaultFeedbackNudgeOptions.z): number {
  if (total === 0) return 0
  const p = positive / total
  const z2 = z * z
  return (p + z2 / (2 * total) - z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / (1 + z2 / total)
}

/** The Jaccard similarity of two sets of words; 0 when both are empty. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a)
  const right = new Set(b)
  let shared = 0
  for (const term of left) if (right.has(term)) shared++
  const union = left.size + right.size - shared
  return union === 0 ? 0 : shared / union
}

/**
 * How much a passage's score moves for a question: votes on similar questions, one per voter (their
 * last), counted once `minVoters` distinct voters agree enough that the Wilson lower bound of the
 * up (or down) share passes one half; 0 otherwise, so one voter alone never moves anything.
 */
export function feedbackNudge(votes: readonly QuestionVote[], questionTerms: readonly string[], options: Partial<FeedbackNudgeOptions> = {}): number {
  const opts = { ...defaultFeedbackNudgeOptions, ...options }
  const byVoter = new Map<string, 1 | -1>()
  for (const v of votes) if (similarity(v.terms, questionTerms) >= opts.minSimilarity) byVoter.set(v.voter, v.vote)
  const total = byVoter.size
  if (total < opts.minVoters) return 0
  const up = [...byVoter.values()].filter((v) => v > 0).length
  const upBound = wilsonLowerBound(up, total, opts.z)
  const downBound = wilsonLowerBound(total - up, total, opts.z)
  if (upBound > 0.5) return opts.weight * (upBound - 0.5) * 2
  if (downBound > 0.5) return -opts.weight * (downBound - 0.5) * 2
  return 0
}

/**
 * Items re-ordered by score plus their nudge (stable for equal scores); the same array order when no
 * item moves. `passageOf` names each item's passage, `scoreOf` gives its score.
 */
export function applyFeedbackNudge<T>(
  items: readonly T[],
  questionTerms: readonly string[],
  votes: ReadonlyMap<string, readonly QuestionVote[]>,
  access: { passageOf: (item: T) => string; scoreOf: (item: T) => number },
  options: Partial<FeedbackNudgeOptions> = {},
): T[] {
  const scored = items.map((item, i) => ({ item, i, score: access.scoreOf(item) + feedbackNudge(votes.get(access.passageOf(item)) ?? [], questionTerms, options) }))
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.item)
}
