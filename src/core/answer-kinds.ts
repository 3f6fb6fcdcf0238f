import type { QuestionType } from './question.js'
import type { TaggedWord } from './types.js'

// What a sentence must contain to answer each type of question. Persons and places also accept
// jieba's nr/ns tags when a tagger is present; the patterns catch what the tagger misses.
// A count is a number with a measure word or unit (25名, 3万余人, 96.81%, 三支); a year (1922年)
// is a date, not a count, unless it reads as an amount of years (30多年); 第一个 and the article
// 一个 are not counts.
const UNIT = '[个名位人次支家条年岁天件起项所种倍批元块户座辆只台套场届期米里平方公顷吨小时分钟秒周月层栋间处棵株张本艘架根斤亩贝]'
// 几块, 几个 say that there are some, not how many: 几 and 数 only count before 十/百/千/万 (几十名).
const NUMERAL = '(?:[一二三四五六七八九十百千万两半]|[几数](?=[十百千万]))'
// 五六十年代 is a decade, not a count of years.
const COUNT = new RegExp(
  `(?<![\\d.])(?!(?:1[5-9]|20)\\d\\d年)\\d+(?:\\.\\d+)?(?:[多余万千百亿])*${UNIT}(?!代)|\\d+(?:\\.\\d+)?\\s*%|百分之|(?<!第)(?!一[个名位种项次件条家所])${NUMERAL}+[多余]?${UNIT}(?!代)`,
  'u',
)
// A year is written with four digits (1922年): 3年 is a length of time, not a date.
const DATE = /\d{4}\s*年|\d{1,2}\s*[月日号]|今年|去年|前年|近日|日前|年底|年初|上世纪|[一二三四五六七八九十]+月|星期|周[一二三四五六日]|期间|时期|前夕|之际|以来|届时|之前|之后/
// a named place: a place word after at least one character of name (one is enough to test for;
// a run of them only made the engine backtrack over every sentence)
// 全省, 各村, 我们村, 某村, 本市 name no place: a determiner or pronoun is no name.
const NOT_A_NAME = '[全各本该每此其这那们我你他她某]'
const PLACE = new RegExp(`(?!${NOT_A_NAME})\\p{Script=Han}(?:省|市|区|县|镇|乡|村|街|路|巷|社区|学校|小学|中学|学院|医院|派出所|法院|公园|广场|馆)`, 'u')
// A sentence telling how something was done names its means (通过…, 采取…措施, …的方式).
const METHOD = /通过|采取|采用|利用|借助|实行|推行|推出|开通|设立|实现|做到|方式|手段|措施|办法|方法|机制|模式/
// 因广场舞的场地处在…, …与该所创建“最强党支部”有关: a clause opening with 因, or a cause 与…有关
const REASON = /因为|由于|为了|原因|所以|因此|鉴于|以便|用于|用来|目的|之所以|(?:^|[，,；;])因(?![此而])|与[^。；]{1,40}有关/
// 师傅李兔儿 hints at a name after the role; 师傅的, 民警们 do not.
const PERSON_HINT = /[”」](?:[^\p{Script=Han}]|$)|[\p{Script=Han}]{2,3}(?:说|介绍|表示|告诉)|(?:民警|警官|大妈|老人|师傅|队长|所长|法官|检察官|记者)(?![的了是在和与们就也都把被将对为说等])[\p{Script=Han}]{2,3}/u

/** What besides its type a question tells about its answer. */
export interface KindContext {
  /** Part-of-speech tagger (jieba's tag set), to find persons and places. */
  tag?: (text: string) => TaggedWord[]
  /** The unit asked for (see `detectUnit`). */
  unit?: string
  /** Words of the question: the person or place asked about is not the answer. */
  known?: ReadonlySet<string>
  /** The word naming what is asked about (派出所 in 哪个派出所). */
  focus?: string
}

