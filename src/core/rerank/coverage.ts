import type { QueryWord } from '../question/read-question.js'
import type { WeightedQuestion, WeightedWord } from './weigh-question.js'
import type { RankWeights } from './rank-weights.js'

/** How much of a question a set of terms covers, 0–1, IDF-weighted; words and bigrams apart. */
export interface Coverage {
  words: number
  bigrams: number
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
    const words = wordsHoldingPair(q, term)
    if (terms.has(term) || words.some((w) => hasAny(terms, w.word.forms))) foundBigrams += weight
    else foundBigrams += weight * creditIn(contexts, term, words)
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
  // the sentences where each word whose pairs stand for it is found by any of its forms
  const wholeFound = new Map<WeightedWord, Uint8Array>()
  for (const entry of q.words) {
    if (entry.word.within !== '') continue
    total += entry.weight
    fillLevels(entry, sentences, weights, own, found)
    if (standsForPairs(entry)) wholeFound.set(entry, found.slice(0, n))
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
    if (entry.assumed === true) spreadForward(own, n, weights.referenceCredit)
    for (let i = 0; i < n; i++) words[i] = words[i]! + entry.weight * own[i]!
  }
  let totalBigrams = 0
  for (const { term, weight, assumed } of q.bigrams) {
    totalBigrams += weight
    let anywhere = false
    const byWord = wordsHoldingPair(q, term).flatMap((w) => wholeFound.get(w) ?? [])
    for (let i = 0; i < n; i++) anywhere = (found[i] = sentences[i]!.has(term) || byWord.some((f) => f[i] === 1) ? 1 : 0) === 1 || anywhere
    if (!anywhere) continue
    for (let i = 0; i < n; i++) levels[i] = spreadLevel(found, i, n, weights)
    if (assumed === true) spreadForward(levels, n, weights.referenceCredit)
    for (let i = 0; i < n; i++) bigrams[i] = bigrams[i]! + weight * levels[i]!
  }
  const out: Coverage[] = new Array(n)
  for (let i = 0; i < n; i++) {
    out[i] = { words: total === 0 ? 0 : words[i]! / total, bigrams: totalBigrams === 0 ? 0 : bigrams[i]! / totalBigrams }
  }
  return out
}

// A word a follow-up assumed (王立新 for 他) is what the passage goes on about once it has named it:
// each sentence after the naming one earns at least `credit` for it, so the one answering by a
// pronoun is not outscored by the one naming it; one before the name (about someone else) gains nothing.
function spreadForward(levels: Float64Array, n: number, credit: number): void {
  let named = levels[0]! >= 1
  for (let i = 1; i < n; i++) {
    if (named) levels[i] = Math.max(levels[i]!, credit)
    named ||= levels[i]! >= 1
  }
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
    else if (entry.bigrams.length === 0 && isLoneCharacter(entry.word.term) && holdsInsideWord(sentences[i]!, entry.word.term)) levels[i] = weights.pairCredit
    if (found[i] === 0 && entry.word.near !== undefined && hasAny(sentences[i]!, entry.word.near)) levels[i] = Math.max(levels[i]!, weights.thesaurusCredit)
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
  // jieba may cut the passage differently (东湖派出所 vs 东湖/派出所): the word's bigrams still tell
  let credit = 0
  if (bigrams.length > 1 && hasAll(terms, bigrams)) credit = weights.bigramCredit
  else if (bigrams.length === 1 && terms.has(bigrams[0]!)) credit = weights.pairCredit
  else for (const context of contexts) if (hasAny(context.terms, word.forms)) {
    credit = context.credit
    break
  }
  if (bigrams.length === 0 && isLoneCharacter(word.term) && holdsInsideWord(terms, word.term)) credit = Math.max(credit, weights.pairCredit)
  // the passage may say it in other words (学徒 for 徒弟), which may as well be another sense
  if (word.near !== undefined && hasAny(terms, word.near)) credit = Math.max(credit, weights.thesaurusCredit)
  return credit
}

/** Whether a term is one Han character. */
export const isLoneCharacter = (term: string) => term.length === 1 && /\p{Script=Han}/u.test(term)

// 啥时候开的 in 开通, 什么时候开始建的 in 建设: a one-character word standing alone in the question
// (no pair of it found, see weighQuestion) inside a two-character word of the passage, the written
// compound of a colloquial verb, is credited as a word found only as a pair. Longer words were
// tried too: they held the character by chance more often. Memoised per term set, which the caches
// keep per passage and sentence.
const insideWord = new WeakMap<ReadonlySet<string>, Map<string, boolean>>()

/** Whether `terms` hold a two-character word (not a bigram key) with `character` in it: 绕 in 绕行. */
export function holdsInsideWord(terms: ReadonlySet<string>, character: string): boolean {
  let memo = insideWord.get(terms)
  if (memo === undefined) insideWord.set(terms, (memo = new Map()))
  let held = memo.get(character)
  if (held === undefined) {
    held = false
    for (const term of terms) if (term.length === 2 && term[0] !== '~' && term.includes(character)) {
      held = true
      break
    }
    memo.set(character, held)
  }
  return held
}

// A word found by a synonym (男孩 for 孩子) has its own pairs found too, where its form is: pairs
// only stand in for a word cut otherwise. So for a whole question word of two or more characters
// with synonyms.
const standsForPairs = (w: WeightedWord) => w.word.within === '' && w.word.forms.length > 1 && w.word.term.length >= 2

// The words of the question that stand for a pair (its bigram key); memoised per question, as
// coverage is measured for every candidate and sentence.
const pairHolders = new WeakMap<WeightedQuestion, Map<string, WeightedWord[]>>()

function wordsHoldingPair(q: WeightedQuestion, key: string): WeightedWord[] {
  let byKey = pairHolders.get(q)
  if (byKey === undefined) pairHolders.set(q, (byKey = new Map()))
  let words = byKey.get(key)
  if (words === undefined) {
    const pair = key.slice(1)
    words = q.words.filter((w) => standsForPairs(w) && w.word.term.includes(pair))
    byKey.set(key, words)
  }
  return words
}

function creditIn(contexts: readonly CoverageContext[], term: string, words: readonly WeightedWord[] = []): number {
  for (const context of contexts) if (context.terms.has(term) || words.some((w) => hasAny(context.terms, w.word.forms))) return context.credit
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

/** One figure for a coverage: words lead; bigrams only fill in where the cut differs. */
export function blend(coverage: Coverage): number {
  return 0.75 * coverage.words + 0.25 * coverage.bigrams
}
