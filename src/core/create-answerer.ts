import type { Analyzer } from './text/analyzer.js'
import { scoreAnswerKind } from './rerank/answer-kinds.js'
import { focusFactor, isRoleQuestion, measureConfidence } from './decide/confidence.js'
import type { AnswerOptions } from './library.js'
import { parseQuestion, type ParsedQuestion, type QueryWord } from './question/read-question.js'
import {
  answerKindWeight,
  blend,
  defaultRankWeights,
  measureCoverage,
  measureSentenceCoverages,
  passageTerms,
  weighQuestion,
  type Coverage,
  type CoverageContext,
  type GeneralIdf,
  type RankWeights,
  type WeightedQuestion,
} from './rerank/weigh-question.js'
import type { IndexedPassage, IndexedSentence, SearchIndex } from './search-index.js'
import { createBoundedCache } from './bounded-cache.js'
import { bigramKey, wordFieldBoosts } from './search-index.js'
import { createCompactSearch, type CompactResult } from './compact-index.js'
import { cutSnippet, findSurfaceForms } from './present/snippet.js'
import type { NormalizedText } from './text/normalize.js'
import type { Synonyms } from './text/synonyms.js'
import type { Answer, Hit, Source, TaggedWord } from './types.js'

/** How questions are answered; defaults were chosen on the project's own question set. */
export interface AnswererOptions {
  /** Passages retrieved (BM25) for reranking. Default 40. */
  candidates: number
  /**
   * Candidates scoring below this share of the best BM25 score are not reranked. Default 0.2:
   * leaving out those below 0.3 changed no eval figure on any question set, and fewer is faster.
   */
  candidateFloor: number
  /**
   * Below this confidence (0–1) the answer is "no reliable answer". Default 0.4: the six tuning
   * sets then decline 20 of their 603 answerable questions (3.3%) and 176 of their 225
   * unanswerable ones; 0.35 would decline 17 and 170, 0.45 would decline 36 and 182.
   */
  minConfidence: number
  /**
   * Below the threshold but at least this confident, the passages are still offered as "may be
   * related". Default 0.25: on the six tuning sets it offers 12 of the 20 wrongly declined
   * answerable questions passages, and shows 54 of the 176 declined unanswerable ones any
   * (0.2: 14 and 94).
   */
  relatedFloor: number
  /** Weight of a synonym's match relative to the word itself in retrieval. Default 0.7. */
  synonymBoost: number
  /** Weight of the bigram channel relative to words in retrieval. Default 0.4. */
  bigramBoost: number
  /**
   * Terms in more than this share of passages (and more than `commonTermMinimum` of them) are left
   * out of retrieval, for speed on large corpora. Defaults 0.05 and 1000.
   */
  commonTermShare: number
  commonTermMinimum: number
  /** How much more a question's nouns count than its other words for confidence. Default 2. */
  nounEmphasis: number
  /**
   * Confidence factor when the best sentence lacks the count, date, place or name asked for.
   * Default 0.3: on both tuning sets 0.1–0.35 declined the most unanswerable questions at no
   * cost, and below the 0.4 threshold a missing count, date or place always declines. For 叫什么,
   * 0.25–0.4 declined two more of tuning3's unanswerable questions than 0.45 at no cost.
   */
  kindPenalty: number
  /**
   * The same for 谁, whose answer (a person) is found less surely: names jieba does not know read
   * as no person. Default 0.45.
   */
  personKindPenalty: number
  /**
   * Passages before this one in its section whose words count as context (the subject named a
   * paragraph or two before: 长庆派出所…, then 大伙儿还…). Default 2: on the tuning sets 2 and 3
   * alike put one more answer first in two sets and declined one fewer; 1 did nothing.
   */
  sectionContext: number
  /** Confidence factor when the passage lacks the noun naming what is asked about. Default 0.8. */
  focusPenalty: number
  /**
   * The same for 谁 and 多少 questions, whose focus is the role or the thing counted (所长是谁,
   * 多少奖金): a passage without it cannot name who holds the role or how much there is. Default
   * 0.5: on both tuning sets it declined two more unanswerable questions at no cost; 0.4 cost one.
   */
  roleFocusPenalty: number
  /**
   * Score factor for such a candidate, so one that holds the role or the thing counted ranks
   * first. Default 0.7: on the three tuning sets 0.5–0.8 all put one more answer first, at no cost.
   */
  roleFocusRankFactor: number
  /**
   * Confidence added per unit of score by which the best passage leads the next (capped at
   * `marginCap`): a near miss matches many passages about equally, a real answer stands out.
   */
  marginWeight: number
  marginCap: number
  /**
   * Confidence factor when a number the question names (2018年, 第五中队) is only sentences away
   * from the answer and not in the section heading. Default 0.6 (0.5–0.6 alike on the tuning sets;
   * 0.3 cost dev.jsonl an answerable question).
   */
  numberFarPenalty: number
  /** The same when the passage does not hold the number at all. Default 0.4 (0.2–0.4 alike). */
  numberMissingPenalty: number
  /**
   * Confidence factor when the answering sentence names another person and not the one asked
   * about. Default 0.3: on the three tuning sets 0.1–0.3 declined two more unanswerable
   * questions at no cost; 0.4 cost one answerable question.
   */
  otherPersonPenalty: number
  /**
   * Confidence factor when the passage lacks the name of a unit the question names (机动 of
   * 机动大队). Default 0.5: on the four tuning sets 0.4–0.6 alike declined two more unanswerable
   * questions, at no cost once one-character unit words (村, 镇) were left out.
   */
  instancePenalty: number
  weights: RankWeights
  /** Extra score per passage id (e.g. from 👍/👎 feedback); default none. */
  passageBoost?: (passageId: string) => number
}

