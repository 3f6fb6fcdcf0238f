// Numbers as a question names them (2018年, 第五中队, 三大队, 133号) and as a passage states them,
// compared by value so 第五 finds 5 and 2018 finds 二〇一八.

import { MEASURE_WORDS, PERSON_MEASURES, THING_MEASURES } from './vocabulary.js'

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

const ARABIC = /\d+(?:\.\d+)?/g
const CHINESE = /[零〇一二两三四五六七八九十百千万]+/g

// A Chinese numeral in a question counts only as an ordinal (第五) or before what it numbers or
// counts (三大队, 五年, 三名); bare 一 is mostly the article (一名民警, 一起) and is left out, and
// after 哪 (哪八个字) the number describes the answer instead of naming a thing.
const QUESTION_CHINESE = new RegExp(`(?<!哪)(第)?([零〇一二两三四五六七八九十百千]+)(?=[大中小]?队|[${MEASURE_WORDS}号村万亿]|$)`, 'g')

// Words whose numeral characters count nothing (百分之, 老百姓, 十分满意, 千万, 万一, 一起 …);
// 第一班, 第一批, 第一个, 第一次 say "first", which a passage writes as 首班, 首批, 首个, 首次 as often.
const NOT_NUMBERS = new RegExp(`百分之|百姓|十分|千万|万一|一[些下直起定共样般切线体道同边旦律再时向致带]|[统唯之逐]一|第一(?=[${THING_MEASURES}个次])`, 'g')

/** The values a numeral may stand for: its reading as a number, and for a run of digits (五六) each digit. */
export function readChineseNumeral(numeral: string): number[] {
  const values = new Set<number>()
  const chars = [...numeral].filter((c) => c !== '万')
  if (chars.every((c) => c in DIGITS)) {
    values.add(Number(chars.map((c) => DIGITS[c]).join('')))
    for (const c of chars) values.add(DIGITS[c]!)
  } else {
    let total = 0
    let digit = 0
    for (const c of chars) {
      if (c in DIGITS) digit = DIGITS[c]!
      else {
        // 十五: a multiplier with no digit before it counts once
        total += (digit === 0 ? 1 : digit) * MULTIPLIERS[c]!
        digit = 0
      }
    }
    values.add(total + digit)
  }
  if (numeral.includes('万')) for (const v of [...values]) values.add(v * 10_000)
  return [...values]
}

const COUNTS_ANSWERS = new RegExp(`^[${PERSON_MEASURES}${THING_MEASURES}]`)

// 超过400万, 不到三成: a bound the question compares with, not a figure the passage must state
// (总投入约420万元 answers 是不是超过400万). 65岁以上 is a condition the passage states as such.
const THRESHOLD = /(?<=(?:超过|高于|多于|大于|不到|低于|少于|不足|突破|不超过)了?\s*)(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)/gu

/**
 * The numbers a question names to say what it is about, each as the values it may stand for:
 * 2018年 → [2018], 第五中队 → [5]. The count or date it asks for (几, 多少) is not among them, nor,
 * when `countsAnswers` (谁, 叫什么, 哪个), how many answers it wants (两位老法医是谁).
 */
export function findQuestionNumbers(normalizedQuestion: string, countsAnswers = false): number[][] {
  const text = normalizedQuestion.replace(NOT_NUMBERS, (m) => ' '.repeat(m.length)).replace(THRESHOLD, (m) => ' '.repeat(m.length))
  const found: number[][] = []
  for (const m of text.matchAll(ARABIC)) found.push(readClockHour(text, m) ?? readShortYear(text, m) ?? [Number(m[0])])
  for (const m of text.matchAll(QUESTION_CHINESE)) {
    if (m[1] === undefined && m[2] === '一') continue
    // 两位老法医是谁, 三个所分别是哪些: how many the answer names, which it need not write out
    if (countsAnswers && m[1] === undefined && COUNTS_ANSWERS.test(text.slice(m.index! + m[0].length))) continue
    found.push(readChineseNumeral(m[2]!))
  }
  return found
}

