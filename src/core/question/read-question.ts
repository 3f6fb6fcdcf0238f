import type { Analyzer, Term } from '../text/analyzer.js'
import { findQuestionNumbers } from '../text/numbers.js'
import { surnameOfNickname } from '../text/person-names.js'
import type { Synonyms } from '../text/synonyms.js'

/** What kind of thing a question asks for. */
export type QuestionType = 'who' | 'name' | 'when' | 'where' | 'how_many' | 'which' | 'why' | 'how' | 'yes_no' | 'what'

/** A content word of the question and the words that may stand for it in a passage. */
export interface QueryWord {
  term: string
  /** The word itself first, then its synonyms. */
  forms: string[]
  /** The longer question word this one was found inside (search mode: 派出 in 派出所); else ''. */
  within: string
}

/** A question as the ranker sees it. */
export interface ParsedQuestion {
  text: string
  /** The question as the analyzer normalized it (simplified, half-width, lower case). */
  normalized: string
  type: QuestionType
  words: QueryWord[]
  bigrams: string[]
  /** The measure word a count should carry (名 for 多少名民警, 元 for 多少钱); empty when any will do. */
  unit: string
  /** The word naming what is asked about (门票 in 门票多少钱, 称号 in 什么称号); '' when unclear. */
  focus: string
  /** Numbers the question names (2018年, 第五中队), each as the values it may stand for. */
  numbers: number[][]
}

// A keyword query ending in 年龄 (施林松 年龄) asks for an age; 上了年纪的女性 asks nothing of it.
const AGE_KEYWORD = '(?:年龄|年纪|岁数)[\\s?!.？！。]*$'

// Checked in order: the first pattern that matches decides. Patterns read the normalized question.
const TYPE_PATTERNS: [QuestionType, RegExp][] = [
  // a purpose (用来干什么, 有什么用, 图的是啥) is answered like a reason: 为了…, 用于…
  // 小营巷几号 asks for a house number, not a date
  ['where', /[路街巷弄]几号|门牌/],
  ['why', /为什么|为何|什么原因|原因是|何故|为啥|怎么会|咋会|用来[干做]什么|有什么用|目的是什么|为了什么|(?<![地意企试蓝构插版截制绘草])图(?:的是|个)?什么/],
  ['when', /什么时候|何时|哪一?年|哪一?天|哪一?月|几月|几号|几日|几点|什么时间|哪个时间|日期|哪段时间/],
  // 姓什么 asks for a person, and 林某 answers it
  ['who', /谁|哪位|什么人|哪些人|哪几[个位]人|哪几位|姓什么|姓啥|贵姓/],
  // what someone or something is called (叫啥名字, 全名, 叫做什么): a person or a quoted name
  ['name', /叫什么|叫啥|什么名字|啥名字|全名|姓名|叫做什么|什么名称|名称是什么|店名/],
  ['which', /哪几/],
  // 方便在哪里, 难在哪儿: in what respect, not where
  ['what', /(?:方便|好|难|强|特别|特殊|不同|区别|差别|优势|特色|亮点|问题|新|妙|厉害|关键)在哪/],
  // keyword queries name the quantity instead of asking for it (调解纠纷 数量, 施林松 年龄)
  ['how_many', new RegExp(`数量|人数|次数|金额|数目|${AGE_KEYWORD}|多少|几[个名位人次支家条年岁天件起起项所种只辆座]?|多大|多高|多长|多远|多久|百分之|比例|占比|第几|几成|多少钱`)],
  ['where', /哪里|哪儿|什么地方|何地|何处|在哪|哪[一个条座所家]?(?:区|县|市|镇|乡|村|街|路|省|学校|医院|社区)/],
  ['how', /怎么|怎样|如何|咋|什么办法|什么方式|什么方法|哪些措施|靠什么/],
  ['which', /哪[个家所支条项种届次些]?/],
  ['yes_no', /(?<!什)[吗么嘛][?？]?$|是不是|有没有|是否|能否|对不对/],
]

/** Detects the question type from its wording; `what` when nothing more specific fits. */
export function detectQuestionType(normalizedQuestion: string): QuestionType {
  // 啥时候, 为啥, 咋办: the colloquial question words read as the standard ones
  const standard = normalizedQuestion.replaceAll('啥', '什么').replaceAll('咋', '怎么')
  for (const [type, pattern] of TYPE_PATTERNS) if (pattern.test(standard)) return type
  return 'what'
}

// 多少名, 几所, 哪位: the measure word belongs to the question word, not to what is asked about.
const QUESTION_BEFORE_MEASURE = /(?:多少|几|哪|哪一|第几)[^\p{Script=Han}]*$/u

