import { AGE_UNIT, alternation, COMPOUND_UNITS, MEASURE_WORDS, PLACE_MEASURES, PLACE_SUFFIXES, SCHOOL_WORDS, without } from '../text/vocabulary.js'
import { AGE_KEYWORD } from './question-type.js'

/**
 * What an answer must carry, as the question words say it: a count in a measure word (多少名 → 名,
 * 多少钱 → 元), a length of time, how often, a generation (几零后), a telephone number, a part of a date (哪一年,
 * 几点), a kind of place (哪条路), an address, the name of a person or a thing, how something
 * ended (最后是怎么解决的), a place in an order (第几), or the date something lasts until
 * (到什么时候); `any` when the question does not say.
 */
export type Unit =
  | { kind: 'any' }
  /** `measure`: a measure word (名, 元) or unit (分贝), or an alternation of the units of a dimension (公里|米). */
  | { kind: 'count'; measure: string }
  | { kind: 'duration' }
  | { kind: 'frequency' }
  | { kind: 'generation' }
  | { kind: 'phone' }
  /** `until`: the date something lasts until (到哪一天), not the one it starts on. */
  | { kind: 'date'; part: DatePart; until?: boolean }
  | { kind: 'place'; suffix: string }
  | { kind: 'address' }
  /** 几楼, 哪一层: a floor (4楼, 二楼, 3层). */
  | { kind: 'floor' }
  | { kind: 'name'; of: 'person' | 'thing' }
  | { kind: 'outcome' }
  | { kind: 'rank' }
  /** 封到什么时候, 什么时候结束: the date something lasts until, not the one it starts on. */
  | { kind: 'until' }

/** The part of a date a when question asks for. */
export type DatePart = 'year' | 'month' | 'day' | 'hour'

/** The unit of a question that names none. */
export const anyUnit: Unit = { kind: 'any' }

const count = (measure: string): Unit => ({ kind: 'count', measure })

// The units a length, a weight or an area is stated in, as alternations (a measure of several
// characters is matched as written; see the answer kinds).
const LENGTH_UNITS = '公里|千米|厘米|毫米|米'
const WEIGHT_UNITS = '公斤|千克|吨|斤|克'
const AREA_UNITS = '平方公里|平方米|公顷|亩'
const TEMPERATURE_UNITS = '摄氏度|℃|度'

// Read off the question words, first match first: 多少名 → 名, 几岁 → 岁, 多少钱 → 元.
const UNIT_ASKED: [RegExp, (match: RegExpExecArray) => Unit][] = [
  // an address (a road with its house number), before 几号 is read as a day
  [/地址|住址|门牌|[路街巷弄]几号/, () => ({ kind: 'address' })],
  [/几楼|几层|哪一?层|第几层/, () => ({ kind: 'floor' })],
  [/几点|几时|什么时间开|什么时间关/, () => ({ kind: 'date', part: 'hour' })],
  [/哪一?年|什么年份/, () => ({ kind: 'date', part: 'year' })],
  [/哪一?天|几号|几月几[日号]|哪一?日/, () => ({ kind: 'date', part: 'day' })],
  [/哪一?个?月|几月/, () => ({ kind: 'date', part: 'month' })],
  // a telephone number is digits, not a count
  [/(?:电话|手机号?|号码|热线)(?:号码)?(?:是|为)?多少|打(?:什么|哪个|啥)(?:电话|号码|热线)/, () => ({ kind: 'phone' })],
  [new RegExp(`哪[一${PLACE_MEASURES}]?(${alternation([...PLACE_SUFFIXES, ...SCHOOL_WORDS])})`), (m) => ({ kind: 'place', suffix: m[1]! })],
  // 排第几, 第几名, 名次: a place in an order (第三位, 首批), not a count
  [/第几|名次|排名多少|(?<![安编])排多少/, () => ({ kind: 'rank' })],
  [/多少钱|多少万?元|多少块|金额/, () => count('元')],
  // 比分多少, 几比几: a score (2比1)
  [/比分|几比几/, () => count('比')],
  [/人数/, () => count('人')],
  [/次数/, () => count('次')],
  [new RegExp(`几岁|多大(?:年纪|岁数|年龄)|(?:年纪|岁数|年龄)(?:有)?多大|多少岁|今年多大|多大了|${AGE_KEYWORD}`), () => count('岁')],
  // 几零后: a generation (00后, 90后)
  [/几零后/, () => ({ kind: 'generation' })],
  // how often (多久更新一次, 一个月几次): answered by 每周, 每隔两天, 一年两次, not by a length of time
  [/(?:多久|多长时间|多少天|几天|几个月|几年)[^，,。？?]{0,8}一次|频率|频次|一个?[天周月年季][^，,。？?]{0,4}几次|每个?[天周月年季][^，,。？?]{0,4}几次/, () => ({ kind: 'frequency' })],
  // a length of time (时长): answered by any time unit, not by 59岁 or 3个
  [/多长时间|多久|多长的时间|多少时间/, () => ({ kind: 'duration' })],
  // a length, height, distance or speed (多长, 多高, 多快: 全长24.6公里, 时速80公里), a weight, an area
  // a temperature (降到几度, 气温多少度): 9℃, 9摄氏度, 零下3度
  [/(?:几|多少)(?:摄氏)?度|多少℃|[温气]温(?:是|有)?多[少高低]/, () => count(TEMPERATURE_UNITS)],
  [/多长|多远|多高|多宽|多深|多快|长度|高度|宽度|深度|速度|时速/, () => count(LENGTH_UNITS)],
  [/多重|多沉|重量/, () => count(WEIGHT_UNITS)],
  [/面积|占地多/, () => count(AREA_UNITS)],
  // 几个人 as 几人: 个 may stand between the question word and the unit; 个 alone, ages, and the
  // parts of a date or a time (几月, 几点) are read above and below
  [new RegExp(`(?:多少|几)个?(${alternation(COMPOUND_UNITS)}|[${without(MEASURE_WORDS, `个${AGE_UNIT}月日周时分秒`)}])`), (m) => count(m[1]!)],
  // a name asked for: a person's (全名, 姓名) or a thing's (店名, 名称). After the counts: 牌子上显示多少天 counts days
  [/全名|姓名|真名|大名/, () => ({ kind: 'name', of: 'person' })],
  [/店名|名称|叫什么店|牌子/, () => ({ kind: 'name', of: 'thing' })],
  // 最后是怎么解决的: how it ended, which a passage states as the outcome (最终双方达成…), not the means tried
  [/(?:最后|最终|结果|到头来)[^，,。？?]{0,6}(?:怎么|怎样|如何|咋)|结果(?:是|有)?(?:什么|啥|如何|怎样|怎么样)/, () => ({ kind: 'outcome' })],
  // a bare 几个 counts things or people, not years, times or money
  [/(?:多少|几)个/, () => count('个')],
]

