import { hasPerson, isNewName } from '../text/person-names.js'
import type { KindContext } from './kind-context.js'
import { scoreHonour } from './honour-kind.js'
import { scoreIdentity } from './identity-kind.js'
import { scoreName } from './name-kind.js'
import type { QuestionType } from '../question/question-type.js'
import { anyUnit, type DatePart, type Unit } from '../question/unit.js'
import type { TaggedWord } from '../types.js'
import { opensItem } from '../text/enumeration.js'
import { AGE_UNIT, alternation, BODY_ENDINGS, COMPOUND_UNITS, ENDS_IN_PLACE_OR_INSTITUTION, escapeRegExp, MEASURE_WORDS, ORGANIZATION_WORDS, PERSON_MEASURES, PERSON_NOUN, PLACE_SUFFIXES, SCHOOL_WORDS, THING_MEASURES, TIME_UNITS, VENUE_WORDS, without } from '../text/vocabulary.js'

// What a sentence must contain to answer each type of question. Persons and places also accept
// jieba's nr/ns tags when a tagger is present; the patterns catch what the tagger misses.
// A count is a number with a measure word or unit (25名, 3万余人, 96.81%, 三支); a year (1922年)
// is a date, not a count, unless it reads as an amount of years (30多年); 第一个 and the article
// 一个 are not counts.
// 5日 is a day of the month, not a count of days; but 15日内 is a length of time.
const DAYS_WITHIN = '日(?=之?内|以内)'
const UNIT = `(?:${alternation(COMPOUND_UNITS)}|${DAYS_WITHIN}|[${without(MEASURE_WORDS, '日')}])`
// 几块, 几个 say that there are some, not how many: 几 and 数 only count before 十/百/千/万 (几十名),
// and 几 after them (十几个人, 二十几名: a dozen or so).
const NUMERAL = '(?:[一二三四五六七八九十百千万两半]|[几数](?=[十百千万])|(?<=[十百千万])几)'
// 第一个 is a rank, and 有一个神秘的大队 uses 一个 as an article: neither counts; nor does 一群人 or
// 一批 (some, not how many), 一步 (进一步: further), 一期 (3号线一期: the first phase), nor the 半 of
// 上半场, 下半年 (a half of the match or year, not an amount).
const NOT_ONE = '(?<!第)(?!一[个名位种项次件条家所群批步期])(?!半(?<=[上下]半))'
// 五六十年代 is a decade, not a count of years. A score (2比1) is a count too.
const COUNT = new RegExp(
  `(?<![\\d.])(?!(?:1[5-9]|20)\\d\\d年)\\d+(?:\\.\\d+)?(?:[多余万千百亿])*${UNIT}(?!代)|\\d+(?:\\.\\d+)?\\s*%|百分之|\\d+\\s*比\\s*\\d+|${NOT_ONE}${NUMERAL}+[多余]?${UNIT}(?!代)`,
  'u',
)
// A year is written with four digits (1922年), or four Chinese numerals as some papers print them
// (二〇一七年): 3年 is a length of time, not a date.
const YEAR = /\d{4}\s*年|[〇零一二三四五六七八九]{4}\s*年/
// A day by 号, which a house number (滨河路88号, 133号楼) is not.
const DAY_BY_HAO = /(?<![\d路街巷弄道])\d{1,2}\s*号(?![楼院])/
// Festivals and school holidays date things as a day does (春节前后上市, 暑假期间).
const FESTIVAL = '春节|除夕|元旦|元宵|清明|端午|中秋|国庆|五一|寒假|暑假|上旬|中旬|下旬'
// Any date, or a word placing something in time (以来, 期间, 次日凌晨); the days of a week
// (每周二至周日) give only a schedule, which answers 什么时候 less surely than a date (see UNDATED_TIME).
const PLACED_IN_TIME = `${YEAR.source}|(?<!\\d)\\d{1,2}\\s*[月日]|${DAY_BY_HAO.source}|今年|去年|前年|近日|日前|年底|年初|上世纪|[一二三四五六七八九十]+月|期间|时期|前夕|之际|以来|届时|之前|之后|次日|当天|当日|当晚|昨天|昨日|前天|凌晨|傍晚|深夜|${FESTIVAL}`
// A recurring time (周末, 节假日, 夜间, 高峰时段) answers 什么时候开放 as a schedule does.
const DATE = new RegExp(`${PLACED_IN_TIME}|星期|周[一二三四五六日]|周末|节假日|假日|工作日|夜间|白天|高峰时段`)
// a named place: a place word after at least one character of name (one is enough to test for;
// a run of them only made the engine backtrack over every sentence)
// 全省, 各村, 我们村, 某村, 本市 name no place: a determiner or pronoun is no name.
const NOT_A_NAME = '[全各本该每此其这那们我你他她某]'
const PLACE = new RegExp(`(?!${NOT_A_NAME})\\p{Script=Han}(?:${alternation([...PLACE_SUFFIXES, ...SCHOOL_WORDS, ...ORGANIZATION_WORDS, ...VENUE_WORDS])})`, 'u')
// How often something is done: 每周, 每15分钟, 每隔两天, 一年两次, 定期.
const FREQUENCY = /每[天日晚周月年季]|每个[星期月季]|每\s*[\d一二两三四五六七八九十半]+\s*个?(?:秒|分钟|小时|钟头|天|日|周|星期|月|年)|每隔|逐[日月年]|[一二两三四五六七八九十\d]+个?[天日周月年季][一二两三四五六七八九十\d]+次|天天|定期/u