/** The defaults stated on {@link AnswererOptions}. */
export const defaultAnswererOptions: AnswererOptions = {
  candidates: 40,
  candidateFloor: 0.2,
  minConfidence: 0.4,
  relatedFloor: 0.25,
  synonymBoost: 0.7,
  bigramBoost: 0.4,
  commonTermShare: 0.05,
  commonTermMinimum: 1000,
  nounEmphasis: 2,
  sectionContext: 2,
  kindPenalty: 0.3,
  personKindPenalty: 0.45,
  focusPenalty: 0.8,
  roleFocusPenalty: 0.5,
  roleFocusRankFactor: 0.7,
  marginWeight: 0,
  marginCap: 0.3,
  numberFarPenalty: 0.6,
  numberMissingPenalty: 0.4,
  otherPersonPenalty: 0.3,
  instancePenalty: 0.5,
  weights: defaultRankWeights,
}

/** What an answerer needs besides the index. */
export interface AnswererDependencies {
  index: SearchIndex
  analyzer: Analyzer
  synonyms: Synonyms
  /** Source of a passage (article metadata); undefined for an unknown article. */
  sourceOf: (passage: IndexedPassage) => Source | undefined
  /** Part-of-speech tagger for recognising persons and places; optional. */
  tag?: (text: string) => TaggedWord[]
  /** General-language IDF of a word, to weigh question words; optional. */
  generalIdf?: GeneralIdf
}

/** A reranked candidate. */
export interface RankedPassage {
  passage: IndexedPassage
  score: number
  confidence: number
  bestSentence: number
  /** The signals the score was made of, for `explain`. */
  parts: ScoreParts
  /** Its place in the BM25 list, which breaks ties. */
  order: number
}

/** The ranking signals of one candidate (each 0–1 before weighting). */
export interface ScoreParts {
  words: number
  bigrams: number
  sentence: number
  bm25: number
  answerKind: number
  boost: number
}

/** Why the answerer ranked as it did: the question as read and the top candidates' signals. */
export interface Explanation {
  type: string
  focus: string
  words: { term: string; forms: string[]; weight: number }[]
  candidates: {
    passageId: string
    score: number
    confidence: number
    sentence: string
    /** Question words found in the passage (any form), and those missing. */
    matched: string[]
    missing: string[]
    parts: ScoreParts
  }[]
}