/**
 * The unit an answer to this normalized question should carry; `any` when the question does not say.
 * `opensWord` tells whether a two-character word of the question's cut starts at an index: a
 * measure character that opens one (群 of 多少群众, 家 of 几位家长) belongs to that word.
 */
export function detectUnit(normalizedQuestion: string, opensWord: (index: number) => boolean = () => false): Unit {
  const read = readUnitWords(normalizedQuestion, opensWord)
  if (!ASKS_END.test(normalizedQuestion)) return read
  return read.kind === 'date' ? { ...read, until: true } : read.kind === 'any' ? { kind: 'until' } : read
}

// 封到什么时候, 到哪一天, 什么时候结束: an end (至2026年1月31日), which a start (7月10日起) does not give
const ASKS_END = /到(?:什么时候|啥时候|何时|什么时间|哪一?天|几号|哪一?年|几月)|(?:什么时候|啥时候|何时|哪一?天|哪一?年)(?:结束|截止|完工|竣工|为止)|截止(?:到)?(?:什么时候|啥时候|何时|哪一?天)|持续到/u

function readUnitWords(normalizedQuestion: string, opensWord: (index: number) => boolean): Unit {
  for (const [pattern, unit] of UNIT_ASKED) {
    const match = pattern.exec(normalizedQuestion)
    if (match === null) continue
    const read = unit(match)
    if (!isMeasureOpeningWord(read, match, opensWord)) return read
  }
  return anyUnit
}

// 多少群众 asks how many of the 群众, counted in 人 (群众1.2万人), not in 群.
function isMeasureOpeningWord(read: Unit, match: RegExpExecArray, opensWord: (index: number) => boolean): boolean {
  return read.kind === 'count' && read.measure.length === 1 && match[0].endsWith(read.measure) && opensWord(match.index + match[0].length - 1)
}

/**
 * Whether `stretch` of the question (at `at`) is the unit an amount is asked per: 一 and a measure
 * word beside the count asked (多少钱一斤, 一天能采几斤), or 一 and any unit beside the price asked
 * (一针多少钱, whose 针 no list holds). Neither what is asked about nor a number to find elsewhere.
 */
export function isRateUnit(asked: string, stretch: string, at: number): boolean {
  if (!/^一\p{Script=Han}$/u.test(stretch)) return false
  const before = asked.slice(0, at)
  const after = asked.slice(at + stretch.length)
  if (before.endsWith(PRICE_ASKED) || after.startsWith(PRICE_ASKED)) return true
  return MEASURED.test(stretch) && (/(?:多少钱?|几)$/u.test(before) || /^[^，,。？?]{0,3}(?:几|多少)/u.test(after))
}
const PRICE_ASKED = '多少钱'
// 一期 is the first phase, no unit
const MEASURED = new RegExp(`^一[${without(MEASURE_WORDS, '期')}]$`, 'u')
