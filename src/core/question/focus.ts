import type { Term } from '../text/analyzer.js'
import { PERSON_MEASURES, THING_MEASURES } from '../text/vocabulary.js'
import { isRateUnit } from './unit.js'

// What is asked about stands next to the question word: the head (last word) of the phrase after
// 什么/哪个/多少 (什么称号, 多少见义勇为奖金), or the word just before 是谁/多少/在哪里/叫什么
// (局长是谁, 门票多少钱). Single characters are too vague to count as the focus.
const COUNTING = PERSON_MEASURES + THING_MEASURES
const ASK_BEFORE_FOCUS = new RegExp(`(?:(?<!为)(?:什么|啥)|哪一?[${COUNTING}些]?|几[点${COUNTING}]?|多少[${COUNTING}]?)$`)
// Adverbs may stand between the focus and the question word (中队长分别是谁, 所长又是谁).
const ASK_AFTER_FOCUS = /^(?:的)?(?:分别|各自|又|都|究竟|到底)?(?:人数|数量|总数|是谁|是哪位|是哪个|是哪些|是什么|是啥|是多少|叫什么|叫啥|叫做什么|的名字|多少|有多少|在哪|有多|怎么|如何)/

// Nouns that only say what kind of answer is wanted (什么地方, 哪些东西), not what it is about.
const KIND_NOUNS = new Set(['地方', '东西', '名字', '名称', '一带', '方面', '事情', '情况', '内容', '地点', '样子', '部分', '类型', '种类', '身份', '问题', '年龄段'])

// 哪方面工作, 什么样的人: a kind noun may stand between the question word and the focus.
const KIND_BEFORE_FOCUS = /(?:方面|类型|种类|部分|样)的?$/

// Adverbs between the focus and the question word are not the focus either.
const FOCUS_ADVERBS = new Set(['分别', '各自', '究竟', '到底'])

// 哪个支队下面的, 哪个村里面: a word of place after the noun says where, relative to it; the noun is the focus.
const LOCATIVES = new Set(['下面', '上面', '里面', '外面', '旁边', '附近', '底下', '之下', '之中', '当中', '中间', '之间', '周边', '周围', '身边', '以下', '以上', '以内', '以外'])

/**
 * The word naming what a question asks about (门票 in 门票多少钱, 称号 in 什么称号), among the
 * content words `isWholeContent` accepts that stand whole (not inside a longer one); '' when unclear.
 */
export function findFocus(normalized: string, terms: readonly Term[], isWholeContent: (term: string) => boolean): string {
  const whole = terms.filter((t) => isWholeContent(t.term) && t.end - t.start >= 2 && !KIND_NOUNS.has(t.term) && !FOCUS_ADVERBS.has(t.term) && !isRateUnit(normalized, t.term, t.start))
  // spaces and punctuation between words do not separate them here (门票 多少钱)
  const text = (from: number, to?: number) => normalized.slice(from, to).replace(/[^\p{Script=Han}a-z0-9]/gu, '')
  const first = whole.findIndex((t) => ASK_BEFORE_FOCUS.test(text(0, t.start).replace(KIND_BEFORE_FOCUS, '')))
  if (first >= 0) {
    let head = first
    while (whole[head + 1] !== undefined && whole[head + 1]!.start === whole[head]!.end && !LOCATIVES.has(whole[head + 1]!.term)) head++
    return whole[head]!.term
  }
  const before = whole.find((t) => ASK_AFTER_FOCUS.test(text(t.end)))
  return before?.term ?? ''
}