/** Creates `answer(question, {limit, offset})`: retrieve, rerank, pick the sentence, cut the snippet. */
export function createAnswerer(dependencies: AnswererDependencies, options: Partial<AnswererOptions> = {}) {
  const opts = { ...defaultAnswererOptions, ...options }
  // tagging passage sentences is the costliest step of answering, and they recur across questions;
  // so do the snippets shown, which are normalized again to find the words to highlight
  const deps = {
    ...dependencies,
    tag: dependencies.tag && createBoundedCache(dependencies.tag, 50_000),
    normalizeSnippet: createBoundedCache(dependencies.analyzer.normalizer.normalizeWithOrigin, 5_000),
  }
  const termsOf = createBoundedCache(passageTerms, 20_000)
  const sectionTermsOf = createBoundedCache((id: number) => precedingTerms(deps.index.passages, id, opts.sectionContext, termsOf), 20_000)
  const search = createCompactSearch(deps.index.postings)
  /** Ranks the candidates; only the first `needed` are sure to be all there and in order. */
  const rank = (question: string, needed = Infinity): { parsed: ParsedQuestion; ranked: RankedPassage[] } => {
    const parsed = parseQuestion(question, deps.analyzer, deps.synonyms)
    if (parsed.words.length === 0 && parsed.bigrams.length === 0) return { parsed, ranked: [] }
    const weighted = weighQuestion(deps.index, parsed, opts.weights, deps.generalIdf, deps.tag)
    const found = retrieve(deps.index, search, parsed, opts)
    const best = found[0]?.score ?? 1
    const bounded = found
      .map(({ id, score }, order) => boundPassage(deps.index.passages[id]!, termsOf, sectionTermsOf(id), weighted, score / best, order, opts))
      .sort((a, b) => b.bound - a.bound || a.order - b.order)
    // sentences are scored best bound first, until no candidate left can enter the first `needed`
    const ranked: RankedPassage[] = []
    const top: number[] = [] // the best `needed` scores so far, best first
    for (const candidate of bounded) {
      if (top.length >= needed && candidate.bound < top[needed - 1]!) break
      const scored = scorePassage(candidate, weighted, deps, opts)
      ranked.push(scored)
      if (needed !== Infinity) keepBest(top, scored.score, needed)
    }
    // ties keep BM25 order, as a stable sort of the BM25 list would
    ranked.sort((a, b) => b.score - a.score || a.order - b.order)
    return { parsed, ranked }
  }
  const answer = (question: string, answerOptions: AnswerOptions = {}): Answer => {
    const { limit = 3, offset = 0 } = answerOptions
    // the margin below needs the second best too
    const { parsed, ranked } = rank(question, Math.max(2, offset + limit))
    const top = ranked[0]
    const confidence = round(top === undefined ? 0 : top.confidence + opts.marginWeight * Math.min(opts.marginCap, top.score - (ranked[1]?.score ?? 0)))
    const hits = () =>
      ranked
        .slice(offset, offset + limit)
        .map((r) => toHit(r, parsed, deps))
        .filter((hit): hit is Hit => hit !== undefined)
    if (top === undefined || confidence < opts.minConfidence) {
      return { question, abstained: true, results: [], related: confidence >= opts.relatedFloor ? hits() : [], confidence }
    }
    return { question, abstained: false, results: hits(), confidence }
  }
  const explain = (question: string, limit = 5): Explanation => {
    const { parsed, ranked } = rank(question, limit)
    const weighted = weighQuestion(deps.index, parsed, opts.weights, deps.generalIdf, deps.tag)
    return {
      type: parsed.type,
      focus: parsed.focus,
      words: weighted.words.map(({ word, weight }) => ({ term: word.term, forms: word.forms, weight: round(weight) })),
      candidates: ranked.slice(0, limit).map((r) => {
        const terms = termsOf(r.passage)
        const found = (w: QueryWord) => w.forms.some((form) => terms.has(form))
        return {
          passageId: r.passage.id,
          score: round(r.score),
          confidence: round(r.confidence),
          sentence: sentenceText(r.passage, r.bestSentence),
          matched: parsed.words.filter(found).map((w) => w.term),
          missing: parsed.words.filter((w) => !found(w)).map((w) => w.term),
          parts: r.parts,
        }
      }),
    }
  }
  return { answer, rank, explain }
}

// Short paragraphs share a passage (joined by line breaks): cite the one the answer stands in.
function paragraphOf(passage: IndexedPassage, sentenceIndex: number): number {
  const start = passage.sentences[sentenceIndex]?.start ?? 0
  const breaks = passage.text.slice(0, start).split('\n').length - 1
  return Math.min(passage.paragraph + breaks, passage.lastParagraph)
}

function sentenceText(passage: IndexedPassage, i: number): string {
  const sentence = passage.sentences[i]
  return sentence === undefined ? passage.text : passage.text.slice(sentence.start, sentence.end)
}

type CompactSearch = ReturnType<typeof createCompactSearch>

