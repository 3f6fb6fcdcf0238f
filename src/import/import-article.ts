import type { StoredArticle } from '../adapters/article-markdown.js'
import { buildParagraphs } from './build-paragraphs.js'
import { detectMetadata } from './detect-metadata.js'
import { classifyLines } from './find-headings.js'
import { countHan } from './line-shapes.js'
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
}

/** The articles made from one raw text, and what a person should check. */
export interface ImportedText {
  articles: StoredArticle[]
  /** Header lines turned into newspaper, date, page or column. */
  metadataLines: string[]
  /** Lines left out as page furniture (editors, phone numbers, English rubrics, page banners). */
  droppedLines: string[]
  /** Headings printed apart from the text; they are not in any article and must be placed by hand. */
  unplacedHeadings: string[]
  warnings: string[]
}

/**
 * Turns the raw text of one newspaper page extraction into corpus articles: the main article
 * (with headings, paragraphs and captions) and any photo-news items after it. An article without
 * body text is left out with a warning; returns no articles when the text has none.
 */
export function importRawText(text: string, options: ImportOptions): ImportedText {
  const lines = readRawLines(text)
  const { metadata, bodyStart, metadataLines, droppedLines } = detectMetadata(lines)
  const { main, items } = splitItems(lines.slice(bodyStart))
  const warnings: string[] = []
  const base = { newspaper: metadata.newspaper || (options.newspaper ?? ''), date: metadata.date, page: metadata.page, source: options.source }
  const body = classifyLines(main)
  const articles: StoredArticle[] = []
  const title = metadata.title || fallbackTitle(main)
  if (metadata.title === '') warnings.push(`no headline found; the title "${title}" is a guess`)
  const paragraphs = buildParagraphs(body.lines, body.columnText)
  if (paragraphs.length > 0) {
    articles.push({ ...base, id: options.id, title, subtitle: metadata.subtitle, authors: metadata.authors, column: metadata.column, paragraphs })
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
      paragraphs: buildParagraphs(itemBody.lines, itemBody.columnText),
    })
  })
  if (items[0]?.column) metadataLines.push(items[0].column)
  if (body.unplacedHeadings.length > 0) {
    warnings.push(`headings printed apart from the text, not placed (add them as "## " lines by hand): ${body.unplacedHeadings.join(' / ')}`)
  }
  if (body.columnText) warnings.push('column text: check the paragraph breaks')
  return { articles: articles.filter((article) => article.paragraphs.length > 0), metadataLines, droppedLines, unplacedHeadings: body.unplacedHeadings, warnings }
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
