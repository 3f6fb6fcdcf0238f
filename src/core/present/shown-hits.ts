import type { Answer, Hit } from '../types.js'

/**
 * What a reader is shown: the results, or when declined the passages that came close, which the
 * caller marks as "may be related" (none when nothing came close).
 */
export function shownHits(answer: Answer): Hit[] {
  return answer.abstained ? (answer.related ?? []) : answer.results
}
