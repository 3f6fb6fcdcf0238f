import type { IndexedPassage, IndexedSentence } from '../retrieve/indexed-passage.js'
import type { Candidate } from '../retrieve/retriever.js'
import type { TaggedWord } from '../types.js'
import { statesWithUnit } from '../text/numbers.js'
import { scoreAnswerKind, scoreAssertion } from './answer-kinds.js'
import { blend, hasAny, measureCoverage, measureSentenceCoverages, type Coverage, type CoverageContext } from './coverage.js'
import { asksOfSubject, findFocusForms, isFocusFound, isRoleQuestion } from './focus.js'
import { endsAsking } from '../text/turns.js'
import { findPersons, surnameOfNickname } from '../text/person-names.js'
import { defaultRankWeights, type RankWeights } from './rank-weights.js'
import { siblingsOf } from '../text/siblings.js'
import type { KindContext } from './kind-context.js'
import type { WeightedQuestion, WeightedWord } from './weigh-question.js'
import { holdsSource } from './source-match.js'
import { opensItem } from '../text/enumeration.js'
import { readAcrossSentences } from './across-sentences.js'

/** How candidates are reranked; defaults were chosen on the project's tuning sets. */
export interface RerankOptions {
  /**
   * Candidates scoring below this share of the best BM25 score are not reranked, as fewer is
   * faster. Default 0.1: in a corpus of a few articles, one-character words (最, 多) matched many
   * times over put the passage with the rarest word asked (降雨) below 0.2; from 0.2 to 0.1 no
   * figure fell, tuning3's Hit@3 rose (.980 → 1), and the bench's 10k p50 moved 3.49 → 3.59 ms.
   */
  candidateFloor: number
  /**
   * Rank factor of a passage that does not hold the words whose source a question asks (谁说过…,
   * see `holdsSource`): it is not where they were said. Default 0.5: on tuning11 0.3–0.8 alike put
   * the passage saying them first.
   */
  sourceMissingRankFactor: number
  /**
   * Passages before a candidate in its section whose words count as context (the subject named a
   * paragraph or two before, then referred to). Default 3: on the tuning sets 2 and 3 alike put
   * one more answer first in two sets and declined one fewer than 1; since then 3–6 alike answer
   * one more tuning7 question than 2 (a service hall named three paragraphs before the passage
   * that says what its staff are called).
   */
  sectionContext: number
  /**
   * Score factor for a 谁 or 多少 candidate without the role or the thing counted, so one that holds
   * it ranks first. Default 0.7: on the three tuning sets 0.5–0.8 all put one more answer first, at no cost.
   */
  roleFocusRankFactor: number
  /**
   * Factor on the score of a passage that never states a number the question gives a unit (第3座,
   * 25名) with that unit, or never opens the item of a list asked (第二项, see `opensItem`): the
   * same digits elsewhere (3条) match the number's term but not what it names. Default 0.8: no
   * figure of any question set moved at 0.5–0.9 (none asks so); the middle is taken. It puts
   * 第3座码头 first for 第3座码头有多长, not 第1座码头 with its 3条货船.
   */
  numberUnitRankFactor: number
  /**
   * How far below the best sentence the one after it may score and still be shown, for questions
   * that ask for something new (what, which, how, why, a name): a passage first sets the scene in
   * the question's own words (开展安全检查工作), then gives the answer (通过某某平台下发任务后…).
   * Default 0.04: on the tuning sets 0.03–0.05 alike showed the answering sentence for six more
   * questions (questions, tuning4–6 one each, tuning7 two; in tuning2 a why-question gained and
   * one lost); 0.1 gained less, 0.2 lost dozens. Typed questions gained nothing, how-many lost eight.
   */
  answerFollowsMargin: number
  /**
   * Whether, for those questions, the sentence after the best one is shown when the question names
   * the thing it asks for after its question word (靠什么载体, 哪家医院) and that sentence names it
   * while the best one does not: the best restates the subject, the next gives what was asked.
   * Default true: on the tuning sets it showed the answering sentence for one more question
   * (tuning3) at no cost; trying the two or three sentences after alike gained the same. Taking any
   * focus word (王立新 in 王立新怎么做, the actor, not the thing asked) lost one in questions.
   */
  followAskedFocus: boolean
  /**
   * Whether, for those questions, the sentence after the best one is shown when the question asks
   * for several (哪些, 哪几) and that sentence lists some (holds a 、) while the best one does not.
   * Default true: on the tuning sets it showed the answering sentence for two more questions
   * (questions, tuning2) at no cost; asking for two or more 、 instead gained none and lost five
   * (tuning4–6, followups-tuning2), and trying two or three sentences on gained none net (one lost
   * in tuning6 offset the gains).
   */
  followListForPlural: boolean
  /**
   * Whether, for those questions, the sentence after the best one is shown when the question asks
   * for the object of an act (讲的是啥, 用的是什么) and that sentence has the act's word (讲 in 讲解)
   * while the best one does not: the scene names the event, the next what was done in it.
   * Default true: on the tuning sets it showed the answering sentence for two more questions
   * (tuning2, tuning4) of the eleven that ask so, at no cost. The act right before 什么 or 啥
   * (研究什么, found in the terminal chat) moved no tuning figure and showed blind4 one more
   * answering sentence (a check set, measured after); 讲了什么 cost tuning2 one.
   */
  followAskedAct: boolean
  /**
   * What a when-question's sentence to show gains for naming the event asked (通水 of 淡化厂啥时候能
   * 通水): the passage opens with the subject and a date (4月15日…开工), the date of the event
   * comes later. Default 0.1: on the tuning sets 0.1–0.3 alike showed the dated event for two more
   * questions (questions, coast-tuning2) and declined one more near miss (coast-tuning); 0.05 moved none.
   */
  eventBonus: number
  /**
   * What a sentence to show loses for naming a sibling of a question word and not the word (女子组冠军
   * for 男子组冠军是谁): it is about the other one; for a yes-no question that one is the answer, as
   * confidence's sibling check holds. Default 0.1: on the tuning sets 0.1 and 0.3 alike
   * showed the sentence about the one asked for two more questions (coast-tuning2, coast-tuning3).
   */
  siblingShownPenalty: number
  /**
   * How far below the first a passage of its article may score and still come first when the first
   * lacks the count, date or place in the unit asked and it has it (see `putKindFirst`). Default 0.1:
   * on the tuning sets it put nine more answers first (hill-tuning2, 3, 5, lake-tuning3, river-tuning,
   * river-tuning3, 4, tuning3, valley-tuning) for one near miss answered (tuning2); 0.05 gained
   * fewer, 0.15 one more answer for one more near miss.
   */
  kindFirstMargin: number
  /**
   * The weight from which a question word the first passage holds must be held by the one put
   * before it too. Default 1.4: on the tuning sets 1.1–1.4 alike; 1.8 answered one more near miss
   * (valley-tuning), with none of them gaining.
   */
  kindFirstWordWeight: number
  /**
   * How far below the first a passage of its article may score and still come first for a who-question,
   * when the first calls someone by surname and title (罗法官) and its shown sentence gives a full name
   * of that surname (承办法官罗明漪; see `putFullNameFirst`). Default 0.2: on the tuning sets 0.2–0.3
   * alike put three more answers first (plain-tuning, plain-tuning2, river-tuning4), 0.1 one.
   */
  fullNameFirstMargin: number
  weights: RankWeights
}

