import { captionHeading, type StoredArticle } from '../adapters/article-markdown.js'
import type { Paragraph } from '../core/types.js'
import { buildParagraphs, type ParagraphOptions } from './build-paragraphs.js'
import { detectMetadata, readSourceLine } from './detect-metadata.js'
import type { DoubledRepair, WordEvidence } from './doubled-at-break.js'
import { classifyLines } from './find-headings.js'
import { countHan, DATELINE, foldTraditional, isByline, isPhotoCredit, readByline } from './line-shapes.js'
import { readPageLines } from './page-lines.js'
import type { PageText } from '../core/text/page-text.js'
import { placeHeadings, type PlacedHeading } from './place-headings.js'
import { readRawLines, type RawLine } from './read-raw-lines.js'
import { splitItems } from './split-items.js'

/** How to import one raw text. */
export interface ImportOptions {
  /** Article id; photo-news items get `<id>-2`, `<id>-3`, … */
  id: string
  /** The raw file's name, stored as `source`. */
  source: string
  /** Newspaper used when the text does not name one. Default: empty. */
  newspaper?: string
  /**
   * Jieba's partition of a short run (dictionary words only), which tells a character doubled
   * across a break (整顿 / 顿开展) from a word (谢谢). Without it nothing doubled is dropped.
   */
  cut?: (text: string) => readonly string[]
  /** Keep a page banner (守护“红色根脉” 铸就坚强堡垒) after the column instead of dropping it. Default: false. */
  keepBanner?: boolean
}

/** The articles made from one raw text, and what a person should check. */
export interface ImportedText {
  articles: StoredArticle[]
  /** Header lines turned into newspaper, date, page or column. */
  metadataLines: string[]
  /** Lines left out as page furniture (editors, phone numbers, English rubrics, page banners). */
  droppedLines: string[]
  /** The page banner's lines, left out unless `keepBanner` put them in the column. */
  bannerLines: string[]
  /** Headings printed apart from the text that could not be placed; they are in no article. */
  unplacedHeadings: string[]
  /** Headings printed apart from the text and placed where their section starts: worth a look. */
  placedHeadings: PlacedHeading[]
  /** Text dropped because the extraction printed it twice across a break. */
  repairs: DoubledRepair[]
  /** The newspaper the text itself names (its masthead), or empty: then `options.newspaper` was used. */
  namedNewspaper: string
  warnings: string[]
}

/**
 * Turns the raw text of one newspaper page extraction into corpus articles: the main article
 * (with headings, paragraphs and captions) and any photo-news items after it. An article without
 * body text is left out with a warning; returns no articles when the text has none.
 */
export function importRawText(text: string, options: ImportOptions): ImportedText {
  return importRawLines(readRawLines(text), options)
}

/**
 * The same import from a PDF's pages (text runs with positions): reading order is rebuilt from the
 * layout and each paragraph carries its type size, which tells the title, headings and captions.
 */
export function importPdfPages(pages: readonly PageText[], options: ImportOptions): ImportedText {
  return importRawLines(readPageLines(pages), options)
}

