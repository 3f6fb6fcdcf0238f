import { ORGANIZATION_WORDS } from '../rerank/answer-kinds.js'
import type { AnswererOptions } from '../create-answerer.js'
import { createBoundedCache } from '../bounded-cache.js'
import { readNumbers } from '../text/numbers.js'
import { findPersons, isNicknameOf } from '../text/person-names.js'
import type { ParsedQuestion } from '../question/read-question.js'
import { blend, hasAny, measureCoverage, type CoverageContext, type WeightedQuestion } from '../rerank/weigh-question.js'
import type { IndexedPassage } from '../search-index.js'
import type { TaggedWord } from '../types.js'

// How sure wenda is that a ranked passage answers: the signals behind "no reliable answer".

/** What a candidate's confidence is measured from: the passage, its best sentence and its kind. */
export interface ConfidenceInput {
  q: WeightedQuestion
  /** The passage's terms, and its context (heading, title, the section before it). */
  terms: Set<string>
  headings: CoverageContext[]
  /** The best sentence's answer kind (see `scoreAnswerKind`), its index and its text. */
  kind: number
  best: number
  sentence: string
  /** `focusFactor` of the passage, which ranking uses too. */
  focus: number
  passage: IndexedPassage
  tag?: (text: string) => TaggedWord[]
}

/**
 * How sure a passage answers, 0–1: its coverage of the question with nouns (what is asked about)
 * counting more, lowered when no sentence holds the kind of thing a typed question asks for, when
 * the focus is missing, when a number the question names is not by the answer, and when the
 * answering sentence is about another person.
 */
export function measureConfidence(c: ConfidenceInput, opts: AnswererOptions): number {
  const coverage = blend(measureCoverage(c.q, c.terms, opts.weights, c.headings, opts.nounEmphasis))
  return (
    coverage *
    kindFactor(c.q.question, c.kind, opts) *
    c.focus *
    numberFactor(c.q.question, c.passage, c.best, opts) *
    personFactor(c.q, c.sentence, c.tag, opts) *
    instanceFactor(c.q, c.terms, c.headings, opts)
  )
}

// Counts, dates, places and persons can be recognised, so a typed question whose best sentence
// lacks one is less likely answered there.
function kindFactor(question: ParsedQuestion, kind: number, opts: AnswererOptions): number {
  if (!isTypedQuestion(question)) return 1
  // a count in another unit or a date without the part asked for (a year for 哪一天) is no answer:
  // partial kinds help ranking, but when the question names its unit they do not vouch for it
  const shown = question.unit !== '' && kind < 1 ? 0 : kind
  if (shown >= 1) return 1
  const penalty = question.type === 'who' ? opts.personKindPenalty : opts.kindPenalty
  return penalty + (1 - penalty) * shown
}

// 哪家银行, 哪个分局, 哪所学校 want a named one as surely as 哪里 wants a place; 哪些措施 may be
// answered by a list that never repeats 措施.
const INSTITUTION = new RegExp(`(?:${[...ORGANIZATION_WORDS, '大学', '幼儿园', '社区', '街道', '村', '镇', '县', '市', '区'].join('|')})$`)

function isTypedQuestion(question: ParsedQuestion): boolean {
  return ['how_many', 'when', 'where', 'who', 'name'].includes(question.type) || (question.type === 'which' && INSTITUTION.test(question.focus))
}

/**
 * 1 when the passage holds the question's focus, else the focus penalty for its type. The noun
 * naming what is asked about (or a word jieba knows only from the corpus: 辅警, 所队) must be there
 * as itself or a synonym: not pieced together from parts found apart (中队 here, 队长 of 大队长 there).
 */
export function focusFactor(q: WeightedQuestion, terms: Set<string>, opts: AnswererOptions): number {
  const focus = q.words.find((w) => w.word.term === q.question.focus && (w.noun || w.coined))
  if (focus === undefined || hasAny(terms, focus.word.forms)) return 1
  return isRoleQuestion(q.question) ? opts.roleFocusPenalty : opts.focusPenalty
}

/** 所长是谁, 多少名党员: the focus is the role or the thing counted, without which there is no answer. */
export function isRoleQuestion(question: ParsedQuestion): boolean {
  return question.type === 'who' || question.type === 'how_many'
}

// A number the question names (2018年, 第五中队) picks out what it asks about: a passage without it
// is about another year or unit, and one that has it only sentences away from its best sentence
// answers for something else (2017年's figure, with 2018 in the paragraph before).
function numberFactor(question: ParsedQuestion, passage: IndexedPassage, best: number, opts: AnswererOptions): number {
  if (question.numbers.length === 0) return 1
  const { perSentence, heading } = numbersOf(passage)
  const near = [best - 1, best, best + 1].filter((i) => i >= 0 && i < perSentence.length)
  let factor = 1
  for (const values of question.numbers) {
    const holds = (i: number) => values.some((v) => perSentence[i]!.has(v))
    // a section heading (刑侦支队七大队) governs every passage under it
    if (near.some(holds) || values.some((v) => heading.has(v))) continue
    factor = Math.min(factor, perSentence.some((_, i) => holds(i)) ? opts.numberFarPenalty : opts.numberMissingPenalty)
  }
  return factor
}

// A question about one person (巫伟勇今年几岁) is not answered by a sentence about another
// (李兔儿今年59岁) that does not name the one asked about. A pronoun before the other name may
// still point back at the one asked about (当年，他们为了…), so that sentence is let be.
function personFactor(q: WeightedQuestion, text: string, tag: ((text: string) => TaggedWord[]) | undefined, opts: AnswererOptions): number {
  if (tag === undefined || q.question.type === 'who' || q.question.type === 'name' || q.persons.length === 0) return 1
  if (q.persons.some((person) => text.includes(person))) return 1
  const others = findPersons(text, tag)
  if (others.length === 0) return 1
  // 小巫 is 巫伟勇 to colleagues: a nickname stands for anyone of its surname
  if (others.some((name) => q.persons.some((person) => isNicknameOf(person, name)))) return 1
  const pronoun = text.search(PERSONAL_PRONOUN)
  return pronoun >= 0 && pronoun < Math.min(...others.map((name) => text.indexOf(name))) ? 1 : opts.otherPersonPenalty
}

const PERSONAL_PRONOUN = /[他她我]/

// 机动大队, 小营派出所: the name before a unit word picks out one unit. A passage without it (七大队
// has 博士2名) is about another.
function instanceFactor(q: WeightedQuestion, terms: Set<string>, headings: CoverageContext[], opts: AnswererOptions): number {
  for (const w of q.words) {
    if (w.word.within !== '' || w.word.term.length < 2) continue
    const at = q.question.normalized.indexOf(w.word.term)
    if (!UNIT_WORD.test(q.question.normalized.slice(at + w.word.term.length))) continue
    if (!hasAny(terms, w.word.forms) && !headings.some((h) => hasAny(h.terms, w.word.forms))) return opts.instancePenalty
  }
  return 1
}

// Unit words of two characters or more: 村里, 镇上 read otherwise too often.
const UNIT_WORD = /^(?:大队|中队|支队|派出所|分局|法院|检察院|医院|社区|街道)/

const numbersOf = createBoundedCache(
  (passage: IndexedPassage) => ({
    perSentence: passage.sentences.map((s) => readNumbers(passage.text.slice(s.start, s.end))),
    heading: readNumbers(passage.heading),
  }),
  5_000,
)