/** The defaults stated on {@link RerankOptions}. */
export const defaultRerankOptions: RerankOptions = {
  candidateFloor: 0.1,
  sourceMissingRankFactor: 0.5,
  sectionContext: 3,
  roleFocusRankFactor: 0.7,
  numberUnitRankFactor: 0.8,
  answerFollowsMargin: 0.04,
  followAskedFocus: true,
  followListForPlural: true,
  followAskedAct: true,
  eventBonus: 0.1,
  siblingShownPenalty: 0.1,
  kindFirstMargin: 0.1,
  kindFirstWordWeight: 1.4,
  fullNameFirstMargin: 0.2,
  weights: defaultRankWeights,
}

/** The ranking signals of one candidate (each 0–1 before weighting). */
export interface ScoreParts {
  words: number
  bigrams: number
  sentence: number
  bm25: number
  answerKind: number
}

/** A reranked candidate, with what deciding and presenting need of it. */
export interface RankedPassage {
  candidate: Candidate
  score: number
  /**
   * The sentence that answers best as a reader checks it (a count of what was asked; for a what,
   * which, how, why or name question, the one after it when that scores nearly as well, or alone
   * names the thing or act asked about or lists what a plural ask wants), by index
   * in the passage: the one shown, and the one confidence reads.
   */
  bestSentence: number
  /** The answer kind (see `scoreAnswerKind`) of the sentence the passage was scored by. */
  kind: number
  /** Whether the passage holds what a 谁 or 多少 question asks about (see `isFocusFound`). */
  focusFound: boolean
  /** The passage's terms, and its context (heading and title, then the section before it). */
  terms: ReadonlySet<string>
  contexts: readonly CoverageContext[]
  parts: ScoreParts
  /** Its place in the retrieval list, which breaks ties. */
  order: number
}

