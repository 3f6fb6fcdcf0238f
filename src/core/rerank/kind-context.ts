import type { Unit } from '../question/unit.js'
import type { TaggedWord } from '../types.js'

/** What besides its type a question tells about its answer. */
export interface KindContext {
  /** Part-of-speech tagger (jieba's tag set), to find persons and places. */
  tag?: (text: string) => TaggedWord[]
  /** What the answer must carry (see `detectUnit`); any when absent. */
  unit?: Unit
  /** Words of the question: the person or place asked about is not the answer. */
  known?: ReadonlySet<string>
  /** The word naming what is asked about (派出所 in 哪个派出所). */
  focus?: string
  /** The focus word's forms: itself and its synonyms (女孩, 姑娘). */
  focusForms?: readonly string[]
  /**
   * Scoring the sentence to show rather than the passage: a count must also name what it counts
   * (队员12人, not 教练3名 beside it), in a person's measure word when that is a person. Default false.
   */
  showing?: boolean
  /** What a 东湖派出所在哪里 question asks the place of (see `AnswerCues.located`): not its own answer. */
  located?: string
  /** Who a 王立新是谁 question asks to be introduced (see `AnswerCues.identity`); '' or absent otherwise. */
  identity?: string
  /** Whom a 王立新得过什么称号 question asks the honours of (see `AnswerCues.honoured`); '' or absent otherwise. */
  honoured?: string
  /** The item of an enumeration asked (3 of 第三类是什么, see `AnswerCues.ordinal`); 0 or absent otherwise. */
  ordinal?: number
  /** Whether a count question asks how much something changed (涨了多少, 比去年多几家). Default false. */
  asksChange?: boolean
}
