import type { Explanation } from './answer.js'
import type { Answer, Article, Paragraph, Passage, Source } from './types.js'

/** How many results to return and from where, for paging. */
export interface AnswerOptions {
  /** Results to return; default 3. */
  limit?: number
  /** Results to skip (for "more results"); default 0. */
  offset?: number
}

/** Everything a front end (bot, CLI) may ask of the loaded corpus; it knows nothing of Telegram. */
export interface Library {
  readonly articles: readonly Article[]
  readonly passageCount: number
  /** Answers a question; never throws for user input, abstains when nothing fits. */
  answer(question: string, options?: AnswerOptions): Answer
  /** The article with this id, or undefined (ids come from users: never trust them). */
  findArticle(id: string): Article | undefined
  /** The passage with this id, or undefined. */
  findPassage(id: string): Passage | undefined
  /** The citation for a passage, or undefined for an unknown id. */
  sourceOf(passageId: string): Source | undefined
  /** The passage's paragraphs plus `radius` paragraphs either side; [] for an unknown id. */
  contextOf(passageId: string, radius?: number): Paragraph[]
  /** How a question was read and ranked (words, weights, signals), for tuning synonyms and weights. */
  explain(question: string): Explanation
}