/** Per-answerer memo of what reranking derives from passages, so recurring passages cost once. */
export interface RerankCaches {
  termsOf(passage: IndexedPassage): ReadonlySet<string>
  sentenceTermsOf(sentence: IndexedSentence): ReadonlySet<string>
  contextTermsOf(passage: IndexedPassage): ReadonlySet<string>
  /** The terms of the passages before a candidate in its section (see `Candidate.preceding`). */
  sectionTermsOf(candidate: Candidate): ReadonlySet<string>
  tag?: (text: string) => TaggedWord[]
  /** A passage's text in its matching form, spans kept (see `toPlainText`): what wording checks read. */
  plainOf(passage: IndexedPassage): string
}

/**
 * The union of the terms of the passages before a candidate; memoize it per passage where the
 * same passage objects recur (the embedded index), as `RerankCaches.sectionTermsOf`.
 */
export function collectSectionTerms(candidate: Candidate, termsOf: (passage: IndexedPassage) => ReadonlySet<string>): ReadonlySet<string> {
  if (candidate.preceding.length === 1) return termsOf(candidate.preceding[0]!)
  const section = new Set<string>()
  for (const before of candidate.preceding) for (const term of termsOf(before)) section.add(term)
  return section
}

/**
 * Reranks retrieved candidates by coverage of the question in the passage and its best sentence,
 * that sentence's answer kind and the retrieval score. Only the first `needed` are sure to be all
 * there and in order: sentences are scored best bound first, until no candidate left can enter them.
 */
export function rerank(q: WeightedQuestion, candidates: readonly Candidate[], needed: number, caches: RerankCaches, options: RerankOptions): RankedPassage[] {
  const best = candidates[0]?.score ?? 1
  const floor = best * options.candidateFloor
  const bounded = candidates
    .filter((c) => c.score >= floor)
    .map((candidate, order) => boundPassage(candidate, q, caches, candidate.score / best, order, options))
    .sort((a, b) => b.bound - a.bound || a.order - b.order)
  const ranked: RankedPassage[] = []
  const top: number[] = [] // the best `needed` scores so far, best first
  for (const candidate of bounded) {
    if (top.length >= needed && candidate.bound < top[needed - 1]!) break
    const scored = scorePassage(candidate, q, caches, options)
    ranked.push(scored)
    if (needed !== Infinity) keepBest(top, scored.score, needed)
  }
  // ties keep retrieval order, as a stable sort of the retrieval list would
  ranked.sort((a, b) => b.score - a.score || a.order - b.order)
  return putKindFirst(q, ranked, caches, options)
}