/** {@link importRawText} on lines already read, from text or from a PDF page's layout. */
export function importRawLines(lines: readonly RawLine[], options: ImportOptions): ImportedText {
  const { metadata, bodyStart, metadataLines, droppedLines: dropped, bannerLines } = detectMetadata(lines)
  // a kept banner is page text like the column above it: recorded there, not left out
  const droppedLines = options.keepBanner === true ? dropped.filter((line) => !bannerLines.includes(line)) : dropped
  if (options.keepBanner === true && bannerLines.length > 0) {
    metadata.column = [metadata.column, ...bannerLines].join(' ')
    metadataLines.push(...bannerLines)
  }
  const { main, items } = splitItems(takeBodyBylines(dropEndMarks(lines.slice(bodyStart), droppedLines), metadata.authors))
  metadata.newspaper ||= droppedLines.map(readSourceLine).find((name) => name !== undefined) ?? ''
  const warnings: string[] = []
  const repairs: DoubledRepair[] = []
  const paragraphOptions: ParagraphOptions = { words: wordEvidence(lines, options), onRepair: (repair) => repairs.push(repair) }
  const base = { newspaper: metadata.newspaper || (options.newspaper ?? ''), date: metadata.date, page: metadata.page, source: options.source }
  const body = classifyLines(main)
  const articles: StoredArticle[] = []
  const title = metadata.title || fallbackTitle(main)
  if (metadata.title === '') warnings.push(`no headline found; the title "${title}" is a guess`)
  const placement = placeApartHeadings(buildParagraphs(body.lines, body.columnText, paragraphOptions), body.unplacedHeadings)
  if (placement.paragraphs.length > 0) {
    articles.push({ ...base, id: options.id, title, subtitle: metadata.subtitle, authors: metadata.authors, column: metadata.column, paragraphs: placement.paragraphs })
  } else warnings.push('no body text found')
  items.forEach((item, index) => {
    const itemBody = classifyLines(item.lines)
    articles.push({
      ...base,
      id: `${options.id}-${index + 2}`,
      title: item.title,
      subtitle: '',
      authors: [item.credit],
      column: item.column || metadata.column,
      paragraphs: buildParagraphs(itemBody.lines, itemBody.columnText, paragraphOptions),
    })
  })
  if (items[0]?.column) metadataLines.push(items[0].column)
  if (placement.unplaced.length > 0) {
    warnings.push(`headings printed apart from the text, not placed (add them as "## " lines by hand): ${placement.unplaced.join(' / ')}`)
  }
  if (body.columnText) warnings.push('column text: check the paragraph breaks')
  return {
    articles: articles.filter((article) => article.paragraphs.length > 0),
    metadataLines,
    droppedLines,
    bannerLines,
    unplacedHeadings: placement.unplaced,
    placedHeadings: placement.placed,
    repairs,
    namedNewspaper: metadata.newspaper,
    warnings,
  }
}

