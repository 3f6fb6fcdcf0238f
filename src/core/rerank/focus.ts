import type { ParsedQuestion } from '../question/read-question.js'
import { alternation, BODY_ENDINGS, escapeRegExp } from '../text/vocabulary.js'
import { hasAny } from './coverage.js'
import type { WeightedQuestion, WeightedWord } from './weigh-question.js'

/**
 * False when the passage lacks the question's focus: the noun naming what is asked about (or a
 * word jieba knows only from the corpus), as itself or a synonym — not pieced together from parts
 * found apart (中队 here, 队长 of 大队长 there). True when the question has no such focus.
 */
export function isFocusFound(q: WeightedQuestion, terms: ReadonlySet<string>, text = ''): boolean {
  // jieba tags 对手, 搭档, 教练 verbs; after 的 (江城队的对手是谁) they are what something has, a noun
  const nominal = (w: WeightedWord) => w.noun || w.coined || q.question.normalized.includes(`的${w.word.term}`)
  const focus = q.words.find((w) => w.word.term === q.question.focus && nominal(w))
  return (
    focus === undefined ||
    hasAny(terms, focus.word.forms) ||
    isSpelledApart(focus, text) ||
    (LEADER.test(focus.word.term) && POST.test(text)) ||
    (BODY_KIND.test(focus.word.term) && BODY.test(text))
  )
}

// 哪两个部门, 哪家单位: what names an office or a body (县自然资源局, 县气象台, 市社保中心) is one.
const BODY_KIND = /^(?:部门|单位|机构|机关)$/u
const BODY = new RegExp(`\\p{Script=Han}{2}(?:${alternation(BODY_ENDINGS)})`, 'u')

// 负责人是谁, 一把手是谁: whoever heads a body, by the title of their post (主任, 所长, 大队长, 书记).
const LEADER = /^(?:负责人|一把手|领导|带头人|掌门人|头儿)$/u
// 长 after a body (所长, 大队长), not of growth or length (增长, 成长, 延长) nor 家长 (parents).
const POST = /(?<=\p{Script=Han})(?<![增成延生擅特助家])长|主任|书记|经理|总监|主席/u

// 挽回损失 asked, 挽回经济损失 written: a compound's parts in its order, a short modifier between
// them, are the compound (not parts found apart across the passage).
function isSpelledApart(focus: WeightedWord, text: string): boolean {
  if (text === '') return false
  return spelledApartPattern(focus)?.test(text) ?? false
}

// The pattern is the question's, read against every candidate passage: made once per focus word.
const spelledApart = new WeakMap<WeightedWord, RegExp | undefined>()

function spelledApartPattern(focus: WeightedWord): RegExp | undefined {
  if (spelledApart.has(focus)) return spelledApart.get(focus)
  const parts = focus.parts.map((p) => p.word.term)
  const pattern = parts.length >= 2 && parts.join('') === focus.word.term ? new RegExp(parts.map(escapeRegExp).join('\\p{Script=Han}{1,4}?'), 'u') : undefined
  spelledApart.set(focus, pattern)
  return pattern
}

/**
 * 所长是谁, 多少名党员, 王立新得过什么称号, 王立新说了什么: the focus is the role, the thing counted,
 * the honour or the words, without which there is no answer.
 */
export function isRoleQuestion(question: ParsedQuestion): boolean {
  return question.type === 'who' || question.type === 'how_many' || asksOfSubject(question)
}

/** 王立新得过什么称号, 王立新说了什么: the question asks what is said of or by the one it names. */
export function asksOfSubject(question: ParsedQuestion): boolean {
  return question.cues.honoured !== '' || question.cues.speaker !== ''
}

/**
 * The forms a sentence names the question's focus by: its own and its synonyms'; for 谁 also the
 * thesaurus' near-synonyms (师徒 for 徒弟), so that a person named in a clause apart from the role
 * (看着这对师徒…，居民刘阿姨…) is not taken for the one asked. Undefined when there is no focus word.
 */
export function findFocusForms(q: WeightedQuestion): readonly string[] | undefined {
  const focus = q.words.find((word) => word.word.term === q.question.focus)?.word
  if (focus === undefined) return undefined
  return q.question.type === 'who' && focus.near !== undefined ? [...focus.forms, ...focus.near] : focus.forms
}