// 驰远电池项目一共投资多少钱: the passage naming the project most fully (…电池工厂正式投产) may hold no
// amount at all, a hair above the one of its article stating 总投资12.6亿元. When the first lacks
// the count, date or place in the unit asked, a passage of its article scoring within the margin
// whose shown sentence has it comes first, if it lacks no weighty question word the first holds
// (上塘派出所在哪个街道 is not answered by 康桥街道…康桥派出所).
function putKindFirst(q: WeightedQuestion, ranked: RankedPassage[], caches: RerankCaches, options: RerankOptions): RankedPassage[] {
  const first = ranked[0]
  if (first === undefined || first.kind >= 1) return ranked
  if (q.question.unit.kind === 'any') return q.question.type === 'who' ? putFullNameFirst(ranked, caches, options.fullNameFirstMargin) : ranked
  const context = { ...kindContextOf(q, caches), showing: true }
  const shownKind = (r: RankedPassage) => scoreAnswerKind(q.question.type, sentenceText(r, caches), context)
  const holds = (r: RankedPassage, w: WeightedWord) => hasAny(r.terms, w.word.forms) || r.contexts.some((c) => hasAny(c.terms, w.word.forms))
  const keepsWords = (r: RankedPassage) => q.words.every((w) => w.weight < options.kindFirstWordWeight || !holds(first, w) || holds(r, w))
  return promoteWithin(ranked, options.kindFirstMargin, (r) => r.kind >= 1 && keepsWords(r) && shownKind(r) >= 1)
}

// 承办法官是谁: a passage calling the judge 罗法官 names them by surname and title only; the passage
// of its article introducing 承办法官罗明漪 says who that is, and comes first when it scores within
// the margin and its shown sentence gives a full name of that surname.
function putFullNameFirst(ranked: RankedPassage[], caches: RerankCaches, margin: number): RankedPassage[] {
  const first = ranked[0]!
  const { tag } = caches
  if (tag === undefined) return ranked
  const surnames = readTitledSurnames(caches.plainOf(first.candidate.passage))
  if (surnames.size === 0) return ranked
  const fullName = (r: RankedPassage) => findPersons(sentenceText(r, caches), tag).some((person) => surnameOfNickname(person) === undefined && surnames.has(person[0]!))
  return promoteWithin(ranked, margin, (r) => r.kind >= 1 && fullName(r))
}

// The surnames a text names with a title or as a nickname (罗 of 罗法官, 李 of 老李), read from the
// text itself: jieba cuts 罗/法官.
function readTitledSurnames(text: string): Set<string> {
  const surnames = new Set<string>()
  for (let i = 0; i < text.length; i++) {
    const surname = surnameOfNickname(text.slice(i, i + 3)) ?? surnameOfNickname(text.slice(i, i + 2))
    if (surname !== undefined) surnames.add(surname)
  }
  return surnames
}

// The first of the next three passages of the first's article scoring within the margin that
// `accept` takes, put first; the order unchanged when there is none.
function promoteWithin(ranked: RankedPassage[], margin: number, accept: (r: RankedPassage) => boolean): RankedPassage[] {
  const first = ranked[0]!
  const at = ranked.slice(1, 4).findIndex((r) => r.candidate.passage.articleId === first.candidate.passage.articleId && r.score >= first.score - margin && accept(r)) + 1
  return at === 0 ? ranked : [ranked[at]!, ...ranked.filter((_, i) => i !== at)]
}

// The text of a ranked passage's shown sentence (the passage's, when it has none).
function sentenceText(r: RankedPassage, caches: RerankCaches): string {
  const { passage } = r.candidate
  const plain = caches.plainOf(passage)
  const sentence = passage.sentences[r.bestSentence]
  return sentence === undefined ? plain : plain.slice(sentence.start, sentence.end)
}

// 谁说过…: a passage without the words asked about is not where they were said.
function lacksSource(q: WeightedQuestion, plain: string): boolean {
  const { source } = q.question.cues
  return source !== '' && !holdsSource(plain, source)
}

function keepBest(top: number[], score: number, size: number): void {
  let at = top.length
  while (at > 0 && top[at - 1]! < score) at--
  if (at < size) {
    top.splice(at, 0, score)
    if (top.length > size) top.pop()
  }
}

/** A candidate with its passage-level signals and the most its full score can be. */
interface BoundedPassage {
  candidate: Candidate
  terms: ReadonlySet<string>
  contexts: CoverageContext[]
  whole: Coverage
  bm25: number
  bound: number
  order: number
}