// The most common Chinese surnames: a tagged or unknown word of 2–4 characters starting with one
// reads as a person's name (jieba tags names it learned from the corpus only as x).
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤季巫施祝柴楼应童项俞葛洪翁裘'.split(''),
)

function hasPerson(sentence: string, known: ReadonlySet<string>, tag?: (text: string) => TaggedWord[]): boolean {
  if (tag === undefined) return false
  const words = joinSurnames(tag(sentence))
  return words.some((_, i) => isNewPerson(words, i, known, false))
}

// A person the question does not already name; for a name asked, not one the text withholds (林某).
function isNewPerson(words: readonly TaggedWord[], i: number, known: ReadonlySet<string>, askingName: boolean): boolean {
  const w = words[i]!
  return isPersonAt(words, i) && !isKnownName(w.word, known) && !(askingName && isWithheld(w.word))
}

function isPersonAt(words: readonly TaggedWord[], i: number): boolean {
  return isNickname(words[i]!.word) || isTaggedName(words[i]!, words[i + 1])
}

/** The persons a text names (李兔儿, 老何), as jieba's tags and the surname list read them. */
export function findPersons(text: string, tag: (text: string) => TaggedWord[]): string[] {
  const words = joinSurnames(tag(text))
  return words.filter((_, i) => isPersonAt(words, i)).map((w) => w.word)
}

// A word jieba tags as a name (or leaves unknown) that starts with a surname, unless a place or
// institution word follows it: 杜桥派出所 is a place.
function isTaggedName(w: TaggedWord, next: TaggedWord | undefined): boolean {
  return /^(?:nr|x)/.test(w.tag) && /^\p{Script=Han}{2,4}$/u.test(w.word) && SURNAMES.has(w.word[0]!) && !PLACE_AFTER.has(next?.word ?? '')
}

// 林某 answers 谁 as the article can, but is no answer to 叫什么名字.
function isWithheld(name: string): boolean {
  return name.endsWith('某')
}

// 老何, 小李, 阿张: how colleagues name each other in news stories (jieba tags them n or r).
const NICKNAME_PREFIXES = new Set(['老', '小', '阿'])

function isNickname(word: string): boolean {
  return word.length === 2 && NICKNAME_PREFIXES.has(word[0]!) && SURNAMES.has(word[1]!)
}

// 杜桥派出所, 王家村: a name before a place or institution word names the place, not a person.
const PLACE_AFTER = new Set(['派出所', '分局', '公安', '公安局', '法院', '法庭', '检察院', '医院', '学校', '小学', '中学', '社区', '街道', '镇', '乡', '村', '县', '市', '区', '路', '街', '巷', '大队', '中队'])

// The question's own person is no answer, however jieba cut the name there (李兔儿 as 李/兔儿).
function isKnownName(name: string, known: ReadonlySet<string>): boolean {
  if (known.has(name)) return true
  for (const word of known) if (word.length >= 2 && name.endsWith(word) && name.length - word.length === 1) return true
  return false
}

// jieba tags a surname alone when the given name is a word of its own (李/nr 兔儿/n): the two are
// one name.
function joinSurnames(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const next = words[i + 1]
    if (NICKNAME_PREFIXES.has(w.word) && next !== undefined && isNickname(w.word + next.word)) {
      out.push({ word: w.word + next.word, tag: 'nr' })
      i++
    } else if (
      w.word.length === 1 &&
      SURNAMES.has(w.word) &&
      next !== undefined &&
      /^\p{Script=Han}{1,2}$/u.test(next.word) &&
      // 李/nr 兔儿/n, and 黄/a 秋香/nr: either half may carry the name's tag
      (w.tag === 'nr' || (next.tag === 'nr' && next.word.length === 2))
    ) {
      out.push({ word: w.word + next.word, tag: 'nr' })
      i++
    } else out.push(w)
  }
  return out
}

/**
 * How well a sentence offers the kind of thing the question asks for, from 0 to 1: a number for
 * 多少, a date for 什么时候, a person for 谁, a person or quoted name for 叫什么, a place for 哪里,
 * a reason for 为什么, a means for 怎么; 0 for other types.
 */
