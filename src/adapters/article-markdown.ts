import YAML from 'yaml'
import type { Article, Paragraph } from '../core/types.js'
import { joinLines } from '../core/text/join-lines.js'
import { captionHeading } from '../core/text/passages.js'

/** An article as stored in a corpus file: the article plus the raw file it was imported from. */
export type StoredArticle = Article & { source?: string }

/** The heading under which picture captions are kept, at the end of an article (the core's). */
export { captionHeading }

const frontMatterPattern = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/
const headingPattern = /^#{1,6}\s+(.*)$/
const datePattern = /^\d{4}-\d{2}-\d{2}$/

/**
 * Reads one corpus file (YAML front matter + Markdown body) into an article with numbered paragraphs.
 * Throws an Error naming `fileName` when the front matter is malformed, id or title is missing, or
 * the body has no paragraph. The id is normally the file name without `.md` (not enforced here).
 */
export function parseArticle(text: string, fileName: string): StoredArticle {
  const fail = (problem: string): never => {
    throw new Error(`${fileName}: ${problem}`)
  }
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const match = frontMatterPattern.exec(normalized)
  if (match === null) return fail('no front matter (the file must start with a --- line, the metadata, and another --- line)')
  const meta = readFrontMatter(match[1] ?? '', fail)
  const id = meta.id ?? fail('front matter has no id')
  const title = meta.title ?? fail('front matter has no title')
  if (meta.date !== undefined && meta.date !== '' && !datePattern.test(meta.date)) {
    fail(`date "${meta.date}" is not YYYY-MM-DD (leave it empty when unknown)`)
  }
  const paragraphs = parseBody(normalized.slice(match[0].length))
  if (paragraphs.length === 0) fail('the body has no paragraph')
  const article: StoredArticle = {
    id,
    title,
    subtitle: meta.subtitle ?? '',
    newspaper: meta.newspaper ?? '',
    date: meta.date ?? '',
    page: readPage(meta.page ?? ''),
    authors: meta.authors,
    column: meta.column ?? '',
    paragraphs,
  }
  if (meta.source !== undefined && meta.source !== '') article.source = meta.source
  return article
}

interface FrontMatter {
  id?: string
  title?: string
  subtitle?: string
  newspaper?: string
  date?: string
  page?: string
  column?: string
  source?: string
  authors: string[]
}

// 第3版, 3版 and 3 name the same page; citations say 第3版 (p. 3) themselves, so the number is kept.
function readPage(page: string): string {
  return page.trim().replace(/^第\s*(.+?)\s*版$|^(.+?)\s*版$/u, (_, a?: string, b?: string) => a ?? b ?? '')
}

const scalarKeys = ['id', 'title', 'subtitle', 'newspaper', 'date', 'page', 'column', 'source'] as const

function readFrontMatter(yaml: string, fail: (problem: string) => never): FrontMatter {
  let data: unknown
  try {
    // failsafe: every scalar stays a string, so a hand-typed `id: 000` or `page: 4` keeps its digits
    data = YAML.parse(yaml, { schema: 'failsafe' })
  } catch (error) {
    return fail(`malformed front matter: ${firstLine((error as Error).message)}`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail('front matter is not a list of `key: value` lines')
  const record = data as Record<string, unknown>
  // author: (one byline, as people naturally write it) reads as authors:
  const meta: FrontMatter = { authors: readAuthors(record.authors ?? record.author, fail) }
  for (const key of scalarKeys) {
    const value = record[key]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') return fail(`front matter field ${key} must be a single line of text`)
    const trimmed = value.trim()
    if ((key === 'id' || key === 'title') && trimmed === '') continue
    meta[key] = trimmed
  }
  return meta
}

function readAuthors(value: unknown, fail: (problem: string) => never): string[] {
  if (value === undefined || value === null || value === '') return []
  if (typeof value === 'string') return [value.trim()]
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.map((item: string) => item.trim()).filter((item) => item !== '')
  }
  return fail('front matter field authors must be a list of lines (`  - 通讯员 某某`)')
}

// A line that is only a bracketed headline (【港城区新增3处口袋公园】) opens an item of a news roundup,
// as a Markdown heading does.
const bracketHeadlinePattern = /^【([^【】]{2,40})】$/u
// How papers open a picture caption: 图为…, 图：…, 上图/下图…
const captionOpening = /^(?:图为|图[:：]|[上下左右]图[为:：]?)/u

function parseBody(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let heading = ''
  let pending: string[] = []
  const flush = (): void => {
    const text = joinLines(pending)
    if (text !== '') paragraphs.push({ n: paragraphs.length + 1, heading, text })
    pending = []
  }
  for (const raw of body.split('\n')) {
    const line = raw.trim()
    const headingMatch = headingPattern.exec(line) ?? (pending.length === 0 ? bracketHeadlinePattern.exec(line) : null)
    if (headingMatch !== null) {
      flush()
      heading = (headingMatch[1] ?? '').trim()
    } else if (line === '') {
      flush()
    } else {
      pending.push(line)
    }
  }
  flush()
  return markTrailingCaptions(paragraphs)
}

// Captions printed after the text with no 图片说明 heading (图为…) are captions all the same; one
// amid the text is left as it stands, as the file format keeps captions after the text.
function markTrailingCaptions(paragraphs: Paragraph[]): Paragraph[] {
  let first = paragraphs.length
  while (first > 1 && captionOpening.test(paragraphs[first - 1]!.text)) first--
  return paragraphs.map((p, i) => (i >= first ? { ...p, heading: captionHeading } : p))
}

/** Writes an article in the corpus file format; `parseArticle` reads the result back unchanged. */
export function formatArticle(article: StoredArticle): string {
  const meta = {
    id: article.id,
    title: article.title,
    subtitle: article.subtitle,
    newspaper: article.newspaper,
    date: article.date,
    page: article.page,
    authors: article.authors,
    column: article.column,
    source: article.source ?? '',
  }
  const lines = ['---', YAML.stringify(meta, { lineWidth: 0 }).trimEnd(), '---', '']
  let heading = ''
  for (const paragraph of article.paragraphs) {
    if (paragraph.heading !== heading) {
      heading = paragraph.heading
      // a paragraph back under "no heading" after a heading cannot be written; keep the last heading
      if (heading !== '') lines.push(`## ${heading}`, '')
    }
    lines.push(paragraph.text, '')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}