/**
 * The answer-kind bonus for a question: larger for a count in a unit the question names, and for
 * how something ended (最后是怎么解决的), which the sentence stating the outcome answers and the one
 * stating the problem, with more of the question's words, does not.
 */
export function answerKindWeight(q: WeightedQuestion, weights: RankWeights): number {
  if (q.question.unit.kind === 'outcome') return weights.answerKindWithUnit
  return q.question.type === 'how_many' && q.question.unit.kind !== 'any' ? weights.answerKindWithUnit : weights.answerKind
}

/** The score formula, used for the bound and for the score alike so the two cannot drift. */
function combine(parts: ScoreParts, weights: RankWeights): number {
  return weights.passageWords * parts.words + weights.passageBigrams * parts.bigrams + weights.sentence * parts.sentence + weights.bm25 * parts.bm25
}

// A sentence covers at most what its passage (with headings) covers, and its answer kind adds at
// most the kind weight: that bounds the score before any sentence is looked at.
function boundPassage(candidate: Candidate, q: WeightedQuestion, caches: RerankCaches, bm25: number, order: number, options: RerankOptions): BoundedPassage {
  const w = options.weights
  const terms = caches.termsOf(candidate.passage)
  const section = caches.sectionTermsOf(candidate)
  // the heading first, as nearer; the section before the passage at the credit of a word further
  // away in the passage itself
  const contexts = [
    { terms: caches.contextTermsOf(candidate.passage), credit: w.contextCredit },
    { terms: section, credit: w.passageCredit },
  ]
  const whole = measureCoverage(q, terms, w, contexts)
  const most = combine({ words: whole.words, bigrams: whole.bigrams, sentence: blend(whole) + answerKindWeight(q, w), bm25, answerKind: 1 }, w)
  // a hair above, so rounding never prunes a candidate that ties
  return { candidate, terms, contexts, whole, bm25, bound: most + 1e-9, order }
}

// Types whose answer is something the question does not say, which a passage gives after naming
// the subject; a count, date, place or person is recognised in the sentence itself.
const ASKS_FOR_NEW: ReadonlySet<string> = new Set(['what', 'which', 'how', 'why', 'name'])

// A list of names or items: 甲、乙、丙.
const LISTS = /、/

// The sentence after the one to show, when the question asks for something new and that sentence
// scores within `margin` of it (its coverage plus `kindBonus` of its text): the scene set, the answer
// given. With `options`' cues, also when only that sentence names the thing or act asked about or,
// for a question asking for several, lists some.
function followToAnswer(
  q: WeightedQuestion,
  passage: IndexedPassage,
  plain: string,
  coverages: readonly Coverage[],
  shown: { i: number; score: number },
  kindBonus: (text: string) => number,
  termsOf: (sentence: IndexedSentence) => ReadonlySet<string>,
  options: RerankOptions,
): { i: number; score: number } {
  const next = shown.i + 1
  if (next >= passage.sentences.length) return shown
  const textOf = (i: number) => plain.slice(passage.sentences[i]!.start, passage.sentences[i]!.end)
  const followed = { i: next, score: shown.score }
  // a sentence that asks (an interviewer's 记者：…是什么？) is answered by the next one, unless it
  // holds what is asked itself (机动大队有何秘诀? names the 大队 of 哪个大队)
  if (endsAsking(textOf(shown.i)) && kindBonus(textOf(shown.i)) === 0) return followed
  if (!ASKS_FOR_NEW.has(q.question.type)) return shown
  if (blend(coverages[next]!) + kindBonus(textOf(next)) >= shown.score - options.answerFollowsMargin) return followed
  const cues = q.question.cues
  if (options.followAskedFocus && cues.askedForms.length > 0) {
    const names = (i: number) => hasAny(termsOf(passage.sentences[i]!), cues.askedForms)
    if (names(next) && !names(shown.i)) return followed
  }
  // the act may be a single character (讲) inside a longer word there (讲解): its text is read
  if (options.followAskedAct && cues.act !== '' && textOf(next).includes(cues.act) && !textOf(shown.i).includes(cues.act)) return followed
  if (options.followListForPlural && cues.plural && LISTS.test(textOf(next)) && !LISTS.test(textOf(shown.i))) return followed
  return shown
}