// What web copy prints after the story: an end mark (（完）), the editors' names (责任编辑：王五), its
// source (来源：岚州日报) and a social page's buttons (阅读原文, 在看), in any order, with a byline among
// them. They are left out, as the masthead's furniture is; the source still names the paper.
const END_MARK = /^[（(【\[]?(?:完|全文完|本文完|END)[）)】\]]?$|^[【\[]?(?:责任编辑|编辑|责编|校对|审核|审校|监制|值班编辑|编审|来源|素材来源|图片来源)[：:]|^(?:阅读原文|阅读全文|点赞|在看|分享|收藏|往期推荐|推荐阅读|往期回顾|扫码关注|长按识别二维码)$/iu

function dropEndMarks(lines: readonly RawLine[], dropped: string[]): RawLine[] {
  const body = [...lines]
  const kept: RawLine[] = []
  while (body.length > 0) {
    const last = body.at(-1)!
    if (END_MARK.test(foldTraditional(last.text))) dropped.push(body.pop()!.text)
    else if (kept.length === 0 && isByline(last.text) && body.length > 1 && END_MARK.test(foldTraditional(body.at(-2)!.text))) kept.unshift(body.pop()!)
    else break
  }
  return [...body, ...kept]
}

// A byline printed with the text rather than above it: after the story (（记者 龚晓岚）, as web copy
// ends one) or opening its first paragraph (本报讯（记者 龚睿）３月３０日…). Its names go to the
// authors, and the text keeps the story alone.
function takeBodyBylines(lines: readonly RawLine[], authors: string[]): RawLine[] {
  let body = [...lines]
  const last = body.at(-1)
  const closing = last === undefined || isPhotoCredit(last.text) ? undefined : readByline(last.text)
  if (closing !== undefined) {
    addAuthors(authors, closing)
    body = body.slice(0, -1)
  }
  const first = body[0]
  // read in the folded text (本報訊 as 本报讯), taken from the original at the same places
  const folded = first === undefined ? '' : foldTraditional(first.text)
  const reported = first === undefined ? null : REPORTED_BY.exec(folded)
  const opening = first === undefined ? undefined : (reported ?? OPENING_BYLINE.exec(folded))
  const original = (part: string) => first!.text.slice(folded.indexOf(part), folded.indexOf(part) + part.length)
  const entries = opening === null || opening === undefined ? undefined : readByline(reported === null ? original(opening[0]).trim() : spaceByline(original(reported[1]!)))
  if (first !== undefined && opening !== null && opening !== undefined && entries !== undefined) {
    addAuthors(authors, entries)
    body = [{ ...first, text: first.text.slice(opening[0].length) }, ...body.slice(1)]
  }
  return body
}

const OPENING_BYLINE = new RegExp(`^${DATELINE}?[ \\u3000]*[（(][^（）()]{2,40}[）)][ \\u3000]*(?=\\S)`, 'u')
// 本报讯 记者 张三 通讯员 李四报道：… — the byline run into the dateline, without brackets
const REPORTED_BY = new RegExp(`^${DATELINE}[ \\u3000]*((?:本报)?(?:记者|通讯员)[^：:。，,]{2,30}?)[ \\u3000]*报道[：:][ \\u3000]*(?=\\S)`, 'u')

// A byline printed twice (本报讯 记者 张三… and （本报记者 张三） at the end) names its people once.
function addAuthors(authors: string[], entries: readonly string[]): void {
  const namesOf = (entry: string) => entry.split(' ').filter((part) => !ROLE.test(foldTraditional(part)))
  const named = new Set(authors.flatMap(namesOf))
  for (const entry of entries) if (!namesOf(entry).every((name) => named.has(name))) authors.push(entry)
}

const ROLE = /^(?:本报)?(?:首席|见习|特约|实习)?(?:记者|通讯员|摄影记者|摄影|摄|撰稿|文|图)$/u

// 记者张三 通讯员李四: a space after each role, as bylines set apart are printed.
function spaceByline(text: string): string {
  return text.replace(/(记者|記者|通讯员|通訊員)[ \u3000]*/gu, '$1 ').replace(/[ \u3000]+/gu, ' ').trim()
}

// The document's own words are its other lines: a break-spanning form found there is no glitch.
function wordEvidence(lines: readonly RawLine[], options: ImportOptions): WordEvidence | undefined {
  if (options.cut === undefined) return undefined
  const document = lines.map((line) => line.text).join('\n')
  return { cut: options.cut, countElsewhere: (text) => countOccurrences(document, text) }
}

function countOccurrences(text: string, part: string): number {
  let count = 0
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++
  return count
}

// Captions stay last; headings are placed over the body paragraphs only.
function placeApartHeadings(paragraphs: readonly Paragraph[], headings: readonly string[]): { paragraphs: Paragraph[]; placed: PlacedHeading[]; unplaced: string[] } {
  const captions = paragraphs.filter((p) => p.heading === captionHeading)
  const placement = placeHeadings(paragraphs.filter((p) => p.heading !== captionHeading), headings)
  return { ...placement, paragraphs: [...placement.paragraphs, ...captions] }
}

function fallbackTitle(lines: readonly RawLine[]): string {
  const first = lines.find((line) => countHan(line.text) > 0)?.text ?? '无题'
  return first.length > 20 ? `${first.slice(0, 20)}…` : first
}

/**
 * The article id for a raw file name: the leading number of `003_131c7b56.txt` (`003`), else the
 * name without extension with unsafe characters replaced by `-`, at most 32 bytes.
 */
export function idFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  const numbered = /^(\d+)[_\-. ]/.exec(base)
  if (numbered !== null) return numbered[1]!
  let id = base.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^[-_]+|-+$/g, '')
  while (Buffer.byteLength(id) > 32) id = id.slice(0, -1)
  return id === '' ? 'article' : id
}