function isMeasureWordOfQuestion(term: string, before: string): boolean {
  return /^\p{Script=Han}$/u.test(term) && QUESTION_BEFORE_MEASURE.test(before)
}

// 哪一年开始, 什么时候起: asks for a starting point, which a passage gives as 2019年以来, 自2015年,
// 2019年起 as often as with 开始; the date asked for is the evidence, not the verb.
const WHEN_BEFORE_START = /(?:什么时候|何时|哪一?年|哪一?天|哪个?月|几月|几号|什么时间|哪个时间|哪一?年份)[^\p{Script=Han}]*$/u

function isStartOfWhen(term: string, before: string): boolean {
  return (term === '开始' || term === '起') && WHEN_BEFORE_START.test(before)
}

// The unit asked for, read off the question word: 多少名 → 名, 几岁 → 岁, 多少钱 → 元.
// For 哪一年 / 几点 the unit says which part of a date is wanted; for 哪条路 which kind of place.
const UNIT_ASKED: [RegExp, string][] = [
  // an address (a road with its house number), before 几号 is read as a day
  [/地址|住址|门牌|[路街巷弄]几号/, '地址'],
  [/几点|几时|什么时间开|什么时间关/, '点'],
  [/哪一?年|什么年份/, '年'],
  [/哪一?天|几号|几月几[日号]|哪一?日/, '日'],
  [/哪一?个?月|几月/, '月'],
  // a telephone number is digits, not a count
  [/(?:电话|手机号?|号码|热线)(?:号码)?(?:是|为)?多少/, '号码'],
  [/哪[一个条座所家]?(区|县|市|镇|乡|村|街道|街|路|省|巷|社区)/, '$1'],
  [/多少钱|多少万?元|多少块|金额/, '元'],
  [/人数/, '人'],
  [/次数/, '次'],
  [new RegExp(`几岁|多大年纪|多大岁数|多少岁|今年多大|多大了|${AGE_KEYWORD}`), '岁'],
  // 几零后: a generation (00后, 90后)
  [/几零后/, '零后'],
  // a length of time (时长): answered by any time unit, not by 59岁 or 3个
  [/多长时间|多久|多长的时间|多少时间/, '时长'],
  // 几个人 as 几人: 个 may stand between the question word and the unit
  [/(?:多少|几)个?(分贝|公里|千米|平方米|平方公里|公斤|千克|小时|分钟|周岁|人次|公顷|[名位人次支家条年天件起项所种只辆座户倍批届期台套场棵株张本块间栋层艘架根斤吨米亩])/, '$1'],
  // a name asked for: a person's (全名, 姓名) or a thing's (店名, 名称); see `scoreAnswerKind`.
  // After the counts: 牌子上显示多少天 counts days
  [/全名|姓名|真名|大名/, '人'],
  [/店名|名称|叫什么店|牌子/, '物'],
  // a bare 几个 counts things or people, not years, times or money (see `scoreCount`)
  [/(?:多少|几)个/, '个'],
]

/** The unit a count in the answer should carry, or '' when the question does not say. */
export function detectUnit(normalizedQuestion: string): string {
  for (const [pattern, unit] of UNIT_ASKED) {
    const match = pattern.exec(normalizedQuestion)
    if (match !== null) return unit.replace('$1', match[1] ?? '')
  }
  return ''
}

// What is asked about stands next to the question word: the head (last word) of the phrase after
// 什么/哪个/多少 (什么称号, 多少见义勇为奖金), or the word just before 是谁/多少/在哪里/叫什么
// (局长是谁, 门票多少钱). Single characters are too vague to count as the focus.
const ASK_BEFORE_FOCUS = /(?:(?<!为)(?:什么|啥)|哪[一]?[个些位种家条项所座]?|几[点个位种家条项所名]?|多少[个位名种家条项所座]?)$/
// Adverbs may stand between the focus and the question word (中队长分别是谁, 所长又是谁).
const ASK_AFTER_FOCUS = /^(?:的)?(?:分别|各自|又|都|究竟|到底)?(?:人数|数量|总数|是谁|是哪位|是哪个|是哪些|是什么|是啥|是多少|叫什么|叫啥|叫做什么|的名字|多少|有多少|在哪|有多|怎么|如何)/

// Nouns that only say what kind of answer is wanted (什么地方, 哪些东西), not what it is about.
const KIND_NOUNS = new Set(['地方', '东西', '名字', '名称', '一带', '方面', '事情', '情况', '内容', '地点', '样子', '部分', '类型', '种类'])

// 哪方面工作, 什么样的人: a kind noun may stand between the question word and the focus.
const KIND_BEFORE_FOCUS = /(?:方面|类型|种类|部分|样)的?$/

// Adverbs between the focus and the question word are not the focus either.
const FOCUS_ADVERBS = new Set(['分别', '各自', '究竟', '到底'])

