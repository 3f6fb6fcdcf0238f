import { findPersons } from '../text/person-names.js'
import type { ParsedQuestion, QueryWord } from '../question/read-question.js'
import { bigramKey, type IndexedPassage, type SearchIndex } from '../search-index.js'
import type { TaggedWord } from '../types.js'

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
   */
  answerKindWithUnit: number
  /** Credit for a word found only in the heading or title, relative to one in the text. */
  contextCredit: number
  /** Credit, when scoring a sentence, for a word found in the sentence before or after it. */
  neighbourCredit: number
  /** Credit, when scoring a sentence, for a word found only further away in its passage (0.45: the middle of the 0.4–0.5 that scored best on the tuning set). */
  passageCredit: number
  /** Credit for a word whose own form is missing but whose bigrams are all present. */
  bigramCredit: number
  /**
   * Credit for a two-character word the passage only has as a character pair: inside a longer
   * word (所长 in 副所长) or across two (长庆 in 所长庆祝), which is weaker evidence.
   */
  pairCredit: number
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
  passageCredit: 0.45,
  bigramCredit: 0.8,
  pairCredit: 0.5,
  typicalIdf: 8,
  minSpecificity: 0.4,
  maxSpecificity: 1.5,
  singleCharSpecificity: 0.5,
}