// A place in an order: 第三位, 第3名, 首批, 榜首, 位居全国前列.
const RANK = /第\s*[\d一二三四五六七八九十百]+|首[批届位次个]|榜首|冠军|亚军|季军|位居|位列|名列|排名|排在/u
// A sentence telling how something was done names its means (通过…, 采取…措施, …的方式).
const METHOD = /通过|采取|采用|实施|利用|借助|实行|推行|推出|开通|设立|实现|做到|方式|手段|措施|办法|方法|机制|模式|(?<![使作费利应运采享适启专通实信常备试引日军民家公录雇任聘占挪沿食饮服动调选惯不有没借租征善好够停投起重均可共])用(?![于户途处品电水地餐药工功心了时量人房])/u
// 为了避免渔获集中上市卖不上价，合作社建起了一座冷库: a sentence opening with a purpose goes on to
// say what was done for it, the means a how-question asks (怎么避免…)
const PURPOSE_FIRST = /^[“"]?为了[^，,。；;]{2,24}[，,]/u
// How it ended: 最终双方达成一致, 顺利化解了纠纷.
const OUTCOME = /最终|最后|终于|结果|达成|谈妥|成功|顺利|圆满|妥善/
// 因场地处在…, …与该单位创建“先进支部”有关: a clause opening with 因, or a cause 与…有关;
// 为改善…，…: a sentence opening with a purpose clause (为 alone is mostly "for": 为群众办事)
const REASON = /因为|由于|为了|原因|得益于|归功于|归因于|所以|因此|鉴于|看中|看重|出于|以便|用于|用来|目的|之所以|(?:^|[，,；;])因(?![此而])|^为[^，,。；;]{2,20}[，,]|与[^。；]{1,40}有关|[，,][^，,。；;]{0,10}(?:不得不|只好|只得|被迫)/

/**
 * Anything that may give a reason or purpose, looser than what ranks a why-question's sentence:
 * causal and purpose connectives (因 anywhere, 针对, 毕竟, 于是, 从而, 以免, 为…，, 便于), and words of
 * need or consequence (需要, 不便, 导致, 让, 不用再). A why-answer with none of them, nor its neighbours, states no reason.
 */
export const REASON_HINT = new RegExp(
  `${REASON.source}|(?<!基)因(?![此而])|针对|考虑|基于|毕竟|遂|于是|从而|既然|由此|为此|为的是|以免|以防|避免|防止|(?:^|[，,；;])为(?!了)[^，,。；;]{2,20}[，,]|需要|不便|不好|命名|才|导致|致使|造成|使得|让|免得|省得|便于|方便|不用再|不必再`,
)
// 师傅张小川 hints at a name after the role; 师傅的, 民警们 do not.
const PERSON_HINT = /[”」](?:[^\p{Script=Han}]|$)|[\p{Script=Han}]{2,3}(?:说|介绍|表示|告诉)|(?:民警|警官|大妈|老人|师傅|队长|所长|法官|检察官|记者)(?![的了是在和与们就也都把被将对为说等])[\p{Script=Han}]{2,3}/u

/**
 * How well a sentence offers the kind of thing the question asks for, from 0 to 1: a number for
 * 多少, a date for 什么时候, a person for 谁, a person or quoted name for 叫什么, a place for 哪里,
 * a reason for 为什么, a means for 怎么; 0 for other types.
 */
export function scoreAnswerKind(type: QuestionType, sentence: string, context: KindContext = {}): number {
  const { tag, unit = anyUnit, known = new Set<string>() } = context
  // 第三类是什么: the item itself (a count or date of it is found as such: 第三类发生了多少起)
  if (context.ordinal && (type === 'what' || type === 'which')) return opensItem(sentence, context.ordinal) ? 1 : 0
  if (context.honoured) return scoreHonour(sentence, context.honoured, tag)
  if (context.identity && (type === 'who' || type === 'what')) return scoreIdentity(sentence, context.identity, tag)
  if (unit.kind === 'frequency') return FREQUENCY.test(sentence) ? 1 : 0
  // 最后是怎么解决的, 调解结果是什么: how it ended; the means tried on the way answer it half
  if (unit.kind === 'outcome' && (type === 'how' || type === 'what')) return OUTCOME.test(sentence) ? 1 : METHOD.test(sentence) ? 0.5 : 0
  if (unit.kind === 'rank') return RANK.test(sentence) ? 1 : 0
  switch (type) {
    case 'how_many':
      return scoreCount(sentence, unit, context.focus ?? '', context.showing === true ? (context.focusForms ?? []) : undefined, context.asksChange === true) * (isShareBase(sentence, context.focusForms ?? []) ? COUNT_ELSEWHERE : 1)
    case 'when':
      return scoreDate(sentence, unit)
    case 'where':
      return scorePlace(sentence, unit, tag, context.located ?? '')
    case 'who':
      // an organisation (跟谁联手 → 东山镇三轮车协会) may be who did it, less surely than a person
      if (hasPerson(sentence, known, tag)) return namesPersonByRole(sentence, context) ? 1 : 0.5
      return PERSON_HINT.test(sentence) || hasInstance(sentence, '单位', known) ? 0.5 : 0
    case 'name':
      return scoreName(sentence, context)
    case 'why':
      return REASON.test(sentence) ? 1 : 0
    case 'how':
      return METHOD.test(sentence) || PURPOSE_FIRST.test(sentence) ? 1 : 0
    case 'which':
      // 哪个城市, 哪些地方: any place's name answers (厦门), not only one ending in the noun; 哪本书, 哪部电影:
      // a title in book-title marks (《草房子》)
      if (WORK.test(context.focus ?? '') && TITLED.test(sentence)) return 1
      return hasInstance(sentence, context.focus === '单位' ? WORKPLACE : (context.focus ?? ''), known) || (GENERIC_PLACE.test(context.focus ?? '') && hasPlaceName(sentence, tag, context.located ?? '')) ? 1 : 0
    default:
      return 0
  }
}

/**
 * How much of what a yes-no question asks its subject can do or has (`asserted`, weighed) a sentence
 * states, 0 to 1: 此次年审实现了“一次性”办结 states 一次 and 办完 (as 办结) of 年审能一次办完吗.
 */
export function scoreAssertion(sentence: string, asserted: readonly { word: { forms: readonly string[] }; weight: number }[]): number {
  const total = asserted.reduce((sum, w) => sum + w.weight, 0)
  if (total === 0) return 0
  return asserted.reduce((sum, w) => sum + (w.word.forms.some((form) => sentence.includes(form)) ? w.weight : 0), 0) / total
}

// 所长是谁, 负责人是谁: the role the question names binds the person who answers it. A sentence naming
// the role and someone, but only in another clause (负责人介绍，…是刘英、粟裕等革命家), is about others.
function namesPersonByRole(sentence: string, context: KindContext): boolean {
  const forms = context.focusForms ?? (context.focus ? [context.focus] : [])
  // 副主任 names the deputy, not the 主任 asked for
  const roles = forms.map((form) => new RegExp(`(?<!副)${escapeRegExp(form)}`, 'u'))
  const clauses = sentence.split(/[，,；;。：:！!？?]/u).filter((clause) => roles.some((role) => role.test(clause)))
  if (clauses.length === 0 && forms.some((form) => sentence.includes(form))) return false
  return clauses.length === 0 || clauses.some((clause) => hasPerson(clause, context.known ?? new Set(), context.tag))
}

// Units that stand for one another in answers: 多少人 is answered by 25名, 18位 or 3万人次; a
// length of time (多久, unit 时长) by years, months, days or hours; 多少年 by years only.
const UNIT_FAMILIES = ['人名位', '元块', '天日', '家所个', '次起件', '本册', '栋幢']
// 两个小时, 3个工作日, 20分钟 as well; not 日 alone, which is mostly a day of the month (4月1日起),
// unless a span ends at it (15日内).
const DURATION = `(?:小时|分钟|工作日|${DAYS_WITHIN}|[${without(TIME_UNITS, '日')}])`

// What a bare 几个 / 多少个 counts: things and people, in any of their measure words; people only
// when the noun counted names people (几个嫌疑人 is not answered by 5000余条 messages), institutions
// or places in their own measure words when it names one (几个派出所, 多少派出所: not 18位 volunteers,
// nor 45条 proposals).
const COUNTABLE = PERSON_MEASURES + THING_MEASURES
const INSTITUTION_MEASURES = '个所家座处'

// 0571-87654321, 110, 13912345678, 96110: a run of digits that is no count, year or amount.
const PHONE = new RegExp(`(?<![\\d.])(?:\\d{3,4}[-—]\\d{7,8}|1\\d{10}|\\d{3,8})(?![\\d.%多余万亿号]|${UNIT})`)

// A count with the unit asked for is the answer; another count may be (多少 → 25名); none is not.
// A count in a sentence that does not name what is counted (教练3名 for 多少队员) is a count of
// something else more often than not: the sentence naming it (队员12人) answers more surely.
// Only when showing a sentence (`focusForms` given) are these and estimates (五六个) marked down; a
// count given only as a change (多了9毫米) is, in ranking too.
function scoreCount(text: string, unit: Unit, focus: string, focusForms?: readonly string[], asksChange = false): number {
  if (unit.kind === 'phone') return PHONE.test(text) ? 1 : 0
  if (unit.kind === 'generation') return /\d0后/.test(text) ? 1 : 0
  const sentence = text.replace(QUOTED_NAME, '“”').replace(MONTH_OF_DATE, '').replace(CLOCK_TIME, '')
  if (!COUNT.test(sentence)) return 0
  const units = countedUnits(unit, focus, focusForms !== undefined)
  // 3个月, 两个小时: 个 may stand between the number and its unit
  const inUnit = units === undefined ? 1 : countWithUnit(units).test(sentence) ? 1 : otherUnitCredit(sentence, unit, focusForms !== undefined)
  // focusForms is given only when showing: [] when the question names nothing counted
  const named = focusForms === undefined || focusForms.length === 0 || focusForms.some((form) => form.length >= 2 && sentence.includes(form))
  const exact = focusForms === undefined || !APPROXIMATE.test(sentence) || EXACT.test(sentence)
  // 单芽收购价每斤上涨了6元 gives a rise, not the price 一斤多少钱 asks for
  const changeOnly = !asksChange && units !== undefined && statesOnlyChanges(sentence, units)
  return (named ? inUnit : inUnit * COUNT_ELSEWHERE) * (exact ? 1 : COUNT_APPROXIMATE) * (changeOnly ? COUNT_ELSEWHERE : 1)
}

// 上涨了6元, 增加330吨, 比去年多15部: a count right after a word of change is by how much, not how
// many; 最多10公斤, 至少3人 are amounts.
const CHANGE_BEFORE = /(?:上涨|增长|增加|提高|提升|下降|减少|降低|高出|多出|涨|增|降|减|(?<![最至])[多少])了?(?:约|近)?$/u
const everyCountWithUnit = new Map<string, RegExp>()

function statesOnlyChanges(sentence: string, units: string): boolean {
  let pattern = everyCountWithUnit.get(units)
  if (pattern === undefined) {
    pattern = new RegExp(countWithUnit(units).source, 'gu')
    everyCountWithUnit.set(units, pattern)
  }
  const counts = [...sentence.matchAll(pattern)]
  return counts.length > 0 && counts.every((m) => CHANGE_BEFORE.test(sentence.slice(0, m.index)))
}

// An estimate (发现五六个包裹) answers 几个 less surely than the exact count found later (查获7个
// 包裹): a run of two neighbouring numerals before a unit is a range, a lone number exact.
const COUNT_APPROXIMATE = 0.5
const APPROXIMATE = new RegExp(`(?:一二|两三|三四|四五|五六|六七|七八|八九)${UNIT}`, 'u')
const EXACT = new RegExp(`(?<![\\d.一二两三四五六七八九])(?:\\d+|[一二两三四五六七八九十])${UNIT}`, 'u')

const COUNT_ELSEWHERE = 0.5

// 占旅游总收入的38%: a sentence naming what was asked only as what a share is of gives a count of
// something else (a part of it), unless the question asks for the share.
function isShareBase(sentence: string, forms: readonly string[]): boolean {
  if (forms.length === 0 || forms.some((form) => /占比|比例|比重|百分/u.test(form))) return false
  let seen = false
  for (const form of forms) {
    if (form.length < 2) continue
    for (let i = sentence.indexOf(form); i >= 0; i = sentence.indexOf(form, i + 1)) {
      seen = true
      if (!/占[^，,。；;：:！？]{0,12}$/u.test(sentence.slice(Math.max(0, i - 13), i))) return false
    }
  }
  return seen
}

// A time of day (6点50分, 16时, 18时30分) is no count of hours or minutes: 6点50分开出 says no
// 多长时间; a length is written 20分钟, 3小时, 3个小时.
const CLOCK_TIME = /(?<![\d.])\d{1,2}\s*[点时](?:\s*\d{1,2}\s*分)?/gu

// The month and day of a date (4月17日, 2024年3月, 今年10月) are no count of months or days:
// 4月17日发布… gives no figure, and 3月30日 is no answer to 多少天.
const MONTH_OF_DATE = /(?<=\d{4}\s*年|[今去明前当同]年)\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|(?<![\d.])\d{1,2}\s*月\s*\d{1,2}\s*[日号]/gu

// A short quoted phrase (“三个一”, “四能”队伍, “九小工程”) is a name: a number in it counts nothing.
const QUOTED_NAME = /[“"「『‘][^”"」』’]{1,8}[”"」』’]/gu

const PERCENT = /\d+(?:\.\d+)?\s*%|百分之/u

// A count in another unit than the one asked for: when ranking, half for a unit the question named
// (written another way, perhaps); for 多少党员, which named none, a share (占比95%) may answer,
// but 30多年 or 5万元 is no count of people. When showing, none.
function otherUnitCredit(sentence: string, unit: Unit, showing: boolean): number {
  if (showing) return 0
  if (unit.kind !== 'any') return 0.5
  return PERCENT.test(sentence) ? 1 : 0
}

// The units a count must be in (a character class or an alternation), or undefined when any will do.
// 多少队员 names no unit, but what it counts are people: 队员12人 answers it; when ranking, so may a
// count of things, and a share (see otherUnitCredit), but not 30多年. 多少派出所 counts institutions.
function countedUnits(unit: Unit, focus: string, showing: boolean): string | undefined {
  if (unit.kind === 'duration') return DURATION
  if (unit.kind === 'any') {
    if (PERSON_NOUN.test(focus)) return showing ? `[${PERSON_MEASURES}]` : `[${COUNTABLE}]`
    return ENDS_IN_PLACE_OR_INSTITUTION.test(focus) ? `[${INSTITUTION_MEASURES}]` : undefined
  }
  if (unit.kind !== 'count') return undefined
  if (unit.measure === '个') return PERSON_NOUN.test(focus) ? `[${PERSON_MEASURES}]` : ENDS_IN_PLACE_OR_INSTITUTION.test(focus) ? `[${INSTITUTION_MEASURES}]` : `[${COUNTABLE}]`
  return unitPattern(unit.measure)
}

// Whole numbers only, and no year (the 7年 of 2017年 is no count of years). One pattern per unit;
// units come from the fixed list `detectUnit` reads, so the map stays small.
const withUnitPatterns = new Map<string, RegExp>()

function countWithUnit(units: string): RegExp {
  let pattern = withUnitPatterns.get(units)
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\d.])(?!(?:1[5-9]|20)\\d\\d年)(?:\\d+|${NOT_ONE}${NUMERAL}+)(?:\\.\\d+)?[多余万千百亿]*个?${units}(?!代)`, 'u')
    withUnitPatterns.set(units, pattern)
  }
  return pattern
}

// A one-character unit with the others of its family (名 → [人名位]); a longer one as it is (分贝).
function unitPattern(unit: string): string {
  if (unit.length > 1) return `(?:${unit})`
  // 年满16周岁 states an age as 16岁 does
  if (unit === AGE_UNIT) return `(?:周?${AGE_UNIT})`
  return `[${UNIT_FAMILIES.find((f) => f.includes(unit)) ?? unit}]`
}

const DATE_PART: Record<DatePart, RegExp> = {
  hour: /\d{1,2}[:：]\d{2}|\d{1,2}\s*[点时]|[一二三四五六七八九十]+[点时]|凌晨|清晨|上午|中午|下午|傍晚|晚上|夜里|深夜/,
  year: new RegExp(`${YEAR.source}|今年|去年|前年|明年|上世纪|年代`),
  day: new RegExp(`(?<!\\d)\\d{1,2}\\s*日|${DAY_BY_HAO.source}|[一二三十]+[日号]|当天|次日|昨天|今天|星期|周[一二三四五六日]`),
  month: /\d{1,2}\s*月|[一二三四五六七八九十]+月|月初|月底/,
}

const STATED_YEAR = new RegExp(`${YEAR.source}|上世纪|年代`)
// A time given only by days of the week. 0.8 and 0.5 alike moved no figure of any set; the milder
// is taken, as a schedule may be the answer (几点开门).
const UNDATED_TIME = 0.8
const DATED = new RegExp(PLACED_IN_TIME)
// 日前, 近日 (the other day) place the report, not the event: alone they answer 什么时候 as a schedule does
const RECENTLY = /近日|日前/gu

// A date answers 什么时候; 哪一年 / 几点 want that part of it (a year, a time of day).
function scoreDate(sentence: string, unit: Unit): number {
  const part = unit.kind === 'date' ? unit.part : undefined
  if (!DATE.test(sentence) && !(part === 'hour' && DATE_PART.hour.test(sentence))) return 0
  // 封到什么时候: a date without an end (7月10日起) tells when it starts, half an answer at most
  if ((unit.kind === 'until' || (unit.kind === 'date' && unit.until === true)) && !ENDING.test(sentence)) return 0.5
  // 哪一年 is not answered by 今年 or 去年 alone: the year is the article's, which the sentence does
  // not state, and 今年40岁 dates an age, not the event asked about
  if (part === 'year' && DATE_PART.year.test(sentence) && !STATED_YEAR.test(sentence)) return 0.5
  // 什么时候开放: a date (12月1日起) answers before a weekly schedule (每周二至周日) does
  if (part === undefined) return DATED.test(sentence.replace(RECENTLY, '')) ? 1 : UNDATED_TIME
  if (DATE_PART[part].test(sentence)) return 1
  // a date is no answer to 几点 (a time of day), but may be half of one to 哪一年
  return part === 'hour' ? 0 : 0.5
}

// What ends a span of time: 至, 到, 截至, 结束, 为止, 完工, 前 (年底前).
const ENDING = /至|到|截至|截止|结束|为止|完工|竣工|完成|前(?![往来去进])/u

// An address is a road or street with its house number (解放路133号, 中山路172号).
const ADDRESS = /\p{Script=Han}[路街巷道弄]\s*\d+\s*号|\d+\s*号[楼院]?/u

// A floor: 4楼, 二楼, 3层, 地下一层 (not 楼房, 层面).
const FLOOR = /(?:\d+|[一二三四五六七八九十]+)\s*[楼层](?![房盘梯面次级])/u

// A place answers 哪里; 哪条路 / 哪个区 want a place of that kind (…路, …区).
function scorePlace(sentence: string, unit: Unit, tag?: (text: string) => TaggedWord[], located = ''): number {
  // a floor answers 几楼 even with its building unnamed (在4楼)
  if (unit.kind === 'floor' && FLOOR.test(sentence)) return 1
  // the place asked about (located: 东湖派出所 of 东湖派出所在哪里) is not where it is
  if (!hasNamedPlace(sentence, tag, PLACES, located) && !hasPlaceName(sentence, tag, located)) return 0
  if (unit.kind === 'floor') return 0.5
  if (unit.kind === 'address') return ADDRESS.test(sentence) ? 1 : 0.5
  if (unit.kind !== 'place') return 1
  return hasNamedPlace(sentence, tag, placeOfKind(unit.suffix), located) ? 1 : 0.5
}

// 哪个学校 is answered by any school's name (浙江农林大学, 第一中学), not only one ending in 学校.
const placesOfKind = new Map<string, RegExp>()

function placeOfKind(suffix: string): RegExp {
  let pattern = placesOfKind.get(suffix)
  if (pattern === undefined) {
    const words = suffix === '学校' ? alternation(SCHOOL_WORDS) : escapeRegExp(suffix)
    pattern = new RegExp(`(?!${NOT_A_NAME})\\p{Script=Han}(?:${words})`, 'gu')
    placesOfKind.set(suffix, pattern)
  }
  return pattern
}

const PLACES = new RegExp(PLACE.source, 'gu')

// Nouns for a work, which is named by its title in book-title marks (《草房子》).
const WORK = /^[本部首篇台出]?(?:书|书籍|图书|作品|电影|影片|片子|歌|歌曲|节目|剧|戏|戏曲|小说|绘本|杂志|报纸|法规|办法|条例)$/u
const TITLED = /《[^》]{1,30}》/u

// Nouns for a place of any name: what 哪个城市 or 哪些地区 asks for is a place name.
const GENERIC_PLACE = /^(?:城市|地方|地区|省份|国家|城镇|县市|地市)$/u

// A word jieba tags a place (ns), unless it names a team or people from there (海州队, 温州人).
function hasPlaceName(sentence: string, tag?: (text: string) => TaggedWord[], located = ''): boolean {
  if (tag === undefined) return false
  const words = tag(sentence)
  return words.some((w, i) => w.tag.startsWith('ns') && w.word.length >= 2 && !located.includes(w.word) && !/^[队人籍]/u.test(words[i + 1]?.word ?? ''))
}
// What ends right before a place word names no place: a verb (走访社区, 发现村里), a particle (的派出所),
// a preposition, conjunction, adverb, pronoun, numeral, measure word or direction (三个社区). A verb
// used as a noun (vn) may name one.
const NOT_A_PLACE_NAME_TAG = /^(?:v(?!n)|u|p|c|d|r|m|q|f)/

// A place word (of `places`, default any) with a name before it: not a determiner or function word
// (某村, 了社区) and, with a tagger, not a word of the kinds above; and ending a word, as 路 in 路段
// (事故多发路段) does not.
function hasNamedPlace(sentence: string, tag?: (text: string) => TaggedWord[], places: RegExp = PLACES, located = ''): boolean {
  let ends: Map<number, string> | undefined
  for (const match of sentence.matchAll(places)) {
    if (UNNAMING.has(match[0][0]!) || (located !== '' && located.includes(match[0]))) continue
    if (tag === undefined) return true
    ends ??= wordEnds(sentence, tag)
    const placeWordStart = match.index + match[0].length - ENDS_IN_PLACE_OR_INSTITUTION.exec(match[0])![0].length
    if (!ends.has(match.index + match[0].length)) continue
    if (!NOT_A_PLACE_NAME_TAG.test(ends.get(placeWordStart) ?? '')) return true
  }
  return false
}

// The tag of each tagged word by where it ends in the sentence.
function wordEnds(sentence: string, tag: (text: string) => TaggedWord[]): Map<number, string> {
  const ends = new Map<number, string>()
  let at = 0
  for (const w of tag(sentence)) {
    const start = sentence.indexOf(w.word, at)
    if (start < 0) continue
    at = start + w.word.length
    ends.set(at, w.tag)
  }
  return ends
}

// 哪个派出所 is answered by a named one (城东派出所) that the question does not already name; 哪所学校
// by a school of any kind (三里中心小学), 哪个单位 by any institution.
function hasInstance(sentence: string, focus: string, known: ReadonlySet<string>): boolean {
  if (focus.length < 2) return false
  for (const match of sentence.matchAll(instancePattern(focus))) {
    // 某银行, 该银行, 到银行, 全市各单位: a determiner or a function word before it names none
    if (UNNAMING.has(match[0].at(-1)!)) continue
    if (isCounted(sentence, match.index!, match[0])) continue
    if (isNewName(match[0], known)) return true
  }
  return false
}

// 3家连锁超市, 多所学校: a measure word right after a count opens a count of them, not a name.
function isCounted(sentence: string, at: number, name: string): boolean {
  return (PERSON_MEASURES + THING_MEASURES).includes(name[0]!) && /[\d一二两三四五六七八九十百千万几多数]$/u.test(sentence.slice(0, at))
}

const BODIES = alternation(BODY_ENDINGS)
// 在哪个单位上班 asks for a workplace: an office, a factory, a firm (江城电机厂); 单位 alone stands for
// any organisation, which is half a person for who did something
const WORKPLACE = '工作单位'
const KINDS_OF: Record<string, string> = {
  学校: alternation(SCHOOL_WORDS),
  单位: alternation(ORGANIZATION_WORDS),
  [WORKPLACE]: alternation([...new Set([...ORGANIZATION_WORDS, ...BODY_ENDINGS, '厂', '集团', '企业', '报社'])]),
  部门: BODIES,
  机构: BODIES,
  机关: BODIES,
}

const instancePatterns = new Map<string, RegExp>()

function instancePattern(focus: string): RegExp {
  let pattern = instancePatterns.get(focus)
  if (pattern === undefined) {
    // 哪几个公交站: “解放大道北站” is one, named by the last character of a three-character kind
    // where the name ends (before a quote mark or a comma), not inside a word (站点), nor the kind
    // word itself (律师事务所、银行 names no 事务所)
    const kinds = KINDS_OF[focus] ?? (focus.length === 3 ? `${escapeRegExp(focus)}|(?<!${escapeRegExp(focus.slice(0, -1))})${escapeRegExp(focus.at(-1)!)}(?!\\p{Script=Han})` : escapeRegExp(focus))
    pattern = new RegExp(`\\p{Script=Han}{2,6}(?=${kinds})`, 'gu')
    if (instancePatterns.size < 1000) instancePatterns.set(focus, pattern)
  }
  return pattern
}

const UNNAMING = new Set('某该这那此一各每本其的了在到去和与是向从给个家位座'.split(''))
