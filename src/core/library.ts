import type { ExampleQuestion } from './examples.js'
import type { Explanation } from './explanation.js'
import type { Answer, Article, ArticleSummary, Paragraph, Passage, Source } from './types.js'

/** How many results to return and from where, for paging. */
export interface AnswerOptions {
  /** Results to return; default 3. */
  limit?: number
  /** Results to skip (for "more results"); default 0. */
  offset?: number
  /**
   * The previous question asked in the same chat (as answered: `Answer.asked` when it was a follow-up);
   * a question leaning on it (他, 这个所, 那X呢) is read against its topic. Default none.
   */
  previous?: string
}

/**
 * Everything a front end (bot, CLI) may ask of the loaded corpus; it knows nothing of Telegram.
 * Every lookup is async: the corpus may live in another process (PostgreSQL), not only in memory.
 */
export interface Library {
  readonly passageCount: number
  readonly articleCount: number
  /** The articles' metadata in corpus order (no text), for lists of sources. */
  listArticles(): Promise<readonly ArticleSummary[]>
  /** Answers a question; never rejects for user input, abstains when nothing fits. */
  answer(question: string, options?: AnswerOptions): Promise<Answer>
  /** The article with this id, or undefined (ids come from users: never trust them). */
  findArticle(id: string): Promise<Article | undefined>
  /** The passage with this id, or undefined. */
  findPassage(id: string): Promise<Passage | undefined>
  /** The citation for a passage, or undefined for an unknown id. */
  sourceOf(passageId: string): Promise<Source | undefined>
  /** The passage's paragraphs plus `radius` paragraphs either side; [] for an unknown id. */
  contextOf(passageId: string, radius?: number): Promise<Paragraph[]>
  /**
   * Example questions for start-up screens: one per main article, each answered with high confidence
   * by this index (checked when first asked for, then kept); [] when none qualifies.
   */
  examples(): Promise<readonly ExampleQuestion[]>
  /** How a question was read and ranked (words, weights, signals), for tuning synonyms and weights. */
  explain(question: string): Promise<Explanation>
}