// Whether the question gives one of its numbers a unit (第3座, 25名) that the passage never states it
// with, or asks an item of a list (第二项) that the passage never opens.
function lacksNumberAsked(q: WeightedQuestion, passage: IndexedPassage, plain: string): boolean {
  const { ordinal } = q.question.cues
  if (ordinal > 0 && !opensItem(plain, ordinal)) return true
  return q.question.numbers.some((values, k) => {
    const unit = q.question.numberUnits[k]
    return unit !== undefined && !values.some((v) => statesWithUnit(plain, v, unit) || statesWithUnit(passage.heading, v, unit))
  })
}

// A sentence naming a sibling of a question word (女子组 for 男子组) and not the word itself.
function namesSiblingInstead(q: WeightedQuestion, terms: ReadonlySet<string>): boolean {
  return siblingWordsOf(q).some(({ forms, siblings }) => !forms.some((f) => terms.has(f)) && siblings.some((s) => terms.has(s)))
}

// The question's whole words of two characters or more that have siblings, each with them: made
// once per question, not for every sentence tried.
const siblingWords = new WeakMap<WeightedQuestion, { forms: readonly string[]; siblings: string[] }[]>()

function siblingWordsOf(q: WeightedQuestion): { forms: readonly string[]; siblings: string[] }[] {
  let made = siblingWords.get(q)
  if (made === undefined) {
    const whole = q.words.filter((w) => w.word.within === '' && w.word.term.length >= 2)
    made = whole.map((w) => ({ forms: w.word.forms, siblings: siblingsOf(w.word.term) })).filter((w) => w.siblings.length > 0)
    siblingWords.set(q, made)
  }
  return made
}

const byCoverage = (a: { i: number; coverage: number }, b: { i: number; coverage: number }) => b.coverage - a.coverage || a.i - b.i