function findFocus(normalized: string, terms: readonly Term[], words: ReadonlyMap<string, QueryWord>): string {
  const whole = terms.filter(
    (t) => words.get(t.term)?.within === '' && t.end - t.start >= 2 && !KIND_NOUNS.has(t.term) && !FOCUS_ADVERBS.has(t.term),
  )
  // spaces and punctuation between words do not separate them here (门票 多少钱)
  const text = (from: number, to?: number) => normalized.slice(from, to).replace(/[^\p{Script=Han}a-z0-9]/gu, '')
  const first = whole.findIndex((t) => ASK_BEFORE_FOCUS.test(text(0, t.start).replace(KIND_BEFORE_FOCUS, '')))
  if (first >= 0) {
    let head = first
    while (whole[head + 1] !== undefined && whole[head + 1]!.start === whole[head]!.end) head++
    return whole[head]!.term
  }
  const before = whole.find((t) => ASK_AFTER_FOCUS.test(text(t.end)))
  return before?.term ?? ''
}

// A demonstrative with its measure word (那位, 这起, 那家, 该所) only points at what follows, and
// jieba may glue the measure word to it (那位) or to the next word (那家小饭店 → 那/家小/饭店).
// 只, 本, 根, 片, 期, 部 are left out: 这只是, 这本来, 这根本, 那片区, 这期间, 这部分 read otherwise.
const DEMONSTRATIVE_MEASURE = /[那这该此某每各]一?[个位名家支场起件条座所间辆次种项批群张台段份栋幢户棵届套封笔篇首艘架](?=[\p{Script=Han}\d])/gu

/** The question without demonstratives and their measure words, which carry no content. */
export function dropDemonstratives(normalizedQuestion: string): string {
  return normalizedQuestion.replace(DEMONSTRATIVE_MEASURE, (match) => ' '.repeat(match.length))
}

// In a how-many question these only name the count asked for (党员 人数), which the unit and the
// answer kind already check; passages give the count (38名党员), seldom the noun.
const QUANTITY_NOUNS = new Set(['人数', '数量', '次数', '金额', '数目', '总数', '人次'])

// 多大, 多高, 多远: jieba cuts the question word in two, and neither half is content.
function isHalfOfHowMuch(term: string, before: string, after: string): boolean {
  return (term === '多' && /^[大高长远久重]/.test(after)) || (/^[大高长远久重]$/.test(term) && before.endsWith('多'))
}

// Likewise in a where question, words that only name a place (那个地址是哪儿): passages give the
// place itself, and an address asked for is checked as the unit (see `detectUnit`).
const PLACE_NOUNS = new Set(['地方', '地点', '地址', '住址', '门牌', '位置', '场所', '方位'])

// Words that belong to asking rather than to what is asked about.
function isScaffolding(term: string, before: string, after: string, type: QuestionType): boolean {
  return (
    isMeasureWordOfQuestion(term, before) ||
    isStartOfWhen(term, before) ||
    (type === 'how_many' && (QUANTITY_NOUNS.has(term) || isHalfOfHowMuch(term, before, after))) ||
    (type === 'where' && PLACE_NOUNS.has(term))
  )
}

// A word stands for itself and its synonyms; a nickname (老李) also for its surname, since jieba
// cuts the full name 李兔儿 as 李/兔儿 and a passage may never use the nickname.
function formsOf(term: string, synonyms: Synonyms): string[] {
  const surname = surnameOfNickname(term)
  return [term, ...(synonyms.get(term) ?? []), ...(surname === undefined ? [] : [surname])]
}

/** Reads a question: its type, its content words (with synonyms) and its bigrams, deduplicated. */
export function parseQuestion(text: string, analyzer: Analyzer, synonyms: Synonyms): ParsedQuestion {
  const analysed = analyzer.analyze(dropDemonstratives(analyzer.normalizer.normalize(text)))
  const normalized = analysed.normalized.text
  const type = detectQuestionType(normalized)
  const words = new Map<string, QueryWord>()
  for (const { term, start, end } of analysed.words) {
    if (isScaffolding(term, normalized.slice(0, start), normalized.slice(end), type)) continue
    const outer = analysed.words.find((w) => w.start <= start && w.end >= end && w.end - w.start > end - start)
    if (!words.has(term)) words.set(term, { term, forms: formsOf(term, synonyms), within: outer?.term ?? '' })
  }
  return {
    text,
    normalized,
    type,
    unit: detectUnit(normalized),
    focus: findFocus(normalized, analysed.words, words),
    numbers: findQuestionNumbers(normalized, type === 'who' || type === 'name' || type === 'which'),
    words: [...words.values()],
    bigrams: [...new Set(analysed.bigrams.map((t) => t.term))],
  }
}