/** The answer function's type, for front ends and tests. */
export type Answerer = ReturnType<typeof createAnswerer>

function retrieve(index: SearchIndex, search: CompactSearch, q: ParsedQuestion, opts: AnswererOptions): CompactResult[] {
  const synonymForms = new Set(q.words.flatMap((w) => w.forms.slice(1)))
  const words = keepSelective(index, [...new Set(q.words.flatMap((w) => w.forms))], opts, 2)
  // bigrams are a safety net for words: common ones add cost and no candidates words would miss
  const bigrams = keepSelective(index, q.bigrams, opts, words.length > 0 ? 0 : 2, bigramKey)
  const found = search(
    [
      { terms: words, fields: wordFieldBoosts, termBoost: (term) => (synonymForms.has(term) ? opts.synonymBoost : 1) },
      { terms: bigrams, fields: { bigrams: opts.bigramBoost } },
    ],
    opts.candidates,
  )
  const floor = (found[0]?.score ?? 0) * opts.candidateFloor
  return found.filter((r) => r.score >= floor)
}

// In a large corpus a term found in thousands of passages (派出所, 民警) only makes the OR search
// score them all; it still counts when candidates are reranked. When every term is common, the
// `fallback` rarest are kept: each one more costs a scan of tens of thousands of postings.
function keepSelective(
  index: SearchIndex,
  terms: string[],
  opts: AnswererOptions,
  fallback: number,
  keyOf = (term: string) => term,
): string[] {
  const limit = Math.max(opts.commonTermMinimum, opts.commonTermShare * index.passages.length)
  const frequency = (term: string) => index.documentFrequency.get(keyOf(term)) ?? 0
  // a term the corpus lacks retrieves nothing, so it must not stand in for the common ones
  const present = terms.filter((term) => frequency(term) > 0)
  const selective = present.filter((term) => frequency(term) <= limit)
  if (selective.length > 0) return selective
  return present.sort((a, b) => frequency(a) - frequency(b)).slice(0, fallback)
}

const sentenceTerms = createBoundedCache((sentence: IndexedSentence) => new Set(sentence.terms), 100_000)
const contextTerms = createBoundedCache((passage: IndexedPassage) => new Set(passage.contextTerms), 20_000)
const byCoverage = (a: { i: number; coverage: number }, b: { i: number; coverage: number }) => b.coverage - a.coverage || a.i - b.i

function keepBest(top: number[], score: number, size: number): void {
  let at = top.length
  while (at > 0 && top[at - 1]! < score) at--
  if (at < size) {
    top.splice(at, 0, score)
    if (top.length > size) top.pop()
  }
}

/** A candidate with the passage-level signals and the most its full score can be. */
interface BoundedPassage {
  passage: IndexedPassage
  terms: Set<string>
  headings: CoverageContext[]
  whole: Coverage
  bm25: number
  boost: number
  bound: number
  /** Its place in the BM25 list. */
  order: number
}

// The words of up to `count` passages before passage `id` in its section, where its subject may
// have been named; empty at the start of a section.
function precedingTerms(passages: readonly IndexedPassage[], id: number, count: number, termsOf: (p: IndexedPassage) => Set<string>): Set<string> {
  const out = new Set<string>()
  const { articleId, heading } = passages[id]!
  for (let i = id - 1; i >= 0 && i >= id - count; i--) {
    const before = passages[i]!
    if (before.articleId !== articleId || before.heading !== heading) break
    for (const term of termsOf(before)) out.add(term)
  }
  return out
}

// A sentence covers at most what its passage (with headings) covers, and its answer kind adds at
// most w.answerKind: that bounds the score before any sentence is looked at.
function boundPassage(
  passage: IndexedPassage,
  termsOf: (passage: IndexedPassage) => Set<string>,
  section: Set<string>,
  q: WeightedQuestion,
  bm25: number,
  order: number,
  opts: AnswererOptions,
): BoundedPassage {
  const w = opts.weights
  const terms = termsOf(passage)
  // the heading first, as nearer; the section before the passage at the credit of a word further
  // away in the passage itself
  const headings = [
    { terms: contextTerms(passage), credit: w.contextCredit },
    { terms: section, credit: w.passageCredit },
  ]
  const whole = measureCoverage(q, terms, w, headings)
  const boost = opts.passageBoost?.(passage.id) ?? 0
  const most = w.passageWords * whole.words + w.passageBigrams * whole.bigrams + w.sentence * (blend(whole) + answerKindWeight(q.question, w)) + w.bm25 * bm25 + boost
  // a hair above, so rounding never prunes a candidate that ties
  return { passage, terms, headings, whole, bm25, boost, bound: most + 1e-9, order }
}

