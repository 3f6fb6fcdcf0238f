import type { RawLine } from './read-raw-lines.js'
import { endsSentence, hasTwoParts, isHeadlineLike, readBracketedHeadline, visibleLength } from './line-shapes.js'
import { typicalSize } from './reading-order.js'

/** What a body line is: running text, a section heading, or a picture caption. */
export type LineKind = 'text' | 'heading' | 'caption'

/** A body line with its kind. */
export interface ClassifiedLine extends RawLine {
  kind: LineKind
}

/** The classified body, and headings found after the text that cannot be placed automatically. */
export interface ClassifyResult {
  lines: ClassifiedLine[]
  /** Headings printed apart from the text (after it, as in a column layout); a person must place them. */
  unplacedHeadings: string[]
  /** True when the body is set in narrow columns (most lines 20 characters or fewer). */
  columnText: boolean
}

/** Median line length (visible characters) at or below which the body counts as column text. */
const columnTextWidth = 20
/** Longest line of a two-line heading printed apart from the text. */
const maxSplitHeadingLine = 16
/** Longest subheading standing alone between blank lines in pasted text. */
const maxAloneHeading = 16
/** Type this much larger than the body's is a heading's; this much smaller, a caption's. */
const sizeStep = 1.12

/**
 * Sorts body lines into text, headings and captions. A heading is a two-part headline line
 * (`红色筑基 为基层所队赋能`) right after a sentence end; a caption is a headline-like line alone
 * after a page-sized gap (two or more blank lines). Short lines after the last sentence are captions,
 * except two-line groups, which are headings set apart from the text (reported, not placed).
 */
export function classifyLines(lines: readonly RawLine[]): ClassifyResult {
  // lines from a PDF's layout are whole paragraphs already, and carry their type size
  const sized = lines.length > 0 && lines.every((line) => line.size !== undefined)
  const columnText = !sized && median(lines.map((line) => visibleLength(line.text))) <= columnTextWidth && lines.length >= 10
  const bodySize = sized ? typicalSize(lines.map((line) => ({ text: line.text, size: line.size! }))) : undefined
  const tailStart = findTailStart(lines)
  const spaced = isBlankSeparated(lines)
  const classified: ClassifiedLine[] = []
  let previousText: ClassifiedLine | undefined
  for (const [index, line] of lines.slice(0, tailStart).entries()) {
    const alone = spaced && line.gap === 1 && (lines[index + 1]?.gap ?? 0) > 0
    const bracketed = readBracketedHeadline(line.text)
    const kind = bracketed !== undefined ? 'heading' : columnText ? 'text' : (classifyBySize(line, bodySize) ?? classifyFlowLine(line, previousText, index === tailStart - 1, alone))
    const entry = { ...line, ...(bracketed === undefined ? {} : { text: bracketed }), kind }
    classified.push(entry)
    if (kind !== 'caption') previousText = entry
  }
  const unplacedHeadings: string[] = []
  for (const group of groupTail(lines.slice(tailStart))) {
    if (group.length === 2 && group.every((line) => visibleLength(line.text) <= maxSplitHeadingLine)) {
      unplacedHeadings.push(group.map((line) => line.text).join(' '))
    } else classified.push(...group.map((line) => ({ ...line, kind: 'caption' as const })))
  }
  return { lines: classified, unplacedHeadings, columnText }
}

// On a PDF page, a headline-like line in larger type than the body is a heading, and a line in
// smaller type a caption; undefined when the type says nothing (pasted text, body type).
function classifyBySize(line: RawLine, bodySize: number | undefined): LineKind | undefined {
  if (bodySize === undefined || line.size === undefined) return undefined
  if (line.size > bodySize * sizeStep && isHeadlineLike(line.text)) return 'heading'
  if (line.size * sizeStep < bodySize) return 'caption'
  return undefined
}

// `alone`: one blank line stands before the line (more is a page gap) and one after it, in text
// whose paragraphs are set apart by blank lines (pasted web copy), where a short unpunctuated line
// is a subheading (两张桌子起家), not the start of a sentence broken across lines.
function classifyFlowLine(line: RawLine, previous: ClassifiedLine | undefined, isLast: boolean, alone: boolean): LineKind {
  if (isLast || !isHeadlineLike(line.text)) return 'text'
  const afterSentence = previous === undefined || previous.kind === 'heading' || endsSentence(previous.text)
  if ((hasTwoParts(line.text) || (alone && visibleLength(line.text) <= maxAloneHeading)) && afterSentence) return 'heading'
  // a lone unpunctuated line after a page-sized gap is a caption, even inside a broken sentence
  if (line.gap >= 2 && !hasTwoParts(line.text) && previous !== undefined) return 'caption'
  return 'text'
}

// The tail: headline-like lines after the last line that ends a sentence or is long running text.
function findTailStart(lines: readonly RawLine[]): number {
  let start = lines.length
  while (start > 0 && isHeadlineLike(lines[start - 1]!.text) && !endsSentence(lines[start - 1]!.text)) start--
  return start === 0 ? lines.length : start
}

// Lines printed together (no blank line, no indent between them) form one group.
function groupTail(lines: readonly RawLine[]): RawLine[][] {
  const groups: RawLine[][] = []
  for (const line of lines) {
    const current = groups.at(-1)
    if (current === undefined || line.gap > 0 || line.indented) groups.push([line])
    else current.push(line)
  }
  return groups
}

// Each paragraph is one line, set apart by a blank line (pasted web copy): most lines have a blank
// line before them, and most long ones end a sentence. A PDF's text may be blank-separated too,
// line by line, but breaks mid-sentence.
function isBlankSeparated(lines: readonly RawLine[]): boolean {
  const long = lines.filter((line) => visibleLength(line.text) > maxAloneHeading)
  return lines.length >= 3 && lines.filter((line) => line.gap > 0).length * 2 >= lines.length && long.filter((line) => endsSentence(line.text)).length >= 0.8 * long.length
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