/** Inverse document frequency (BM25's, always > 0); unseen terms weigh most. */
export function inverseDocumentFrequency(index: SearchIndex, term: string): number {
  const n = index.passages.length
  const df = index.documentFrequency.get(term) ?? 0
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

/** How much of a question a set of terms covers, 0–1, IDF-weighted; words and bigrams apart. */
export interface Coverage {
  words: number
  bigrams: number
}

/** A question word with its weight, its bigrams, and the words found inside it. */
export interface WeightedWord {
  word: QueryWord
  weight: number
  bigrams: string[]
  noun: boolean
  /** A word jieba knows only from the corpus (tagged x): a name or term, never scaffolding. */
  coined: boolean
  parts: WeightedWord[]
}

/** Weighted question terms, computed once per question. */
export interface WeightedQuestion {
  question: ParsedQuestion
  /**
   * `noun`: a noun of the question (what is asked about), which confidence counts more;
   * `parts`: the search-mode words found inside this one.
   */
  words: WeightedWord[]
  bigrams: { term: string; weight: number }[]
  /** Every form of every question word: a person or place the question names is not its answer. */
  forms: ReadonlySet<string>
  /** The persons the question names. */
  persons: string[]
}

/** General-language IDF of a word, or undefined when unknown (see `Segmenter.generalIdf`). */
export type GeneralIdf = (word: string) => number | undefined

/**
 * Attaches weights (and each word's own bigrams) to a parsed question: the corpus IDF, scaled by
 * how specific the word is in general language, so a missing 办法 costs less than a missing 值班.
 */
export function weighQuestion(
  index: SearchIndex,
  question: ParsedQuestion,
  weights: RankWeights = defaultRankWeights,
  generalIdf?: GeneralIdf,
  tag?: (text: string) => TaggedWord[],
): WeightedQuestion {
  // nouns by jieba's tags (n, nr, ns, nt, nz, ng …); a search-mode sub-word of a noun is one too
  const tagged = tag?.(question.normalized) ?? []
  const nouns = tagged.filter((w) => w.tag.startsWith('n')).map((w) => w.word)
  const coined = tagged.filter((w) => w.tag === 'x' && /^\p{Script=Han}{2,}$/u.test(w.word)).map((w) => w.word)
  const words: WeightedWord[] = question.words.map((word) => ({
    word,
    weight: inverseDocumentFrequency(index, word.term) * measureSpecificity(word.term, weights, generalIdf),
    bigrams: hanBigrams(word.term),
    noun: nouns.some((noun) => noun.includes(word.term)),
    coined: coined.includes(word.term),
    parts: [],
  }))
  for (const part of words) words.find((w) => w.word.term === part.word.within)?.parts.push(part)
  return {
    question,
    words,
    bigrams: question.bigrams.map((pair) => {
      const term = bigramKey(pair)
      return { term, weight: inverseDocumentFrequency(index, term) }
    }),
    forms: new Set(question.words.flatMap((w) => w.forms)),
    persons: tag === undefined ? [] : findPersons(question.normalized, tag),
  }
}

/** A word's specificity factor: 1 without a general IDF table, else its IDF relative to a typical word. */
export function measureSpecificity(term: string, weights: RankWeights, generalIdf?: GeneralIdf): number {
  if (generalIdf === undefined) return 1
  const idf = generalIdf(term)
  if (idf === undefined) return /^\p{Script=Han}$/u.test(term) ? weights.singleCharSpecificity : 1
  return Math.min(weights.maxSpecificity, Math.max(weights.minSpecificity, idf / weights.typicalIdf))
}

/** Terms near the text being measured (its heading, the sentences around it) and the credit they earn. */
export interface CoverageContext {
  terms: ReadonlySet<string>
  credit: number
}

/**
 * Coverage of the question by `terms`; a word missing there earns the credit of the first
 * `contexts` entry that has it (nearer context first). A word counts once: a whole word found
 * covers its search-mode parts, and parts found stand in, with partial credit, for a whole word
 * phrased differently (片儿警 found as 民警 covers 片儿).
 */
export function measureCoverage(
  q: WeightedQuestion,
  terms: ReadonlySet<string>,
  weights: RankWeights,
  contexts: readonly CoverageContext[] = [],
  nounEmphasis = 1,
): Coverage {
  let found = 0
  let total = 0
  for (const entry of q.words) {
    if (entry.word.within !== '') continue
    const weight = entry.noun ? entry.weight * nounEmphasis : entry.weight
    total += weight
    found += weight * matchWhole(entry, entry.parts, terms, weights, contexts)
  }
  let foundBigrams = 0
  let totalBigrams = 0
  for (const { term, weight } of q.bigrams) {
    totalBigrams += weight
    if (terms.has(term)) foundBigrams += weight
    else foundBigrams += weight * creditIn(contexts, term)
  }
  return {
    words: total === 0 ? 0 : found / total,
    bigrams: totalBigrams === 0 ? 0 : foundBigrams / totalBigrams,
  }
}

/**
 * The coverage of each sentence of a passage, as {@link measureCoverage} gives it with the
 * sentences before and after as context at `neighbourCredit` and the passage at `passageCredit`,
 * but with each question term looked up once per sentence instead of once per sentence and context.
 */
export function measureSentenceCoverages(q: WeightedQuestion, sentences: readonly ReadonlySet<string>[], weights: RankWeights): Coverage[] {
  const n = sentences.length
  const buffers = scratchFor(n)
  const { words, bigrams, own, partFound, levels, found } = buffers
  words.fill(0, 0, n)
  bigrams.fill(0, 0, n)
  let total = 0
  for (const entry of q.words) {
    if (entry.word.within !== '') continue
    total += entry.weight
    fillLevels(entry, sentences, weights, own, found)
    if (entry.parts.length > 0) {
      let partWeight = 0
      partFound.fill(0, 0, n)
      for (const part of entry.parts) {
        partWeight += part.weight
        fillLevels(part, sentences, weights, levels, found)
        for (let i = 0; i < n; i++) partFound[i] = partFound[i]! + part.weight * levels[i]!
      }
      for (let i = 0; i < n; i++) {
        if (own[i]! < 1) own[i] = Math.max(own[i]!, weights.bigramCredit * (partWeight === 0 ? 0 : partFound[i]! / partWeight))
      }
    }
    for (let i = 0; i < n; i++) words[i] = words[i]! + entry.weight * own[i]!
  }
  let totalBigrams = 0
  for (const { term, weight } of q.bigrams) {
    totalBigrams += weight
    let anywhere = false
    for (let i = 0; i < n; i++) anywhere = (found[i] = sentences[i]!.has(term) ? 1 : 0) === 1 || anywhere
    if (!anywhere) continue
    for (let i = 0; i < n; i++) bigrams[i] = bigrams[i]! + weight * spreadLevel(found, i, n, weights)
  }
  const out: Coverage[] = new Array(n)
  for (let i = 0; i < n; i++) {
    out[i] = { words: total === 0 ? 0 : words[i]! / total, bigrams: totalBigrams === 0 ? 0 : bigrams[i]! / totalBigrams }
  }
  return out
}

// Answering is synchronous: one set of per-sentence buffers, grown as needed, serves every call
// (typed arrays per word and passage were a sixth of all an answer allocated).
let scratch = createScratch(64)

function createScratch(size: number) {
  return {
    size,
    words: new Float64Array(size),
    bigrams: new Float64Array(size),
    own: new Float64Array(size),
    partFound: new Float64Array(size),
    levels: new Float64Array(size),
    found: new Uint8Array(size),
  }
}

function scratchFor(n: number) {
  if (scratch.size < n) scratch = createScratch(Math.max(n, 2 * scratch.size))
  return scratch
}

// A word's credit in each sentence into `levels`: its own forms, else its bigrams, else its forms nearby.
function fillLevels(entry: WeightedWord, sentences: readonly ReadonlySet<string>[], weights: RankWeights, levels: Float64Array, found: Uint8Array): void {
  const n = sentences.length
  let anywhere = false
  for (let i = 0; i < n; i++) {
    found[i] = 0
    levels[i] = 0
    if (hasAny(sentences[i]!, entry.word.forms)) {
      found[i] = 1
      anywhere = true
    } else if (entry.bigrams.length > 1 && hasAll(sentences[i]!, entry.bigrams)) levels[i] = weights.bigramCredit
    else if (entry.bigrams.length === 1 && sentences[i]!.has(entry.bigrams[0]!)) levels[i] = weights.pairCredit
  }
  for (let i = 0; i < n; i++) {
    if (found[i] === 1) levels[i] = 1
    else if (anywhere && levels[i] === 0) levels[i] = spreadLevel(found, i, n, weights)
  }
}

// `found` in sentence i itself, in the one before or after it, or elsewhere in the passage (which
// the caller has checked holds it somewhere); `found` is only read below `n`.
function spreadLevel(found: Uint8Array, i: number, n: number, weights: RankWeights): number {
  if (found[i] === 1) return 1
  if ((i > 0 && found[i - 1] === 1) || (i + 1 < n && found[i + 1] === 1)) return weights.neighbourCredit
  return weights.passageCredit
}

function matchWhole(
  entry: WeightedWord,
  parts: WeightedWord[],
  terms: ReadonlySet<string>,
  weights: RankWeights,
  contexts: readonly CoverageContext[],
): number {
  const own = matchWord(entry.word, entry.bigrams, terms, weights, contexts)
  if (own === 1 || parts.length === 0) return own
  let partWeight = 0
  let partFound = 0
  for (const p of parts) {
    partWeight += p.weight
    partFound += p.weight * matchWord(p.word, p.bigrams, terms, weights, contexts)
  }
  return Math.max(own, weights.bigramCredit * (partWeight === 0 ? 0 : partFound / partWeight))
}

function matchWord(
  word: QueryWord,
  bigrams: string[],
  terms: ReadonlySet<string>,
  weights: RankWeights,
  contexts: readonly CoverageContext[],
): number {
  if (hasAny(terms, word.forms)) return 1
  // jieba may cut the passage differently (小营派出所 vs 小营/派出所): the word's bigrams still tell
  if (bigrams.length > 1 && hasAll(terms, bigrams)) return weights.bigramCredit
  if (bigrams.length === 1 && terms.has(bigrams[0]!)) return weights.pairCredit
  for (const context of contexts) if (hasAny(context.terms, word.forms)) return context.credit
  return 0
}

function creditIn(contexts: readonly CoverageContext[], term: string): number {
  for (const context of contexts) if (context.terms.has(term)) return context.credit
  return 0
}

/** True when `set` holds any of `items` (a word's forms, say). */
// Plain loops: coverage is measured for every sentence of every candidate, closures add up.
export function hasAny(set: ReadonlySet<string>, items: readonly string[]): boolean {
  for (const item of items) if (set.has(item)) return true
  return false
}

function hasAll(set: ReadonlySet<string>, items: readonly string[]): boolean {
  for (const item of items) if (!set.has(item)) return false
  return true
}

/** The answer-kind bonus for a question: larger for a count in a unit the question names. */
export function answerKindWeight(question: ParsedQuestion, weights: RankWeights): number {
  return question.type === 'how_many' && question.unit !== '' ? weights.answerKindWithUnit : weights.answerKind
}

/** One figure for a coverage: words lead; bigrams only fill in where the cut differs. */
export function blend(coverage: Coverage): number {
  return 0.75 * coverage.words + 0.25 * coverage.bigrams
}

/** The union of a passage's sentence terms. */
export function passageTerms(passage: IndexedPassage): Set<string> {
  const terms = new Set<string>()
  for (const sentence of passage.sentences) for (const term of sentence.terms) terms.add(term)
  return terms
}

function hanBigrams(word: string): string[] {
  if (!/^\p{Script=Han}{2,}$/u.test(word)) return []
  const out: string[] = []
  for (let i = 0; i + 1 < word.length; i++) out.push(bigramKey(word.slice(i, i + 2)))
  return out
}