export function scoreAnswerKind(type: QuestionType, sentence: string, context: KindContext = {}): number {
  const { tag, unit = '', known = new Set<string>() } = context
  switch (type) {
    case 'how_many':
      return scoreCount(sentence, unit)
    case 'when':
      return scoreDate(sentence, unit)
    case 'where':
      return scorePlace(sentence, unit, tag)
    case 'who':
      // an organisation (跟谁联手 → 宜山镇三轮车协会) may be who did it, less surely than a person
      return hasPerson(sentence, known, tag) ? 1 : PERSON_HINT.test(sentence) || hasOrganization(sentence, known) ? 0.5 : 0
    case 'name':
      return scoreName(sentence, context)
    case 'why':
      return REASON.test(sentence) ? 1 : 0
    case 'how':
      return METHOD.test(sentence) ? 1 : 0
    case 'which':
      return hasInstance(sentence, context.focus ?? '', known) ? 1 : 0
    default:
      return 0
  }
}

// 全名 and 姓名 are persons' names; 店名 and 名称 are things'; 叫什么 may be either. The name must
// stand by what the question asks the name of (负责人张三, 党组织——中共杭州小组, “板凳夜话”…机制)
// or follow a naming verb (称为“红巷丽警”): a name elsewhere belongs to someone or something else.
function scoreName(sentence: string, context: KindContext): number {
  const { unit = '', focus = '' } = context
  const spans = findNameSpans(sentence, context)
  if (focus.length < 2) return spans.length > 0 ? 1 : 0
  if (spans.some(([start]) => NAMING_VERB.test(sentence.slice(0, start)))) return 1
  if (!sentence.includes(focus)) return spans.length > 0 ? UNSEEN_FOCUS_CREDIT : 0
  for (let at = sentence.indexOf(focus); at >= 0; at = sentence.indexOf(focus, at + 1)) {
    const end = at + focus.length
    if ((unit !== '物' && UNNAMED_PERSON.test(sentence.slice(end))) || APPOSITION.test(sentence.slice(end))) return 1
    // a name holding the thing's word is its name too (研发了“伪基站综合取证设备”)
    const bound = ([start, stop]: [number, number]) =>
      (start <= at && stop >= end) || (start >= end && NAME_GAP.test(sentence.slice(end, start))) || (stop <= at && SAME_PHRASE.test(sentence.slice(stop, at)))
    if (spans.some(bound)) return 1
  }
  return 0
}

// A name with the thing it names out of the sentence may still be its name (the 负责人 named as 所长
// 张三), or another's: half the credit. On the three tuning sets 0.3–0.6 declined as many
// unanswerable questions, and none of them cost an answerable one.
const UNSEEN_FOCUS_CREDIT = 0.5

// Where the persons (unless a thing's name is asked) and quoted names (unless a person's) stand.
function findNameSpans(sentence: string, context: KindContext): [number, number][] {
  const { tag, unit = '', known = new Set<string>() } = context
  const spans: [number, number][] = []
  if (unit !== '物' && tag !== undefined) {
    const words = joinSurnames(tag(sentence))
    let at = 0
    words.forEach((w, i) => {
      const start = sentence.indexOf(w.word, at)
      if (start < 0) return
      at = start + w.word.length
      if (isNewPerson(words, i, known, true)) spans.push([start, at])
    })
  }
  if (unit !== '人') for (const m of newQuotedNames(sentence, known)) spans.push([m.index!, m.index! + m[0].length])
  return spans
}

const NAMING_VERB = /(?:称为|称作|叫做|叫作|名为|名叫|取名|命名为|誉为|号称|简称|俗称|人称|又称|叫)$/

// What may stand between a role or thing and its name: nothing (负责人张三), a dash or a colon;
// before it, only the rest of one noun phrase (“板凳夜话”矛盾纠纷警情源头预防机制).
const NAME_GAP = /^[\s—\-:：]{0,3}$/u
const SAME_PHRASE = /^\p{Script=Han}{0,12}$/u

