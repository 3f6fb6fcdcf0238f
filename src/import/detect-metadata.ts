import type { Article } from '../core/types.js'
import { readChineseNumeral } from '../core/text/numbers.js'
import type { RawLine } from './read-raw-lines.js'
import { endsSentence, foldTraditional, isByline, isLatinOnly, readBracketedHeadline, readByline, visibleLength } from './line-shapes.js'

/** Article metadata found in the lines above the body (the article's fields but its id and text). */
export type DetectedMetadata = Omit<Article, 'id' | 'paragraphs'>

/** The metadata, where the body starts, and which header lines were used or dropped. */
export interface MetadataResult {
  metadata: DetectedMetadata
  /** Index in `lines` of the first body line. */
  bodyStart: number
  /** Header lines turned into a field other than title, subtitle or authors (newspaper, date, page, column). */
  metadataLines: string[]
  /** Header lines dropped as page furniture (editors, phone numbers, English rubrics, banners). */
  droppedLines: string[]
  /** The dropped lines that are a page banner: Chinese lines above the masthead after the column. */
  bannerLines: string[]
}

/** Most header lines looked at before deciding the body has begun. */
const maxHeaderLines = 14

// the paper's name, alone or as web copy credits it (来源：岚州日报)
// (来源：岚州日报客户端 names the paper whose app or site it is)
const PAPER = '\\p{Script=Han}{1,10}(?:报|日报|晚报|时报|周刊)'
const newspaperPattern = new RegExp(`^(?:来源[：:]\\s*)?(${PAPER})$|^来源[：:]\\s*(${PAPER})(?:客户端|网|新闻网|APP|app|微信公众号|公众号|官网|新媒体)$`, 'u')
const datePattern = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u
// a date in Chinese numerals (二〇二五年六月三日), as some papers and sites print it
const chineseDatePattern = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u
// how a website labels its date (发布时间：2025-03-04)
const DATE_LABEL = /^(?:发布时间|发布日期|发表时间|时间|日期)[：:]\s*/u
// the time of day a website stamps beside the date (2025-08-22 07:30)
const timePattern = /^\d{1,2}:\d{2}(?::\d{2})?$/u
const isoDatePattern = /(\d{4})-(\d{2})-(\d{2})/
const pagePattern = /^(?:第\s*)?([A-Z]?\d{1,3})\s*(?:版)?$/u
const weekdayPattern = /^(?:星期|周)[一二三四五六日天]$/u
const furniturePattern = /责任编辑|版式设计|美术编辑|新闻热线|校对|邮箱|E-?mail|电话[:：]/iu

/** True for a line that reads as running text rather than a headline. */
export function isBodyLine(line: RawLine): boolean {
  if (isLatinOnly(line.text) || isMastheadLine(line.text) || isByline(line.text)) return false
  const length = visibleLength(line.text)
  return length >= 30 || (length >= 12 && endsSentence(line.text))
}

/**
 * Reads the header (the lines before the first body line): masthead lines give newspaper, date and
 * page; lines above them are the page rubric (the first is the column, the rest dropped); lines
 * after them are headlines (the shortest is the title, the others the subtitle) and bylines.
 */
export function detectMetadata(lines: readonly RawLine[]): MetadataResult {
  const bodyStart = findBodyStart(lines)
  const metadata: DetectedMetadata = { title: '', subtitle: '', newspaper: '', date: '', page: '', authors: [], column: '' }
  const metadataLines: string[] = []
  const droppedLines: string[] = []
  const bannerLines: string[] = []
  const headerLines = lines.slice(0, bodyStart)
  const header = headerLines.map((line) => line.text)
  const lastMasthead = findLastIndex(header, isMastheadLine)
  // web copy puts the headlines first and the paper's name and date under them: with no headline
  // below the masthead, the lines above it are the headlines, not a page rubric
  const headlinesAbove = lastMasthead > 0 && header.slice(lastMasthead + 1).every((text) => isByline(text) || isMastheadLine(text) || isLatinOnly(text))
  const headlines: RawLine[] = []
  header.forEach((text, index) => {
    if (isMastheadLine(text)) {
      readMastheadLine(text, metadata) ? metadataLines.push(text) : droppedLines.push(text)
    } else if (isLatinOnly(text)) {
      droppedLines.push(text)
    } else if (isByline(text)) {
      metadata.authors.push(...(readByline(text) ?? []))
    } else if (index < lastMasthead && !headlinesAbove) {
      // above the masthead: the page rubric; its first line names the column, the rest is a banner
      if (metadata.column === '') {
        metadata.column = text
        metadataLines.push(text)
      } else {
        droppedLines.push(text)
        bannerLines.push(text)
      }
    } else headlines.push(headerLines[index]!)
  })
  chooseTitle(headlines, metadata)
  return { metadata, bodyStart, metadataLines, droppedLines, bannerLines }
}

function findBodyStart(lines: readonly RawLine[]): number {
  const limit = Math.min(lines.length, maxHeaderLines)
  for (let i = 0; i < limit; i++) {
    // a roundup's first item opens the body with its bracketed headline
    if (isBodyLine(lines[i]!) || readBracketedHeadline(lines[i]!.text) !== undefined) return i
    // the byline stands right above the body: text after it is the story, however its lines were
    // broken (a PDF's short lines do not read as running text one by one)
    if (isByline(lines[i]!.text) && i + 1 < lines.length && !isByline(lines[i + 1]!.text) && !isMastheadLine(lines[i + 1]!.text)) return i + 1
  }
  // no running text near the top (column text): the header ends after the first byline, else the title
  for (let i = 0; i < limit; i++) if (isByline(lines[i]!.text)) return i + 1
  return Math.min(1, lines.length)
}

