import type { RawLine } from './read-raw-lines.js'
import { endsSentence, isHeadlineLike, isPhotoCredit, visibleLength } from './line-shapes.js'

/** One photo-news item: its headline, its text lines, its photo credit, and the column it ran under. */
export interface ItemLines {
  title: string
  lines: RawLine[]
  credit: string
  /** The rubric line printed above the first item (`图说平安`), or empty. */
  column: string
}

/** The main article's lines, and the photo-news items printed after it. */
export interface SplitResult {
  main: RawLine[]
  items: ItemLines[]
}

/** Longest rubric line above a run of photo-news items (`图说平安`). */
const maxColumnLength = 10
/** Most text lines in one photo-news item. */
const maxItemLines = 6

/**
 * Splits the body into the main article and the photo-news items after it. Items are recognised
 * only as a run of at least two `headline / text / … 摄` groups at the end; otherwise the whole body
 * is the main article and a lone credit stays where it is.
 */
export function splitItems(body: readonly RawLine[]): SplitResult {
  const credits = body.flatMap((line, index) => (isPhotoCredit(line.text) ? [index] : []))
  if (credits.length < 2) return { main: [...body], items: [] }
  const items: ItemLines[] = []
  const last = credits.length - 1
  let end = body.length
  // walk back from the last credit: each group is headline, text…, credit, right before the next
  for (let k = last; k >= 0; k--) {
    const creditIndex = credits[k]!
    if (k < last && creditIndex !== end - 1) break
    const titleIndex = findItemTitle(body, creditIndex, k > 0 ? credits[k - 1]! : -1)
    if (titleIndex < 0) break
    // anything after the last credit stays with the last item rather than jump back to the main text
    const after = k === last ? body.slice(creditIndex + 1) : []
    items.unshift({ title: body[titleIndex]!.text, lines: [...body.slice(titleIndex + 1, creditIndex), ...after], credit: body[creditIndex]!.text, column: '' })
    end = titleIndex
  }
  if (items.length < 2) return { main: [...body], items: [] }
  const column = readColumn(body, end)
  if (column !== '') {
    for (const item of items) item.column = column
    end--
  }
  return { main: body.slice(0, end), items }
}

// The headline is the last headline-like line, after the previous credit, with text below it.
function findItemTitle(body: readonly RawLine[], creditIndex: number, previousCredit: number): number {
  for (let i = creditIndex - 1; i > previousCredit && creditIndex - i <= maxItemLines + 1; i--) {
    const line = body[i]!
    if (isHeadlineLike(line.text) && i < creditIndex - 1) {
      const before = body[i - 1]
      if (before === undefined || i - 1 === previousCredit || endsSentence(before.text) || isHeadlineLike(before.text)) return i
    }
  }
  return -1
}

function readColumn(body: readonly RawLine[], firstTitle: number): string {
  const line = body[firstTitle - 1]
  if (line === undefined || visibleLength(line.text) > maxColumnLength || !isHeadlineLike(line.text)) return ''
  return line.text
}