// 党组织——中共杭州小组: a dash or colon after the thing introduces its name, quoted or not.
const APPOSITION = /^\s*(?:——|—|：|:)\s*\p{Script=Han}{2}/u

// 姑娘小欢: how news stories name people they do not name in full.
const UNNAMED_PERSON = /^[小老阿]\p{Script=Han}(?:[在的说是和向从被把将]|(?!\p{Script=Han}))/u

// A name given in quotes (“板凳夜话”) answers 叫什么, unless the question already holds it.
function newQuotedNames(sentence: string, known: ReadonlySet<string>): RegExpMatchArray[] {
  return [...sentence.matchAll(/[“"「『《]([^”"」』》]{2,20})[”"」』》]/gu)].filter((match) => {
    let rest = match[1]!
    for (const word of known) if (word.length >= 2) rest = rest.replaceAll(word, '')
    return (rest.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2
  })
}

function hasTag(sentence: string, prefix: string, tag?: (text: string) => TaggedWord[]): boolean {
  return tag !== undefined && tag(sentence).some((w) => w.tag.startsWith(prefix) && w.word.length >= 2)
}

// Units that stand for one another in answers: 多少人 is answered by 25名, 18位 or 3万人次; a
// length of time (多久, unit 时长) by years, months, days or hours; 多少年 by years only.
const UNIT_FAMILIES = ['人名位', '元块', '天日', '家所个', '次起件']
const DURATION = '年月天日周时'

// What a bare 几个 / 多少个 counts: things and people, in any of their measure words.
const COUNTABLE = '个名位人家所支条项件起座户只辆台套场批届种栋间处'

// 0571-87654321, 110, 13912345678, 96110: a run of digits that is no count, year or amount.
const PHONE = new RegExp(`(?<![\\d.])(?:\\d{3,4}[-—]\\d{7,8}|1\\d{10}|\\d{3,8})(?![\\d.%多余万亿号]|${UNIT})`)

// A count with the unit asked for is the answer; another count may be (多少 → 25名); none is not.
function scoreCount(sentence: string, unit: string): number {
  if (unit === '号码') return PHONE.test(sentence) ? 1 : 0
  if (!COUNT.test(sentence)) return 0
  if (unit === '') return 1
  const units = unit === '个' ? `[${COUNTABLE}]` : unit === '时长' ? `[${DURATION}]` : unitPattern(unit)
  // 3个月, 两个小时: 个 may stand between the number and its unit
  return countWithUnit(units).test(sentence) ? 1 : 0.5
}

// Whole numbers only, and no year (the 7年 of 2017年 is no count of years). One pattern per unit;
// units come from the fixed list `detectUnit` reads, so the map stays small.
const withUnitPatterns = new Map<string, RegExp>()

function countWithUnit(units: string): RegExp {
  let pattern = withUnitPatterns.get(units)
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\d.])(?!(?:1[5-9]|20)\\d\\d年)(?:\\d+|${NUMERAL}+)(?:\\.\\d+)?[多余万千百亿]*个?${units}(?!代)`, 'u')
    withUnitPatterns.set(units, pattern)
  }
  return pattern
}

// A one-character unit with the others of its family (名 → [人名位]); a longer one as it is (分贝).
function unitPattern(unit: string): string {
  if (unit.length > 1) return `(?:${unit})`
  return `[${UNIT_FAMILIES.find((f) => f.includes(unit)) ?? unit}]`
}

const DATE_PART: Record<string, RegExp> = {
  点: /\d{1,2}[:：]\d{2}|\d{1,2}\s*[点时]|[一二三四五六七八九十]+[点时]|凌晨|清晨|上午|中午|下午|傍晚|晚上|夜里|深夜/,
  年: /\d{4}\s*年|今年|去年|前年|明年|上世纪|年代/,
  日: /\d{1,2}\s*[日号]|[一二三十]+[日号]|当天|次日|昨天|今天|星期|周[一二三四五六日]/,
  月: /\d{1,2}\s*月|[一二三四五六七八九十]+月|月初|月底/,
}

// A date answers 什么时候; 哪一年 / 几点 want that part of it (a year, a time of day).
function scoreDate(sentence: string, unit: string): number {
  if (!DATE.test(sentence) && !(unit === '点' && DATE_PART['点']!.test(sentence))) return 0
  const part = DATE_PART[unit]
  if (part === undefined || part.test(sentence)) return 1
  // a date is no answer to 几点 (a time of day), but may be half of one to 哪一年
  return unit === '点' ? 0 : 0.5
}

// An address is a road or street with its house number (武林路133号, 体育场路172号).
const ADDRESS = /\p{Script=Han}[路街巷道弄]\s*\d+\s*号|\d+\s*号[楼院]?/u

// A place answers 哪里; 哪条路 / 哪个区 want a place of that kind (…路, …区).
function scorePlace(sentence: string, unit: string, tag?: (text: string) => TaggedWord[]): number {
  if (!PLACE.test(sentence) && !hasTag(sentence, 'ns', tag)) return 0
  if (unit === '') return 1
  if (unit === '地址') return ADDRESS.test(sentence) ? 1 : 0.5
  return new RegExp(`(?!${NOT_A_NAME})\\p{Script=Han}${unit}`, 'u').test(sentence) ? 1 : 0.5
}

const NAME_START_DETERMINER = new RegExp(`^${NOT_A_NAME}`)

// A named organisation (宜山镇三轮车协会, 杜桥派出所) the question does not already name: a name
// before the organisation word, not a determiner (全市各单位, 该协会).
function hasOrganization(sentence: string, known: ReadonlySet<string>): boolean {
  for (const match of sentence.matchAll(/(\p{Script=Han}{2,8})(?:协会|公司|委员会|部门|单位|派出所|分局|大队|中队|法院|检察院|银行|医院|学校|中心|志愿队|服务队)/gu)) {
    if (UNNAMING.has(match[1]!.at(-1)!) || NAME_START_DETERMINER.test(match[1]!)) continue
    if (isNewName(match[1]!, known)) return true
  }
  return false
}

// 哪个派出所 is answered by a named one (状元派出所) that the question does not already name; 哪所学校
// by a school of any kind (五里中心小学), 哪个单位 by any institution.
function hasInstance(sentence: string, focus: string, known: ReadonlySet<string>): boolean {
  if (focus.length < 2) return false
  for (const match of sentence.matchAll(instancePattern(focus))) {
    // 某银行, 该银行, 到银行: a determiner or a function word before it names none
    if (UNNAMING.has(match[0].at(-1)!)) continue
    if (isNewName(match[0], known)) return true
  }
  return false
}

// A name with more to it than the question's own words (宜山镇三轮车 when the question says 三轮车).
function isNewName(name: string, known: ReadonlySet<string>): boolean {
  let rest = name
  for (const word of known) if (word.length >= 2) rest = rest.replaceAll(word, '')
  return rest.length >= 2
}

const KINDS_OF: Record<string, string> = {
  学校: '学校|小学|中学|大学|学院|幼儿园',
  单位: '派出所|分局|公安局|大队|中队|支队|法院|检察院|医院|学校|小学|中学|学院|公司|银行|协会|部门|中心',
}

const instancePatterns = new Map<string, RegExp>()

function instancePattern(focus: string): RegExp {
  let pattern = instancePatterns.get(focus)
  if (pattern === undefined) {
    const kinds = KINDS_OF[focus] ?? focus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    pattern = new RegExp(`\\p{Script=Han}{2,6}(?=${kinds})`, 'gu')
    if (instancePatterns.size < 1000) instancePatterns.set(focus, pattern)
  }
  return pattern
}

const UNNAMING = new Set('某该这那此一各每本其的了在到去和与是向从给'.split(''))