// 83年, 05年: two digits before 年 may be a year said short (1983, 2005) as well as a count of years.
function readShortYear(text: string, m: RegExpMatchArray): number[] | undefined {
  if (!/^\d\d$/u.test(m[0]) || text[m.index! + 2] !== '年' || /^[级代]/u.test(text.slice(m.index! + 3))) return undefined
  const n = Number(m[0])
  return [n, 1900 + n, 2000 + n]
}

// 晚上10点 is 22时 as papers print it: an hour after a word of the afternoon or night stands for
// itself and for the hour twelve later.
const AFTERNOON_BEFORE = /(?:下午|傍晚|晚上|夜里|夜间|晚)$/u

function readClockHour(text: string, m: RegExpMatchArray): number[] | undefined {
  const hour = Number(m[0])
  const after = text[m.index! + m[0].length]
  if (!Number.isInteger(hour) || hour < 1 || hour > 12 || (after !== '点' && after !== '时') || !AFTERNOON_BEFORE.test(text.slice(0, m.index))) return undefined
  return [hour, hour + 12]
}

/** Every value a text states, in digits or in Chinese numerals. */
export function readNumbers(text: string): Set<number> {
  const values = new Set<number>()
  for (const m of text.normalize('NFKC').matchAll(ARABIC)) values.add(Number(m[0]))
  for (const m of text.matchAll(CHINESE)) for (const v of readChineseNumeral(m[0])) values.add(v)
  return values
}

// What may stand between a number and its unit (25多名, 30余人).
const APPROXIMATE = /^[多余来]?/

/**
 * The unit a question gives a number it states in digits (25名 → 名, 2018年 → 年, 133号 → 号);
 * undefined when none follows it or the number is written otherwise.
 */
export function findUnitAfter(normalizedQuestion: string, values: readonly number[]): string | undefined {
  for (const m of normalizedQuestion.normalize('NFKC').matchAll(ARABIC)) {
    if (!values.includes(Number(m[0]))) continue
    const after = normalizedQuestion.normalize('NFKC').slice(m.index! + m[0].length).replace(APPROXIMATE, '')
    const unit = after[0]
    return unit !== undefined && UNIT_CHARACTERS.has(unit) ? unit : undefined
  }
  return undefined
}

const UNIT_CHARACTERS = new Set([...MEASURE_WORDS, '号'])

/** Whether `text` states `value` (in digits or Chinese numerals) with `unit` right after it (25名, 二十五名, 25余名; 号 and 日 alike). */
export function statesWithUnit(text: string, value: number, unit: string): boolean {
  const plain = text.normalize('NFKC')
  // a day of the month is written 25日 or 25号
  const units = unit === '号' || unit === '日' ? ['号', '日'] : [unit]
  const followedByUnit = (m: RegExpMatchArray) => {
    const after = plain.slice(m.index! + m[0].length).replace(APPROXIMATE, '')
    return units.some((u) => after.startsWith(u))
  }
  for (const m of plain.matchAll(ARABIC)) if (Number(m[0]) === value && followedByUnit(m)) return true
  for (const m of plain.matchAll(CHINESE)) if (readChineseNumeral(m[0]).includes(value) && followedByUnit(m)) return true
  return false
}

// 三号线, 五号楼: a Chinese numeral before 号 numbers a line, a building or a gate, which papers
// print in digits (3号线). Not an ordinal (第三号), a question word's (几号) or a date's (十月三号).
const NUMBERED_LABEL = /(?<![第几哪月零〇一二两三四五六七八九十百\d])[一二三四五六七八九十]{1,3}(?=号(?![召称码]))/gu

/** `text` with the Chinese numeral of each label it names (三号线) written in digits (3号线), as a passage prints it. */
export function writeLabelsInDigits(text: string): string {
  return text.replace(NUMBERED_LABEL, (numeral) => String(readChineseNumeral(numeral)[0]))
}