function scorePassage(candidate: BoundedPassage, q: WeightedQuestion, deps: AnswererDependencies, opts: AnswererOptions): RankedPassage {
  const { passage, terms, headings, whole, bm25, boost } = candidate
  const w = opts.weights
  // a word of the question in the next sentence (the subject named just before) is closer to the
  // answer than one paragraphs away
  const coverages = measureSentenceCoverages(q, passage.sentences.map(sentenceTerms), w)
  const candidates = coverages.map((coverage, i) => ({ i, coverage: blend(coverage) }))
  // answer kind is the costly part and adds at most w.answerKind: sentences are tried best
  // coverage first, and one that cannot beat the best so far even with the full kind is skipped
  candidates.sort(byCoverage)
  const kindWeight = answerKindWeight(q.question, w)
  const focusForms = q.words.find((w) => w.word.term === q.question.focus)?.word.forms
  let bestSentence = 0
  let bestSentenceScore = -1
  let bestKind = 0
  for (const { i, coverage } of candidates) {
    if (coverage + kindWeight < bestSentenceScore) break
    const sentence = passage.sentences[i]!
    const text = passage.text.slice(sentence.start, sentence.end)
    const kind = scoreAnswerKind(q.question.type, text, { tag: deps.tag, unit: q.question.unit, known: q.forms, focus: q.question.focus, focusForms })
    const score = coverage + kindWeight * kind
    if (score > bestSentenceScore || (score === bestSentenceScore && i < bestSentence)) {
      bestSentenceScore = score
      bestSentence = i
      bestKind = kind
    }
  }
  const focus = focusFactor(q, terms, opts)
  const sentence = sentenceText(passage, bestSentence)
  const confidence = measureConfidence({ q, terms, headings, kind: bestKind, focus, passage, best: bestSentence, sentence, tag: deps.tag }, opts)
  const parts = { words: whole.words, bigrams: whole.bigrams, sentence: bestSentenceScore, bm25, answerKind: bestKind, boost }
  const score =
    (w.passageWords * parts.words + w.passageBigrams * parts.bigrams + w.sentence * parts.sentence + w.bm25 * bm25 + boost) *
    (focus < 1 && isRoleQuestion(q.question) ? opts.roleFocusRankFactor : 1)
  return { passage, score, confidence, bestSentence, parts, order: candidate.order }
}

function toHit(
  ranked: RankedPassage,
  q: ParsedQuestion,
  deps: AnswererDependencies & { normalizeSnippet: (text: string) => NormalizedText },
): Hit | undefined {
  const { passage } = ranked
  const passageSource = deps.sourceOf(passage)
  if (passageSource === undefined) return undefined
  const source = { ...passageSource, paragraph: paragraphOf(passage, ranked.bestSentence) }
  const sentence = sentenceText(passage, ranked.bestSentence)
  const text = cutSnippet(passage.text, passage.sentences, ranked.bestSentence)
  const normalized = deps.normalizeSnippet(text)
  const words = q.words.map((w) => ({ word: w, found: findSurfaceForms(text, normalized, w.forms) }))
  // a word cut differently in the passage is shown by its bigrams, but stray bigrams that straddle
  // two words (个党 in 第一个党组织) would bold nonsense, so bigrams only stand in for missing words
  const standIns = words.filter((w) => w.found.length === 0).flatMap((w) => pairsOf(w.word.term))
  const terms = mergeSurfaceForms([...words.flatMap((w) => w.found), ...findSurfaceForms(text, normalized, new Set(standIns))])
  return { text, sentence, terms, score: round(ranked.score), source }
}

// A form inside a longer one (第一 in 第一个) adds nothing to highlighting.
function mergeSurfaceForms(forms: string[]): string[] {
  const unique = [...new Set(forms)]
  return unique.filter((form) => !unique.some((other) => other.length > form.length && other.includes(form)))
}

function pairsOf(word: string): string[] {
  if (!/^\p{Script=Han}{3,}$/u.test(word)) return []
  return Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2))
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000
}
