/** Weights of the ranking signals; defaults were chosen on the project's own question set. */
export interface RankWeights {
  /** IDF-weighted share of the question's words found in the passage (or its heading/title). */
  passageWords: number
  /** IDF-weighted share of the question's bigrams found in the passage. */
  passageBigrams: number
  /** Score of the passage's best sentence (words and bigrams together in one sentence). */
  sentence: number
  /** MiniSearch's BM25 score, relative to the best candidate's. */
  bm25: number
  /** Bonus for a sentence that holds the kind of thing asked for (a number for 多少 …). */
  answerKind: number
  /**
   * The same for a count in the unit a 多少 question names (多少人 → 43人), which is the answer far
   * more surely than a count of something else is. Default 0.6: on the five tuning sets it put
   * one more answer first at no cost; 0.5 moved nothing, 0.7 declined one unanswerable question fewer.
   * An outcome asked (最后是怎么解决的) weighs its kind as much: that put four check-set answers first.
   */
  answerKindWithUnit: number
  /** Credit for a word found only in the heading or title, relative to one in the text. */
  contextCredit: number
  /** Credit, when scoring a sentence, for a word found in the sentence before or after it. */
  neighbourCredit: number
  /**
   * Credit, when scoring a sentence, for a word a follow-up assumed (王立新 for 他) that an earlier
   * sentence of the passage names: the sentence may refer to it by a pronoun. Default 0.9: on
   * followups-tuning2, 0.7–1 alike but 0.9 showed one more answering sentence, 0.6 one fewer; below 1
   * so a sentence about something else after the naming one does not tie with one naming it again.
   */
  referenceCredit: number
  /** Credit, when scoring a sentence, for a word found only further away in its passage (0.45: the middle of the 0.4–0.5 that scored best on the tuning set). */
  passageCredit: number
  /** Credit for a word whose own form is missing but whose bigrams are all present. */
  bigramCredit: number
  /**
   * Credit for a two-character word the passage only has as a character pair: inside a longer
   * word (所长 in 副所长) or across two (长安 in 所长安排), which is weaker evidence.
   */
  pairCredit: number
  /**
   * Credit for a word found only as a near-synonym from the general thesaurus (see
   * `QueryWord.near`), given only for a word the articles never use. Default 0.9: on the tuning
   * sets 0.9–1 answered two more questions (徒弟 found as 师徒; tuning7, followups-tuning) at no
   * cost, 0.8 one, 0.3–0.7 none. Credited for every word instead, it also answered an
   * unanswerable question and moved an answering sentence (tuning4, tuning5).
   */
  thesaurusCredit: number
  /** General-language IDF of an ordinary content word; words above it count more, below less. */
  typicalIdf: number
  /** Bounds of a word's specificity factor (its general IDF over `typicalIdf`). */
  minSpecificity: number
  maxSpecificity: number
  /** Specificity of a lone Han character the general IDF table does not know (溪, 捡 …). */
  singleCharSpecificity: number
}

/** The defaults stated on {@link RankWeights}. */
export const defaultRankWeights: RankWeights = {
  passageWords: 0.35,
  passageBigrams: 0.1,
  sentence: 0.4,
  bm25: 0.15,
  answerKind: 0.45,
  answerKindWithUnit: 0.6,
  contextCredit: 0.6,
  neighbourCredit: 0.6,
  referenceCredit: 0.9,
  passageCredit: 0.45,
  bigramCredit: 0.8,
  pairCredit: 0.5,
  thesaurusCredit: 0.9,
  typicalIdf: 8,
  minSpecificity: 0.4,
  maxSpecificity: 1.5,
  singleCharSpecificity: 0.5,
}