function isMastheadLine(text: string): boolean {
  return isMastheadPart(text) || furniturePattern.test(foldTraditional(text)) || isMastheadRow(text)
}

function isMastheadPart(text: string): boolean {
  return newspaperPattern.test(foldTraditional(text)) || readDate(text) !== '' || pagePattern.test(text)
}

// A masthead set on one row (浙江法制报 2021年7月1日 星期四 第4版), as a PDF page gives it.
// A website's stamp may also carry the author (发布时间：2025-03-04 10:20 来源：岚州日报 作者：张晓).
function isMastheadRow(text: string): boolean {
  if (readWeChatStamp(text) !== undefined) return true
  const parts = text.split(' ')
  return parts.length > 1 && parts.some(isMastheadPart) && parts.every((part) => isMastheadPart(part) || weekdayPattern.test(foldTraditional(part)) || timePattern.test(part) || LABELLED_AUTHOR.test(foldTraditional(part)))
}

const LABELLED_AUTHOR = /^(?:作者|编辑|责任编辑|责编)[：:]/u

// A WeChat article's stamp: 原创 张晓 岚州日报 2025年03月04日 10:20 浙江. The names before the
// account (or the date) are the authors; the account may be the paper; the place it ends with is
// where it was posted from, no field.
function readWeChatStamp(text: string): { authors: string[]; parts: string[] } | undefined {
  const parts = text.split(' ')
  if (parts[0] !== '原创' || parts.length < 3) return undefined
  const rest = parts.slice(1)
  const first = rest.findIndex((part) => isMastheadPart(part))
  if (first < 0) return undefined
  const authors = rest.slice(0, first).filter((part) => /^\p{Script=Han}{2,4}$/u.test(part))
  return { authors, parts: rest.slice(first) }
}

/** Stores what a masthead line says; false when it carries nothing worth keeping (editors, phones). */
function readMastheadLine(text: string, metadata: DetectedMetadata): boolean {
  const stamp = readWeChatStamp(text)
  if (stamp !== undefined) {
    metadata.authors.push(...stamp.authors)
    for (const part of stamp.parts) readMastheadLine(part, metadata)
    return true
  }
  if (isMastheadRow(text)) {
    for (const part of text.split(' ')) {
      if (part.startsWith('作者')) metadata.authors.push(...(readByline(part) ?? []))
      else readMastheadLine(part, metadata)
    }
    return true
  }
  const newspaper = readNewspaper(text)
  if (newspaper !== undefined) {
    metadata.newspaper ||= newspaper
    return true
  }
  const date = readDate(text)
  if (date !== '') {
    metadata.date ||= date
    return true
  }
  const page = pagePattern.exec(text)
  if (page !== null) {
    metadata.page ||= page[1] ?? ''
    return true
  }
  return false
}

/** The newspaper a source line names (来源：岚州日报, 来源：岚州日报客户端), else undefined. */
export function readSourceLine(text: string): string | undefined {
  return /^来源[：:]/u.test(foldTraditional(text)) ? readNewspaper(text) : undefined
}

// The paper a line names, as printed (明報 stays 明報): read in the folded text, which stands one
// character for one, and taken from the original at the same place.
function readNewspaper(text: string): string | undefined {
  const folded = foldTraditional(text)
  const named = newspaperPattern.exec(folded)
  const name = named?.[1] ?? named?.[2]
  if (name === undefined) return undefined
  const at = folded.lastIndexOf(name)
  return text.slice(at, at + name.length)
}

/** The `YYYY-MM-DD` date in a short line (`2021年7月1日 星期四`), else empty. */
export function readDate(text: string): string {
  text = text.slice(DATE_LABEL.exec(foldTraditional(text))?.[0].length ?? 0)
  if (visibleLength(text) > 20) return ''
  const chinese = chineseDatePattern.exec(text)
  const match = datePattern.exec(text) ?? isoDatePattern.exec(text) ?? chinese
  if (match === null) return ''
  const numeral = (part: string) => (match === chinese ? readChineseNumeral(part)[0]! : Number(part))
  const [year, month, day] = [numeral(match[1]!), numeral(match[2]!), numeral(match[3]!)]
  if (month < 1 || month > 12 || day < 1 || day > 31) return ''
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

// a deck opens with a dash; web copy gives the printed headline as 原标题：…
const DECK_DASH = /^(?:[—–-]+|原标题[：:])\s*/u

// The main title is set largest: the largest type when a PDF gives sizes, else the shortest line
// (a kicker above or a deck below is longer).
function chooseTitle(headlines: readonly RawLine[], metadata: DetectedMetadata): void {
  if (headlines.length === 0) return
  const size = (line: RawLine): number => line.size ?? 0
  // a line opening with a dash is a deck under the title (——厨余垃圾须“破袋投放”), never the title
  const isDeck = (line: RawLine) => DECK_DASH.test(line.text)
  let titleIndex = Math.max(0, headlines.findIndex((line) => !isDeck(line)))
  headlines.forEach((line, index) => {
    if (isDeck(line)) return
    const best = headlines[titleIndex]!
    const larger = size(line) > size(best) * 1.05
    const sameSize = !larger && size(best) <= size(line) * 1.05
    if (larger || (sameSize && visibleLength(line.text) < visibleLength(best.text))) titleIndex = index
  })
  metadata.title = headlines[titleIndex]!.text
  // a page that prints its title twice (a site's heading and the story's) has no deck in it
  metadata.subtitle = headlines.filter((line, index) => index !== titleIndex && line.text !== metadata.title).map((line) => line.text.replace(DECK_DASH, '')).join(' ')
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i
  return -1
}