// 该合作社成立于2016年: a sentence opening with a word pointing back (该, 此, 其, 这个) names its
// subject by what came before it. The question words naming that subject (翠坪村) count, as words
// elsewhere in the passage do, when found in the passages before it in its section.
const POINTS_BACK = /^[“"]?(?:该|此|其|这[个家座所条项种位名批些])/u

function creditAntecedents(q: WeightedQuestion, bounded: BoundedPassage, coverages: Coverage[], plain: string, caches: RerankCaches, w: RankWeights): void {
  const { candidate, terms } = bounded
  if (candidate.preceding.length === 0) return
  const before = [{ terms, credit: w.passageCredit }, { terms: caches.sectionTermsOf(candidate), credit: w.passageCredit }]
  candidate.passage.sentences.forEach((sentence, i) => {
    if (!POINTS_BACK.test(plain.slice(sentence.start, sentence.end))) return
    const credited = measureCoverage(q, caches.sentenceTermsOf(sentence), w, before)
    if (blend(credited) > blend(coverages[i]!)) coverages[i] = credited
  })
}

// 涨了多少, 比去年多几家, 增加了多少: the count asked is a change
const ASKS_CHANGE = /[涨增降减]|提高|提升|多了|少了|多出|高出|变化|差[了距]|比[^，,。？?]{0,12}[多少高低]/u

// What scoring a sentence's answer kind reads of the question: made once per question (and
// answerer's tagger), not for every passage ranked.
const kindContexts = new WeakMap<WeightedQuestion, KindContext>()

function kindContextOf(q: WeightedQuestion, caches: RerankCaches): KindContext {
  let context = kindContexts.get(q)
  if (context === undefined || context.tag !== caches.tag) {
    const { cues } = q.question
    context = { tag: caches.tag, unit: q.question.unit, known: q.forms, focus: q.question.focus, focusForms: findFocusForms(q), identity: cues.identity, located: cues.located, honoured: cues.honoured, ordinal: cues.ordinal, asksChange: ASKS_CHANGE.test(q.question.normalized) }
    kindContexts.set(q, context)
  }
  return context
}

function scorePassage(bounded: BoundedPassage, q: WeightedQuestion, caches: RerankCaches, options: RerankOptions): RankedPassage {
  const { candidate, terms, contexts, whole, bm25 } = bounded
  const { passage } = candidate
  const w = options.weights
  // a word of the question in the next sentence (the subject named just before) is closer to the
  // answer than one paragraphs away
  const coverages = measureSentenceCoverages(q, passage.sentences.map(caches.sentenceTermsOf), w)
  // wording is read in its matching form (陳志偉說 as 陈志伟说), at the original's spans
  const plain = caches.plainOf(passage)
  creditAntecedents(q, bounded, coverages, plain, caches, w)
  // 王立新说了什么, 谁说过…: the answer lies beside the sentences naming what they ask about
  const across = readAcrossSentences(q, passage, plain, coverages.map(blend), caches.tag)
  const sentences = across.coverages
  // answer kind is the costly part and adds at most its weight: sentences are tried best coverage
  // first, and one that cannot beat the best so far even with the full kind is skipped
  sentences.sort(byCoverage)
  const kindWeight = answerKindWeight(q, w)
  const asserted = q.question.type === 'yes_no' ? q.words.filter((w) => q.question.cues.asserted.includes(w.word.term)) : []
  const kindContext = kindContextOf(q, caches)
  // the passage is scored by its best sentence; the sentence shown is the best by the stricter
  // kind a reader checks (a count of what was asked), which never scores above the other
  let best = { i: 0, score: -1, kind: 0 }
  let shown = { i: 0, score: -1 }
  const event = q.question.type === 'when' ? q.question.cues.event : []
  for (const { i, coverage } of sentences) {
    if (coverage + kindWeight + (event.length > 0 ? options.eventBonus : 0) < shown.score) break
    const sentence = passage.sentences[i]!
    const text = plain.slice(sentence.start, sentence.end)
    // a sentence that asks (…狗主人该赔多少？) states nothing, though it names a count or a place
    const kind = endsAsking(text) ? 0 : (across.kindOf(i) ?? scoreAnswerKind(q.question.type, text, kindContext))
    const score = coverage + kindWeight * kind
    if (score > best.score || (score === best.score && i < best.i)) best = { i, score, kind }
    // a count reads stricter when shown, and a yes-no question shows the sentence stating what it
    // asks its subject can do or has; other kinds are scored once
    const strict = asserted.length > 0 ? scoreAssertion(text, asserted) : kind === 0 || q.question.type !== 'how_many' ? kind : scoreAnswerKind(q.question.type, text, { ...kindContext, showing: true })
    const sentenceTerms = caches.sentenceTermsOf(sentence)
    const named = event.length > 0 && hasAny(sentenceTerms, event) ? options.eventBonus : 0
    const shownScore = coverage + kindWeight * strict + named - (q.question.type !== 'yes_no' && namesSiblingInstead(q, sentenceTerms) ? options.siblingShownPenalty : 0)
    if (shownScore > shown.score || (shownScore === shown.score && i < shown.i)) shown = { i, score: shownScore }
  }
  if (across.mayFollow) shown = followToAnswer(q, passage, plain, coverages, shown, (text) => kindWeight * scoreAnswerKind(q.question.type, text, kindContext), caches.sentenceTermsOf, options)
  // what 得过什么称号 or 说了什么 asks for is an honour said of the one asked about, or their words,
  // whatever the passage calls them
  const focusFound = asksOfSubject(q.question) ? best.kind >= 1 : isFocusFound(q, terms, plain)
  const parts = { words: whole.words, bigrams: whole.bigrams, sentence: best.score, bm25, answerKind: best.kind }
  const score =
    combine(parts, w) *
    (!focusFound && isRoleQuestion(q.question) ? options.roleFocusRankFactor : 1) *
    (lacksNumberAsked(q, passage, plain) ? options.numberUnitRankFactor : 1) *
    (lacksSource(q, plain) ? options.sourceMissingRankFactor : 1)
  return { candidate, score, bestSentence: shown.i, kind: best.kind, focusFound, terms, contexts, parts, order: bounded.order }
}
