import type { RankedPassage } from './rerank.js'

/** Where the previous question of a chat was answered: its article and the paragraph of its answering sentence. */
export interface PreviousAnswerPlace {
  articleId: string
  paragraph: number
}

/** How much a follow-up's candidates near the previous answer are lifted. */
export interface NearPreviousOptions {
  /**
   * Score factor bonus for a follow-up's candidate passage within one paragraph of where the previous
   * question was answered: a conversation goes on where it was (她现在和谁一起住 after 张奶奶退休前是做什么的
   * is answered by the same sentence). Default 0.1: on followups-tuning2, 0.05–0.2 alike put one more
   * answer first and showed one more answering sentence; 0.02 and 0.3 or more did not; a bonus for the
   * whole article moved nothing (the articles are few and long); lifting only within the first page
   * (so later pages stay as they were) kept the same. Questions asked alone never get it.
   */
  nearPreviousBonus: number
}

/** The default stated on {@link NearPreviousOptions}. */
export const defaultNearPreviousOptions: NearPreviousOptions = { nearPreviousBonus: 0.1 }

/**
 * The ranked passages reordered with those within one paragraph of `near` lifted by the bonus
 * factor; the same order (a new array) when none is near. Ties keep their order.
 */
export function liftNearPrevious(ranked: readonly RankedPassage[], near: PreviousAnswerPlace, options: NearPreviousOptions): RankedPassage[] {
  const isNear = ({ candidate: { passage } }: RankedPassage) =>
    passage.articleId === near.articleId && passage.paragraph - 1 <= near.paragraph && near.paragraph <= passage.lastParagraph + 1
  const lifted = (r: RankedPassage) => r.score * (isNear(r) ? 1 + options.nearPreviousBonus : 1)
  return ranked
    .map((r, order) => ({ r, order, score: lifted(r) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ r }) => r)
}
